#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoringfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace akim;
using namespace akim::scoring;
using test::ScoringBuilder;

namespace {

// Region 1 with members 11–15; nominee 1 scored by all, nominee 2 with an abstention and a
// recusal and a small sample, nominee 3 without any survey answers.
ScoringBuilder contest(Methodology *m)
{
    *m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    m->criteria[3].weight = 2.0; // K1 counts double
    ScoringBuilder b;
    b.useCriteria(*m);
    b.region(1, QStringLiteral("Region One"));
    const QVector<qint64> members = b.members(11, 5, 1);
    b.nominee(1, 1);
    b.scores(members, 1, QStringLiteral("K1"), {6, 7, 8, 9, 10});
    b.scores(members, 1, QStringLiteral("K2"), {5, 7, 6, 5, 7});
    b.survey(1, QStringLiteral("S1"), 40, 160);
    b.survey(1, QStringLiteral("S2"), 38, 121);
    b.survey(1, QStringLiteral("E1"), 10, 9);
    b.responses(1, 40, 10);
    b.nominee(2, 1);
    b.scores(members, 2, QStringLiteral("K1"), {4, 4, 5});
    b.abstain(14, 2, QStringLiteral("K1"));
    b.recuse(15, 2, QStringLiteral("K1"));
    b.scores(members, 2, QStringLiteral("K2"), {8, 9, 8, 7, 8});
    b.survey(2, QStringLiteral("S1"), 10, 47);
    b.survey(2, QStringLiteral("S2"), 9, 31);
    b.survey(2, QStringLiteral("E1"), 6, 5);
    b.responses(2, 10, 6);
    b.nominee(3, 1);
    b.scores(members, 3, QStringLiteral("K1"), {3, 3, 4, 4, 2});
    b.scores(members, 3, QStringLiteral("K2"), {3, 3, 3, 3, 3});
    b.survey(3, QStringLiteral("E1"), 3, 3);
    b.responses(3, 0, 3);
    return b;
}

QStringList keys(const QJsonObject &o)
{
    QStringList list = o.keys();
    list.sort();
    return list;
}

bool containsAll(const QJsonObject &o, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (!o.contains(QLatin1String(name))) {
            qWarning("missing key %s in %s", name, qPrintable(keys(o).join(QLatin1Char(' '))));
            return false;
        }
    }
    return true;
}

double number(const QJsonValue &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

} // namespace

class TestRankingJson : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void topLevelShape();
    void nomineeShape();
    void nomineesInPlaceOrder();
    void totalsUnrounded();
    void missingValuesAreNull();
    void everyTotalRecomputesFromTheJson();
    void kazakhNames();
    void awkwardTextSurvives();
    void stageTwoShape();

private:
    Methodology m_methodology;
    ScoringBuilder m_builder;
    QJsonObject m_json;
    Ranking m_ranking;
};

