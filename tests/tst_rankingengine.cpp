#include "scoring/rankingengine.h"
#include "scoringfixture.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace akim;
using namespace akim::scoring;
using test::ScoringBuilder;

namespace {

const CriterionResult &criterion(const NomineeResult &n, const char *code)
{
    for (const CriterionResult &c : n.criteria) {
        if (c.code == QLatin1String(code))
            return c;
    }
    qFatal("no criterion %s", code);
}

bool hasFlag(const NomineeResult &n, const char *flag)
{
    return n.flags.contains(QLatin1String(flag));
}

QVector<int> places(const Ranking &r)
{
    QVector<int> list;
    for (const NomineeResult &n : r.nominees)
        list.append(n.place);
    return list;
}

QVector<qint64> order(const Ranking &r)
{
    QVector<qint64> list;
    for (const NomineeResult &n : r.nominees)
        list.append(n.nomineeId);
    return list;
}

// Every member of `members` gives `points` for the criterion.
void everyone(ScoringBuilder &b, const QVector<qint64> &members, qint64 nominee, const char *code,
              double points)
{
    for (const qint64 m : members)
        b.score(m, nominee, QLatin1String(code), points);
}

} // namespace

class TestRankingEngine : public QObject
{
    Q_OBJECT

private slots:
    void stageOneByHand();
    void explanationMarksTrimmedAndExcludedScores();
    void belowMinSampleExcluded();
    void missingSurveyIsReweighted();
    void criterionNobodyScoredIsLeftOut();
    void fewValidScoresFlagged();
    void notCompliantBlocksAdvancement();
    void conflictOfInterestIgnored();
    void foreignScoresIgnored();
    void missingCriterionReported();
    void withdrawnNotRanked();
    void tieBrokenByCommission();
    void tieBrokenBySurveyCount();
    void fullTieStandardAndDense();
    void tieAtTheCut();
    void tieAtTheCutBelowAnAdvancingPlace();
    void gatedNomineeGivesUpItsSeat();
    void regionsRankSeparately();
    void stageTwo();
    void stageTwoFromFrozenStageOne();
    void permutingInputChangesNothing_data();
    void permutingInputChangesNothing();

private:
    // Region 1, members 11–15, criteria S1, S2, E1, K1, K2: nominee 1 (strong) and 2 (small
    // sample, ethics below the gate, an abstention and a recusal).
    static ScoringBuilder twoNominees();
    // Commission criterion K1 and survey S1, weights survey 0.5 / commission 0.5.
    static ScoringBuilder tieSetup(Methodology *m);
    static ScoringBuilder randomContest(quint32 seed, Methodology *m);
};

ScoringBuilder TestRankingEngine::twoNominees()
{
    ScoringBuilder b;
    b.useCriteria(ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}));
    b.region(1, QStringLiteral("Region One"));
    const QVector<qint64> m = b.members(11, 5, 1);
    b.nominee(1, 1);
    b.nominee(2, 1);
    b.scores(m, 1, QStringLiteral("K1"), {6, 7, 8, 9, 10});
    b.scores(m, 1, QStringLiteral("K2"), {5, 7, 6, 5, 7});
    b.survey(1, QStringLiteral("S1"), 40, 160);
    b.survey(1, QStringLiteral("S2"), 40, 120);
    b.survey(1, QStringLiteral("E1"), 10, 9);
    b.responses(1, 40, 10);
    b.scores(m, 2, QStringLiteral("K1"), {4, 4, 5});
    b.abstain(14, 2, QStringLiteral("K1"));
    b.recuse(15, 2, QStringLiteral("K1"));
    b.scores(m, 2, QStringLiteral("K2"), {8, 8, 8, 8, 8});
    b.survey(2, QStringLiteral("S1"), 10, 50);
    b.survey(2, QStringLiteral("S2"), 10, 30);
    b.survey(2, QStringLiteral("E1"), 5, 2);
    b.responses(2, 10, 5);
    return b;
}

