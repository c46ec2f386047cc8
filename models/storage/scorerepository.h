#pragma once

#include "scoring/scoringinput.h"

#include <QHash>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace akim {

// One cell of a member's ballot: a nominee scored on one criterion. `points` is meaningful only
// when the state is Entered (an abstention or a recusal is never a zero).
struct ScoreCell
{
    qint64 id = 0;
    QString uuid;
    qint64 memberId = 0;
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    scoring::ScoreState state = scoring::ScoreState::Entered;
    double points = 0.0;
    QString comment;
    QString updatedAt;

    // Same state, points and comment: writing it again would change nothing.
    bool sameContent(const ScoreCell &other) const;
};

// A ballot's cells by nominee and criterion, for comparing one set of cells with another.
using CellKey = QPair<qint64, qint64>; // nominee, criterion
QHash<CellKey, ScoreCell> cellsByKey(const QVector<ScoreCell> &cells);
// Removes the cell of `key` from `cells` and returns it; nothing when there is none.
std::optional<ScoreCell> takeCell(QHash<CellKey, ScoreCell> &cells, const CellKey &key);

// The score table, one member's ballot at a time. Writes run inside the caller's transaction.
class ScoreRepository
{
public:
    explicit ScoreRepository(QSqlDatabase db);

    QVector<ScoreCell> ballot(qint64 memberId) const; // by nominee, then criterion
    std::optional<ScoreCell> find(qint64 memberId, qint64 nomineeId, qint64 criterionId) const;
    // Inserts the cell, or replaces the state, points, comment and time of the one already there
    // (whose uuid stays). Sets the cell's id, uuid and updatedAt.
    void upsert(ScoreCell &cell);
    void remove(qint64 memberId, qint64 nomineeId, qint64 criterionId);
    qint64 count(qint64 memberId) const;

private:
    QSqlDatabase m_db;
};

} // namespace akim
