// A finalised result is recomputed from the file and compared with what was recorded: a score
// changed behind the program's back (sqlite3 shell) in a finalised region is found by `check`,
// one in a region still open is not a finding.
#include "clirunner.h"
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "scoring/finalisationverifier.h"
#include "scoring/stagefinaliser.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QtTest>

using namespace akim;

class TestFinalisationVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void intactFileHasNoFinding();
    void scoreChangedInAFinalisedRegion();
    void scoreChangedInAnOpenRegion();
    void methodologyChangedBehindTheProgram();

private:
    ContestDocument &doc() { return m_contest->document(); }
    QSqlDatabase db() { return doc().database().connection(); }
    // Changes the first entered score of a nominee of `regionId` with raw SQL.
    void tamperWithScoreIn(qint64 regionId);

    std::unique_ptr<test::TemporaryContest> m_contest;
    qint64 m_finalised = 0;
    qint64 m_open = 0;
};

void TestFinalisationVerifier::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 8;
    options.scores = true;
    options.surveyResponses = 400;
    QCOMPARE(demo::DemoGenerator::generate(doc(), options), QString());
    m_finalised = doc().geography().regions().at(0).id;
    m_open = doc().geography().regions().at(1).id;
    QVERIFY(doc().signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    const scoring::FinaliseResult result =
        scoring::StageFinaliser(doc()).finalise({StageKind::Regional, m_finalised, {}});
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestFinalisationVerifier::cleanup()
{
    m_contest.reset();
}

void TestFinalisationVerifier::tamperWithScoreIn(qint64 regionId)
{
    const qint64 scoreId =
        sql::scalar(db(),
                    QStringLiteral("SELECT s.id FROM score s JOIN nominee n ON n.id = s.nominee_id "
                                   "JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = "
                                   "o.district_id WHERE d.region_id = ? AND s.state = 'entered' "
                                   "ORDER BY s.id LIMIT 1"),
                    {regionId})
            .toLongLong();
    QVERIFY(scoreId > 0);
    sql::exec(db(),
              QStringLiteral("UPDATE score SET points = CASE WHEN points >= 5 THEN 0 ELSE 10 END "
                             "WHERE id = ?"),
              {scoreId});
}

void TestFinalisationVerifier::intactFileHasNoFinding()
{
    QCOMPARE(scoring::FinalisationVerifier::problems(db()), QStringList());
    QCOMPARE(IntegrityChecker(doc().database()).problems(), QStringList());
}

void TestFinalisationVerifier::scoreChangedInAFinalisedRegion()
{
    tamperWithScoreIn(m_finalised);
    const QStringList problems = scoring::FinalisationVerifier::problems(db());
    QCOMPARE(problems.size(), 1);
    const QString regionName = doc().geography().region(m_finalised).nameRu;
    QVERIFY2(problems.constFirst().startsWith(QStringLiteral("Stage I of ") + regionName),
             qPrintable(problems.constFirst()));
    QVERIFY(problems.constFirst().contains(QLatin1String("changed outside the program")));
    // The audit chain itself is intact: only the recomputation sees it.
    QVERIFY(doc().audit().verify().isEmpty());

    // `check` says so and exits 3.
    const QString path = m_contest->path();
    m_contest->close();
    const test::CliResult check = test::runCli({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.contains(regionName) || check.err.contains(regionName),
             qPrintable(check.out + check.err));
}

void TestFinalisationVerifier::scoreChangedInAnOpenRegion()
{
    tamperWithScoreIn(m_open);
    QCOMPARE(scoring::FinalisationVerifier::problems(db()), QStringList());
}

void TestFinalisationVerifier::methodologyChangedBehindTheProgram()
{
    sql::exec(db(), QStringLiteral(
                        "UPDATE methodology SET json = json_set(json, '$.survey.min_sample', 31)"));
    const QStringList problems = scoring::FinalisationVerifier::problems(db());
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.constFirst().contains(QLatin1String("methodology")),
             qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFinalisationVerifier)
#include "tst_finalisationverifier.moc"