void TestRankingEngine::stageOneByHand()
{
    const ScoringBuilder b = twoNominees();
    const Methodology m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(order(r), (QVector<qint64>{1, 2}));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.join(QLatin1Char('\n'))));

    // Nominee 1: K1 trimmed (7+8+9)/3 = 8, K2 trimmed (5+6+7)/3 = 6, commission 100·14/20;
    // S1 mean 4 → 75, S2 mean 3 → 50, survey 62.5; E1 share 0.9 → 90.
    const NomineeResult &a = r.nominees.at(0);
    QCOMPARE(a.place, 1);
    QCOMPARE(criterion(a, "K1").value, 8.0);
    QCOMPARE(criterion(a, "K2").value, 6.0);
    QCOMPARE(a.components.commission, 70.0);
    QCOMPARE(criterion(a, "S1").mean, 4.0);
    QCOMPARE(criterion(a, "S1").value, 75.0);
    QCOMPARE(criterion(a, "S2").value, 50.0);
    QCOMPARE(a.components.survey, 62.5);
    QCOMPARE(a.components.ethics, 90.0);
    QCOMPARE(a.total, 0.3 * 62.5 + 0.2 * 90 + 0.5 * 70);
    QVERIFY(std::isnan(a.components.stage1Total));
    QVERIFY(a.advances);
    QVERIFY(!a.ethicsGate);
    QCOMPARE(a.surveyResponses, qint64(40));

    // Nominee 2: K1 plain mean of 3 valid (13/3), K2 8; survey (100 + 50)/2 with 10 responses;
    // ethics 0.4 → 40, below the gate of 50.
    const NomineeResult &b2 = r.nominees.at(1);
    QCOMPARE(b2.place, 2);
    QCOMPARE(criterion(b2, "K1").value, 13.0 / 3);
    QCOMPARE(criterion(b2, "K1").valid, 3);
    const double commission = 100.0 * (13.0 / 3 + 8) / 20;
    QCOMPARE(b2.components.commission, commission);
    QCOMPARE(b2.components.survey, 75.0);
    QCOMPARE(b2.components.ethics, 40.0);
    QCOMPARE(b2.total, 0.3 * 75 + 0.2 * 40 + 0.5 * commission);
    QVERIFY(hasFlag(b2, flag::insufficientSample));
    QVERIFY(hasFlag(b2, flag::ethicsBelowGate));
    QVERIFY(hasFlag(b2, flag::ethicsGate));
    QVERIFY(!hasFlag(b2, flag::surveyExcluded));
    QVERIFY(!b2.advances);

    QCOMPARE(r.cuts.size(), 1);
    QCOMPARE(r.cuts.first().advancing, (QVector<qint64>{1}));
    QVERIFY(r.cuts.first().decided);
}

void TestRankingEngine::explanationMarksTrimmedAndExcludedScores()
{
    const Ranking r = RankingEngine::rank(
        twoNominees().input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}),
        StageKind::Regional);
    const CriterionResult &k1 = criterion(*r.find(1), "K1");
    QVERIFY(k1.trimmedApplied);
    QCOMPARE(k1.scores.size(), 5);
    QVector<qint64> trimmed;
    for (const ScoreExplanation &s : k1.scores) {
        if (s.trimmed)
            trimmed.append(s.memberId);
    }
    QCOMPARE(trimmed, (QVector<qint64>{11, 15})); // the 6 and the 10
    QCOMPARE(k1.scores.at(0).member, QStringLiteral("Member 11"));
    QCOMPARE(k1.scores.at(0).points, 6.0);

    // Equal points at both ends (5, 5 and 7, 7 for K2): the lower member id is dropped at the
    // bottom, the higher one at the top.
    const CriterionResult &k2 = criterion(*r.find(1), "K2");
    trimmed.clear();
    for (const ScoreExplanation &s : k2.scores) {
        if (s.trimmed)
            trimmed.append(s.memberId);
    }
    QCOMPARE(trimmed, (QVector<qint64>{11, 15}));

    const CriterionResult &other = criterion(*r.find(2), "K1");
    QVERIFY(!other.trimmedApplied);
    QCOMPARE(other.scores.at(3).state, ScoreState::Abstained);
    QCOMPARE(other.scores.at(4).state, ScoreState::Recused);
    QVERIFY(std::isnan(other.scores.at(3).points));
    QCOMPARE(other.missing, 0);
}

