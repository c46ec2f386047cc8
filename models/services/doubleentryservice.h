#pragma once

#include "services/ballotservice.h"
#include "services/papercomparison.h"

#include <QCoreApplication>

#include <functional>

namespace akim {

// Double entry of paper ballots: two secretaries type the same paper ballot independently,
// entry 1 and entry 2; only a ballot whose two entries are complete and agree on every cell
// reaches the score table (and so the rankings), written and submitted in one transaction by
// accept(). Until then the entries are drafts that count nowhere.
//
// The rules, and why:
// - Only a secretary account (ManageBallots) types, resolves and accepts: paper ballots are the
//   secretary's work, as in BallotService.
// - An entry belongs to the account that typed its first cell; only that account types or
//   clears its cells, and it may not type the other entry of the same ballot. Two entries by
//   one person would repeat the same misreading, which is what double entry is there to catch.
//   An entry emptied again (or discarded with a reason) is free for anyone.
// - A disagreement is settled either by the entry's own typist correcting the cell, or by any
//   secretary taking one entry's value for the cell with a reason (audited). Taking a value only
//   settles a cell typed in both entries: a missing cell is typed, never copied, so one person
//   cannot fill the other entry.
// - Agreement is on the value (state and points). Comments are free text that two people never
//   type alike, so they do not count; the accepted cell keeps entry 1's comment, else entry 2's.
// - Cells are validated exactly as BallotService::validateCell; a submitted ballot or a
//   finalised result locks its entries as it locks the ballot.
// - The contest-wide switch "paper ballots need double entry" makes BallotService refuse the
//   secretary's direct typing; members scoring their own ballots are not affected. Without it
//   double entry may still be used.
// Every refusal is a sentence and writes nothing; every write is one transaction with its audit
// entry.
class DoubleEntryService
{
    Q_DECLARE_TR_FUNCTIONS(akim::DoubleEntryService)

public:
    explicit DoubleEntryService(ContestDocument &document);

    // The switch "paper ballots need double entry".
    bool isRequired() const;
    // Empty when the current actor may switch it now; else why not.
    QString mayChangeRequired() const;
    EditResult setRequired(bool on);

    // These read the file and throw StorageError.
    PaperEntry entry(qint64 memberId, PaperSide side) const;
    QVector<ScoreCell> cells(qint64 memberId, PaperSide side) const;
    PaperComparison compare(qint64 memberId) const;
    PaperComparison compare(const BallotLayout &layout) const;

    // A cell's value in words: "7.5", "abstained", "recused", "not typed".
    static QString valueText(const std::optional<ScoreCell> &cell);
    static QString sideName(PaperSide side); // "entry 1"

    // Empty when the current actor may type this entry of the member's ballot now; else why
    // not (translated).
    QString mayType(qint64 memberId, PaperSide side) const;
    EditResult setCell(qint64 memberId, PaperSide side, qint64 nomineeId, qint64 criterionId,
                       scoring::ScoreState state, double points = 0.0,
                       const QString &comment = QString());
    EditResult clearCell(qint64 memberId, PaperSide side, qint64 nomineeId, qint64 criterionId);
    // Settles a disagreement: the other entry's cell takes entry `from`'s value.
    EditResult useValue(qint64 memberId, qint64 nomineeId, qint64 criterionId, PaperSide from,
                        const QString &reason);
    // Drops an entry and its cells, e.g. one typed as the wrong entry, so it can be typed anew.
    EditResult discard(qint64 memberId, PaperSide side, const QString &reason);
    // Writes the agreed cells to the score table and submits the ballot, in one transaction.
    EditResult accept(qint64 memberId);

private:
    // The checks every action shares: a signed-in secretary (fills `login`), a voting member,
    // the lock of their ballot (fills `layout`).
    QString prepare(qint64 memberId, QString *login, BallotLayout *layout) const;
    void refuseIfLocked(const BallotLayout &layout) const;
    QString typistProblem(const BallotLayout &layout, PaperSide side, const QString &login) const;
    QString cellJson(const BallotLayout &layout, PaperSide side, const ScoreCell &cell) const;
    // Runs `work` in one transaction. A rule it finds broken (refuse()) comes back as said; a
    // failing statement as `failed` with the error in %1.
    EditResult write(const std::function<void()> &work, const QString &failed);
    [[noreturn]] static void refuse(const QString &message);

    ContestDocument &m_document;
};

} // namespace akim
