// The demo's ballots: complete, within range, recused exactly where a conflict was declared,
// varied enough to rank, and reproducible from the seed. Stage II ballots exist for the nominees
// stage I would advance, and the demo ranks through both stages on them.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "demo/demonationalscores.h"
#include "demo/demoscores.h"
#include "scoring/aggregation.h"
#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoring/scoringinputloader.h"
#include "scoring/stagefinaliser.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QtTest>

#include <cmath>

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

// The republican commission's ballots, by the stage of the criterion.
const char kNationalScores[] = "FROM score s JOIN criterion k ON k.id = s.criterion_id WHERE "
                               "k.stage_kind = 'national'";

scoring::Methodology methodologyOf(const QSqlDatabase &db)
{
    QString error;
    const std::optional<scoring::Methodology> m =
        scoring::ScoringInputLoader(db).methodology(&error);
    if (!m)
        qFatal("methodology: %s", qPrintable(error));
    return *m;
}

scoring::Ranking rankNow(const QSqlDatabase &db, StageKind stage)
{
    return scoring::RankingEngine::rank(scoring::ScoringInputLoader(db).load(), methodologyOf(db),
                                        stage);
}

// Stage I's would-be field as the engine reports it: per region the advancing and the tied at
// the cut.
QSet<qint64> stageOneField(const QSqlDatabase &db)
{
    QSet<qint64> field;
    for (const scoring::AdvancementCut &cut : rankNow(db, StageKind::Regional).cuts) {
        for (qint64 id : cut.advancing + cut.tied)
            field.insert(id);
    }
    return field;
}

QSet<qint64> idSet(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q = sql::exec(db, statement);
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

// Finalises every region as the chair, taking the first tied nominee where the cut is tied;
// returns the nominees advanced.
QSet<qint64> finaliseStageOne(ContestDocument &document, const QVector<qint64> &chairChosen = {})
{
    QSet<qint64> advanced;
    const scoring::Ranking stage1 = rankNow(document.database().connection(), StageKind::Regional);
    for (const scoring::AdvancementCut &cut : stage1.cuts) {
        QVector<qint64> chosen;
        for (qint64 id : cut.tied) {
            if (chairChosen.contains(id))
                chosen << id;
        }
        if (!cut.decided && chosen.isEmpty())
            chosen = cut.tied.mid(0, cut.openSeats);
        const scoring::FinaliseResult r =
            scoring::StageFinaliser(document).finalise({StageKind::Regional, cut.regionId, chosen});
        if (!r.ok())
            qFatal("finalise region %lld: %s", cut.regionId, qPrintable(r.error));
        for (qint64 id : r.advancing)
            advanced.insert(id);
    }
    return advanced;
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
    void stageTwoBallotsForTheWouldBeField();
    void stageTwoFieldSeesTheCallersTransaction();
    void stageTwoRecusesOnConflicts();
    void bothStagesRankEndToEnd();
    void unchosenTiedNomineeIsIgnored();
    void stageTwoFieldAfterTheSurvey();

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
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score s JOIN criterion k ON k.id = "
                                   "s.criterion_id WHERE k.stage_kind = 'regional'")),
             expected);
    // Nobody scores outside their commission's region, secretaries not at all.
    QCOMPARE(scalar(QStringLiteral(
                 "SELECT count(*) FROM score s JOIN member m ON m.id = s.member_id JOIN "
                 "commission c ON c.id = m.commission_id JOIN nominee n ON n.id = s.nominee_id "
                 "JOIN okrug o ON o.id = n.okrug_id JOIN district d ON d.id = o.district_id "
                 "WHERE (c.stage_kind = 'regional' AND d.region_id IS NOT c.region_id) OR m.role "
                 "= 'secretary' OR n.status <> 'active'")),
             0);
    // Each commission scores its own stage's commission criteria, and nothing else.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM score s JOIN criterion k ON k.id = "
                                   "s.criterion_id JOIN member m ON m.id = s.member_id JOIN "
                                   "commission c ON c.id = m.commission_id WHERE k.source <> "
                                   "'commission' OR k.stage_kind <> c.stage_kind")),
             0);
    const demo::DemoScores::Counts counts =
        demo::DemoScores::count(m_contest->document().database().connection());
    QCOMPARE(counts.regional, expected);
    QCOMPARE(counts.national,
             scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores)));
    QCOMPARE(counts.regional + counts.national,
             scalar(QStringLiteral("SELECT count(*) FROM score")));
}