void TestRankingEngine::belowMinSampleExcluded()
{
    Methodology m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    m.survey.belowMinSample = BelowMinSample::Exclude;
    const Ranking r = RankingEngine::rank(twoNominees().input, m, StageKind::Regional);
    const NomineeResult &b2 = *r.find(2);
    const double commission = 100.0 * (13.0 / 3 + 8) / 20;
    QVERIFY(hasFlag(b2, flag::surveyExcluded));
    QCOMPARE(b2.components.survey, 75.0); // still shown
    QVERIFY(std::isnan(b2.weightsUsed.survey));
    QCOMPARE(b2.weightsUsed.ethics, 0.2 / 0.7);
    QCOMPARE(b2.total, (0.2 * 40 + 0.5 * commission) / 0.7);
    QCOMPARE(r.find(1)->total, 0.3 * 62.5 + 0.2 * 90 + 0.5 * 70); // 40 responses: unaffected
}

void TestRankingEngine::missingSurveyIsReweighted()
{
    ScoringBuilder b = twoNominees();
    b.nominee(3, 1);
    for (const qint64 member : {11, 12, 13, 14, 15}) {
        b.score(member, 3, QStringLiteral("K1"), 9);
        b.score(member, 3, QStringLiteral("K2"), 9);
    }
    b.survey(3, QStringLiteral("E1"), 4, 3);
    b.responses(3, 0, 4);
    const Ranking r = RankingEngine::rank(
        b.input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}), StageKind::Regional);
    const NomineeResult &c = *r.find(3);
    QVERIFY(hasFlag(c, flag::noSurveyData));
    QVERIFY(hasFlag(c, flag::insufficientSample));
    QVERIFY(std::isnan(c.components.survey));
    QCOMPARE(c.total, (0.2 * 75 + 0.5 * 90) / 0.7);
    QCOMPARE(c.weightsUsed.commission + c.weightsUsed.ethics, 1.0);
}

void TestRankingEngine::criterionNobodyScoredIsLeftOut()
{
    ScoringBuilder b = twoNominees();
    b.input.scores.erase(std::remove_if(b.input.scores.begin(), b.input.scores.end(),
                                        [&](const InputScore &s) {
                                            return s.nomineeId == 1 &&
                                                   s.criterionId ==
                                                       b.criterion(QStringLiteral("K2"));
                                        }),
                         b.input.scores.end());
    for (const qint64 member : {11, 12, 13, 14, 15})
        b.abstain(member, 1, QStringLiteral("K2"));
    const Ranking r = RankingEngine::rank(
        b.input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}), StageKind::Regional);
    const NomineeResult &a = *r.find(1);
    QVERIFY(std::isnan(criterion(a, "K2").value));
    QCOMPARE(a.components.commission, 100.0 * 8 / 10); // K1 alone, not (8 + 0) / 20
    QVERIFY(hasFlag(a, flag::fewValidScores));
    QVERIFY(criterion(a, "K2").fewValidScores);
}

void TestRankingEngine::fewValidScoresFlagged()
{
    Methodology m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    const Ranking three = RankingEngine::rank(twoNominees().input, m, StageKind::Regional);
    QVERIFY(!hasFlag(*three.find(2), flag::fewValidScores)); // 3 valid, minimum 3
    m.aggregation.minValidScores = 4;
    const Ranking four = RankingEngine::rank(twoNominees().input, m, StageKind::Regional);
    QVERIFY(hasFlag(*four.find(2), flag::fewValidScores));
    QVERIFY(criterion(*four.find(2), "K1").fewValidScores);
    QVERIFY(!criterion(*four.find(2), "K2").fewValidScores);
    QVERIFY(!hasFlag(*four.find(1), flag::fewValidScores));
}

