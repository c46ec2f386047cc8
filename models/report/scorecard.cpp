#include "report/scorecard.h"

#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"

#include <QCryptographicHash>

#include <algorithm>

namespace akim::report {

const Criterion *ScoreCard::criterion(const QString &code) const
{
    for (const Criterion &c : methodology.criteria) {
        if (c.code == code && c.stage == stage)
            return &c;
    }
    return nullptr;
}

std::optional<ScoreCard> ScoreCard::load(ContestDocument &document, qint64 nomineeId,
                                         StageKind stage, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<ScoreCard> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const NomineeRow row = document.nominees().row(nomineeId);
    if (row.nominee.id == 0)
        return fail(tr("The contest has no such nominee."));

    const scoring::ScoringInputLoader loader(document.database().connection());
    QString methodologyError;
    const std::optional<scoring::Methodology> methodology = loader.methodology(&methodologyError);
    if (!methodology)
        return fail(tr("The contest's methodology cannot be used: %1").arg(methodologyError));
    const scoring::ScoringInput input = loader.load();
    // The scope `akimcontest rank` and the protocol rank: stage I region by region, so the
    // nominee's region alone gives its place; stage II the whole country.
    const qint64 scope = stage == StageKind::Regional ? row.regionId : 0;
    const scoring::Ranking ranking =
        scoring::RankingEngine::rank(input, *methodology, stage, scope);
    const scoring::NomineeResult *result = ranking.find(nomineeId);
    if (!result) {
        if (row.nominee.status != NomineeStatus::Active)
            return fail(tr("%1 has withdrawn or is disqualified, and is not ranked.")
                            .arg(row.nominee.fullName));
        return fail(stage == StageKind::National
                        ? tr("%1 is not among the nominees of stage II.").arg(row.nominee.fullName)
                        : tr("%1 is not ranked at stage I.").arg(row.nominee.fullName));
    }

    ScoreCard card;
    card.stage = stage;
    card.nominee = *result;
    card.ranked = int(ranking.nominees.size());
    card.methodology = *methodology;
    card.methodologyVersion = document.contest().methodologyVersion();
    card.methodologySha256 = QString::fromLatin1(
        QCryptographicHash::hash(methodology->toJsonBytes(), QCryptographicHash::Sha256).toHex());
    const ContestInfo contest = document.contest().contest();
    card.contestRu = contest.titleRu;
    card.contestKk = contest.titleKk;
    card.year = contest.year;
    for (const Commission &c : document.commissions().commissions()) {
        if (c.stage == stage && (stage == StageKind::National || c.regionId == row.regionId)) {
            card.commissionRu = c.nameRu;
            card.commissionKk = c.nameKk;
        }
    }
    // The members the engine counts as the nominee's commission, in its order (sort order, then
    // id), so that a member who has not scored shows too.
    QVector<scoring::InputMember> members;
    for (const scoring::InputMember &m : input.members) {
        if (m.stage == stage && (stage == StageKind::National || m.regionId == row.regionId))
            members.push_back(m);
    }
    std::sort(members.begin(), members.end(),
              [](const scoring::InputMember &a, const scoring::InputMember &b) {
                  return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
              });
    for (const scoring::InputMember &m : std::as_const(members))
        card.members.push_back({m.id, m.name, m.role});
    card.printedAt = QDateTime::currentDateTime();
    return card;
}

} // namespace akim::report