void TestRankingJson::init()
{
    m_builder = contest(&m_methodology);
    m_ranking = RankingEngine::rank(m_builder.input, m_methodology, StageKind::Regional);
    // Through the bytes, as `rank --format json` prints them.
    const QByteArray bytes = RankingJson::toJsonBytes(m_ranking, m_methodology);
    QJsonParseError error;
    m_json = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestRankingJson::topLevelShape()
{
    QVERIFY(containsAll(m_json, {"stage", "region", "methodology", "nominees"}));
    QCOMPARE(m_json.value(QStringLiteral("stage")).toString(), QStringLiteral("regional"));
    QVERIFY(m_json.value(QStringLiteral("region")).isNull());
    const QJsonObject named =
        RankingJson::toJson(m_ranking, m_methodology, QStringLiteral("Region One"));
    QCOMPARE(named.value(QStringLiteral("region")).toString(), QStringLiteral("Region One"));

    // The full methodology: it reads back as the one used.
    const QJsonObject methodology = m_json.value(QStringLiteral("methodology")).toObject();
    QString error;
    const std::optional<Methodology> back = Methodology::fromJson(methodology, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->sameRules(m_methodology));
    for (const QJsonValue &c : methodology.value(QStringLiteral("criteria")).toArray())
        QVERIFY(containsAll(c.toObject(), {"code", "source", "max_points", "weight"}));
    QVERIFY(containsAll(methodology, {"aggregation", "stage_weights", "tie_breaks", "survey",
                                      "ethics", "ranking_style", "advancement"}));
}

void TestRankingJson::nomineeShape()
{
    const QJsonObject n = m_json.value(QStringLiteral("nominees")).toArray().at(0).toObject();
    QVERIFY(containsAll(n, {"id", "place", "name", "region", "district", "okrug", "total",
                            "advances", "flags", "components", "criteria", "ethics"}));
    QCOMPARE(n.value(QStringLiteral("id")).toInteger(), qint64(1));
    QCOMPARE(n.value(QStringLiteral("region")).toString(), QStringLiteral("Region One"));
    QVERIFY(n.value(QStringLiteral("advances")).toBool());
    QVERIFY(n.value(QStringLiteral("flags")).isArray());
    const QJsonObject components = n.value(QStringLiteral("components")).toObject();
    QCOMPARE(keys(components),
             QString::fromLatin1("commission ethics stage1_total survey").split(QLatin1Char(' ')));
    QVERIFY(components.value(QStringLiteral("stage1_total")).isNull());
    const QJsonObject ethics = n.value(QStringLiteral("ethics")).toObject();
    QCOMPARE(ethics.value(QStringLiteral("n")).toInteger(), qint64(10));
    QCOMPARE(ethics.value(QStringLiteral("index")).toDouble(), 90.0);

    const QJsonArray criteria = n.value(QStringLiteral("criteria")).toArray();
    QCOMPARE(criteria.size(), 5);
    const QJsonObject s1 = criteria.at(0).toObject();
    QVERIFY(containsAll(s1, {"code", "source", "n", "mean", "value"}));
    QCOMPARE(s1.value(QStringLiteral("source")).toString(), QStringLiteral("survey"));
    QCOMPARE(s1.value(QStringLiteral("n")).toInteger(), qint64(40));
    QCOMPARE(s1.value(QStringLiteral("mean")).toDouble(), 4.0);
    QCOMPARE(s1.value(QStringLiteral("value")).toDouble(), 75.0);
    const QJsonObject k1 = criteria.at(3).toObject();
    QVERIFY(containsAll(k1, {"code", "source", "value", "scores"}));
    QCOMPARE(k1.value(QStringLiteral("value")).toDouble(), 8.0);
    const QJsonArray scores = k1.value(QStringLiteral("scores")).toArray();
    QCOMPARE(scores.size(), 5);
    const QJsonObject first = scores.at(0).toObject();
    QVERIFY(containsAll(first, {"member", "points", "state", "trimmed"}));
    QCOMPARE(first.value(QStringLiteral("member")).toString(), QStringLiteral("Member 11"));
    QCOMPARE(first.value(QStringLiteral("points")).toDouble(), 6.0);
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("entered"));
    QVERIFY(first.value(QStringLiteral("trimmed")).toBool());
    QVERIFY(!scores.at(1).toObject().value(QStringLiteral("trimmed")).toBool());

    // Nominee 2's abstention and recusal: listed, without points, not trimmed.
    const QJsonObject other = m_json.value(QStringLiteral("nominees")).toArray().at(1).toObject();
    const QJsonArray otherScores = other.value(QStringLiteral("criteria"))
                                       .toArray()
                                       .at(3)
                                       .toObject()
                                       .value(QStringLiteral("scores"))
                                       .toArray();
    QCOMPARE(otherScores.at(3).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("abstained"));
    QVERIFY(otherScores.at(3).toObject().value(QStringLiteral("points")).isNull());
    QCOMPARE(otherScores.at(4).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("recused"));
}