void TestRankingEngine::notCompliantBlocksAdvancement()
{
    ScoringBuilder b = twoNominees();
    b.nomineeRef(1).ethicsConclusion = EthicsConclusion::NotCompliant;
    for (InputSurveyAggregate &a : b.input.survey) {
        if (a.nomineeId == 2 && a.criterionId == b.criterion(QStringLiteral("E1")))
            a.sum = 4; // 0.8: above the gate
    }
    Methodology m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(r.find(1)->place, 1); // ranked on its total…
    QVERIFY(!r.find(1)->advances); // …but may not advance
    QVERIFY(hasFlag(*r.find(1), flag::ethicsNotCompliant));
    QVERIFY(r.find(2)->advances);
    QCOMPARE(r.find(1)->ethicsConclusion, EthicsConclusion::NotCompliant);

    m.ethics.notCompliantBlocksAdvancement = false;
    r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QVERIFY(r.find(1)->advances);
    QVERIFY(!r.find(2)->advances);
}

void TestRankingEngine::conflictOfInterestIgnored()
{
    ScoringBuilder b = twoNominees();
    b.input.conflicts.append({15, 1}); // member 15 gave nominee 1 a 10 for K1 and a 7 for K2
    const Ranking r = RankingEngine::rank(
        b.input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}), StageKind::Regional);
    const NomineeResult &a = *r.find(1);
    QCOMPARE(criterion(a, "K1").valid, 4);
    QCOMPARE(criterion(a, "K1").value, (6 + 7 + 8 + 9) / 4.0); // 4 valid: no trimming
    QCOMPARE(criterion(a, "K2").value, (5 + 7 + 6 + 5) / 4.0);
    QVERIFY(criterion(a, "K1").scores.at(4).conflict);
    QVERIFY(hasFlag(a, flag::conflictIgnored));
}

void TestRankingEngine::foreignScoresIgnored()
{
    ScoringBuilder b = twoNominees();
    b.region(2, QStringLiteral("Region Two"));
    b.members(21, 1, 2);
    b.score(21, 1, QStringLiteral("K1"), 0); // a member of another region's commission
    const Ranking r = RankingEngine::rank(
        b.input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}), StageKind::Regional);
    QCOMPARE(criterion(*r.find(1), "K1").value, 8.0);
    QCOMPARE(criterion(*r.find(1), "K1").scores.size(), 5);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.first().contains(QStringLiteral("1 score")),
             qPrintable(r.problems.first()));
}

void TestRankingEngine::missingCriterionReported()
{
    Methodology m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"});
    Criterion k3 = m.criteria.last();
    k3.id = 99;
    k3.code = QStringLiteral("K3");
    m.criteria.append(k3); // not in the contest's table
    const Ranking r = RankingEngine::rank(twoNominees().input, m, StageKind::Regional);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().contains(QStringLiteral("K3")));
    // Nobody could score it: it is left out of the commission index, and flagged.
    QCOMPARE(r.find(1)->components.commission, 70.0);
    QVERIFY(criterion(*r.find(1), "K3").fewValidScores);
}

