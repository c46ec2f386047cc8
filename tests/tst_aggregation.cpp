#include "scoring/aggregation.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace akim::scoring;

namespace {

// Members 1, 2, … entering these points.
QVector<MemberScore> entered(std::initializer_list<double> points)
{
    QVector<MemberScore> scores;
    qint64 id = 0;
    for (const double p : points)
        scores.append({++id, ScoreState::Entered, p, false});
    return scores;
}

AggregationSettings trimmed(int k, int threshold)
{
    AggregationSettings s;
    s.method = AggregationMethod::TrimmedMean;
    s.trimEachSide = k;
    s.trimMinScores = threshold;
    return s;
}

AggregationSettings method(AggregationMethod m)
{
    AggregationSettings s;
    s.method = m;
    return s;
}

QVector<qint64> droppedMembers(const QVector<MemberScore> &scores, const AggregateResult &r)
{
    QVector<qint64> ids;
    for (int i = 0; i < scores.size(); ++i) {
        if (r.dropped.at(i))
            ids.append(scores.at(i).memberId);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void plainMean();
    void trimmedMeanDropsOneAtEachEnd();
    void trimmedMeanBelowThresholdIsPlainMean();
    void trimmedMeanTwoAtEachEnd();
    void identicalScores();
    void abstentionsAndRecusalsAreNotZeros();
    void abstentionsCanTakeTheCountBelowTheThreshold();
    void conflictIsExcluded();
    void allAbstained();
    void median();
    void meanMethodNeverTrims();
    void memberOrderDoesNotMatter();
    void rescale();
    void weightedMeanSkipsMissing();
};

void TestAggregation::plainMean()
{
    const AggregateResult r =
        Aggregation::aggregate(entered({7, 8, 9.5}), method(AggregationMethod::Mean));
    QCOMPARE(r.value, (7 + 8 + 9.5) / 3);
    QCOMPARE(r.valid, 3);
    QVERIFY(!r.trimmed);
}

void TestAggregation::trimmedMeanDropsOneAtEachEnd()
{
    // 2 and 10 are dropped: (6 + 7 + 8) / 3.
    const QVector<MemberScore> scores = entered({10, 6, 2, 8, 7});
    const AggregateResult r = Aggregation::aggregate(scores, trimmed(1, 5));
    QCOMPARE(r.value, 7.0);
    QCOMPARE(r.valid, 5);
    QVERIFY(r.trimmed);
    QCOMPARE(droppedMembers(scores, r), (QVector<qint64>{1, 3})); // the 10 and the 2
}

void TestAggregation::trimmedMeanBelowThresholdIsPlainMean()
{
    // Four valid scores, threshold 5: nothing is dropped, (2 + 6 + 8 + 10) / 4.
    const QVector<MemberScore> scores = entered({2, 6, 8, 10});
    const AggregateResult r = Aggregation::aggregate(scores, trimmed(1, 5));
    QCOMPARE(r.value, 6.5);
    QVERIFY(!r.trimmed);
    QVERIFY(droppedMembers(scores, r).isEmpty());
}

void TestAggregation::trimmedMeanTwoAtEachEnd()
{
    // 1, 2 and 9, 10 dropped: (5 + 6 + 7) / 3.
    const QVector<MemberScore> scores = entered({9, 1, 6, 10, 5, 2, 7});
    const AggregateResult r = Aggregation::aggregate(scores, trimmed(2, 7));
    QCOMPARE(r.value, 6.0);
    QCOMPARE(droppedMembers(scores, r), (QVector<qint64>{1, 2, 4, 6}));
    // Six valid scores are below this threshold: plain mean of all seven minus the 10.
    const QVector<MemberScore> six = entered({9, 1, 6, 5, 2, 7});
    const AggregateResult plain = Aggregation::aggregate(six, trimmed(2, 7));
    QCOMPARE(plain.value, 30.0 / 6);
    QVERIFY(!plain.trimmed);
}

void TestAggregation::identicalScores()
{
    const QVector<MemberScore> scores = entered({7, 7, 7, 7, 7});
    const AggregateResult r = Aggregation::aggregate(scores, trimmed(1, 5));
    QCOMPARE(r.value, 7.0);
    // Equal points: the lowest member id is dropped at the bottom, the highest at the top.
    QCOMPARE(droppedMembers(scores, r), (QVector<qint64>{1, 5}));
    QCOMPARE(Aggregation::aggregate(scores, method(AggregationMethod::Median)).value, 7.0);
    QCOMPARE(Aggregation::aggregate(scores, method(AggregationMethod::Mean)).value, 7.0);
}

void TestAggregation::abstentionsAndRecusalsAreNotZeros()
{
    QVector<MemberScore> scores = entered({8, 0, 0, 6});
    scores[1].state = ScoreState::Abstained;
    scores[2].state = ScoreState::Recused;
    const AggregateResult r = Aggregation::aggregate(scores, trimmed(1, 5));
    QCOMPARE(r.value, 7.0); // (8 + 6) / 2, not (8 + 0 + 0 + 6) / 4
    QCOMPARE(r.valid, 2);
}

void TestAggregation::abstentionsCanTakeTheCountBelowTheThreshold()
{
    // Six members, one abstains: five valid scores, so the trimmed mean applies.
    QVector<MemberScore> scores = entered({3, 9, 5, 10, 6, 7});
    scores[3].state = ScoreState::Abstained;
    AggregateResult r = Aggregation::aggregate(scores, trimmed(1, 5));
    QVERIFY(r.trimmed);
    QCOMPARE(r.value, (5 + 6 + 7) / 3.0); // 3 and 9 dropped
    QCOMPARE(droppedMembers(scores, r), (QVector<qint64>{1, 2}));
    // Member 2 recuses as well: four valid scores remain (3, 5, 6, 7), plain mean.
    scores[1].state = ScoreState::Recused;
    r = Aggregation::aggregate(scores, trimmed(1, 5));
    QVERIFY(!r.trimmed);
    QCOMPARE(r.value, (3 + 5 + 6 + 7) / 4.0);
}

void TestAggregation::conflictIsExcluded()
{
    QVector<MemberScore> scores = entered({10, 4, 5});
    scores[0].conflict = true; // entered despite a declared conflict of interest
    const AggregateResult r = Aggregation::aggregate(scores, method(AggregationMethod::Mean));
    QCOMPARE(r.value, 4.5);
    QCOMPARE(r.valid, 2);
}

void TestAggregation::allAbstained()
{
    QVector<MemberScore> scores = entered({0, 0, 0, 0, 0});
    for (MemberScore &s : scores)
        s.state = ScoreState::Abstained;
    for (const AggregationMethod m :
         {AggregationMethod::Mean, AggregationMethod::TrimmedMean, AggregationMethod::Median}) {
        AggregationSettings settings = trimmed(1, 5);
        settings.method = m;
        const AggregateResult r = Aggregation::aggregate(scores, settings);
        QVERIFY(std::isnan(r.value));
        QCOMPARE(r.valid, 0);
    }
    QVERIFY(std::isnan(Aggregation::aggregate({}, trimmed(1, 5)).value));
}

void TestAggregation::median()
{
    const AggregationSettings s = method(AggregationMethod::Median);
    QCOMPARE(Aggregation::aggregate(entered({3, 9, 4}), s).value, 4.0);
    QCOMPARE(Aggregation::aggregate(entered({3, 9, 4, 8}), s).value, 6.0);
    QCOMPARE(Aggregation::aggregate(entered({5}), s).value, 5.0);
    QVector<MemberScore> withAbstention = entered({3, 9, 4, 8});
    withAbstention[1].state = ScoreState::Abstained; // 3, 4, 8 remain
    QCOMPARE(Aggregation::aggregate(withAbstention, s).value, 4.0);
}

void TestAggregation::meanMethodNeverTrims()
{
    const QVector<MemberScore> scores = entered({1, 5, 6, 7, 10});
    const AggregateResult r = Aggregation::aggregate(scores, method(AggregationMethod::Mean));
    QCOMPARE(r.value, 29.0 / 5);
    QVERIFY(droppedMembers(scores, r).isEmpty());
}

void TestAggregation::memberOrderDoesNotMatter()
{
    QRandomGenerator rng(4);
    for (int round = 0; round < 50; ++round) {
        QVector<MemberScore> scores;
        for (qint64 id = 1; id <= 11; ++id) {
            const double points = double(rng.bounded(21)) / 2.0 + 0.1 * double(rng.bounded(3));
            const auto state = rng.bounded(8) == 0 ? ScoreState::Abstained : ScoreState::Entered;
            scores.append({id, state, points, false});
        }
        const AggregateResult a = Aggregation::aggregate(scores, trimmed(2, 5));
        QVector<MemberScore> shuffled = scores;
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            std::swap(shuffled[i], shuffled[qsizetype(rng.bounded(quint64(i + 1)))]);
        const AggregateResult b = Aggregation::aggregate(shuffled, trimmed(2, 5));
        // Bit for bit: the sum runs over the sorted scores.
        QVERIFY(a.value == b.value || (std::isnan(a.value) && std::isnan(b.value)));
        QCOMPARE(droppedMembers(shuffled, b), droppedMembers(scores, a));
    }
}

void TestAggregation::rescale()
{
    QCOMPARE(Aggregation::rescale(3.9, 1, 5), 72.5);
    QCOMPARE(Aggregation::rescale(1, 1, 5), 0.0);
    QCOMPARE(Aggregation::rescale(5, 1, 5), 100.0);
    QCOMPARE(Aggregation::rescale(0.75, 0, 1), 75.0); // a yes/no share
    QVERIFY(std::isnan(Aggregation::rescale(3, 5, 5)));
    QVERIFY(std::isnan(Aggregation::rescale(std::nan(""), 1, 5)));
}

void TestAggregation::weightedMeanSkipsMissing()
{
    QCOMPARE(Aggregation::weightedMean({80, std::nan(""), 60}, {1, 1, 3}), (80 + 3 * 60) / 4.0);
    QCOMPARE(Aggregation::weightedMean({80, 60}, {1, 1}), 70.0);
    QVERIFY(std::isnan(Aggregation::weightedMean({std::nan("")}, {1})));
    QVERIFY(std::isnan(Aggregation::weightedMean({}, {})));
}

QTEST_GUILESS_MAIN(TestAggregation)
#include "tst_aggregation.moc"
