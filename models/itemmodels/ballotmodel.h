#pragma once

#include "services/ballotservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QPointer>

namespace akim {

class ContestDocument;

// One member's ballot as a grid: a row per nominee the member scores (name, okrug), a column per
// commission criterion of the stage, and the nominee's running total last. Every edit goes to
// BallotService, which validates and saves it at once; a refusal is reported by refused() and
// the cell keeps what was saved. Cells are read-only while the ballot is submitted or finalised,
// for an account that may not score it, and where the member declared a conflict of interest
// (shown as "recused").
//
// The same grid shows either entry of a paper ballot under double entry (source()): its cells
// are then read from and written to that entry through DoubleEntryService, which decides who
// may type it; the ballot's own state (submitted) still locks it.
class BallotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Source {
        Scores,      // the member's ballot: what counts
        FirstEntry,  // entry 1 of the paper ballot (double entry)
        SecondEntry, // entry 2
    };
    Q_ENUM(Source)

    enum FixedColumn { NomineeColumn, OkrugColumn, FirstCriterionColumn };
    Q_ENUM(FixedColumn)

    enum Role {
        StateRole = Qt::UserRole + 1, // int(scoring::ScoreState), -1 when not scored
        CommentRole,
        NomineeIdRole,
        CriterionIdRole,
        ConflictRole, // the member declared a conflict of interest with the row's nominee
    };
    Q_ENUM(Role)

    explicit BallotModel(ContestDocument *document, QObject *parent = nullptr);

    qint64 memberId() const { return m_memberId; }
    void setMemberId(qint64 memberId); // 0: no ballot, no rows
    Source source() const { return m_source; }
    void setSource(Source source);

    const BallotLayout &layout() const { return m_layout; }
    const Ballot &ballot() const { return m_ballot; }
    BallotProgress progress() const;
    // Why the ballot cannot be edited now (translated); empty when it can.
    QString lockReason() const { return m_locked; }

    bool isCriterionColumn(int column) const;
    int totalColumn() const { return FirstCriterionColumn + int(m_layout.criteria.size()); }
    const Criterion *criterionAt(int column) const;
    // The allowed range and precision of a column's criterion, as a sentence.
    QString rangeText(int column) const;

    // Edits of one cell; false (and refused()) when the service refuses.
    bool setState(const QModelIndex &index, scoring::ScoreState state);
    bool setComment(const QModelIndex &index, const QString &comment);
    bool clear(const QModelIndex &index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::EditRole takes the points as text ("7", "7,5", "7.5"; empty clears the cell) or a
    // number; StateRole a scoring::ScoreState; CommentRole the comment.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // After a language switch: the headers, "recused" and the tooltips.
    void retranslate();

public slots:
    // Reads the ballot's layout again (nominees, criteria, conflicts): a model reset.
    void reload();

signals:
    void refused(const QString &message);
    // The scores, the ballot's state or what the actor may do changed: progress, buttons.
    void ballotChanged();

private:
    void refreshCells();
    void updateLock();
    const ScoreCell *cellAt(const QModelIndex &index) const;
    QVariant cellData(const QModelIndex &index, int role) const;
    bool write(const QModelIndex &index, scoring::ScoreState state, double points,
               const QString &comment);

    QPointer<ContestDocument> m_document;
    qint64 m_memberId = 0;
    Source m_source = Scores;
    BallotLayout m_layout;
    Ballot m_ballot;
    QHash<QPair<qint64, qint64>, ScoreCell> m_cells; // nominee, criterion
    QHash<qint64, double> m_totals;
    QString m_locked;
};

} // namespace akim