void TestRankingEngine::withdrawnNotRanked()
{
    ScoringBuilder b = twoNominees();
    b.nomineeRef(1).status = NomineeStatus::Withdrawn;
    const Ranking r = RankingEngine::rank(
        b.input, ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2"}), StageKind::Regional);
    QCOMPARE(order(r), (QVector<qint64>{2}));
    QCOMPARE(r.notRanked, (QVector<qint64>{1}));
    QCOMPARE(r.find(2)->place, 1);
    QVERIFY(!r.find(2)->advances); // still below the ethics gate: nobody advances
    QVERIFY(r.cuts.first().advancing.isEmpty());
}

ScoringBuilder TestRankingEngine::tieSetup(Methodology *m)
{
    *m = ScoringBuilder::methodology({"S1", "K1"});
    m->weights.survey = 0.5;
    m->weights.ethics = 0.0;
    m->weights.commission = 0.5;
    ScoringBuilder b;
    b.useCriteria(*m);
    b.region(1, QStringLiteral("Region One"));
    b.members(11, 5, 1);
    return b;
}

void TestRankingEngine::tieBrokenByCommission()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    const QVector<qint64> members{11, 12, 13, 14, 15};
    // Nominee 1: survey mean 3 → 50, commission 80; nominee 2: survey mean 3.4 → 60,
    // commission 70. Both totals are 65.
    b.nominee(1, 1);
    everyone(b, members, 1, "K1", 8);
    b.survey(1, QStringLiteral("S1"), 40, 120);
    b.responses(1, 40, 0);
    b.nominee(2, 1);
    everyone(b, members, 2, "K1", 7);
    b.survey(2, QStringLiteral("S1"), 40, 136);
    b.responses(2, 40, 0);
    // Listed first, so that the input order cannot be what decides.
    std::swap(b.input.nominees[0], b.input.nominees[1]);
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(r.find(1)->total, 65.0);
    QCOMPARE(r.find(2)->total, 65.0); // 0.5·60 + 0.5·70, up to floating-point noise
    QCOMPARE(order(r), (QVector<qint64>{1, 2}));
    QCOMPARE(places(r), (QVector<int>{1, 2}));
    for (const NomineeResult &n : r.nominees) {
        QCOMPARE(n.tieBrokenBy, QStringList{QStringLiteral("commission")});
        QVERIFY(hasFlag(n, "tie_broken_by:commission"));
        QVERIFY(!n.tieShared);
    }
}

void TestRankingEngine::tieBrokenBySurveyCount()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    const QVector<qint64> members{11, 12, 13, 14, 15};
    for (const qint64 id : {1, 2}) {
        b.nominee(id, 1);
        everyone(b, members, id, "K1", 8);
        b.survey(id, QStringLiteral("S1"), 40, 120);
    }
    b.responses(1, 40, 0);
    b.responses(2, 45, 0); // five more respondents skipped S1 ("hard to say")
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(order(r), (QVector<qint64>{2, 1}));
    QCOMPARE(r.find(1)->tieBrokenBy, QStringList{QStringLiteral("survey_n")});
}

void TestRankingEngine::fullTieStandardAndDense()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    const QVector<qint64> members{11, 12, 13, 14, 15};
    for (const qint64 id : {4, 2, 9}) {
        b.nominee(id, 1);
        everyone(b, members, id, "K1", id == 9 ? 6 : 8);
        b.survey(id, QStringLiteral("S1"), 40, 120);
        b.responses(id, 40, 0);
    }
    Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(order(r), (QVector<qint64>{2, 4, 9})); // the shared place listed by id
    QCOMPARE(places(r), (QVector<int>{1, 1, 3}));
    QVERIFY(r.find(2)->tieShared && r.find(4)->tieShared);
    QVERIFY(hasFlag(*r.find(4), flag::tieShared));
    QVERIFY(!r.find(9)->tieShared);
    QVERIFY(r.find(2)->tieBrokenBy.isEmpty());

    m.rankingStyle = RankingStyle::Dense;
    r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(places(r), (QVector<int>{1, 1, 2}));
}

