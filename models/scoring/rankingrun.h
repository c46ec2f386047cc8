#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "scoring/scoringinput.h"
#include "storage/finalisationrepository.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace akim::scoring {

// Everything the Rankings tab shows, computed in one go from one consistent snapshot.
struct RankingSnapshot
{
    Methodology methodology;
    QVector<InputRegion> regions;
    Ranking regional; // stage I, every region
    Ranking national; // stage II
    QVector<Finalisation> finalisations;
    double loadMs = 0.0;
    double rankMs = 0.0;
};

// Loads a contest's scoring input through a read-only connection of its own — so it may run on
// a worker thread while the window keeps the file open — and ranks both stages.
class RankingRun
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::RankingRun)

public:
    using Progress = std::function<bool(int percent, const QString &stage)>;

    // Returns a translated error (empty on success); a cancel through `progress` returns one
    // too and leaves `snapshot` untouched.
    static QString compute(const QString &contestPath, RankingSnapshot *snapshot,
                           const Progress &progress = {});
};

} // namespace akim::scoring