void TestDemoScores::recusedExactlyOnConflicts()
{
    const qint64 conflictsOfVoters =
        scalar(QStringLiteral("SELECT count(*) FROM member_conflict mc JOIN member m ON m.id = "
                              "mc.member_id JOIN nominee n ON n.id = mc.nominee_id WHERE m.role <> "
                              "'secretary' AND n.status = 'active'"));
    QVERIFY2(conflictsOfVoters > 0, "the second demo region declares conflicts");
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM member_conflict mc JOIN member m ON "
                                   "m.id = mc.member_id JOIN commission c ON c.id = "
                                   "m.commission_id WHERE c.stage_kind = 'national'")),
             0); // stage II recusals: stageTwoRecusesOnConflicts
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
    const QString national = QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores);
    QVERIFY(scalar(national) > 0); // both stages are compared

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

void TestDemoScores::stageTwoBallotsForTheWouldBeField()
{
    const QSqlDatabase db = m_contest->document().database().connection();
    const QSet<qint64> field = stageOneField(db);
    // One seat per region by default, more only where the cut is tied.
    QVERIFY2(field.size() >= 2, qPrintable(QString::number(field.size())));
    QCOMPARE(
        idSet(db, QStringLiteral("SELECT DISTINCT s.nominee_id ") + QLatin1String(kNationalScores)),
        field);
    QSet<qint64> wouldAdvance;
    for (const demo::DemoNationalScores::Finalist &f : demo::DemoNationalScores::wouldAdvance(db))
        wouldAdvance.insert(f.nomineeId);
    QCOMPARE(wouldAdvance, field);

    // Exactly one cell per republican voting member × field nominee × stage II commission
    // criterion, and nobody else's.
    const qint64 voters = scalar(QStringLiteral(
        "SELECT count(*) FROM member m JOIN commission c ON c.id = m.commission_id WHERE "
        "c.stage_kind = 'national' AND m.role <> 'secretary'"));
    const qint64 criteria = scalar(QStringLiteral(
        "SELECT count(*) FROM criterion WHERE stage_kind = 'national' AND source = 'commission'"));
    QCOMPARE(voters, qint64(demo::DemoGenerator::kRepublicanMembers - 1));
    QCOMPARE(criteria, qint64(3)); // R1–R3
    const QString cells = QStringLiteral(
        "SELECT count(*) FROM (SELECT DISTINCT s.member_id, s.nominee_id, s.criterion_id %1 AND "
        "k.source = 'commission' AND s.member_id IN (SELECT m.id FROM member m JOIN commission c "
        "ON c.id = m.commission_id WHERE c.stage_kind = 'national' AND m.role <> "
        "'secretary'))");
    QCOMPARE(scalar(cells.arg(QLatin1String(kNationalScores))), voters * field.size() * criteria);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores)),
             voters * field.size() * criteria);
    // Entered unless abstained (no republican conflicts in the demo); abstentions are rare.
    const qint64 entered =
        scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
               QStringLiteral(" AND s.state = 'entered'"));
    const qint64 abstained =
        scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
               QStringLiteral(" AND s.state = 'abstained'"));
    QCOMPARE(entered + abstained, voters * field.size() * criteria);
    QVERIFY2(entered * 10 > voters * field.size() * criteria * 8,
             qPrintable(QString::number(entered)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
                    QStringLiteral(" AND s.state = 'entered' AND (s.points < 0 OR s.points > "
                                   "k.max_points OR s.points <> round(s.points))")),
             0);
}