void TestRankingEngine::tieAtTheCut()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    const QVector<qint64> members{11, 12, 13, 14, 15};
    for (const qint64 id : {1, 2, 3}) {
        b.nominee(id, 1);
        everyone(b, members, id, "K1", id == 3 ? 5 : 8);
        b.survey(id, QStringLiteral("S1"), 40, 120);
        b.responses(id, 40, 0);
    }
    Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(places(r), (QVector<int>{1, 1, 3}));
    const AdvancementCut &cut = r.cuts.first();
    QCOMPARE(cut.tied, (QVector<qint64>{1, 2}));
    QCOMPARE(cut.openSeats, 1);
    QVERIFY(!cut.decided);
    QVERIFY(cut.advancing.isEmpty());
    QVERIFY(r.find(1)->tiedAtCut && r.find(2)->tiedAtCut && !r.find(3)->tiedAtCut);
    QVERIFY(!r.find(1)->advances && !r.find(2)->advances);
    QVERIFY(hasFlag(*r.find(2), flag::tiedAtCut));
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().contains(QStringLiteral("Region One")));

    b.input.chairChosen = {2};
    r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QVERIFY(r.cuts.first().decided);
    QVERIFY(r.find(2)->advances && !r.find(1)->advances);
    QVERIFY(hasFlag(*r.find(2), flag::chairDecision));
    QVERIFY(r.problems.isEmpty());

    b.input.chairChosen = {1, 2}; // two chosen for one seat: not a decision
    r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QVERIFY(!r.cuts.first().decided);
    QVERIFY(!r.find(1)->advances && !r.find(2)->advances);
    QVERIFY(r.problems.first().contains(QStringLiteral("chose 2")));
}

void TestRankingEngine::tieAtTheCutBelowAnAdvancingPlace()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    m.advancePerRegion = 2;
    const QVector<qint64> members{11, 12, 13, 14, 15};
    const QVector<std::pair<qint64, double>> points{{1, 9}, {2, 8}, {3, 8}, {4, 8}};
    for (const auto &[id, p] : points) {
        b.nominee(id, 1);
        everyone(b, members, id, "K1", p);
        b.survey(id, QStringLiteral("S1"), 40, 120);
        b.responses(id, 40, 0);
    }
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(places(r), (QVector<int>{1, 2, 2, 2}));
    QCOMPARE(r.cuts.first().advancing, (QVector<qint64>{1}));
    QCOMPARE(r.cuts.first().tied, (QVector<qint64>{2, 3, 4}));
    QCOMPARE(r.cuts.first().openSeats, 1);
}

void TestRankingEngine::gatedNomineeGivesUpItsSeat()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    const QVector<qint64> members{11, 12, 13, 14, 15};
    for (const qint64 id : {1, 2, 3}) {
        b.nominee(id, 1);
        everyone(b, members, id, "K1", 10 - id);
        b.survey(id, QStringLiteral("S1"), 40, 120);
        b.responses(id, 40, 0);
    }
    b.nomineeRef(1).ethicsConclusion = EthicsConclusion::NotCompliant;
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(places(r), (QVector<int>{1, 2, 3}));
    QCOMPARE(r.cuts.first().advancing, (QVector<qint64>{2}));
}

void TestRankingEngine::regionsRankSeparately()
{
    Methodology m;
    ScoringBuilder b = tieSetup(&m);
    b.region(2, QStringLiteral("Region Two"));
    const QVector<qint64> one{11, 12, 13, 14, 15};
    const QVector<qint64> two = b.members(21, 5, 2);
    const QVector<std::tuple<qint64, qint64, double>> rows{
        {1, 1, 6}, {2, 1, 9}, {3, 2, 5}, {4, 2, 7}, {5, 2, 4}};
    for (const auto &[id, region, p] : rows) {
        b.nominee(id, region);
        everyone(b, region == 1 ? one : two, id, "K1", p);
        b.survey(id, QStringLiteral("S1"), 40, 120);
        b.responses(id, 40, 0);
    }
    Ranking r = RankingEngine::rank(b.input, m, StageKind::Regional);
    QCOMPARE(order(r), (QVector<qint64>{2, 1, 4, 3, 5}));
    QCOMPARE(places(r), (QVector<int>{1, 2, 1, 2, 3}));
    QCOMPARE(r.cuts.size(), 2);
    QCOMPARE(r.cuts.at(1).regionId, qint64(2));
    QCOMPARE(r.cuts.at(1).advancing, (QVector<qint64>{4}));

    r = RankingEngine::rank(b.input, m, StageKind::Regional, 2);
    QCOMPARE(order(r), (QVector<qint64>{4, 3, 5}));
    QCOMPARE(r.regionId, qint64(2));
    QCOMPARE(r.cuts.size(), 1);
}

