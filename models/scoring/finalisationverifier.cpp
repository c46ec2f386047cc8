#include "scoring/finalisationverifier.h"

#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "scoring/stagefinaliser.h"
#include "storage/finalisationrepository.h"
#include "storage/storageerror.h"

namespace akim::scoring {

QStringList FinalisationVerifier::problems(const QSqlDatabase &db)
{
    QStringList result;
    try {
        const QVector<Finalisation> finalisations = FinalisationRepository(db).all();
        if (finalisations.isEmpty())
            return {};
        const ScoringInputLoader loader(db);
        QString error;
        const std::optional<Methodology> methodology = loader.methodology(&error);
        if (!methodology)
            return {tr("The finalised results cannot be checked: %1").arg(error)};
        const QString methodologyJson = QString::fromUtf8(methodology->toJsonBytes());
        const ScoringInput input = loader.load();
        for (const Finalisation &f : finalisations) {
            const bool national = f.stage == StageKind::National;
            QString regionName;
            for (const InputRegion &region : input.regions) {
                if (region.id == f.regionId)
                    regionName = region.nameRu;
            }
            const QString scope =
                national
                    ? tr("Stage II")
                    : tr("Stage I of %1")
                          .arg(regionName.isEmpty() ? QString::number(f.regionId) : regionName);
            if (methodologyJson != f.methodologyJson)
                result << tr("%1, finalised on %2: the contest's methodology is no longer the "
                             "one it was finalised with.")
                              .arg(scope, f.finalisedAt);
            const Ranking ranking = RankingEngine::rank(input, *methodology, f.stage, f.regionId);
            const QString sha = StageFinaliser::rankingSha256(ranking, *methodology, input);
            if (sha != f.rankingSha256)
                result << tr("%1, finalised on %2: its inputs no longer give the ranking that was "
                             "finalised (SHA-256 %3, now %4). Scores, survey data or nominees "
                             "were changed outside the program.")
                              .arg(scope, f.finalisedAt, f.rankingSha256, sha);
        }
    } catch (const StorageError &e) {
        result << tr("The finalised results cannot be checked: %1").arg(e.message());
    }
    return result;
}

} // namespace akim::scoring
