#include "storage/geographyrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

Region regionFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt()};
}

District districtFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

Okrug okrugFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString()};
}

template<typename T, typename Read>
QVector<T> readAll(QSqlQuery &q, Read read)
{
    QVector<T> rows;
    while (q.next())
        rows.push_back(read(q));
    return rows;
}

const QString kRegionSelect =
    QStringLiteral("SELECT id, uuid, coalesce(kato, ''), name_ru, name_kk, sort_order FROM region");
const QString kDistrictSelect = QStringLiteral(
    "SELECT id, uuid, region_id, coalesce(kato, ''), name_ru, name_kk FROM district");
const QString kOkrugSelect =
    QStringLiteral("SELECT id, uuid, district_id, coalesce(kato, ''), name_ru, name_kk FROM okrug");

} // namespace

GeographyRepository::GeographyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Region> GeographyRepository::regions() const
{
    QSqlQuery q = sql::exec(m_db, kRegionSelect + QStringLiteral(" ORDER BY sort_order, name_ru"));
    return readAll<Region>(q, regionFrom);
}

QVector<District> GeographyRepository::districts(qint64 regionId) const
{
    QSqlQuery q =
        regionId > 0
            ? sql::exec(m_db,
                        kDistrictSelect + QStringLiteral(" WHERE region_id = ? ORDER BY name_ru"),
                        {regionId})
            : sql::exec(m_db, kDistrictSelect + QStringLiteral(" ORDER BY region_id, name_ru"));
    return readAll<District>(q, districtFrom);
}

QVector<Okrug> GeographyRepository::okrugs(qint64 districtId) const
{
    QSqlQuery q =
        districtId > 0
            ? sql::exec(m_db,
                        kOkrugSelect + QStringLiteral(" WHERE district_id = ? ORDER BY name_ru"),
                        {districtId})
            : sql::exec(m_db, kOkrugSelect + QStringLiteral(" ORDER BY district_id, name_ru"));
    return readAll<Okrug>(q, okrugFrom);
}

Region GeographyRepository::region(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kRegionSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? regionFrom(q) : Region{};
}

District GeographyRepository::district(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kDistrictSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? districtFrom(q) : District{};
}

Okrug GeographyRepository::okrug(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kOkrugSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? okrugFrom(q) : Okrug{};
}

void GeographyRepository::insert(Region &r)
{
    if (r.uuid.isEmpty())
        r.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO region (id, uuid, kato, name_ru, name_kk, "
                       "sort_order) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::idOrNull(r.id), r.uuid, sql::nullIfEmpty(r.kato), r.nameRu, r.nameKk, r.sortOrder});
    r.id = sql::lastId(q);
}

void GeographyRepository::insert(District &d)
{
    if (d.uuid.isEmpty())
        d.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO district (id, uuid, region_id, kato, "
                       "name_ru, name_kk) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::idOrNull(d.id), d.uuid, d.regionId, sql::nullIfEmpty(d.kato), d.nameRu, d.nameKk});
    d.id = sql::lastId(q);
}

void GeographyRepository::insert(Okrug &o)
{
    if (o.uuid.isEmpty())
        o.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO okrug (id, uuid, district_id, kato, "
                       "name_ru, name_kk) VALUES (?, ?, ?, ?, ?, ?)"),
        {sql::idOrNull(o.id), o.uuid, o.districtId, sql::nullIfEmpty(o.kato), o.nameRu, o.nameKk});
    o.id = sql::lastId(q);
}

void GeographyRepository::update(const Okrug &o)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE okrug SET district_id = ?, kato = ?, name_ru = ?, name_kk = ? "
                             "WHERE id = ?"),
              {o.districtId, sql::nullIfEmpty(o.kato), o.nameRu, o.nameKk, o.id});
}

void GeographyRepository::removeOkrug(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM okrug WHERE id = ?"), {id});
}

void GeographyRepository::removeDistrict(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM district WHERE id = ?"), {id});
}

qint64 GeographyRepository::regionCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM region")).toLongLong();
}

qint64 GeographyRepository::districtCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM district")).toLongLong();
}

qint64 GeographyRepository::okrugCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM okrug")).toLongLong();
}

} // namespace akim
