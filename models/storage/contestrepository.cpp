#include "storage/contestrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {

ContestRepository::ContestRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

ContestInfo ContestRepository::contest() const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, uuid, title_ru, title_kk, year, "
                                                 "template, created_at FROM contest LIMIT 1"));
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toString(),
            q.value(6).toString()};
}

void ContestRepository::insert(ContestInfo &c)
{
    if (c.uuid.isEmpty())
        c.uuid = sql::newUuid();
    if (c.createdAt.isEmpty())
        c.createdAt = sql::nowUtc();
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("INSERT INTO contest (uuid, title_ru, title_kk, year, "
                                           "template, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                            {c.uuid, c.titleRu, c.titleKk, c.year, c.templateName, c.createdAt});
    c.id = sql::lastId(q);
    for (const StageKind kind : {StageKind::Regional, StageKind::National}) {
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO stage (uuid, contest_id, kind) VALUES (?, ?, ?)"),
                  {sql::newUuid(), c.id, stageKindKey(kind)});
    }
}

QString ContestRepository::methodologyJson() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT json FROM methodology WHERE stage_id IS NULL "
                                            "ORDER BY version DESC LIMIT 1"))
        .toString();
}

int ContestRepository::methodologyVersion() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(version), 0) FROM methodology "
                                            "WHERE stage_id IS NULL"))
        .toInt();
}

void ContestRepository::setMethodologyJson(const QString &json)
{
    const int version = methodologyVersion();
    sql::exec(m_db,
              QStringLiteral("INSERT INTO methodology (uuid, stage_id, version, json, updated_at) "
                             "VALUES (?, NULL, ?, ?, ?)"),
              {sql::newUuid(), version + 1, json, sql::nowUtc()});
}

bool ContestRepository::isStageFinalised(StageKind stage) const
{
    // A stage's inputs lock as soon as one commission has finalised its part of it: a regional
    // result, once signed, must not move because another region's data changed.
    return sql::scalar(m_db,
                       QStringLiteral("SELECT ifnull((SELECT state = 'finalised' FROM stage WHERE "
                                      "kind = ?), 0) OR EXISTS (SELECT 1 FROM finalisation WHERE "
                                      "stage_kind = ?)"),
                       {stageKindKey(stage), stageKindKey(stage)})
        .toBool();
}

ContestCounts ContestRepository::counts() const
{
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM region), (SELECT COUNT(*) FROM district), "
                       "(SELECT COUNT(*) FROM okrug), (SELECT COUNT(*) FROM nominee), "
                       "(SELECT COUNT(*) FROM criterion), (SELECT COUNT(*) FROM commission), "
                       "(SELECT COUNT(*) FROM member), (SELECT COUNT(*) FROM score), "
                       "(SELECT COUNT(*) FROM survey_response WHERE kind = 'population'), "
                       "(SELECT COUNT(*) FROM survey_response WHERE kind = 'ethics'), "
                       "(SELECT COUNT(*) FROM survey_import), (SELECT COUNT(*) FROM audit_log)"));
    ContestCounts c;
    if (q.next()) {
        qint64 *fields[] = {&c.regions,         &c.districts,       &c.okrugs,  &c.nominees,
                            &c.criteria,        &c.commissions,     &c.members, &c.scores,
                            &c.surveyResponses, &c.ethicsResponses, &c.imports, &c.auditEntries};
        for (int i = 0; i < 12; ++i)
            *fields[i] = q.value(i).toLongLong();
    }
    return c;
}

} // namespace akim
