#include "storage/scorerepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {

QHash<CellKey, ScoreCell> cellsByKey(const QVector<ScoreCell> &cells)
{
    QHash<CellKey, ScoreCell> result;
    for (const ScoreCell &cell : cells)
        result.insert({cell.nomineeId, cell.criterionId}, cell);
    return result;
}

std::optional<ScoreCell> takeCell(QHash<CellKey, ScoreCell> &cells, const CellKey &key)
{
    const auto it = cells.find(key);
    if (it == cells.end())
        return std::nullopt;
    ScoreCell cell = *it;
    cells.erase(it);
    return cell;
}
namespace {

const QString kSelect = QStringLiteral("SELECT id, uuid, member_id, nominee_id, criterion_id, "
                                       "state, points, comment, updated_at FROM score");

ScoreCell cellFrom(const QSqlQuery &q)
{
    ScoreCell cell;
    cell.id = q.value(0).toLongLong();
    cell.uuid = q.value(1).toString();
    cell.memberId = q.value(2).toLongLong();
    cell.nomineeId = q.value(3).toLongLong();
    cell.criterionId = q.value(4).toLongLong();
    cell.state = scoring::scoreStateFromKey(q.value(5).toString()).value_or(cell.state);
    cell.points = q.value(6).toDouble();
    cell.comment = q.value(7).toString();
    cell.updatedAt = q.value(8).toString();
    return cell;
}

} // namespace

bool ScoreCell::sameContent(const ScoreCell &other) const
{
    return state == other.state && comment == other.comment &&
           (state != scoring::ScoreState::Entered || points == other.points);
}

ScoreRepository::ScoreRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<ScoreCell> ScoreRepository::ballot(qint64 memberId) const
{
    QSqlQuery q = sql::exec(
        m_db, kSelect + QStringLiteral(" WHERE member_id = ? ORDER BY nominee_id, criterion_id"),
        {memberId});
    QVector<ScoreCell> cells;
    while (q.next())
        cells.push_back(cellFrom(q));
    return cells;
}

std::optional<ScoreCell> ScoreRepository::find(qint64 memberId, qint64 nomineeId,
                                               qint64 criterionId) const
{
    QSqlQuery q = sql::exec(
        m_db,
        kSelect + QStringLiteral(" WHERE member_id = ? AND nominee_id = ? AND criterion_id = ?"),
        {memberId, nomineeId, criterionId});
    if (!q.next())
        return std::nullopt;
    return cellFrom(q);
}

void ScoreRepository::upsert(ScoreCell &cell)
{
    if (cell.uuid.isEmpty())
        cell.uuid = sql::newUuid();
    cell.updatedAt = sql::nowUtc();
    const bool entered = cell.state == scoring::ScoreState::Entered;
    // ON CONFLICT … DO UPDATE rather than INSERT OR REPLACE: the row keeps its id and uuid, and
    // PostgreSQL accepts the same statement.
    sql::exec(m_db,
              QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, criterion_id, state, "
                             "points, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (member_id, nominee_id, criterion_id) DO UPDATE SET "
                             "state = excluded.state, points = excluded.points, "
                             "comment = excluded.comment, updated_at = excluded.updated_at"),
              {cell.uuid, cell.memberId, cell.nomineeId, cell.criterionId,
               scoring::scoreStateKey(cell.state),
               entered ? QVariant(cell.points) : QVariant(QMetaType::fromType<double>()),
               cell.comment, cell.updatedAt});
    const std::optional<ScoreCell> stored = find(cell.memberId, cell.nomineeId, cell.criterionId);
    if (stored) {
        cell.id = stored->id;
        cell.uuid = stored->uuid;
    }
}

void ScoreRepository::remove(qint64 memberId, qint64 nomineeId, qint64 criterionId)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM score WHERE member_id = ? AND nominee_id = ? AND "
                             "criterion_id = ?"),
              {memberId, nomineeId, criterionId});
}

qint64 ScoreRepository::count(qint64 memberId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM score WHERE member_id = ?"),
                       {memberId})
        .toLongLong();
}

} // namespace akim
