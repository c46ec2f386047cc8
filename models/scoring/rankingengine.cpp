#include "scoring/rankingengine.h"

#include "scoring/aggregation.h"
#include "scoring/nomineeevaluator.h"
#include "scoring/placement.h"
#include "text/language.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace akim::scoring {
namespace {

void addFlag(NomineeResult &n, const char *flag)
{
    const QString f = QLatin1String(flag);
    if (!n.flags.contains(f))
        n.flags.append(f);
}

void rankNational(const ScoringInput &in, const Methodology &m, const NomineeEvaluator &evaluator,
                  const QVector<Stage1Result> &stage1, Ranking &out)
{
    QVector<NomineeResult> results;
    for (const Stage1Result &s1 : stage1) {
        const int index = evaluator.indexOf(s1.nomineeId);
        if (!s1.advances || index < 0)
            continue;
        if (in.nominees.at(index).status != NomineeStatus::Active) {
            out.notRanked.append(s1.nomineeId);
            continue;
        }
        NomineeResult r = evaluator.evaluate(index);
        r.components.stage1Total = s1.total;
        if (std::isnan(s1.total))
            addFlag(r, flag::noStage1Total);
        QVector<double> used;
        r.total = Aggregation::weightedTotal({r.components.commission, s1.total},
                                             {m.weights.nationalCommission, m.weights.stage1Total},
                                             &used);
        r.weightsUsed.commission = used.at(0);
        r.weightsUsed.stage1Total = used.at(1);
        results.append(r);
    }
    QVector<NomineeResult *> group;
    for (NomineeResult &r : results)
        group.append(&r);
    Placement::rank(group, m.nationalTieBreaks, m.rankingStyle, m.tieTolerance);
    for (NomineeResult *r : group)
        out.nominees.append(std::move(*r));
}

} // namespace

Ranking RankingEngine::rank(const ScoringInput &input, const Methodology &methodology,
                            StageKind stage, qint64 regionId)
{
    const NomineeEvaluator evaluator(input, methodology, stage);
    Ranking out;
    out.stage = stage;
    out.regionId = stage == StageKind::Regional ? regionId : 0;

    if (stage == StageKind::National) {
        QVector<Stage1Result> stage1 = input.stage1;
        if (stage1.isEmpty()) {
            // Stage I not frozen yet: rank it from the same snapshot.
            const Ranking regional = rank(input, methodology, StageKind::Regional, 0);
            for (const NomineeResult &n : regional.nominees)
                stage1.append({n.nomineeId, n.total, n.advances});
            for (const AdvancementCut &cut : regional.cuts) {
                if (!cut.decided)
                    out.problems << tr("Stage I: a tie at the advancement cut in %1 awaits the "
                                       "chair's decision; stage II ranks only the nominees "
                                       "already advancing.")
                                        .arg(text::pick(regional.find(cut.tied.first())->regionRu,
                                                        regional.find(cut.tied.first())->regionKk));
            }
        }
        std::sort(stage1.begin(), stage1.end(), [](const Stage1Result &a, const Stage1Result &b) {
            return a.nomineeId < b.nomineeId;
        });
        rankNational(input, methodology, evaluator, stage1, out);
    } else {
        QHash<qint64, QVector<NomineeResult>> byRegion;
        for (int i = 0; i < int(input.nominees.size()); ++i) {
            const InputNominee &n = input.nominees.at(i);
            if (regionId != 0 && n.regionId != regionId)
                continue;
            if (n.status != NomineeStatus::Active)
                out.notRanked.append(n.id);
            else
                byRegion[n.regionId].append(evaluator.evaluate(i));
        }
        // Regions in display order, then any region the input does not list, by id.
        QVector<InputRegion> regions = input.regions;
        std::sort(regions.begin(), regions.end(), [](const InputRegion &a, const InputRegion &b) {
            return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
        });
        QVector<qint64> order;
        for (const InputRegion &r : regions)
            order.append(r.id);
        QList<qint64> others = byRegion.keys();
        std::sort(others.begin(), others.end());
        for (const qint64 id : others) {
            if (!order.contains(id))
                order.append(id);
        }
        for (const qint64 id : order) {
            auto found = byRegion.find(id);
            if (found == byRegion.end())
                continue;
            QVector<NomineeResult *> group;
            for (NomineeResult &r : *found)
                group.append(&r);
            Placement::rank(group, methodology.regionalTieBreaks, methodology.rankingStyle,
                            methodology.tieTolerance);
            AdvancementCut cut =
                Placement::advance(group, methodology.advancePerRegion, input.chairChosen);
            cut.regionId = id;
            if (!cut.decided) {
                const QString region = text::pick(group.first()->regionRu, group.first()->regionKk);
                int chosen = 0;
                for (const qint64 tied : cut.tied)
                    chosen += input.chairChosen.contains(tied) ? 1 : 0;
                out.problems << (chosen == 0
                                     ? tr("%1: %2 nominees are tied at the advancement cut for %3 "
                                          "remaining seat(s); the chair's decision is needed.")
                                           .arg(region)
                                           .arg(cut.tied.size())
                                           .arg(cut.openSeats)
                                     : tr("%1: the chair chose %2 of the nominees tied at the "
                                          "advancement cut, but %3 seat(s) remain.")
                                           .arg(region)
                                           .arg(chosen)
                                           .arg(cut.openSeats));
            }
            out.cuts.append(cut);
            for (NomineeResult *r : group)
                out.nominees.append(std::move(*r));
        }
    }
    std::sort(out.notRanked.begin(), out.notRanked.end());
    if (evaluator.foreignScores() > 0)
        out.problems << tr("%n score(s) by members of another commission were ignored.", "",
                           evaluator.foreignScores());
    out.problems = evaluator.problems() + out.problems;
    return out;
}

} // namespace akim::scoring
