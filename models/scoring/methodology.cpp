#include "scoring/methodology.h"

#include "domain/enumkeys.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace akim::scoring {
namespace {

// Keys are what the methodology JSON stores; they never change with the UI language.
const enumkeys::Table<TieComponent, 6> kTieComponents{{
    {TieComponent::Commission, "commission"},
    {TieComponent::Survey, "survey"},
    {TieComponent::Ethics, "ethics"},
    {TieComponent::SurveyN, "survey_n"},
    {TieComponent::EthicsN, "ethics_n"},
    {TieComponent::Stage1Total, "stage1_total"},
}};

Criterion criterion(StageKind stage, const char *code, CriterionSource source, double maxPoints)
{
    Criterion c;
    c.stage = stage;
    c.code = QString::fromLatin1(code);
    c.source = source;
    c.maxPoints = maxPoints;
    c.weight = 1.0;
    return c;
}

QJsonArray tieBreaksJson(const QVector<TieComponent> &components)
{
    QJsonArray array;
    for (const TieComponent component : components)
        array.append(tieComponentKey(component));
    return array;
}

bool sameCriterionRules(const Criterion &a, const Criterion &b)
{
    return a.code == b.code && a.stage == b.stage && a.source == b.source &&
           a.maxPoints == b.maxPoints && a.weight == b.weight;
}

} // namespace

QString aggregationMethodKey(AggregationMethod method)
{
    switch (method) {
    case AggregationMethod::Mean:
        return QStringLiteral("mean");
    case AggregationMethod::TrimmedMean:
        return QStringLiteral("trimmed_mean");
    case AggregationMethod::Median:
        return QStringLiteral("median");
    }
    return {};
}

QString belowMinSampleKey(BelowMinSample value)
{
    return value == BelowMinSample::Exclude ? QStringLiteral("exclude") : QStringLiteral("flag");
}

QString rankingStyleKey(RankingStyle style)
{
    return style == RankingStyle::Dense ? QStringLiteral("dense")
                                        : QStringLiteral("standard_competition");
}

QString tieComponentKey(TieComponent component)
{
    return enumkeys::keyOf(kTieComponents, component);
}

std::optional<TieComponent> tieComponentFromKey(const QString &key)
{
    return enumkeys::find(kTieComponents, key);
}

bool AggregationSettings::operator==(const AggregationSettings &o) const
{
    return method == o.method && trimEachSide == o.trimEachSide &&
           trimMinScores == o.trimMinScores && minValidScores == o.minValidScores;
}

bool SurveyIndexSettings::operator==(const SurveyIndexSettings &o) const
{
    return scaleMin == o.scaleMin && scaleMax == o.scaleMax && minSample == o.minSample &&
           belowMinSample == o.belowMinSample;
}

bool EthicsSettings::operator==(const EthicsSettings &o) const
{
    return scaleMin == o.scaleMin && scaleMax == o.scaleMax && gateIndex == o.gateIndex &&
           notCompliantBlocksAdvancement == o.notCompliantBlocksAdvancement;
}

bool StageWeights::operator==(const StageWeights &o) const
{
    return survey == o.survey && ethics == o.ethics && commission == o.commission &&
           nationalCommission == o.nationalCommission && stage1Total == o.stage1Total;
}

Methodology Methodology::defaults()
{
    Methodology m;
    m.templateName = QStringLiteral("uzdik-auyl-akimi-2020");
    const auto regional = StageKind::Regional;
    const auto national = StageKind::National;
    for (const char *code : {"S1", "S2", "S3", "S4", "S5", "S6"})
        m.criteria.append(criterion(regional, code, CriterionSource::Survey, 5));
    m.criteria.append(criterion(regional, "E1", CriterionSource::Ethics, 100));
    for (const char *code : {"K1", "K2", "K3", "K4", "K5"})
        m.criteria.append(criterion(regional, code, CriterionSource::Commission, 10));
    for (const char *code : {"R1", "R2", "R3"})
        m.criteria.append(criterion(national, code, CriterionSource::Commission, 10));
    int order = 0;
    for (Criterion &c : m.criteria)
        c.sortOrder = ++order;
    // The 2020 template's special nominations, as DESIGN.md pre-fills them.
    m.nominations = {
        {QStringLiteral("Лучший социально-экономический проект"),
         QStringLiteral("Үздік әлеуметтік-экономикалық жоба"),
         QStringLiteral("Best socio-economic project")},
        {QStringLiteral("Аким, открытый народу"), QStringLiteral("Халыққа ашық әкім"),
         QStringLiteral("Akim open to the people")},
        {QStringLiteral("Лучший аким-хозяйственник"), QStringLiteral("Үздік іскер-шаруа әкім"),
         QStringLiteral("Best business-minded akim")},
    };
    return m;
}

