#include "storage/nomineerepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

const QString kRowSelect = QStringLiteral(
    "SELECT n.id, n.uuid, n.okrug_id, n.full_name, coalesce(n.in_office_since, ''), n.status, "
    "n.notes, r.id, d.id, r.name_ru, r.name_kk, d.name_ru, d.name_kk, o.name_ru, o.name_kk, "
    "coalesce(o.kato, '') "
    "FROM nominee n JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = o.district_id "
    "JOIN region r ON r.id = d.region_id");

Nominee nomineeFrom(const QSqlQuery &q)
{
    Nominee n;
    n.id = q.value(0).toLongLong();
    n.uuid = q.value(1).toString();
    n.okrugId = q.value(2).toLongLong();
    n.fullName = q.value(3).toString();
    n.inOfficeSince = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    n.status = nomineeStatusFromKey(q.value(5).toString());
    n.notes = q.value(6).toString();
    return n;
}

NomineeRow rowFrom(const QSqlQuery &q)
{
    NomineeRow r;
    r.nominee = nomineeFrom(q);
    r.regionId = q.value(7).toLongLong();
    r.districtId = q.value(8).toLongLong();
    r.regionRu = q.value(9).toString();
    r.regionKk = q.value(10).toString();
    r.districtRu = q.value(11).toString();
    r.districtKk = q.value(12).toString();
    r.okrugRu = q.value(13).toString();
    r.okrugKk = q.value(14).toString();
    r.okrugKato = q.value(15).toString();
    return r;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

NomineeRepository::NomineeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<NomineeRow> NomineeRepository::rows() const
{
    QSqlQuery q = sql::prepare(
        m_db, kRowSelect + QStringLiteral(" ORDER BY r.sort_order, d.name_ru, o.name_ru"));
    q.setForwardOnly(true);
    sql::exec(q);
    QVector<NomineeRow> result;
    while (q.next())
        result.push_back(rowFrom(q));
    return result;
}

NomineeRow NomineeRepository::row(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kRowSelect + QStringLiteral(" WHERE n.id = ?"), {id});
    return q.next() ? rowFrom(q) : NomineeRow{};
}

Nominee NomineeRepository::nominee(qint64 id) const
{
    return row(id).nominee;
}

qint64 NomineeRepository::nomineeOfOkrug(qint64 okrugId) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT id FROM nominee WHERE okrug_id = ?"), {okrugId})
        .toLongLong();
}

void NomineeRepository::insert(Nominee &n)
{
    if (n.uuid.isEmpty())
        n.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO nominee (id, uuid, okrug_id, full_name, in_office_since, "
                       "status, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {sql::idOrNull(n.id), n.uuid, n.okrugId, n.fullName, dateOrNull(n.inOfficeSince),
         nomineeStatusKey(n.status), n.notes});
    n.id = sql::lastId(q);
}

void NomineeRepository::update(const Nominee &n)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE nominee SET okrug_id = ?, full_name = ?, in_office_since = ?, "
                             "status = ?, notes = ? WHERE id = ?"),
              {n.okrugId, n.fullName, dateOrNull(n.inOfficeSince), nomineeStatusKey(n.status),
               n.notes, n.id});
}

void NomineeRepository::remove(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM nominee WHERE id = ?"), {id});
}

qint64 NomineeRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM nominee")).toLongLong();
}

qint64 NomineeRepository::dependentRows(qint64 id) const
{
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT (SELECT COUNT(*) FROM score WHERE nominee_id = ?) "
                              "+ (SELECT COUNT(*) FROM survey_response WHERE nominee_id = ?) "
                              "+ (SELECT COUNT(*) FROM member_conflict WHERE nominee_id = ?)"),
               {id, id, id})
        .toLongLong();
}

} // namespace akim
