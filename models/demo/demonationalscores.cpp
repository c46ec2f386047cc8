#include "demo/demonationalscores.h"

#include "demo/demoballots.h"
#include "scoring/scoringinputloader.h"
#include "storage/sql.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace akim::demo {
namespace {

// Streams of their own, apart from stage I's (seed, region id, 0x5C0BE5).
constexpr quint32 kStream = 0x5C0BE2u;
constexpr quint32 kStrictnessKey = 0; // nominee ids start at 1

QRandomGenerator streamFor(quint32 seed, quint32 key)
{
    const std::array<quint32, 3> material{seed, key, kStream};
    return QRandomGenerator(material.data(), qsizetype(material.size()));
}

} // namespace

QVector<DemoNationalScores::Finalist> DemoNationalScores::wouldAdvance(const QSqlDatabase &db)
{
    // The loader's read snapshot cannot begin inside the caller's transaction and reads within
    // it instead, which is what is wanted here.
    const scoring::Ranking stage1 = scoring::ScoringInputLoader(db).rank(StageKind::Regional);
    QVector<Finalist> finalists;
    for (const scoring::AdvancementCut &cut : stage1.cuts) {
        for (qint64 id : cut.contenders()) {
            const scoring::NomineeResult *n = stage1.find(id);
            finalists.push_back({id, n ? n->components.commission : scoring::kNoValue});
        }
    }
    std::sort(finalists.begin(), finalists.end(),
              [](const Finalist &a, const Finalist &b) { return a.nomineeId < b.nomineeId; });
    return finalists;
}

qint64 DemoNationalScores::fill(const QSqlDatabase &db, quint32 seed)
{
    sql::exec(db, QStringLiteral("DELETE FROM score WHERE criterion_id IN (SELECT id FROM "
                                 "criterion WHERE stage_kind = 'national') AND member_id IN "
                                 "(SELECT m.id FROM member m JOIN commission c ON c.id = "
                                 "m.commission_id WHERE c.stage_kind = 'national')"));
    const qint64 commissionId =
        sql::scalar(db, QStringLiteral("SELECT id FROM commission WHERE stage_kind = "
                                       "'national' ORDER BY id LIMIT 1"))
            .toLongLong();
    const QVector<DemoBallots::CriterionPoints> criteria =
        DemoBallots::commissionCriteria(db, StageKind::National);
    if (commissionId == 0 || criteria.isEmpty())
        return 0;
    const QVector<Finalist> finalists = wouldAdvance(db);

    QRandomGenerator strictnessRng = streamFor(seed, kStrictnessKey);
    std::normal_distribution<double> strictnessNormal(0.0, 1.0);
    QVector<DemoBallots::Voter> voters;
    for (qint64 member : DemoBallots::votingMembers(db, commissionId))
        voters.push_back({member, 0.6 * strictnessNormal(strictnessRng)});

    DemoBallots ballots(db);
    for (const Finalist &finalist : finalists) {
        // A stream per nominee: their ballots do not depend on who else advanced.
        QRandomGenerator rng = streamFor(seed, quint32(finalist.nomineeId));
        std::normal_distribution<double> normal(0.0, 1.0);
        // Stage I's quality shows through, pulled towards the middle: regional winners are
        // good, and the cases and the interview test them afresh.
        const double stage1OnTen =
            std::isfinite(finalist.stage1Commission) ? finalist.stage1Commission / 10.0 : 6.3;
        const double quality =
            std::clamp(6.3 + 0.6 * (stage1OnTen - 6.3) + 1.2 * normal(rng), 1.0, 9.8);
        ballots.writeNominee(finalist.nomineeId, quality, voters, criteria, rng, normal);
    }
    return ballots.written();
}

} // namespace akim::demo
