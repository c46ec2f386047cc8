#include "scoring/stagefinaliser.h"

#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"
#include "storage/commissionrepository.h"
#include "storage/finalisationrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace akim::scoring {
namespace {

QJsonArray idArray(const QVector<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

} // namespace

StageFinaliser::StageFinaliser(ContestDocument &document)
    : m_document(document)
{}

QString StageFinaliser::rankingSha256(const Ranking &ranking, const Methodology &methodology,
                                      const ScoringInput &input)
{
    QString regionName;
    if (ranking.stage == StageKind::Regional) {
        for (const InputRegion &region : input.regions) {
            if (region.id == ranking.regionId)
                regionName = region.nameRu;
        }
    }
    const QByteArray json = RankingJson::toJsonBytes(ranking, methodology, regionName);
    return QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
}

FinaliseResult StageFinaliser::finalise(const FinaliseRequest &request)
{
    FinaliseResult result;
    if (!m_document.isOpen() || m_document.isReadOnly())
        return {tr("The contest file is not open for writing."), {}, {}, {}};
    const QSqlDatabase db = m_document.database().connection();
    FinalisationRepository finalisations(db);
    const bool national = request.stage == StageKind::National;
    if (!national && request.regionId == 0)
        return {tr("Stage I is finalised region by region: choose the region."), {}, {}, {}};
    if (national && request.regionId != 0)
        return {tr("Stage II is finalised for the whole country, not for a region."), {}, {}, {}};
    if (finalisations.find(request.stage, request.regionId))
        return {tr("This result is already finalised."), {}, {}, {}};
    // Only a chair finalises, and a chair bound to a commission only that commission's result.
    qint64 commissionId = 0;
    for (const Commission &commission : CommissionRepository(db).commissions()) {
        if (commission.stage == request.stage && commission.regionId == request.regionId)
            commissionId = commission.id;
    }
    if (const QString denied = m_document.permit(Permission::Finalise, commissionId);
        !denied.isEmpty())
        return {denied, {}, {}, {}};

    try {
        const ScoringInputLoader loader(db);
        QString error;
        const std::optional<Methodology> methodology = loader.methodology(&error);
        if (!methodology)
            return {tr("The contest's methodology cannot be used: %1").arg(error), {}, {}, {}};
        ScoringInput input = loader.load();
        QString regionName;
        QStringList open;
        for (const InputRegion &region : std::as_const(input.regions)) {
            if (region.id == request.regionId)
                regionName = region.nameRu;
            if (!finalisations.isRegionFinalised(region.id))
                open << region.nameRu;
        }
        if (!national && regionName.isEmpty())
            return {tr("The contest has no such region."), {}, {}, {}};
        if (national && !open.isEmpty())
            return {tr("Stage II can be finalised once stage I is finalised in every region; "
                       "still open: %1.")
                        .arg(open.join(QStringLiteral(", "))),
                    {},
                    {},
                    {}};
        input.chairChosen += request.chairChosen;
        const Ranking ranking =
            RankingEngine::rank(input, *methodology, request.stage, request.regionId);
        if (ranking.nominees.isEmpty())
            return {tr("There is nobody to rank."), {}, {}, {}};
        const bool scored = std::any_of(
            ranking.nominees.cbegin(), ranking.nominees.cend(),
            [](const NomineeResult &n) { return std::isfinite(n.components.commission); });
        if (!scored)
            return {tr("The commission has not scored anyone yet."), {}, {}, {}};
        for (const AdvancementCut &cut : ranking.cuts) {
            if (cut.decided)
                continue;
            QStringList names;
            for (qint64 id : cut.tied) {
                if (const NomineeResult *n = ranking.find(id))
                    names << n->name;
            }
            return {tr("%1 are tied at the advancement cut for %n seat(s): the chair must choose "
                       "who advances.",
                       nullptr, cut.openSeats)
                        .arg(names.join(QStringLiteral(", "))),
                    {},
                    {},
                    {}};
        }

        Finalisation f;
        f.stage = request.stage;
        f.regionId = request.regionId;
        f.finalisedAt = sql::nowUtc();
        f.finalisedBy = m_document.userName();
        f.methodologyJson = QString::fromUtf8(methodology->toJsonBytes());
        f.rankingSha256 = rankingSha256(ranking, *methodology, input);
        f.nominees = int(ranking.nominees.size());
        for (const NomineeResult &n : ranking.nominees) {
            if (n.advances || (national && n.place >= 1 && n.place <= 3))
                f.advancing << n.nomineeId;
        }
        f.chairDecision = request.chairChosen;

        const QString failure = m_document.runInTransaction([&] {
            finalisations.insert(f);
            // The stage as a whole: stage II at once, stage I with its last region.
            const bool stageDone =
                national || sql::scalar(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM "
                                                           "region r WHERE NOT EXISTS (SELECT 1 "
                                                           "FROM finalisation f WHERE "
                                                           "f.region_id = r.id))"))
                                .toBool();
            if (stageDone)
                sql::exec(db,
                          QStringLiteral("UPDATE stage SET state = 'finalised', finalised_at = ? "
                                         "WHERE kind = ?"),
                          {f.finalisedAt, stageKindKey(request.stage)});
            const QJsonObject audit{
                {QStringLiteral("stage"), stageKindKey(request.stage)},
                {QStringLiteral("region"), national ? QJsonValue() : QJsonValue(regionName)},
                {QStringLiteral("nominees"), f.nominees},
                {QStringLiteral("advancing"), idArray(f.advancing)},
                {QStringLiteral("chair_decision"), idArray(f.chairDecision)},
                {QStringLiteral("ranking_sha256"), f.rankingSha256}};
            m_document.recordAudit(
                QStringLiteral("stage.finalise"), QStringLiteral("finalisation"), f.uuid, {},
                QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)));
        });
        if (!failure.isEmpty())
            return {failure, {}, {}, {}};
        result.nominees = f.nominees;
        result.advancing = f.advancing;
        result.rankingSha256 = f.rankingSha256;
    } catch (const StorageError &e) {
        return {e.message(), {}, {}, {}};
    }
    // Edits made before cannot be undone across a finalisation.
    m_document.notifyExternalWrite();
    return result;
}

} // namespace akim::scoring
