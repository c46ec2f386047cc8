#include "demo/demogenerator.h"
#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace akim;
using namespace akim::scoring;

class TestScoringInputLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void snapshotMatchesTheFile();
    void handInsertedRows();
    void methodologyFromTheContest();
    void refusesABadStoredMethodology();
    void ranksTheDemoEndToEnd();

private:
    bool makeDemo(bool scores, int survey);
    QSqlDatabase db() { return m_contest->document().database().connection(); }
    qint64 count(const QString &statement, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(db(), statement, values).toLongLong();
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
};

void TestScoringInputLoader::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
}

void TestScoringInputLoader::cleanup()
{
    m_contest.reset();
}

bool TestScoringInputLoader::makeDemo(bool scores, int survey)
{
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 6;
    options.scores = scores;
    options.surveyResponses = survey;
    const QString error = demo::DemoGenerator::generate(m_contest->document(), options);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty();
}

void TestScoringInputLoader::snapshotMatchesTheFile()
{
    QVERIFY(makeDemo(true, 600));
    const ScoringInput in = ScoringInputLoader(db()).load();
    QCOMPARE(in.regions.size(), count(QStringLiteral("SELECT COUNT(*) FROM region")));
    QCOMPARE(in.regions.size(), 2);
    QCOMPARE(in.nominees.size(), 12);
    QCOMPARE(in.criteria.size(), count(QStringLiteral("SELECT COUNT(*) FROM criterion")));
    QCOMPARE(in.members.size(), count(QStringLiteral("SELECT COUNT(*) FROM member")));
    QCOMPARE(in.conflicts.size(), count(QStringLiteral("SELECT COUNT(*) FROM member_conflict")));
    QVERIFY(in.scores.size() > 0);
    QCOMPARE(in.scores.size(), count(QStringLiteral("SELECT COUNT(*) FROM score")));
    QCOMPARE(in.survey.size(), count(QStringLiteral("SELECT COUNT(*) FROM survey_aggregate")));
    qint64 population = 0;
    qint64 ethics = 0;
    for (const InputResponseCount &r : in.responses) {
        population += r.population;
        ethics += r.ethics;
    }
    QCOMPARE(population, count(QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE kind = "
                                              "'population'")));
    QCOMPARE(ethics,
             count(QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE kind = 'ethics'")));
    QVERIFY(population > 0 && ethics > 0);

    // Every nominee knows its region, district and okrug by name.
    for (const InputNominee &n : in.nominees) {
        QCOMPARE(n.regionRu,
                 sql::scalar(db(),
                             QStringLiteral("SELECT r.name_ru FROM nominee n JOIN okrug o ON o.id "
                                            "= n.okrug_id JOIN district d ON d.id = "
                                            "o.district_id JOIN region r ON r.id = d.region_id "
                                            "WHERE n.id = ?"),
                             {n.id})
                     .toString());
        QVERIFY(!n.okrugRu.isEmpty() && !n.districtRu.isEmpty() && !n.name.isEmpty());
    }
    // Regional members carry their region, the republican ones none.
    for (const InputMember &m : in.members)
        QCOMPARE(m.regionId == 0, m.stage == StageKind::National);
}

void TestScoringInputLoader::handInsertedRows()
{
    QVERIFY(makeDemo(false, 0));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM score")), 0);
    const qint64 region = sql::scalar(db(), QStringLiteral("SELECT id FROM region ORDER BY "
                                                           "sort_order LIMIT 1"))
                              .toLongLong();
    const qint64 nominee =
        sql::scalar(db(),
                    QStringLiteral("SELECT n.id FROM nominee n JOIN okrug o ON o.id = n.okrug_id "
                                   "JOIN district d ON d.id = o.district_id WHERE d.region_id = ? "
                                   "AND n.status = 'active' ORDER BY n.id LIMIT 1"),
                    {region})
            .toLongLong();
    QSqlQuery q = sql::exec(db(),
                            QStringLiteral("SELECT m.id FROM member m JOIN commission c ON "
                                           "c.id = m.commission_id WHERE c.region_id = ? "
                                           "ORDER BY m.id LIMIT 3"),
                            {region});
    QVector<qint64> members;
    while (q.next())
        members << q.value(0).toLongLong();
    QCOMPARE(members.size(), 3);
    const qint64 k1 =
        sql::scalar(db(), QStringLiteral("SELECT id FROM criterion WHERE code = 'K1'"))
            .toLongLong();
    const qint64 s1 =
        sql::scalar(db(), QStringLiteral("SELECT id FROM criterion WHERE code = 'S1'"))
            .toLongLong();
    const QString insert = QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, "
                                          "criterion_id, state, points, updated_at) VALUES (?, "
                                          "?, ?, ?, ?, ?, ?)");
    const QVariant noPoints(QMetaType::fromType<double>());
    sql::exec(
        db(), insert,
        {sql::newUuid(), members[0], nominee, k1, QStringLiteral("entered"), 7.5, sql::nowUtc()});
    sql::exec(db(), insert,
              {sql::newUuid(), members[1], nominee, k1, QStringLiteral("abstained"), noPoints,
               sql::nowUtc()});
    sql::exec(db(), insert,
              {sql::newUuid(), members[2], nominee, k1, QStringLiteral("recused"), noPoints,
               sql::nowUtc()});
    sql::exec(db(),
              QStringLiteral("INSERT INTO survey_aggregate (nominee_id, criterion_id, n, "
                             "total) VALUES (?, ?, 12, 45)"),
              {nominee, s1});
    sql::exec(db(),
              QStringLiteral("UPDATE nominee SET ethics_conclusion = 'not_compliant' WHERE "
                             "id = ?"),
              {nominee});

    const ScoringInput in = ScoringInputLoader(db()).load();
    QCOMPARE(in.scores.size(), 3);
    QCOMPARE(in.scores[0].memberId, members[0]);
    QCOMPARE(in.scores[0].nomineeId, nominee);
    QCOMPARE(in.scores[0].criterionId, k1);
    QCOMPARE(in.scores[0].state, ScoreState::Entered);
    QCOMPARE(in.scores[0].points, 7.5);
    QCOMPARE(in.scores[1].state, ScoreState::Abstained);
    QVERIFY(std::isnan(in.scores[1].points));
    QCOMPARE(in.scores[2].state, ScoreState::Recused);
    QCOMPARE(in.survey.size(), 1);
    QCOMPARE(in.survey[0].n, qint64(12));
    QCOMPARE(in.survey[0].sum, 45.0);
    const auto found = std::find_if(in.nominees.cbegin(), in.nominees.cend(),
                                    [&](const InputNominee &n) { return n.id == nominee; });
    QVERIFY(found != in.nominees.cend());
    QCOMPARE(found->ethicsConclusion, EthicsConclusion::NotCompliant);
    QCOMPARE(found->regionId, region);

    // Ranked: K1 from the one valid score, the others unscored and left out; S1 alone.
    QString error;
    const std::optional<Methodology> m = ScoringInputLoader(db()).methodology(&error);
    QVERIFY2(m, qPrintable(error));
    const Ranking r = RankingEngine::rank(in, *m, StageKind::Regional, region);
    const NomineeResult *result = r.find(nominee);
    QVERIFY(result);
    QCOMPARE(result->components.commission, 75.0);
    QCOMPARE(result->components.survey, 100.0 * (45.0 / 12 - 1) / 4);
    QVERIFY(result->ethicsGate);
    QVERIFY(!result->advances);
}