void TestDemoScores::stageTwoFieldSeesTheCallersTransaction()
{
    ContestDocument &doc = m_contest->document();
    const QSqlDatabase db = doc.database().connection();
    const QSet<qint64> field = stageOneField(db);
    const qint64 outsider = scalar(QStringLiteral(
        "SELECT min(s.nominee_id) FROM score s JOIN criterion k ON k.id = s.criterion_id WHERE "
        "k.stage_kind = 'regional'"));
    QVERIFY(!field.contains(outsider));
    double seenIndex = -1.0;
    // Full marks from everyone, uncommitted: the loader reads through the caller's connection
    // and sees them. Thrown out afterwards, so the file is as it was.
    const QString error = doc.runInTransaction([&] {
        sql::exec(db,
                  QStringLiteral("UPDATE score SET state = 'entered', points = 10 WHERE "
                                 "nominee_id = ? AND criterion_id IN (SELECT id FROM criterion "
                                 "WHERE stage_kind = 'regional')"),
                  {outsider});
        for (const demo::DemoNationalScores::Finalist &f :
             demo::DemoNationalScores::wouldAdvance(db)) {
            if (f.nomineeId == outsider)
                seenIndex = f.stage1Commission;
        }
        throw StorageError(QStringLiteral("roll back"));
    });
    QCOMPARE(error, QStringLiteral("roll back"));
    QCOMPARE(seenIndex, 100.0);
    QCOMPARE(stageOneField(db), field);
}

void TestDemoScores::stageTwoRecusesOnConflicts()
{
    test::TemporaryContest contest;
    QCOMPARE(demo::DemoGenerator::generate(contest.document(), scored()), QString());
    ContestDocument &doc = contest.document();
    const QSqlDatabase db = doc.database().connection();
    const QStringList before = scoreLines(doc);
    const qint64 finalist = demo::DemoNationalScores::wouldAdvance(db).first().nomineeId;
    const qint64 member =
        sql::scalar(db, QStringLiteral("SELECT min(m.id) FROM member m JOIN commission c ON c.id "
                                       "= m.commission_id WHERE c.stage_kind = 'national' AND "
                                       "m.role = 'member'"))
            .toLongLong();
    qint64 written = 0;
    QCOMPARE(doc.runInTransaction([&] {
        sql::exec(db,
                  QStringLiteral("INSERT INTO member_conflict (member_id, nominee_id, reason, "
                                 "declared_at) VALUES (?, ?, 'родственник кандидата', ?)"),
                  {member, finalist, sql::nowUtc()});
        written = demo::DemoNationalScores::fill(db, scored().seed);
    }),
             QString());
    // Replaced, not added to: as many rows as before, the same but for the recusal.
    QCOMPARE(scoreLines(doc).size(), before.size());
    QCOMPARE(written,
             sql::scalar(db, QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores))
                 .toLongLong());
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
                                 QStringLiteral(" AND s.state = 'recused'"))
                 .toLongLong(),
             qint64(3));
    QCOMPARE(sql::scalar(db,
                         QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
                             QStringLiteral(" AND s.state = 'recused' AND s.member_id = ? "
                                            "AND s.nominee_id = ?"),
                         {member, finalist})
                 .toLongLong(),
             qint64(3));
    // Each finalist has a stream of their own: the others' ballots are untouched.
    const QStringList after = scoreLines(doc);
    const QString mark = QStringLiteral("/%1/").arg(finalist);
    int changed = 0;
    for (int i = 0; i < after.size(); ++i) {
        if (after.at(i) == before.at(i))
            continue;
        QVERIFY2(after.at(i).contains(mark), qPrintable(after.at(i)));
        ++changed;
    }
    QVERIFY(changed >= 3);
}