void TestRankingEngine::stageTwo()
{
    Methodology m = ScoringBuilder::methodology({"K1", "R1", "R2"});
    m.weights = {0.0, 0.0, 1.0, 1.0, 0.0};
    ScoringBuilder b;
    b.useCriteria(m);
    b.region(1, QStringLiteral("Region One"));
    b.region(2, QStringLiteral("Region Two"));
    const QVector<qint64> one = b.members(11, 5, 1);
    const QVector<qint64> two = b.members(21, 5, 2);
    const QVector<qint64> republic = b.members(101, 5, 0);
    b.nominee(1, 1);
    b.nominee(2, 1);
    b.nominee(3, 2);
    everyone(b, one, 1, "K1", 8); // stage I: 80, advances
    everyone(b, one, 2, "K1", 7); // 70
    everyone(b, two, 3, "K1", 9); // 90, advances
    everyone(b, republic, 1, "R1", 9);
    everyone(b, republic, 1, "R2", 8); // 100·17/20 = 85
    everyone(b, republic, 3, "R1", 8);
    everyone(b, republic, 3, "R2", 9);  // 85
    everyone(b, republic, 2, "R1", 10); // did not advance: not ranked in stage II

    Ranking r = RankingEngine::rank(b.input, m, StageKind::National);
    QCOMPARE(order(r), (QVector<qint64>{3, 1})); // equal at 85: the stage I total decides
    QCOMPARE(r.find(1)->total, 85.0);
    QCOMPARE(r.find(1)->components.commission, 85.0);
    QCOMPARE(r.find(1)->components.stage1Total, 80.0);
    QCOMPARE(r.find(3)->components.stage1Total, 90.0);
    QCOMPARE(r.find(3)->tieBrokenBy, QStringList{QStringLiteral("stage1_total")});
    QVERIFY(std::isnan(r.find(3)->components.survey));
    QCOMPARE(criterion(*r.find(3), "R2").value, 9.0);
    QCOMPARE(r.find(3)->criteria.size(), 2);

    m.weights.nationalCommission = 0.5;
    m.weights.stage1Total = 0.5;
    r = RankingEngine::rank(b.input, m, StageKind::National);
    QCOMPARE(r.find(1)->total, 0.5 * 85 + 0.5 * 80);
    QCOMPARE(r.find(3)->total, 0.5 * 85 + 0.5 * 90);
    QCOMPARE(places(r), (QVector<int>{1, 2}));
    QVERIFY(r.find(3)->tieBrokenBy.isEmpty());
}

void TestRankingEngine::stageTwoFromFrozenStageOne()
{
    Methodology m = ScoringBuilder::methodology({"K1", "R1"});
    m.weights = {0.0, 0.0, 1.0, 0.5, 0.5};
    ScoringBuilder b;
    b.useCriteria(m);
    b.region(1, QStringLiteral("Region One"));
    const QVector<qint64> republic = b.members(101, 3, 0);
    for (const qint64 id : {1, 2, 3})
        b.nominee(id, 1);
    everyone(b, republic, 1, "R1", 6); // 60
    everyone(b, republic, 2, "R1", 8); // 80
    b.input.stage1 = {{1, 70.0, true}, {2, 40.0, true}, {3, 99.0, false}};
    const Ranking r = RankingEngine::rank(b.input, m, StageKind::National);
    QCOMPARE(order(r), (QVector<qint64>{1, 2}));
    QCOMPARE(r.find(1)->total, 0.5 * 60 + 0.5 * 70);
    QCOMPARE(r.find(2)->total, 0.5 * 80 + 0.5 * 40);
}

