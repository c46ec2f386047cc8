#include "scoring/aggregation.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace akim::scoring {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double Aggregation::mean(const double *sorted, int n)
{
    if (n <= 0)
        return kNaN;
    double sum = 0.0;
    for (int i = 0; i < n; ++i)
        sum += sorted[i];
    return sum / n;
}

double Aggregation::median(const double *sorted, int n)
{
    if (n <= 0)
        return kNaN;
    if (n % 2 == 1)
        return sorted[n / 2];
    return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double Aggregation::trimmedMean(const double *sorted, int n, int trimEachSide)
{
    if (trimEachSide < 0 || n - 2 * trimEachSide <= 0)
        return kNaN;
    return mean(sorted + trimEachSide, n - 2 * trimEachSide);
}

AggregateResult Aggregation::aggregate(const QVector<MemberScore> &scores,
                                       const AggregationSettings &settings)
{
    AggregateResult result;
    result.dropped.fill(false, scores.size());
    QVarLengthArray<int, 16> valid;
    for (int i = 0; i < int(scores.size()); ++i) {
        const MemberScore &s = scores.at(i);
        if (s.state == ScoreState::Entered && !s.conflict && std::isfinite(s.points))
            valid.append(i);
    }
    std::sort(valid.begin(), valid.end(), [&](int a, int b) {
        const MemberScore &x = scores.at(a);
        const MemberScore &y = scores.at(b);
        return x.points != y.points ? x.points < y.points : x.memberId < y.memberId;
    });
    const int n = int(valid.size());
    result.valid = n;
    QVarLengthArray<double, 16> points(n);
    for (int i = 0; i < n; ++i)
        points[i] = scores.at(valid[i]).points;

    switch (settings.method) {
    case AggregationMethod::Mean:
        result.value = mean(points.data(), n);
        break;
    case AggregationMethod::Median:
        result.value = median(points.data(), n);
        break;
    case AggregationMethod::TrimmedMean: {
        const int k = settings.trimEachSide;
        if (k > 0 && n >= settings.trimMinScores && n > 2 * k) {
            result.trimmed = true;
            result.value = trimmedMean(points.data(), n, k);
            for (int i = 0; i < k; ++i) {
                result.dropped[valid[i]] = true;
                result.dropped[valid[n - 1 - i]] = true;
            }
        } else {
            // Too few valid scores to drop any: DESIGN.md's "else the plain mean".
            result.value = mean(points.data(), n);
        }
        break;
    }
    }
    return result;
}

double Aggregation::rescale(double mean, double min, double max)
{
    if (!std::isfinite(mean) || !(max > min))
        return kNaN;
    return 100.0 * (mean - min) / (max - min);
}

double Aggregation::weightedMean(const QVector<double> &values, const QVector<double> &weights)
{
    double sum = 0.0;
    double weightSum = 0.0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values.at(i)))
            continue;
        const double w = i < weights.size() ? weights.at(i) : 1.0;
        sum += w * values.at(i);
        weightSum += w;
    }
    return weightSum > 0.0 ? sum / weightSum : kNaN;
}

double Aggregation::weightedTotal(const QVector<double> &values, const QVector<double> &weights,
                                  QVector<double> *used)
{
    double all = 0.0;
    double present = 0.0;
    bool complete = true;
    for (int i = 0; i < values.size(); ++i) {
        all += weights.at(i);
        if (std::isnan(values.at(i)))
            complete = false;
        else
            present += weights.at(i);
    }
    used->fill(kNaN, values.size());
    if (present <= 0.0 && !(complete && all <= 0.0))
        return kNaN;
    const double scale = complete ? 1.0 : all / present;
    double total = 0.0;
    for (int i = 0; i < values.size(); ++i) {
        if (std::isnan(values.at(i)))
            continue;
        (*used)[i] = complete ? weights.at(i) : weights.at(i) * scale;
        total += (*used)[i] * values.at(i);
    }
    return total;
}

} // namespace akim::scoring
