#include "storage/criterionrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, uuid, stage_kind, code, title_ru, title_kk, title_en, source, max_points, weight, "
    "sort_order FROM criterion");

Criterion criterionFrom(const QSqlQuery &q)
{
    Criterion c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.stage = stageKindFromKey(q.value(2).toString());
    c.code = q.value(3).toString();
    c.titleRu = q.value(4).toString();
    c.titleKk = q.value(5).toString();
    c.titleEn = q.value(6).toString();
    c.source = criterionSourceFromKey(q.value(7).toString());
    c.maxPoints = q.value(8).toDouble();
    c.weight = q.value(9).toDouble();
    c.sortOrder = q.value(10).toInt();
    return c;
}

} // namespace

CriterionRepository::CriterionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Criterion> CriterionRepository::all() const
{
    QSqlQuery q = sql::exec(
        m_db, kSelect + QStringLiteral(" ORDER BY stage_kind = 'national', sort_order, code"));
    QVector<Criterion> result;
    while (q.next())
        result.push_back(criterionFrom(q));
    return result;
}

Criterion CriterionRepository::criterion(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, kSelect + QStringLiteral(" WHERE id = ?"), {id});
    return q.next() ? criterionFrom(q) : Criterion{};
}

qint64 CriterionRepository::idOfCode(const QString &code) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT id FROM criterion WHERE code = ?"), {code})
        .toLongLong();
}

void CriterionRepository::insert(Criterion &c)
{
    if (c.uuid.isEmpty())
        c.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO criterion (id, uuid, stage_kind, code, title_ru, title_kk, "
                       "title_en, source, max_points, weight, sort_order) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::idOrNull(c.id), c.uuid, stageKindKey(c.stage), c.code, c.titleRu, c.titleKk,
         c.titleEn, criterionSourceKey(c.source), c.maxPoints, c.weight, c.sortOrder});
    c.id = sql::lastId(q);
}

void CriterionRepository::update(const Criterion &c)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE criterion SET stage_kind = ?, code = ?, title_ru = ?, "
                             "title_kk = ?, title_en = ?, source = ?, max_points = ?, weight = ?, "
                             "sort_order = ? WHERE id = ?"),
              {stageKindKey(c.stage), c.code, c.titleRu, c.titleKk, c.titleEn,
               criterionSourceKey(c.source), c.maxPoints, c.weight, c.sortOrder, c.id});
}

void CriterionRepository::remove(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM criterion WHERE id = ?"), {id});
}

void CriterionRepository::setSortOrder(qint64 id, int sortOrder)
{
    sql::exec(m_db, QStringLiteral("UPDATE criterion SET sort_order = ? WHERE id = ?"),
              {sortOrder, id});
}

qint64 CriterionRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM criterion")).toLongLong();
}

qint64 CriterionRepository::dependentRows(qint64 id) const
{
    // Answers are packed per response as {"<criterion id>": value, …}; the quoted key followed
    // by a colon appears nowhere else in that JSON, so a substring test finds the responses
    // that answered this criterion without parsing every object.
    const QString key = QStringLiteral("\"%1\":").arg(id);
    return sql::scalar(m_db,
                       QStringLiteral(
                           "SELECT (SELECT COUNT(*) FROM score WHERE criterion_id = ?) "
                           "+ (SELECT COUNT(*) FROM survey_response WHERE instr(answers, ?) > 0)"),
                       {id, key})
        .toLongLong();
}

} // namespace akim
