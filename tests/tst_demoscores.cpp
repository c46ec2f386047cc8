// The demo's ballots: complete, within range, recused exactly where a conflict was declared,
// varied enough to rank, and reproducible from the seed.
#include "demo/demogenerator.h"
#include "demo/demoscores.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QtTest>

using namespace akim;

namespace {

demo::DemoOptions scored()
{
    demo::DemoOptions options;
    options.regions = 2; // the second region declares conflicts of interest
    options.nomineesPerRegion = 30;
    options.scores = true;
    return options;
}

} // namespace

class TestDemoScores : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyBallotIsComplete();
    void recusedExactlyOnConflicts();
    void pointsAreInRangeAndVaried();
    void abstentionsAreWholeNominees();
    void sameSeedSameScores();
    void withoutScoresNothing();

private:
    qint64 scalar(const QString &statement) const;
    static QStringList scoreLines(ContestDocument &document);

    std::unique_ptr<test::TemporaryContest> m_contest;
};

void TestDemoScores::initTestCase()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), scored()), QString());
    QVERIFY(IntegrityChecker(m_contest->document().database()).problems().isEmpty());
}

qint64 TestDemoScores::scalar(const QString &statement) const
{
    return sql::scalar(m_contest->document().database().connection(), statement).toLongLong();
}

QStringList TestDemoScores::scoreLines(ContestDocument &document)
{
    QSqlQuery q = sql::exec(document.database().connection(),
                            QStringLiteral("SELECT member_id, nominee_id, criterion_id, state, "
                                           "points FROM score ORDER BY 1, 2, 3"));
    QStringList lines;
    while (q.next()) {
        lines << QStringLiteral("%1/%2/%3 %4 %5")
                     .arg(q.value(0).toLongLong())
                     .arg(q.value(1).toLongLong())
                     .arg(q.value(2).toLongLong())
                     .arg(q.value(3).toString(), q.value(4).toString());
    }
    return lines;
}

void TestDemoScores::everyBallotIsComplete()
{
    // Voting members × active nominees of their region × stage I commission criteria.
    const qint64 expected = scalar(QStringLiteral(
        "SELECT sum(voters * nominees) * (SELECT count(*) FROM criterion WHERE stage_kind = "
        "'regional' AND source = 'commission') FROM (SELECT c.id, (SELECT count(*) FROM member m "
        "WHERE m.commission_id = c.id AND m.role <> 'secretary') AS voters, (SELECT count(*) FROM "
        "nominee n JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = o.district_id "
        "WHERE d.region_id = c.region_id AND n.status = 'active') AS nominees FROM commission c "
        "WHERE c.stage_kind = 'regional')"));
    QVERIFY2(expected >= 2 * 6 * 25 * 5, qPrintable(QString::number(expected)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score")), expected);
    // Nobody scores outside their commission's region, secretaries not at all.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM score s JOIN member m ON m.id = s.member_id JOIN "
                 "commission c ON c.id = m.commission_id JOIN nominee n ON n.id = s.nominee_id "
                 "JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = o.district_id "
                 "WHERE d.region_id IS NOT c.region_id OR m.role = 'secretary' OR n.status <> "
                 "'active'")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score s JOIN criterion k ON k.id = "
                                   "s.criterion_id WHERE k.source <> 'commission' OR "
                                   "k.stage_kind <> 'regional'")),
             0);
}

void TestDemoScores::recusedExactlyOnConflicts()
{
    const qint64 conflictsOfVoters =
        scalar(QStringLiteral("SELECT count(*) FROM member_conflict mc JOIN member m ON m.id = "
                              "mc.member_id JOIN nominee n ON n.id = mc.nominee_id WHERE m.role <> "
                              "'secretary' AND n.status = 'active'"));
    QVERIFY2(conflictsOfVoters > 0, "the second demo region declares conflicts");
    const qint64 criteria = scalar(QStringLiteral(
        "SELECT count(*) FROM criterion WHERE stage_kind = 'regional' AND source = 'commission'"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score WHERE state = 'recused'")),
             conflictsOfVoters * criteria);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score s WHERE state = 'recused' AND NOT "
                                   "EXISTS (SELECT 1 FROM member_conflict mc WHERE mc.member_id "
                                   "= s.member_id AND mc.nominee_id = s.nominee_id)")),
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score WHERE state <> 'entered' AND "
                                   "points IS NOT NULL")),
             0);
}

void TestDemoScores::pointsAreInRangeAndVaried()
{
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score s JOIN criterion k ON k.id = "
                                   "s.criterion_id WHERE s.state = 'entered' AND (s.points < 0 "
                                   "OR s.points > k.max_points OR s.points <> round(s.points))")),
             0);
    const double mean = sql::scalar(m_contest->document().database().connection(),
                                    QStringLiteral("SELECT avg(points) FROM score WHERE state = "
                                                   "'entered'"))
                            .toDouble();
    QVERIFY2(mean > 4.5 && mean < 8.0, qPrintable(QString::number(mean)));
    // Enough spread that nominees rank apart: at least 8 distinct point values are used, and
    // the nominees' averages are not all alike.
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT points) FROM score")) >= 8);
    const double spread = sql::scalar(m_contest->document().database().connection(),
                                      QStringLiteral("SELECT max(a) - min(a) FROM (SELECT "
                                                     "avg(points) AS a FROM score WHERE state = "
                                                     "'entered' GROUP BY nominee_id)"))
                              .toDouble();
    QVERIFY2(spread > 2.0, qPrintable(QString::number(spread)));
}

void TestDemoScores::abstentionsAreWholeNominees()
{
    const qint64 abstained =
        scalar(QStringLiteral("SELECT count(*) FROM score WHERE state = 'abstained'"));
    QVERIFY(abstained > 0);
    // A member who abstains on a nominee abstains on every criterion of that nominee.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM (SELECT member_id, nominee_id FROM "
                                   "score GROUP BY 1, 2 HAVING sum(state = 'abstained') NOT IN "
                                   "(0, count(*)))")),
             0);
    const qint64 all = scalar(QStringLiteral("SELECT count(*) FROM score"));
    QVERIFY2(abstained * 100 < all * 6,
             qPrintable(QStringLiteral("%1 of %2").arg(abstained).arg(all)));
}

void TestDemoScores::sameSeedSameScores()
{
    test::TemporaryContest again;
    QCOMPARE(demo::DemoGenerator::generate(again.document(), scored()), QString());
    const QStringList first = scoreLines(m_contest->document());
    QCOMPARE(scoreLines(again.document()), first);

    test::TemporaryContest other;
    demo::DemoOptions options = scored();
    options.seed = 7;
    QCOMPARE(demo::DemoGenerator::generate(other.document(), options), QString());
    QVERIFY(scoreLines(other.document()) != first);
}

void TestDemoScores::withoutScoresNothing()
{
    test::TemporaryContest plain;
    demo::DemoOptions options = scored();
    options.scores = false;
    QCOMPARE(demo::DemoGenerator::generate(plain.document(), options), QString());
    QCOMPARE(sql::scalar(plain.document().database().connection(),
                         QStringLiteral("SELECT count(*) FROM score"))
                 .toLongLong(),
             0);
}

QTEST_GUILESS_MAIN(TestDemoScores)
#include "tst_demoscores.moc"