QJsonObject Methodology::toJson() const
{
    QJsonObject root;
    if (!templateName.isEmpty())
        root.insert(QStringLiteral("template"), templateName);
    QJsonArray criteriaJson;
    for (const Criterion &c : criteria) {
        QJsonObject o{{QStringLiteral("code"), c.code},
                      {QStringLiteral("stage"), stageKindKey(c.stage)},
                      {QStringLiteral("source"), criterionSourceKey(c.source)},
                      {QStringLiteral("max_points"), c.maxPoints},
                      {QStringLiteral("weight"), c.weight}};
        if (!c.titleRu.isEmpty() || !c.titleKk.isEmpty() || !c.titleEn.isEmpty())
            o.insert(QStringLiteral("title"), QJsonObject{{QStringLiteral("ru"), c.titleRu},
                                                          {QStringLiteral("kk"), c.titleKk},
                                                          {QStringLiteral("en"), c.titleEn}});
        criteriaJson.append(o);
    }
    root.insert(QStringLiteral("criteria"), criteriaJson);
    root.insert(QStringLiteral("aggregation"),
                QJsonObject{{QStringLiteral("method"), aggregationMethodKey(aggregation.method)},
                            {QStringLiteral("trim_each_side"), aggregation.trimEachSide},
                            {QStringLiteral("trim_min_scores"), aggregation.trimMinScores},
                            {QStringLiteral("min_valid_scores"), aggregation.minValidScores}});
    root.insert(QStringLiteral("survey"),
                QJsonObject{{QStringLiteral("scale_min"), survey.scaleMin},
                            {QStringLiteral("scale_max"), survey.scaleMax},
                            {QStringLiteral("min_sample"), survey.minSample},
                            {QStringLiteral("below_min_sample"),
                             belowMinSampleKey(survey.belowMinSample)}});
    root.insert(QStringLiteral("ethics"),
                QJsonObject{{QStringLiteral("scale_min"), ethics.scaleMin},
                            {QStringLiteral("scale_max"), ethics.scaleMax},
                            {QStringLiteral("gate_index"), ethics.gateIndex},
                            {QStringLiteral("not_compliant_blocks_advancement"),
                             ethics.notCompliantBlocksAdvancement}});
    root.insert(QStringLiteral("stage_weights"),
                QJsonObject{{QStringLiteral("regional"),
                             QJsonObject{{QStringLiteral("survey"), weights.survey},
                                         {QStringLiteral("ethics"), weights.ethics},
                                         {QStringLiteral("commission"), weights.commission}}},
                            {QStringLiteral("national"),
                             QJsonObject{{QStringLiteral("commission"), weights.nationalCommission},
                                         {QStringLiteral("stage1_total"), weights.stage1Total}}}});
    root.insert(QStringLiteral("tie_breaks"),
                QJsonObject{{QStringLiteral("regional"), tieBreaksJson(regionalTieBreaks)},
                            {QStringLiteral("national"), tieBreaksJson(nationalTieBreaks)}});
    root.insert(QStringLiteral("ranking_style"), rankingStyleKey(rankingStyle));
    root.insert(QStringLiteral("advancement"),
                QJsonObject{{QStringLiteral("per_region"), advancePerRegion}});
    root.insert(QStringLiteral("rounding"),
                QJsonObject{{QStringLiteral("display_decimals"), displayDecimals},
                            {QStringLiteral("tie_tolerance"), tieTolerance}});
    QJsonArray nominationsJson;
    for (const Nomination &n : nominations)
        nominationsJson.append(QJsonObject{{QStringLiteral("ru"), n.ru},
                                           {QStringLiteral("kk"), n.kk},
                                           {QStringLiteral("en"), n.en}});
    root.insert(QStringLiteral("nominations"), nominationsJson);
    return root;
}

QByteArray Methodology::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QVector<Criterion> Methodology::criteriaOf(StageKind stage) const
{
    QVector<Criterion> result;
    for (const Criterion &c : criteria) {
        if (c.stage == stage)
            result.append(c);
    }
    return result;
}

QVector<Criterion> Methodology::criteriaOf(StageKind stage, CriterionSource source) const
{
    QVector<Criterion> result;
    for (const Criterion &c : criteria) {
        if (c.stage == stage && c.source == source)
            result.append(c);
    }
    return result;
}

bool Methodology::sameRules(const Methodology &o) const
{
    if (criteria.size() != o.criteria.size())
        return false;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (!sameCriterionRules(criteria.at(i), o.criteria.at(i)))
            return false;
    }
    return aggregation == o.aggregation && survey == o.survey && ethics == o.ethics &&
           weights == o.weights && regionalTieBreaks == o.regionalTieBreaks &&
           nationalTieBreaks == o.nationalTieBreaks && rankingStyle == o.rankingStyle &&
           advancePerRegion == o.advancePerRegion && displayDecimals == o.displayDecimals &&
           tieTolerance == o.tieTolerance;
}

bool Methodology::operator==(const Methodology &o) const
{
    if (!sameRules(o) || templateName != o.templateName || nominations != o.nominations)
        return false;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion &a = criteria.at(i);
        const Criterion &b = o.criteria.at(i);
        if (a.titleRu != b.titleRu || a.titleKk != b.titleKk || a.titleEn != b.titleEn)
            return false;
    }
    return true;
}

} // namespace akim::scoring
