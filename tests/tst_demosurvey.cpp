// The demo's questionnaires go through the real importer: two imports on record, every response
// counted, totals that `check` recomputes, answers that differ between nominees, and the same
// seed giving the same totals.
#include "demo/demogenerator.h"
#include "demo/demosurvey.h"
#include "services/integritychecker.h"
#include "storage/contestrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace akim;

namespace {

constexpr int kResponses = 3000;

demo::DemoOptions surveyed()
{
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 20;
    options.surveyResponses = kResponses;
    return options;
}

// "nominee/criterion n total" of every survey total, in a stable order.
QStringList aggregates(ContestDocument &document)
{
    QSqlQuery q = sql::exec(document.database().connection(),
                            QStringLiteral("SELECT nominee_id, criterion_id, n, total FROM "
                                           "survey_aggregate ORDER BY 1, 2"));
    QStringList lines;
    while (q.next()) {
        lines << QStringLiteral("%1/%2 %3 %4")
                     .arg(q.value(0).toLongLong())
                     .arg(q.value(1).toLongLong())
                     .arg(q.value(2).toLongLong())
                     .arg(q.value(3).toDouble());
    }
    return lines;
}

} // namespace

class TestDemoSurvey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyResponseIsImported();
    void ethicsRespondentsPerNominee();
    void answersDifferBetweenNominees();
    void sameSeedSameTotals();

private:
    double scalar(const QString &statement) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
};

void TestDemoSurvey::initTestCase()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), surveyed()), QString());
    const QStringList problems = IntegrityChecker(m_contest->document().database()).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

double TestDemoSurvey::scalar(const QString &statement) const
{
    return sql::scalar(m_contest->document().database().connection(), statement).toDouble();
}

void TestDemoSurvey::everyResponseIsImported()
{
    const ContestCounts counts = m_contest->document().contest().counts();
    QCOMPARE(counts.surveyResponses, kResponses);
    QCOMPARE(counts.imports, 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'survey.import'")),
             2.0);
    QCOMPARE(scalar(QStringLiteral("SELECT sum(rows_imported) FROM survey_import WHERE kind = "
                                   "'population'")),
             double(kResponses));
    // Only active nominees are asked about.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM survey_response r JOIN nominee n ON n.id "
                                   "= r.nominee_id WHERE n.status <> 'active'")),
             0.0);
}

void TestDemoSurvey::ethicsRespondentsPerNominee()
{
    const double active =
        scalar(QStringLiteral("SELECT count(*) FROM nominee WHERE status = 'active'"));
    const qint64 ethics = m_contest->document().contest().counts().ethicsResponses;
    QVERIFY(ethics >= qint64(active) * demo::DemoSurvey::kEthicsRespondentsMin);
    QVERIFY(ethics <= qint64(active) * demo::DemoSurvey::kEthicsRespondentsMax);
    QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT nominee_id) FROM survey_response WHERE "
                                   "kind = 'ethics'")),
             active);
    // Anonymous: the ethics responses keep the date only.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM survey_response WHERE kind = 'ethics' "
                                   "AND length(submitted_at) <> 10")),
             0.0);
}

void TestDemoSurvey::answersDifferBetweenNominees()
{
    // Mean answer per nominee on the survey criteria (1..5): spread out, inside the scale.
    const QString means = QStringLiteral(
        "SELECT sum(a.total) / sum(a.n) AS m FROM survey_aggregate a JOIN criterion c ON c.id = "
        "a.criterion_id WHERE c.source = 'survey' GROUP BY a.nominee_id HAVING sum(a.n) >= 60");
    const double low = scalar(QStringLiteral("SELECT min(m) FROM (%1)").arg(means));
    const double high = scalar(QStringLiteral("SELECT max(m) FROM (%1)").arg(means));
    QVERIFY2(low >= 1.0 && high <= 5.0 && high - low > 0.8,
             qPrintable(QStringLiteral("%1 … %2").arg(low).arg(high)));
    // "Hard to say" and blanks are not counted: fewer answers than responses × questions.
    const double answers = scalar(QStringLiteral(
        "SELECT sum(a.n) FROM survey_aggregate a JOIN criterion c ON c.id = a.criterion_id WHERE "
        "c.source = 'survey'"));
    QVERIFY(answers < 6.0 * kResponses * 0.97 && answers > 6.0 * kResponses * 0.85);
}

void TestDemoSurvey::sameSeedSameTotals()
{
    test::TemporaryContest again;
    QCOMPARE(demo::DemoGenerator::generate(again.document(), surveyed()), QString());
    QCOMPARE(aggregates(again.document()), aggregates(m_contest->document()));
}

QTEST_GUILESS_MAIN(TestDemoSurvey)
#include "tst_demosurvey.moc"
