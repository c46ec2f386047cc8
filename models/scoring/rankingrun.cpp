#include "scoring/rankingrun.h"

#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>

namespace akim::scoring {

QString RankingRun::compute(const QString &contestPath, RankingSnapshot *snapshot,
                            const Progress &progress)
{
    const auto report = [&progress](int percent, const QString &stage) {
        return !progress || progress(percent, stage);
    };
    if (!report(0, tr("Reading scores and survey totals")))
        return tr("Cancelled.");
    Database database;
    if (!database.open(contestPath, Database::Mode::ReadOnly))
        return database.errorString();
    RankingSnapshot result;
    try {
        QElapsedTimer timer;
        timer.start();
        const ScoringInputLoader loader(database.connection());
        QString error;
        const std::optional<Methodology> methodology = loader.methodology(&error);
        if (!methodology)
            return tr("The contest's methodology cannot be used: %1").arg(error);
        const ScoringInput input = loader.load();
        result.methodology = *methodology;
        result.regions = input.regions;
        result.finalisations = FinalisationRepository(database.connection()).all();
        result.loadMs = double(timer.nsecsElapsed()) / 1e6;
        if (!report(50, tr("Ranking")))
            return tr("Cancelled.");
        timer.restart();
        result.regional = RankingEngine::rank(input, result.methodology, StageKind::Regional);
        result.national = RankingEngine::rank(input, result.methodology, StageKind::National);
        result.rankMs = double(timer.nsecsElapsed()) / 1e6;
    } catch (const StorageError &e) {
        return e.message();
    }
    database.close();
    if (!report(100, tr("Ranked")))
        return tr("Cancelled.");
    *snapshot = std::move(result);
    return {};
}

} // namespace akim::scoring
