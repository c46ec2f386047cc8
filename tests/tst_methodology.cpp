#include "scoring/methodology.h"
#include "services/contesttemplate.h"
#include "survey/surveystats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace akim;
using namespace akim::scoring;

namespace {

QByteArray templateFile()
{
    QFile file(QStringLiteral(":/templates/uzdik-auyl-akimi-2020.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList codes(const QVector<Criterion> &criteria)
{
    QStringList list;
    for (const Criterion &c : criteria)
        list << c.code;
    return list;
}

} // namespace

class TestMethodology : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreDesignDefaults();
    void templateEqualsDefaults();
    void contestTemplateStillLoads();
    void surveyStatsReadsTheSameSettings();
    void roundTrip();
    void roundTripThroughBytes();
    void partialJsonTakesDefaults();
    void refusesBadJson_data();
    void refusesBadJson();
    void refusesMalformedJson();
    void criteriaOfStage();
};

void TestMethodology::defaultsAreDesignDefaults()
{
    // DESIGN.md, "Default methodology", number by number.
    const Methodology m = Methodology::defaults();
    QCOMPARE(m.aggregation.method, AggregationMethod::TrimmedMean);
    QCOMPARE(m.aggregation.trimEachSide, 1);
    QCOMPARE(m.aggregation.trimMinScores, 5);
    QCOMPARE(m.survey.scaleMin, 1.0);
    QCOMPARE(m.survey.scaleMax, 5.0);
    QCOMPARE(m.survey.minSample, 30);
    QCOMPARE(m.survey.belowMinSample, BelowMinSample::Flag);
    QCOMPARE(m.ethics.gateIndex, 50.0);
    QVERIFY(m.ethics.notCompliantBlocksAdvancement);
    QCOMPARE(m.weights.survey, 0.3);
    QCOMPARE(m.weights.ethics, 0.2);
    QCOMPARE(m.weights.commission, 0.5);
    QCOMPARE(m.weights.nationalCommission, 1.0);
    QCOMPARE(m.weights.stage1Total, 0.0);
    QCOMPARE(m.regionalTieBreaks,
             (QVector<TieComponent>{TieComponent::Commission, TieComponent::Survey,
                                    TieComponent::SurveyN}));
    QCOMPARE(m.nationalTieBreaks,
             (QVector<TieComponent>{TieComponent::Commission, TieComponent::Stage1Total}));
    QCOMPARE(m.rankingStyle, RankingStyle::Standard);
    QCOMPARE(m.advancePerRegion, 1);
    QCOMPARE(m.displayDecimals, 2);
    QCOMPARE(codes(m.criteriaOf(StageKind::Regional, CriterionSource::Survey)),
             words("S1 S2 S3 S4 S5 S6"));
    QCOMPARE(codes(m.criteriaOf(StageKind::Regional, CriterionSource::Commission)),
             words("K1 K2 K3 K4 K5"));
    QCOMPARE(codes(m.criteriaOf(StageKind::National)), words("R1 R2 R3"));
    for (const Criterion &c : m.criteriaOf(StageKind::Regional, CriterionSource::Commission))
        QCOMPARE(c.maxPoints, 10.0);
    QCOMPARE(m.nominations.size(), 3);
}

void TestMethodology::templateEqualsDefaults()
{
    QString error;
    const std::optional<Methodology> m = Methodology::fromJsonBytes(templateFile(), &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->sameRules(Methodology::defaults()));
    QCOMPARE(m->templateName, QStringLiteral("uzdik-auyl-akimi-2020"));
    QCOMPARE(m->nominations, Methodology::defaults().nominations);
    // The template form carries the titles too.
    QCOMPARE(m->criteria.first().titleEn,
             QStringLiteral("Protection of citizens' rights and interests"));
}

void TestMethodology::contestTemplateStillLoads()
{
    ContestTemplate t;
    QVERIFY2(t.load(ContestTemplate::defaultName()), qPrintable(t.errorString()));
    QCOMPARE(t.criteria().size(), 15);
    QString error;
    QJsonObject json = t.methodology();
    json.insert(QStringLiteral("template"), t.name()); // as applyTo stores it
    const std::optional<Methodology> m = Methodology::fromJson(json, &error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->sameRules(Methodology::defaults()));
}

void TestMethodology::surveyStatsReadsTheSameSettings()
{
    // The survey tab reads survey.* and ethics.scale_* from the same JSON.
    const QByteArray json = Methodology::defaults().toJsonBytes();
    const survey::SurveySettings s =
        survey::SurveySettings::fromMethodologyJson(QString::fromUtf8(json));
    QCOMPARE(s.scaleMin, 1.0);
    QCOMPARE(s.scaleMax, 5.0);
    QCOMPARE(s.minSample, 30);
    QCOMPARE(s.ethicsMin, 0.0);
    QCOMPARE(s.ethicsMax, 1.0);
}

void TestMethodology::roundTrip()
{
    Methodology m = Methodology::defaults();
    m.templateName = QStringLiteral("custom");
    m.criteria[0].titleRu = QStringLiteral("Защита прав");
    m.criteria[0].titleKk = QStringLiteral("Құқықтарды қорғау");
    m.criteria[7].weight = 2.5;
    m.criteria[7].maxPoints = 20;
    m.aggregation = {AggregationMethod::Median, 2, 9, 4};
    m.survey = {0, 10, 50, BelowMinSample::Exclude};
    m.ethics = {1, 5, 62.5, false};
    m.weights = {0.25, 0.25, 0.5, 0.7, 0.3};
    m.regionalTieBreaks = {TieComponent::SurveyN, TieComponent::Ethics};
    m.nationalTieBreaks = {TieComponent::Stage1Total};
    m.rankingStyle = RankingStyle::Dense;
    m.advancePerRegion = 3;
    m.displayDecimals = 3;
    m.tieTolerance = 0;
    m.nominations = {{QStringLiteral("А"), QStringLiteral("Ә"), QStringLiteral("A")}};

    QString error;
    const std::optional<Methodology> back = Methodology::fromJson(m.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(*back == m);
    QVERIFY(*back != Methodology::defaults());
}

void TestMethodology::roundTripThroughBytes()
{
    const Methodology m = Methodology::defaults();
    QString error;
    const std::optional<Methodology> back = Methodology::fromJsonBytes(m.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == m);
}

void TestMethodology::partialJsonTakesDefaults()
{
    QString error;
    const std::optional<Methodology> m = Methodology::fromJsonBytes(
        R"({"ranking_style": "dense", "advancement": {"per_region": 2}})", &error);
    QVERIFY2(m, qPrintable(error));
    Methodology expected = Methodology::defaults();
    expected.rankingStyle = RankingStyle::Dense;
    expected.advancePerRegion = 2;
    QVERIFY(*m == expected);
}

void TestMethodology::refusesBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *name, const char *json, const char *key) {
        QTest::newRow(name) << QByteArray(json) << QString::fromLatin1(key);
    };
    row("unknown method", R"({"aggregation": {"method": "average"}})", "aggregation.method");
    row("fractional k", R"({"aggregation": {"trim_each_side": 1.5}})",
        "aggregation.trim_each_side");
    row("threshold too low", R"({"aggregation": {"trim_each_side": 3, "trim_min_scores": 5}})",
        "aggregation.trim_min_scores");
    row("aggregation not an object", R"({"aggregation": []})", "aggregation");
    row("inverted scale", R"({"survey": {"scale_min": 5, "scale_max": 1}})", "survey.scale_max");
    row("sample as text", R"({"survey": {"min_sample": "thirty"}})", "survey.min_sample");
    row("below sample", R"({"survey": {"below_min_sample": "drop"}})", "survey.below_min_sample");
    row("misspelt key", R"({"survey": {"minimum_sample": 30}})", "survey.minimum_sample");
    row("gate above 100", R"({"ethics": {"gate_index": 150}})", "ethics.gate_index");
    row("gate flag as text", R"({"ethics": {"not_compliant_blocks_advancement": "yes"}})",
        "ethics.not_compliant_blocks_advancement");
    row("weights sum", R"({"stage_weights": {"regional": {"survey": 0.5}}})",
        "stage_weights.regional");
    row("negative weight",
        R"({"stage_weights": {"national": {"commission": 1.5, "stage1_total": -0.5}}})",
        "stage_weights.national.commission");
    row("unknown tie-break", R"({"tie_breaks": {"regional": ["commission", "luck"]}})",
        "tie_breaks.regional");
    row("survey in stage II", R"({"tie_breaks": {"national": ["survey"]}})", "tie_breaks.national");
    row("repeated tie-break", R"({"tie_breaks": {"regional": ["survey", "survey"]}})",
        "tie_breaks.regional");
    row("ranking style", R"({"ranking_style": "olympic"})", "ranking_style");
    row("no seats", R"({"advancement": {"per_region": 0}})", "advancement.per_region");
    row("unknown top key", R"({"tie_break": []})", "tie_break");
    row("tolerance", R"({"rounding": {"tie_tolerance": -1}})", "rounding.tie_tolerance");
    row("criterion source", R"({"criteria": [{"code": "K1", "source": "jury"}]})",
        "criteria[0].source");
    row("criterion twice", R"({"criteria": [{"code": "K1"}, {"code": "K1"}]})", "criteria[1].code");
    row("survey in stage II criterion",
        R"({"criteria": [{"code": "S1", "stage": "national", "source": "survey"}]})",
        "criteria[0].source");
    row("zero max", R"({"criteria": [{"code": "K1", "max_points": 0}]})", "criteria[0].max_points");
    row("nomination", R"({"nominations": [5]})", "nominations[0]");
}

void TestMethodology::refusesBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    QString error;
    const std::optional<Methodology> m = Methodology::fromJsonBytes(json, &error);
    QVERIFY(!m);
    QVERIFY2(error.contains(QLatin1Char('"') + key + QLatin1Char('"')), qPrintable(error));
}

void TestMethodology::refusesMalformedJson()
{
    QString error;
    QVERIFY(!Methodology::fromJsonBytes("{\"survey\": {", &error));
    QVERIFY2(error.contains(QStringLiteral("not valid JSON")), qPrintable(error));
    QVERIFY(!Methodology::fromJsonBytes("[1, 2]", &error));
    QVERIFY2(error.contains(QStringLiteral("JSON object")), qPrintable(error));
}

void TestMethodology::criteriaOfStage()
{
    const Methodology m = Methodology::defaults();
    QCOMPARE(m.criteriaOf(StageKind::Regional).size(), 12);
    QCOMPARE(codes(m.criteriaOf(StageKind::Regional, CriterionSource::Ethics)), words("E1"));
    QCOMPARE(&m.tieBreaks(StageKind::National), &m.nationalTieBreaks);
}

QTEST_GUILESS_MAIN(TestMethodology)
#include "tst_methodology.moc"
