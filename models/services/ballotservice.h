#pragma once

#include "scoring/scoringinput.h"
#include "services/ballotlayout.h"
#include "services/contestdocument.h"
#include "storage/ballotrepository.h"
#include "storage/scorerepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace akim {

struct BallotProgress
{
    int scored = 0; // cells entered, abstained or recused (a declared conflict counts)
    int cells = 0;
    int missing() const { return cells - scored; }
};

// The one way scores are written: a member's ballot cell by cell, each cell validated and saved
// in its own transaction with an audit entry (autosave: pulling the plug loses at most the cell
// being typed), then submitted, which locks it until the secretary reopens it with a reason.
//
// Who may write a ballot: a member or a chair account the member's own (ScoreOwnBallot with the
// member's commission); the secretary any member's, typed from paper (ManageBallots), unless
// the contest wants paper ballots entered twice (DoubleEntryService, which then writes them
// through writeAndSubmit); nobody else. Only the secretary reopens. A finalised result locks its
// commission's ballots.
class BallotService
{
    Q_DECLARE_TR_FUNCTIONS(akim::BallotService)

public:
    static constexpr int kMaxComment = 1000;

    explicit BallotService(ContestDocument &document);

    // Members who score: every member of a commission but its secretary, who keeps the minutes.
    // commissionId 0: every commission's, by commission.
    QVector<Member> votingMembers(qint64 commissionId = 0) const;
    // The ballots the signed-in account may open: the secretary every voting member's, a member
    // or a bound chair their own; anyone else none.
    QVector<Member> ballotsOfActor() const;

    // These read the file and throw StorageError.
    BallotLayout layout(qint64 memberId) const;
    Ballot ballot(qint64 memberId) const;
    QVector<ScoreCell> cells(qint64 memberId) const;

    static BallotProgress progress(const BallotLayout &layout, const QVector<ScoreCell> &cells);
    // Running totals: the entered points per nominee id of the layout's criteria.
    static QHash<qint64, double> totals(const BallotLayout &layout,
                                        const QVector<ScoreCell> &cells);
    // Points as the grid shows them: up to two decimals in the user's locale.
    static QString formatPoints(double points);
    // "0–10", the allowed range of a criterion.
    static QString range(const Criterion &criterion);
    // A cell's value in words: the points, "abstained" or "recused".
    static QString valueText(const ScoreCell &cell);
    // A cell as the audit log records it: member, nominee, criterion, state, points, comment.
    static QJsonObject cellObject(const BallotLayout &layout, const ScoreCell &cell);
    // Empty when the member scores; else why not (no longer exists, or the commission's
    // secretary, who keeps the minutes).
    static QString notAVoter(const Member &member);

    // Empty when the current actor may write this member's ballot; else why not (translated).
    QString mayScore(qint64 memberId) const;
    // Empty while the ballot may change; else why not (submitted, or its result finalised).
    QString lockReason(const BallotLayout &layout) const;
    // Empty when the cell may take this value; else a sentence naming the nominee, the criterion
    // and what is allowed.
    static QString validateCell(const BallotLayout &layout, qint64 nomineeId, qint64 criterionId,
                                scoring::ScoreState state, double points, const QString &comment);

    EditResult setCell(qint64 memberId, qint64 nomineeId, qint64 criterionId,
                       scoring::ScoreState state, double points = 0.0,
                       const QString &comment = QString());
    EditResult clearCell(qint64 memberId, qint64 nomineeId, qint64 criterionId);
    // Allowed once every cell is entered, abstained or recused. Writes the "recused" cells of
    // the declared conflicts that were left empty, so the ballot says so explicitly.
    EditResult submit(qint64 memberId);
    EditResult reopen(qint64 memberId, const QString &reason);

    // For an accepted double entry (DoubleEntryService): inside the caller's transaction,
    // writes `cells` (validated by the caller) as setCell would, with a "score.set" entry for
    // each that changes, then submits the ballot as submit() would. Checks neither the actor nor
    // the lock: the caller has. Throws StorageError, e.g. when the ballot is still incomplete.
    void writeAndSubmit(const BallotLayout &layout, const QVector<ScoreCell> &cells);

private:
    // The checks every write shares: who acts, the member, the lock. Fills `layout`.
    QString prepareWrite(qint64 memberId, BallotLayout *layout) const;
    QString finalisedReason(const BallotLayout &layout) const;
    QString cellJson(const BallotLayout &layout, const ScoreCell &cell) const;
    void writeCell(const BallotLayout &layout, ScoreCell cell);
    QString incompleteReason(const BallotLayout &layout, const BallotProgress &done) const;
    // Inside the caller's transaction: the recused cells of the declared conflicts left empty,
    // the lock and its audit entry. Throws StorageError when a cell is still missing.
    void submitInTransaction(const BallotLayout &layout);

    ContestDocument &m_document;
};

} // namespace akim
