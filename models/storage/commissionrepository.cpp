#include "storage/commissionrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

const QString kCommissionSelect = QStringLiteral(
    "SELECT c.id, c.uuid, c.stage_kind, coalesce(c.region_id, 0), c.name_ru, c.name_kk "
    "FROM commission c LEFT JOIN region r ON r.id = c.region_id");
const QString kMemberSelect = QStringLiteral(
    "SELECT id, uuid, commission_id, full_name, role, position, sort_order FROM member");

Commission commissionFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), stageKindFromKey(q.value(2).toString()),
            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()};
}

Member memberFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toLongLong(),
            q.value(3).toString(),
            memberRoleFromKey(q.value(4).toString()),
            q.value(5).toString(),
            q.value(6).toInt()};
}

} // namespace

CommissionRepository::CommissionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Commission> CommissionRepository::commissions() const
{
    QSqlQuery q =
        sql::exec(m_db, kCommissionSelect + QStringLiteral(" ORDER BY c.stage_kind = 'national', "
                                                           "r.sort_order, c.name_ru"));
    QVector<Commission> result;
    while (q.next())
        result.push_back(commissionFrom(q));
    return result;
}

Commission CommissionRepository::commission(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kCommissionSelect + QStringLiteral(" WHERE c.id = ?"), {id});
    return q.next() ? commissionFrom(q) : Commission{};
}

void CommissionRepository::insert(Commission &c)
{
    if (c.uuid.isEmpty())
        c.uuid = sql::newUuid();
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO commission (id, uuid, stage_kind, region_id, "
                                 "name_ru, name_kk) VALUES (?, ?, ?, ?, ?, ?)"),
                  {sql::idOrNull(c.id), c.uuid, stageKindKey(c.stage), sql::idOrNull(c.regionId),
                   c.nameRu, c.nameKk});
    c.id = sql::lastId(q);
}

QVector<Member> CommissionRepository::members(qint64 commissionId) const
{
    QSqlQuery q =
        commissionId > 0
            ? sql::exec(m_db,
                        kMemberSelect +
                            QStringLiteral(" WHERE commission_id = ? ORDER BY sort_order, id"),
                        {commissionId})
            : sql::exec(m_db,
                        kMemberSelect + QStringLiteral(" ORDER BY commission_id, sort_order, id"));
    QVector<Member> result;
    while (q.next())
        result.push_back(memberFrom(q));
    return result;
}

Member CommissionRepository::member(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kMemberSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? memberFrom(q) : Member{};
}

void CommissionRepository::insert(Member &m)
{
    if (m.uuid.isEmpty())
        m.uuid = sql::newUuid();
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO member (id, uuid, commission_id, full_name, "
                                 "role, position, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {sql::idOrNull(m.id), m.uuid, m.commissionId, m.fullName, memberRoleKey(m.role),
                   m.position, m.sortOrder});
    m.id = sql::lastId(q);
}

void CommissionRepository::update(const Member &m)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE member SET commission_id = ?, full_name = ?, role = ?, "
                             "position = ?, sort_order = ? WHERE id = ?"),
              {m.commissionId, m.fullName, memberRoleKey(m.role), m.position, m.sortOrder, m.id});
}

void CommissionRepository::remove(qint64 memberId)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM member_conflict WHERE member_id = ?"), {memberId});
    sql::exec(m_db, QStringLiteral("DELETE FROM member WHERE id = ?"), {memberId});
}

qint64 CommissionRepository::memberCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM member")).toLongLong();
}

qint64 CommissionRepository::dependentRows(qint64 memberId) const
{
    // A ballot row stays once a ballot was submitted, even if its cells were cleared later.
    return sql::scalar(m_db,
                       QStringLiteral("SELECT (SELECT COUNT(*) FROM score WHERE member_id = ?) + "
                                      "(SELECT COUNT(*) FROM ballot WHERE member_id = ?)"),
                       {memberId, memberId})
        .toLongLong();
}

QVector<MemberConflict> CommissionRepository::conflicts(qint64 memberId) const
{
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("SELECT member_id, nominee_id, reason FROM member_conflict "
                                 "WHERE member_id = ? ORDER BY nominee_id"),
                  {memberId});
    QVector<MemberConflict> result;
    while (q.next())
        result.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return result;
}

void CommissionRepository::setConflicts(qint64 memberId, const QVector<MemberConflict> &conflicts)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM member_conflict WHERE member_id = ?"), {memberId});
    QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO member_conflict (member_id, "
                                                         "nominee_id, reason, declared_at) "
                                                         "VALUES (?, ?, ?, ?)"));
    const QString now = sql::nowUtc();
    for (const MemberConflict &c : conflicts) {
        for (const QVariant &value :
             {QVariant(memberId), QVariant(c.nomineeId), QVariant(c.reason), QVariant(now)})
            sql::bind(insert, value);
        sql::exec(insert);
    }
}

} // namespace akim