void TestScoringInputLoader::methodologyFromTheContest()
{
    QString error;
    const std::optional<Methodology> m = ScoringInputLoader(db()).methodology(&error);
    QVERIFY2(m, qPrintable(error));
    QVERIFY(m->sameRules(Methodology::defaults()));
    // The criteria are the table's, with their ids and titles.
    QCOMPARE(m->criteria.size(), count(QStringLiteral("SELECT COUNT(*) FROM criterion")));
    for (const Criterion &c : m->criteria)
        QVERIFY(c.id > 0 && !c.titleRu.isEmpty());
}

void TestScoringInputLoader::refusesABadStoredMethodology()
{
    m_contest->document().contest().setMethodologyJson(
        QStringLiteral("{\"ranking_style\": \"olympic\"}"));
    QString error;
    QVERIFY(!ScoringInputLoader(db()).methodology(&error));
    QVERIFY2(error.contains(QStringLiteral("\"ranking_style\"")), qPrintable(error));
}

void TestScoringInputLoader::ranksTheDemoEndToEnd()
{
    QVERIFY(makeDemo(true, 600));
    QString error;
    const std::optional<Methodology> m = ScoringInputLoader(db()).methodology(&error);
    QVERIFY2(m, qPrintable(error));
    const ScoringInput in = ScoringInputLoader(db()).load();
    const Ranking r = RankingEngine::rank(in, *m, StageKind::Regional);
    QCOMPARE(r.nominees.size() + r.notRanked.size(), in.nominees.size());
    QCOMPARE(r.cuts.size(), 2);

    // K1 of the first ranked nominee, recomputed here from the rows: the entered scores of its
    // region's members without a declared conflict, one dropped at each end from five on.
    const NomineeResult &first = r.nominees.first();
    QSqlQuery q = sql::exec(
        db(),
        QStringLiteral("SELECT s.points FROM score s JOIN criterion c ON c.id = s.criterion_id "
                       "WHERE s.nominee_id = ? AND c.code = 'K1' AND s.state = 'entered' AND "
                       "NOT EXISTS (SELECT 1 FROM member_conflict mc WHERE mc.member_id = "
                       "s.member_id AND mc.nominee_id = s.nominee_id) ORDER BY s.points"),
        {first.nomineeId});
    QVector<double> points;
    while (q.next())
        points << q.value(0).toDouble();
    QVERIFY(points.size() >= 5);
    double sum = 0;
    for (int i = 1; i + 1 < points.size(); ++i)
        sum += points.at(i);
    const auto k1 = *std::find_if(first.criteria.cbegin(), first.criteria.cend(),
                                  [](const CriterionResult &c) { return c.code == u"K1"; });
    QCOMPARE(k1.code, QStringLiteral("K1"));
    QCOMPARE(k1.value, sum / (points.size() - 2));
    QVERIFY(k1.trimmedApplied);
    QVERIFY(!std::isnan(first.components.survey));
    QVERIFY(!std::isnan(first.total));
}

QTEST_GUILESS_MAIN(TestScoringInputLoader)
#include "tst_scoringinputloader.moc"