void TestDemoScores::bothStagesRankEndToEnd()
{
    test::TemporaryContest contest;
    QCOMPARE(demo::DemoGenerator::generate(contest.document(), scored()), QString());
    ContestDocument &doc = contest.document();
    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    const QSqlDatabase db = doc.database().connection();
    const QSet<qint64> advanced = finaliseStageOne(doc);
    QCOMPARE(advanced.size(), 2); // one per region
    const scoring::FinaliseResult national =
        scoring::StageFinaliser(doc).finalise({StageKind::National, 0, {}});
    QVERIFY2(national.ok(), qPrintable(national.error));

    const scoring::Methodology methodology = methodologyOf(db);
    const scoring::Ranking ranking = rankNow(db, StageKind::National);
    QCOMPARE(ranking.nominees.size(), advanced.size());
    double previous = std::numeric_limits<double>::infinity();
    int previousPlace = 0;
    QSet<double> totals;
    for (const scoring::NomineeResult &n : ranking.nominees) {
        QVERIFY(advanced.contains(n.nomineeId));
        const double commission = n.components.commission;
        QVERIFY2(std::isfinite(commission) && commission >= 0.0 && commission <= 100.0,
                 qPrintable(QString::number(commission)));
        QVERIFY(!n.flags.contains(QLatin1String(scoring::flag::noCommissionData)));
        // Recomputed here from the republican commission's rows in the file.
        double sum = 0.0;
        double max = 0.0;
        for (const Criterion &c :
             methodology.criteriaOf(StageKind::National, CriterionSource::Commission)) {
            QVector<scoring::MemberScore> cells;
            QSqlQuery q = sql::exec(
                db,
                QStringLiteral("SELECT s.member_id, s.state, s.points FROM score s JOIN "
                               "criterion k ON k.id = s.criterion_id WHERE k.code = ? AND "
                               "s.nominee_id = ? ORDER BY s.member_id"),
                {c.code, n.nomineeId});
            while (q.next()) {
                const QString state = q.value(1).toString();
                cells.push_back({q.value(0).toLongLong(),
                                 state == u"entered"     ? scoring::ScoreState::Entered
                                 : state == u"abstained" ? scoring::ScoreState::Abstained
                                                         : scoring::ScoreState::Recused,
                                 q.value(2).toDouble(), false});
            }
            QCOMPARE(cells.size(), demo::DemoGenerator::kRepublicanMembers - 1);
            const double value =
                scoring::Aggregation::aggregate(cells, methodology.aggregation).value;
            sum += c.weight * value;
            max += c.weight * c.maxPoints;
        }
        QVERIFY(qFuzzyCompare(commission, 100.0 * sum / max));
        // The default carries none of stage I over: the total is the stage II index.
        QVERIFY(
            qFuzzyCompare(n.total, methodology.weights.nationalCommission * commission +
                                       methodology.weights.stage1Total * n.components.stage1Total));
        // Places follow the totals.
        QVERIFY(n.total <= previous);
        QVERIFY(n.place >= previousPlace);
        if (n.total < previous)
            QCOMPARE(n.place, int(&n - ranking.nominees.data()) + 1);
        previous = n.total;
        previousPlace = n.place;
        totals.insert(n.total);
    }
    QCOMPARE(ranking.nominees.first().place, 1);
    QCOMPARE(totals.size(), int(ranking.nominees.size())); // the ballots separate them
}