ScoringBuilder TestRankingEngine::randomContest(quint32 seed, Methodology *m)
{
    *m = ScoringBuilder::methodology({"S1", "S2", "E1", "K1", "K2", "K3", "R1", "R2"});
    QRandomGenerator rng(seed);
    ScoringBuilder b;
    b.useCriteria(*m);
    const QVector<qint64> republic = b.members(900, 5, 0);
    qint64 nomineeId = 5;
    quint32 previousMarks = 0;
    for (qint64 region = 1; region <= 3; ++region) {
        b.region(region, QStringLiteral("Region %1").arg(region));
        const QVector<qint64> panel = b.members(region * 100, 7, region);
        for (int i = 0; i < 8; ++i) {
            nomineeId += 1 + qint64(rng.bounded(4));
            b.nominee(nomineeId, region);
            // Every third nominee copies the previous one's marks: full ties on purpose.
            const quint32 markSeed = i % 3 == 2 ? previousMarks : seed * 31 + quint32(nomineeId);
            previousMarks = markSeed;
            QRandomGenerator marks(markSeed);
            for (const char *code : {"K1", "K2", "K3", "R1", "R2"}) {
                const bool national = code[0] == 'R';
                for (const qint64 member : national ? republic : panel) {
                    const int roll = int(marks.bounded(20));
                    const QString c = QLatin1String(code);
                    if (roll == 0)
                        b.abstain(member, nomineeId, c);
                    else if (roll == 1)
                        b.recuse(member, nomineeId, c);
                    else if (roll != 2)
                        b.score(member, nomineeId, c, double(marks.bounded(21)) / 2.0);
                }
            }
            const qint64 n = 10 + qint64(marks.bounded(50));
            for (const char *code : {"S1", "S2"})
                b.survey(nomineeId, QLatin1String(code), n, double(n) * (1.0 + marks.bounded(4.0)));
            const qint64 e = qint64(marks.bounded(12));
            b.survey(nomineeId, QStringLiteral("E1"), e, double(marks.bounded(int(e) + 1)));
            b.responses(nomineeId, n, e);
            if (marks.bounded(10) == 0)
                b.nomineeRef(nomineeId).ethicsConclusion = EthicsConclusion::NotCompliant;
            if (rng.bounded(6) == 0)
                b.input.conflicts.append({panel.at(int(rng.bounded(7))), nomineeId});
        }
    }
    b.input.chairChosen = {nomineeId};
    m->advancePerRegion = 2;
    return b;
}

void TestRankingEngine::permutingInputChangesNothing_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestRankingEngine::permutingInputChangesNothing()
{
    QFETCH(quint32, seed);
    Methodology m;
    ScoringBuilder b = randomContest(seed, &m);
    for (const StageKind stage : {StageKind::Regional, StageKind::National}) {
        const Ranking expected = RankingEngine::rank(b.input, m, stage);
        QVERIFY(!expected.nominees.isEmpty());
        if (stage == StageKind::Regional) {
            // The copied marks make full ties, so shared places are part of what is permuted.
            QVERIFY(std::any_of(expected.nominees.cbegin(), expected.nominees.cend(),
                                [](const NomineeResult &n) { return n.tieShared; }));
        }
        ScoringBuilder shuffled = b;
        QRandomGenerator rng(seed * 7919);
        for (int round = 0; round < 3; ++round) {
            shuffled.shuffle(rng);
            const Ranking got = RankingEngine::rank(shuffled.input, m, stage);
            QCOMPARE(order(got), order(expected));
            QCOMPARE(places(got), places(expected));
            for (int i = 0; i < expected.nominees.size(); ++i) {
                const NomineeResult &x = expected.nominees.at(i);
                const NomineeResult &y = got.nominees.at(i);
                // Bit for bit, not approximately.
                QVERIFY(x.total == y.total || (std::isnan(x.total) && std::isnan(y.total)));
                QVERIFY(x.components.commission == y.components.commission ||
                        std::isnan(x.components.commission));
                QCOMPARE(y.flags, x.flags);
                QCOMPARE(y.advances, x.advances);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestRankingEngine)
#include "tst_rankingengine.moc"
