#include "services/contesttemplate.h"

#include "storage/commissionrepository.h"
#include "storage/contestrepository.h"
#include "storage/criterionrepository.h"
#include "storage/geographyrepository.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace akim {
namespace {

const QString kTemplateDir = QStringLiteral(":/templates");

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = parseError.errorString();
        return {};
    }
    return doc.object();
}

QString localized(const QJsonObject &names, const QString &language)
{
    const QString value = names.value(language).toString();
    return value.isEmpty() ? names.value(QStringLiteral("ru")).toString() : value;
}

} // namespace

QString ContestTemplate::defaultName()
{
    return QStringLiteral("uzdik-auyl-akimi-2020");
}

QStringList ContestTemplate::available()
{
    QStringList names;
    const QStringList files = QDir(kTemplateDir).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &file : files) {
        if (file != QLatin1String("regions.json"))
            names << file.chopped(5);
    }
    return names;
}

bool ContestTemplate::load(const QString &name)
{
    m_error.clear();
    if (!available().contains(name)) {
        m_error = tr("There is no template named \"%1\". Templates: %2.")
                      .arg(name, available().join(QStringLiteral(", ")));
        return false;
    }
    QString error;
    m_root = readJson(kTemplateDir + QLatin1Char('/') + name + QStringLiteral(".json"), &error);
    const QJsonObject regions = readJson(kTemplateDir + QStringLiteral("/regions.json"), &error);
    if (m_root.isEmpty() || regions.isEmpty()) {
        m_error = tr("The template \"%1\" cannot be read: %2").arg(name, error);
        return false;
    }
    m_name = name;
    m_methodology = m_root.value(QStringLiteral("methodology")).toObject();
    m_criteria.clear();
    int order = 0;
    for (const QJsonValue &value : m_root.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject title = o.value(QStringLiteral("title")).toObject();
        Criterion c;
        c.code = o.value(QStringLiteral("code")).toString();
        c.stage = stageKindFromKey(o.value(QStringLiteral("stage")).toString());
        c.source = criterionSourceFromKey(o.value(QStringLiteral("source")).toString());
        c.maxPoints = o.value(QStringLiteral("max_points")).toDouble();
        c.weight = o.value(QStringLiteral("weight")).toDouble(1.0);
        c.titleRu = title.value(QStringLiteral("ru")).toString();
        c.titleKk = title.value(QStringLiteral("kk")).toString();
        c.titleEn = title.value(QStringLiteral("en")).toString();
        c.sortOrder = ++order;
        m_criteria.push_back(c);
    }
    m_regions.clear();
    order = 0;
    for (const QJsonValue &value : regions.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject o = value.toObject();
        m_regions.push_back({0,
                             {},
                             o.value(QStringLiteral("kato")).toString(),
                             o.value(QStringLiteral("ru")).toString(),
                             o.value(QStringLiteral("kk")).toString(),
                             ++order});
    }
    return true;
}

QString ContestTemplate::displayName(const QString &language) const
{
    return localized(m_root.value(QStringLiteral("name")).toObject(), language);
}

void ContestTemplate::applyTo(const QSqlDatabase &db) const
{
    const QJsonObject title = m_root.value(QStringLiteral("title")).toObject();
    ContestInfo info;
    info.titleRu = localized(title, QStringLiteral("ru"));
    info.titleKk = localized(title, QStringLiteral("kk"));
    info.year = QDate::currentDate().year();
    info.templateName = m_name;
    ContestRepository contest(db);
    contest.insert(info);
    QJsonObject methodology = m_methodology;
    methodology.insert(QStringLiteral("template"), m_name);
    contest.setMethodologyJson(
        QString::fromUtf8(QJsonDocument(methodology).toJson(QJsonDocument::Indented)));

    GeographyRepository geography(db);
    CommissionRepository commissions(db);
    for (Region region : m_regions) {
        geography.insert(region);
        Commission commission;
        commission.stage = StageKind::Regional;
        commission.regionId = region.id;
        commission.nameRu = QStringLiteral("Конкурсная комиссия: ") + region.nameRu;
        commission.nameKk = region.nameKk + QStringLiteral(" облыстық конкурстық комиссиясы");
        commissions.insert(commission);
    }
    Commission republican;
    republican.stage = StageKind::National;
    republican.nameRu = QStringLiteral("Республиканская конкурсная комиссия");
    republican.nameKk = QStringLiteral("Республикалық конкурстық комиссия");
    commissions.insert(republican);

    CriterionRepository criteria(db);
    for (Criterion criterion : m_criteria)
        criteria.insert(criterion);
}

} // namespace akim