void TestRankingJson::nomineesInPlaceOrder()
{
    const QJsonArray nominees = m_json.value(QStringLiteral("nominees")).toArray();
    QCOMPARE(nominees.size(), m_ranking.nominees.size());
    int previous = 0;
    double previousTotal = 1e300;
    for (const QJsonValue &v : nominees) {
        const int place = v.toObject().value(QStringLiteral("place")).toInt();
        const double total = v.toObject().value(QStringLiteral("total")).toDouble();
        QVERIFY(place >= previous);
        QVERIFY(total <= previousTotal);
        previous = place;
        previousTotal = total;
    }
    QCOMPARE(previous, 3);
}

void TestRankingJson::totalsUnrounded()
{
    const QJsonArray nominees = m_json.value(QStringLiteral("nominees")).toArray();
    for (int i = 0; i < nominees.size(); ++i) {
        const double json = nominees.at(i).toObject().value(QStringLiteral("total")).toDouble();
        QVERIFY(json == m_ranking.nominees.at(i).total); // the same double, bit for bit
    }
    // Nominee 2's K1 is 13/3: no rounding to the displayed decimals on the way out.
    const double k1 = nominees.at(1)
                          .toObject()
                          .value(QStringLiteral("criteria"))
                          .toArray()
                          .at(3)
                          .toObject()
                          .value(QStringLiteral("value"))
                          .toDouble();
    QVERIFY(k1 == 13.0 / 3);
}

void TestRankingJson::missingValuesAreNull()
{
    const QJsonObject third = m_json.value(QStringLiteral("nominees")).toArray().at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("id")).toInteger(), qint64(3));
    QVERIFY(third.value(QStringLiteral("components"))
                .toObject()
                .value(QStringLiteral("survey"))
                .isNull());
    QVERIFY(
        third.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("no_survey_data")));
    const QJsonObject s1 = third.value(QStringLiteral("criteria")).toArray().at(0).toObject();
    QCOMPARE(s1.value(QStringLiteral("n")).toInteger(), qint64(0));
    QVERIFY(s1.value(QStringLiteral("mean")).isNull());
    QVERIFY(s1.value(QStringLiteral("value")).isNull());
}

void TestRankingJson::everyTotalRecomputesFromTheJson()
{
    // Only what the JSON says: the methodology's settings and weights, each member's points and
    // trimmed marks, survey n and mean.
    const QJsonObject methodology = m_json.value(QStringLiteral("methodology")).toObject();
    const QJsonObject survey = methodology.value(QStringLiteral("survey")).toObject();
    const double lo = survey.value(QStringLiteral("scale_min")).toDouble();
    const double hi = survey.value(QStringLiteral("scale_max")).toDouble();
    for (const QJsonValue &v : m_json.value(QStringLiteral("nominees")).toArray()) {
        const QJsonObject n = v.toObject();
        double weighted = 0, weightedMax = 0, surveySum = 0, surveyWeights = 0;
        for (const QJsonValue &cv : n.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject c = cv.toObject();
            const double weight = c.value(QStringLiteral("weight")).toDouble();
            const QString source = c.value(QStringLiteral("source")).toString();
            if (source == u"commission") {
                double sum = 0;
                int count = 0;
                for (const QJsonValue &sv : c.value(QStringLiteral("scores")).toArray()) {
                    const QJsonObject s = sv.toObject();
                    if (s.value(QStringLiteral("state")).toString() == u"entered" &&
                        !s.value(QStringLiteral("trimmed")).toBool() &&
                        !s.value(QStringLiteral("conflict")).toBool()) {
                        sum += s.value(QStringLiteral("points")).toDouble();
                        ++count;
                    }
                }
                QCOMPARE(c.value(QStringLiteral("value")).toDouble(), sum / count);
                weighted += weight * sum / count;
                weightedMax += weight * c.value(QStringLiteral("max_points")).toDouble();
            } else if (source == u"survey" && c.value(QStringLiteral("n")).toInteger() > 0) {
                const double index =
                    100 * (c.value(QStringLiteral("mean")).toDouble() - lo) / (hi - lo);
                QCOMPARE(c.value(QStringLiteral("value")).toDouble(), index);
                surveySum += weight * index;
                surveyWeights += weight;
            }
        }
        const QJsonObject components = n.value(QStringLiteral("components")).toObject();
        QCOMPARE(components.value(QStringLiteral("commission")).toDouble(),
                 100 * weighted / weightedMax);
        if (surveyWeights > 0)
            QCOMPARE(components.value(QStringLiteral("survey")).toDouble(),
                     surveySum / surveyWeights);
        const QJsonObject weights = n.value(QStringLiteral("weights_used")).toObject();
        double total = 0;
        for (const char *key : {"survey", "ethics", "commission", "stage1_total"}) {
            const double w = number(weights.value(QLatin1String(key)));
            if (!std::isnan(w))
                total += w * components.value(QLatin1String(key)).toDouble();
        }
        QCOMPARE(n.value(QStringLiteral("total")).toDouble(), total);
    }
}