void TestDemoScores::unchosenTiedNomineeIsIgnored()
{
    test::TemporaryContest contest;
    demo::DemoOptions options = scored();
    options.nomineesPerRegion = 10;
    QCOMPARE(demo::DemoGenerator::generate(contest.document(), options), QString());
    ContestDocument &doc = contest.document();
    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    const QSqlDatabase db = doc.database().connection();

    // The runner-up of the first region (no conflicts there) gets the winner's stage I ballots:
    // a tie at the cut, and the stage II ballots are made again for both.
    const scoring::Ranking stage1 = rankNow(db, StageKind::Regional);
    const scoring::AdvancementCut cut = stage1.cuts.first();
    QCOMPARE(cut.advancing.size(), 1);
    const qint64 winner = cut.advancing.first();
    qint64 runnerUp = 0;
    for (const scoring::NomineeResult &n : stage1.nominees) {
        if (n.regionId == cut.regionId && n.place == 2)
            runnerUp = n.nomineeId;
    }
    QVERIFY(runnerUp > 0);
    QCOMPARE(doc.runInTransaction([&] {
        sql::exec(db,
                  QStringLiteral("UPDATE score SET (state, points) = (SELECT w.state, w.points "
                                 "FROM score w WHERE w.nominee_id = ? AND w.member_id = "
                                 "score.member_id AND w.criterion_id = score.criterion_id) WHERE "
                                 "nominee_id = ? AND criterion_id IN (SELECT id FROM criterion "
                                 "WHERE stage_kind = 'regional')"),
                  {winner, runnerUp});
        demo::DemoNationalScores::fill(db, options.seed);
    }),
             QString());
    const scoring::AdvancementCut tied = rankNow(db, StageKind::Regional).cuts.first();
    QVERIFY(!tied.decided);
    QCOMPARE(tied.tied, (QVector<qint64>{std::min(winner, runnerUp), std::max(winner, runnerUp)}));
    const QString ballotsOf = QStringLiteral("SELECT count(*) ") + QLatin1String(kNationalScores) +
                              QStringLiteral(" AND s.nominee_id = ?");
    const qint64 full = (demo::DemoGenerator::kRepublicanMembers - 1) * 3;
    QCOMPARE(sql::scalar(db, ballotsOf, {winner}).toLongLong(), full);
    QCOMPARE(sql::scalar(db, ballotsOf, {runnerUp}).toLongLong(), full);

    // The chair advances the runner-up; the winner's stage II ballots stay in the file.
    const QSet<qint64> advanced = finaliseStageOne(doc, {runnerUp});
    QVERIFY(advanced.contains(runnerUp));
    QVERIFY(!advanced.contains(winner));
    const scoring::FinaliseResult national =
        scoring::StageFinaliser(doc).finalise({StageKind::National, 0, {}});
    QVERIFY2(national.ok(), qPrintable(national.error));
    const scoring::Ranking ranking = rankNow(db, StageKind::National);
    QCOMPARE(ranking.nominees.size(), advanced.size());
    QVERIFY(ranking.find(runnerUp));
    QVERIFY(!ranking.find(winner));
    QVERIFY(!ranking.notRanked.contains(winner));

    // Ignored, not counted: without them the national result is the same to the byte.
    const scoring::Methodology methodology = methodologyOf(db);
    const QByteArray with = scoring::RankingJson::toJsonBytes(ranking, methodology, QString());
    QCOMPARE(doc.runInTransaction([&] {
        sql::exec(db,
                  QStringLiteral("DELETE FROM score WHERE nominee_id = ? AND criterion_id IN "
                                 "(SELECT id FROM criterion WHERE stage_kind = 'national')"),
                  {winner});
    }),
             QString());
    QCOMPARE(sql::scalar(db, ballotsOf, {winner}).toLongLong(), qint64(0));
    QCOMPARE(
        scoring::RankingJson::toJsonBytes(rankNow(db, StageKind::National), methodology, QString()),
        with);
}

void TestDemoScores::stageTwoFieldAfterTheSurvey()
{
    // The survey is imported after the ballots' transaction and moves stage I totals (0.3
    // survey + 0.2 ethics), so the field the ballots were written for goes stale; filling stage
    // II again once the survey is in puts the ballots where the advancement now is.
    test::TemporaryContest contest;
    demo::DemoOptions options = scored();
    options.surveyResponses = 1500;
    QCOMPARE(demo::DemoGenerator::generate(contest.document(), options), QString());
    ContestDocument &doc = contest.document();
    const QSqlDatabase db = doc.database().connection();
    const QSet<qint64> field = stageOneField(db);
    const QString ballotsFor =
        QStringLiteral("SELECT DISTINCT s.nominee_id ") + QLatin1String(kNationalScores);
    QCOMPARE(idSet(db, ballotsFor), field);

    QCOMPARE(doc.runInTransaction([&] { demo::DemoNationalScores::fill(db, options.seed); }),
             QString());
    QCOMPARE(idSet(db, ballotsFor), field);
    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    finaliseStageOne(doc);
    const scoring::FinaliseResult national =
        scoring::StageFinaliser(doc).finalise({StageKind::National, 0, {}});
    QVERIFY2(national.ok(), qPrintable(national.error));
    const scoring::Ranking ranking = rankNow(db, StageKind::National);
    QCOMPARE(ranking.nominees.size(), 2);
    for (const scoring::NomineeResult &n : ranking.nominees)
        QVERIFY2(std::isfinite(n.components.commission), qPrintable(n.name));
}

QTEST_GUILESS_MAIN(TestDemoScores)
#include "tst_demoscores.moc"
