#include "storage/paperentryrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

const QString kSelectCell = QStringLiteral(
    "SELECT c.id, e.member_id, c.nominee_id, c.criterion_id, c.state, c.points, c.comment, "
    "c.updated_at FROM paper_cell c JOIN paper_entry e ON e.id = c.entry_id "
    "WHERE e.member_id = ? AND e.entry = ?");

ScoreCell cellFrom(const QSqlQuery &q)
{
    ScoreCell cell;
    cell.id = q.value(0).toLongLong();
    cell.memberId = q.value(1).toLongLong();
    cell.nomineeId = q.value(2).toLongLong();
    cell.criterionId = q.value(3).toLongLong();
    cell.state = scoring::scoreStateFromKey(q.value(4).toString()).value_or(cell.state);
    cell.points = q.value(5).toDouble();
    cell.comment = q.value(6).toString();
    cell.updatedAt = q.value(7).toString();
    return cell;
}

} // namespace

PaperEntryRepository::PaperEntryRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

PaperEntry PaperEntryRepository::entry(qint64 memberId, PaperSide side) const
{
    PaperEntry entry;
    entry.memberId = memberId;
    entry.side = side;
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT id, uuid, typed_by, started_at, updated_at "
                                           "FROM paper_entry WHERE member_id = ? AND entry = ?"),
                            {memberId, int(side)});
    if (!q.next())
        return entry;
    entry.id = q.value(0).toLongLong();
    entry.uuid = q.value(1).toString();
    entry.typedBy = q.value(2).toString();
    entry.startedAt = q.value(3).toString();
    entry.updatedAt = q.value(4).toString();
    entry.stored = true;
    return entry;
}

QVector<ScoreCell> PaperEntryRepository::cells(qint64 memberId, PaperSide side) const
{
    QSqlQuery q = sql::exec(m_db,
                            kSelectCell + QStringLiteral(" ORDER BY c.nominee_id, "
                                                         "c.criterion_id"),
                            {memberId, int(side)});
    QVector<ScoreCell> cells;
    while (q.next())
        cells.push_back(cellFrom(q));
    return cells;
}

std::optional<ScoreCell> PaperEntryRepository::find(qint64 memberId, PaperSide side,
                                                    qint64 nomineeId, qint64 criterionId) const
{
    QSqlQuery q = sql::exec(
        m_db, kSelectCell + QStringLiteral(" AND c.nominee_id = ? AND c.criterion_id = ?"),
        {memberId, int(side), nomineeId, criterionId});
    if (!q.next())
        return std::nullopt;
    return cellFrom(q);
}

PaperEntry PaperEntryRepository::start(qint64 memberId, PaperSide side, const QString &login)
{
    const QString now = sql::nowUtc();
    sql::exec(m_db,
              QStringLiteral("INSERT INTO paper_entry (uuid, member_id, entry, typed_by, "
                             "started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (member_id, entry) DO NOTHING"),
              {sql::newUuid(), memberId, int(side), login, now, now});
    return entry(memberId, side);
}

void PaperEntryRepository::upsert(qint64 memberId, PaperSide side, ScoreCell &cell)
{
    const PaperEntry owner = entry(memberId, side);
    cell.memberId = memberId;
    cell.updatedAt = sql::nowUtc();
    const bool entered = cell.state == scoring::ScoreState::Entered;
    sql::exec(m_db,
              QStringLiteral("INSERT INTO paper_cell (entry_id, nominee_id, criterion_id, state, "
                             "points, comment, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (entry_id, nominee_id, criterion_id) DO UPDATE SET "
                             "state = excluded.state, points = excluded.points, "
                             "comment = excluded.comment, updated_at = excluded.updated_at"),
              {owner.id, cell.nomineeId, cell.criterionId, scoring::scoreStateKey(cell.state),
               entered ? QVariant(cell.points) : QVariant(QMetaType::fromType<double>()),
               cell.comment, cell.updatedAt});
    sql::exec(m_db, QStringLiteral("UPDATE paper_entry SET updated_at = ? WHERE id = ?"),
              {cell.updatedAt, owner.id});
    if (const std::optional<ScoreCell> stored =
            find(memberId, side, cell.nomineeId, cell.criterionId))
        cell.id = stored->id;
}

void PaperEntryRepository::remove(qint64 memberId, PaperSide side, qint64 nomineeId,
                                  qint64 criterionId)
{
    const PaperEntry owner = entry(memberId, side);
    if (!owner.stored)
        return;
    sql::exec(m_db,
              QStringLiteral("DELETE FROM paper_cell WHERE entry_id = ? AND nominee_id = ? AND "
                             "criterion_id = ?"),
              {owner.id, nomineeId, criterionId});
    sql::exec(m_db, QStringLiteral("UPDATE paper_entry SET updated_at = ? WHERE id = ?"),
              {sql::nowUtc(), owner.id});
}

void PaperEntryRepository::forgetIfEmpty(qint64 memberId, PaperSide side)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM paper_entry WHERE member_id = ? AND entry = ? AND NOT "
                             "EXISTS (SELECT 1 FROM paper_cell WHERE entry_id = paper_entry.id)"),
              {memberId, int(side)});
}

void PaperEntryRepository::discard(qint64 memberId, PaperSide side)
{
    // The cells explicitly, not by the cascade: a connection with foreign keys off (the
    // sqlite3 shell, a test's raw SQL) must not leave them behind.
    sql::exec(m_db,
              QStringLiteral("DELETE FROM paper_cell WHERE entry_id IN (SELECT id FROM "
                             "paper_entry WHERE member_id = ? AND entry = ?)"),
              {memberId, int(side)});
    sql::exec(m_db, QStringLiteral("DELETE FROM paper_entry WHERE member_id = ? AND entry = ?"),
              {memberId, int(side)});
}

qint64 PaperEntryRepository::cellCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM paper_cell")).toLongLong();
}

} // namespace akim