void TestRankingJson::kazakhNames()
{
    const QJsonObject kk = RankingJson::toJson(m_ranking, m_methodology, {}, QStringLiteral("kk"));
    const QJsonObject n = kk.value(QStringLiteral("nominees")).toArray().at(0).toObject();
    QCOMPARE(n.value(QStringLiteral("region")).toString(), QStringLiteral("Region One (kk)"));
    // No Kazakh name for the district: the Russian one.
    QCOMPARE(n.value(QStringLiteral("district")).toString(), QStringLiteral("District 1"));
}

void TestRankingJson::awkwardTextSurvives()
{
    // Quotes, backslashes, control characters and Kazakh letters in names written by hand.
    const QString name =
        QStringLiteral("Әбілқасымұлы \"Нұр\" \\ a\tb\nc") + QChar(0x01) + QStringLiteral(" \u00e9");
    m_builder.nomineeRef(1).name = name;
    const Ranking r = RankingEngine::rank(m_builder.input, m_methodology, StageKind::Regional);
    const QByteArray bytes = RankingJson::toJsonBytes(r, m_methodology, QStringLiteral("«Регион»"));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("nominees"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
             name);
    QCOMPARE(json.value(QStringLiteral("region")).toString(), QStringLiteral("«Регион»"));
    QCOMPARE(RankingJson::toJson(r, m_methodology, QStringLiteral("«Регион»")), json);
}

void TestRankingJson::stageTwoShape()
{
    Methodology m = ScoringBuilder::methodology({"K1", "R1"});
    m.weights = {0.0, 0.0, 1.0, 0.5, 0.5};
    ScoringBuilder b;
    b.useCriteria(m);
    b.region(1, QStringLiteral("Region One"));
    const QVector<qint64> republic = b.members(101, 3, 0);
    b.nominee(1, 1);
    b.scores(republic, 1, QStringLiteral("R1"), {6, 7, 8});
    b.input.stage1 = {{1, 64.5, true}};
    const QJsonObject json =
        RankingJson::toJson(RankingEngine::rank(b.input, m, StageKind::National), m);
    QCOMPARE(json.value(QStringLiteral("stage")).toString(), QStringLiteral("national"));
    const QJsonObject n = json.value(QStringLiteral("nominees")).toArray().at(0).toObject();
    const QJsonObject components = n.value(QStringLiteral("components")).toObject();
    QCOMPARE(components.value(QStringLiteral("stage1_total")).toDouble(), 64.5);
    QCOMPARE(components.value(QStringLiteral("commission")).toDouble(), 70.0);
    QVERIFY(components.value(QStringLiteral("survey")).isNull());
    QCOMPARE(n.value(QStringLiteral("total")).toDouble(), 0.5 * 70 + 0.5 * 64.5);
}

QTEST_GUILESS_MAIN(TestRankingJson)
#include "tst_rankingjson.moc"
