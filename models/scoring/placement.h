#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"

#include <QVector>

namespace akim::scoring {

// Places within one group (a region in stage I, everyone in stage II): ordering by the total
// and the tie-break cascade, shared places, and the stage I advancement cut. Pure.
class Placement
{
public:
    // The value a tie-break compares (larger is better); NaN when the nominee has none.
    static double componentValue(const NomineeResult &nominee, TieComponent component);

    // The comparable form of a value: NaN sorts below everything, and values within
    // `tolerance` of the same multiple of it are equal (0: the doubles themselves).
    static double sortKey(double value, double tolerance);

    // Sorts `group` best first by total then the cascade, and sets place, tieShared,
    // tieBrokenBy and their flags. Nominees equal on every key share a place and are listed by
    // id (for display only). Standard style numbers 1, 1, 3; dense 1, 1, 2.
    static void rank(QVector<NomineeResult *> &group, const QVector<TieComponent> &cascade,
                     RankingStyle style, double tolerance);

    // The top `seats` of a ranked group advance, skipping nominees who may not (ethics gate, no
    // total). Nominees sharing the place at the cut are all marked tied_at_cut; of them, those
    // in `chairChosen` advance when they fill exactly the seats left, else none do and the cut
    // is undecided. Sets advances and tiedAtCut and their flags.
    static AdvancementCut advance(const QVector<NomineeResult *> &ranked, int seats,
                                  const QVector<qint64> &chairChosen);
};

} // namespace akim::scoring
