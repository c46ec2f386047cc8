#pragma once

#include "scoring/methodology.h"
#include "scoring/scoringinput.h"

#include <QVector>

namespace akim::scoring {

// One member's cell of one criterion, as the aggregation sees it.
struct MemberScore
{
    qint64 memberId = 0;
    ScoreState state = ScoreState::Entered;
    double points = 0.0;
    bool conflict = false; // a declared conflict of interest: excluded like a recusal
};

struct AggregateResult
{
    double value = 0.0;    // NaN when there is no valid score
    int valid = 0;         // entered scores without a conflict
    bool trimmed = false;  // the trimmed mean was applied (enough valid scores)
    QVector<bool> dropped; // per input score: dropped by the trimming
};

// The arithmetic of the methodology, kept apart from the ranking so that each rule can be
// checked by hand. All functions are pure.
class Aggregation
{
public:
    // Abstentions, recusals and conflicts are left out, never counted as zeros. Valid scores are
    // ordered by (points, member id) before anything is summed, so the result and the scores
    // marked as dropped do not depend on the order of the members; equal points at a trimmed end
    // drop the lower member id first.
    static AggregateResult aggregate(const QVector<MemberScore> &scores,
                                     const AggregationSettings &settings);

    // Over values sorted ascending; NaN for none.
    static double mean(const double *sorted, int n);
    static double median(const double *sorted, int n);
    static double trimmedMean(const double *sorted, int n, int trimEachSide);

    // 100·(mean − min)/(max − min): a Likert mean (or a yes/no share on 0..1) on 0–100; NaN for
    // a NaN mean or an empty scale.
    static double rescale(double mean, double min, double max);

    // Σ weight·value / Σ weight over the values that are not NaN; NaN when none is.
    static double weightedMean(const QVector<double> &values, const QVector<double> &weights);

    // A stage total: Σ weight·value over the components that have data (not NaN), their
    // weights rescaled to keep the full sum when some are missing, so that the total stays on
    // the components' 0–100 scale; NaN when nothing with weight has data. `used` receives the
    // weights applied (NaN for a missing component): total = Σ used·value.
    static double weightedTotal(const QVector<double> &values, const QVector<double> &weights,
                                QVector<double> *used);
};

} // namespace akim::scoring
