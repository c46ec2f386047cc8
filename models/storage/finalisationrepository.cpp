#include "storage/finalisationrepository.h"

#include "storage/sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akim {
namespace {

const QString kColumns =
    QStringLiteral("id, uuid, stage_kind, region_id, finalised_at, finalised_by, methodology_json, "
                   "ranking_sha256, nominees, advancing_json, chair_decision_json");

QString idsJson(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QVector<qint64> idsFromJson(const QString &json)
{
    QVector<qint64> ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        ids << value.toInteger();
    return ids;
}

Finalisation fromQuery(const QSqlQuery &q)
{
    Finalisation f;
    f.id = q.value(0).toLongLong();
    f.uuid = q.value(1).toString();
    f.stage = stageKindFromKey(q.value(2).toString());
    f.regionId = q.value(3).toLongLong();
    f.finalisedAt = q.value(4).toString();
    f.finalisedBy = q.value(5).toString();
    f.methodologyJson = q.value(6).toString();
    f.rankingSha256 = q.value(7).toString();
    f.nominees = q.value(8).toInt();
    f.advancing = idsFromJson(q.value(9).toString());
    f.chairDecision = idsFromJson(q.value(10).toString());
    return f;
}

} // namespace

FinalisationRepository::FinalisationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Finalisation> FinalisationRepository::all() const
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM finalisation ORDER BY id").arg(kColumns));
    QVector<Finalisation> result;
    while (q.next())
        result << fromQuery(q);
    return result;
}

std::optional<Finalisation> FinalisationRepository::find(StageKind stage, qint64 regionId) const
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT %1 FROM finalisation WHERE stage_kind = ? AND "
                                           "ifnull(region_id, 0) = ?")
                                .arg(kColumns),
                            {stageKindKey(stage), regionId});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

bool FinalisationRepository::isRegionFinalised(qint64 regionId) const
{
    return find(StageKind::Regional, regionId).has_value();
}

bool FinalisationRepository::anyOf(StageKind stage) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM finalisation WHERE "
                                      "stage_kind = ?)"),
                       {stageKindKey(stage)})
        .toBool();
}

bool FinalisationRepository::isRegionLocked(qint64 regionId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM finalisation WHERE "
                                      "stage_kind = 'national' OR region_id = ?)"),
                       {regionId})
        .toBool();
}

bool FinalisationRepository::isNomineeLocked(qint64 nomineeId) const
{
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM finalisation f WHERE f.stage_kind = "
                              "'national' OR f.region_id = (SELECT d.region_id FROM nominee n "
                              "JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = "
                              "o.district_id WHERE n.id = ?))"),
               {nomineeId})
        .toBool();
}

void FinalisationRepository::insert(Finalisation &f)
{
    f.uuid = sql::newUuid();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO finalisation (uuid, stage_kind, region_id, finalised_at, "
                       "finalised_by, methodology_json, ranking_sha256, nominees, "
                       "advancing_json, chair_decision_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?)"),
        {f.uuid, stageKindKey(f.stage), sql::idOrNull(f.regionId), f.finalisedAt, f.finalisedBy,
         f.methodologyJson, f.rankingSha256, f.nominees, idsJson(f.advancing),
         idsJson(f.chairDecision)});
    f.id = sql::lastId(q);
}

} // namespace akim
