#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "scoring/scoringinput.h"

#include <QCoreApplication>

namespace akim::scoring {

// Turns a snapshot of the contest into a ranking under a methodology: a pure function, so that
// a full re-rank after any change is just a call, and every figure can be recomputed from the
// explanation it returns.
//
// Stage I (regional), per region: per commission criterion the members' valid scores
// aggregated (Aggregation); the commission index 100·Σ w·value / Σ w·max; the survey and ethics
// indexes as weighted means of the rescaled criterion means; the total as the weighted sum of
// the three, rescaled over the components that have data. Places by total, then the tie-break
// cascade, then shared; the top N per region advance unless the ethics gate stops them.
// Stage II (national): the advanced nominees, by the republican commission's index and the
// carried-over stage I total.
class RankingEngine
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::RankingEngine)

public:
    // `regionId` limits stage I to one region (0: every region); stage II ignores it.
    static Ranking rank(const ScoringInput &input, const Methodology &methodology, StageKind stage,
                        qint64 regionId = 0);
};

} // namespace akim::scoring
