#include "services/auditjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace akim::auditjson {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString of(const Nominee &n)
{
    return compact({{QStringLiteral("id"), n.id},
                    {QStringLiteral("okrug_id"), n.okrugId},
                    {QStringLiteral("full_name"), n.fullName},
                    {QStringLiteral("in_office_since"), n.inOfficeSince.toString(Qt::ISODate)},
                    {QStringLiteral("status"), nomineeStatusKey(n.status)},
                    {QStringLiteral("notes"), n.notes}});
}

QString of(const Criterion &c)
{
    return compact({{QStringLiteral("id"), c.id},
                    {QStringLiteral("stage"), stageKindKey(c.stage)},
                    {QStringLiteral("code"), c.code},
                    {QStringLiteral("title_ru"), c.titleRu},
                    {QStringLiteral("title_kk"), c.titleKk},
                    {QStringLiteral("title_en"), c.titleEn},
                    {QStringLiteral("source"), criterionSourceKey(c.source)},
                    {QStringLiteral("max_points"), c.maxPoints},
                    {QStringLiteral("weight"), c.weight},
                    {QStringLiteral("order"), c.sortOrder}});
}

QString of(const Member &m)
{
    return compact({{QStringLiteral("id"), m.id},
                    {QStringLiteral("commission_id"), m.commissionId},
                    {QStringLiteral("full_name"), m.fullName},
                    {QStringLiteral("role"), memberRoleKey(m.role)},
                    {QStringLiteral("position"), m.position}});
}

QString of(const Okrug &o)
{
    return compact({{QStringLiteral("id"), o.id},
                    {QStringLiteral("district_id"), o.districtId},
                    {QStringLiteral("kato"), o.kato},
                    {QStringLiteral("name_ru"), o.nameRu},
                    {QStringLiteral("name_kk"), o.nameKk}});
}

QString of(const District &d)
{
    return compact({{QStringLiteral("id"), d.id},
                    {QStringLiteral("region_id"), d.regionId},
                    {QStringLiteral("name_ru"), d.nameRu},
                    {QStringLiteral("name_kk"), d.nameKk}});
}

QString of(const QVector<MemberConflict> &conflicts)
{
    QJsonArray array;
    for (const MemberConflict &c : conflicts)
        array.append(QJsonObject{{QStringLiteral("nominee_id"), c.nomineeId},
                                 {QStringLiteral("reason"), c.reason}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace akim::auditjson
