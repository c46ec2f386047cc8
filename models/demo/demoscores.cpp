#include "demo/demoscores.h"

#include "demo/demonationalscores.h"
#include "storage/sql.h"

#include <QVector>

#include <algorithm>
#include <array>
#include <random>

namespace akim::demo {

qint64 DemoScores::fill(const QSqlDatabase &db, quint32 seed)
{
    const QVector<DemoBallots::CriterionPoints> criteria =
        DemoBallots::commissionCriteria(db, StageKind::Regional);
    QVector<QPair<qint64, qint64>> commissions; // id, region id
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, region_id FROM commission WHERE "
                                                   "stage_kind = 'regional' ORDER BY id"));
        while (q.next())
            commissions.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    qint64 written = 0;
    {
        DemoBallots ballots(db);
        for (const auto &[commissionId, regionId] : std::as_const(commissions)) {
            QVector<qint64> nominees;
            QSqlQuery q =
                sql::exec(db,
                          QStringLiteral("SELECT n.id FROM nominee n JOIN okrug o ON o.id = "
                                         "n.okrug_id JOIN district d ON d.id = o.district_id "
                                         "WHERE d.region_id = ? AND n.status = 'active' ORDER "
                                         "BY n.id"),
                          {regionId});
            while (q.next())
                nominees << q.value(0).toLongLong();
            // One stream per commission, so a demo of 3 regions scores them as the full one
            // does.
            const std::array<quint32, 3> material{seed, quint32(regionId), 0x5C0BE5u};
            QRandomGenerator rng(material.data(), qsizetype(material.size()));
            std::normal_distribution<double> normal(0.0, 1.0);
            QVector<DemoBallots::Voter> voters;
            for (qint64 member : DemoBallots::votingMembers(db, commissionId))
                voters.push_back({member, 0.6 * normal(rng)});
            for (qint64 nominee : std::as_const(nominees)) {
                // On a 0–10 scale: most nominees are decent, a few excellent or weak.
                const double quality = std::clamp(6.3 + 1.5 * normal(rng), 1.0, 9.8);
                ballots.writeNominee(nominee, quality, voters, criteria, rng, normal);
            }
        }
        written = ballots.written();
    }
    // Same transaction: the stage I ballots just written decide who the republican commission
    // meets.
    return written + DemoNationalScores::fill(db, seed);
}

DemoScores::Counts DemoScores::count(const QSqlDatabase &db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT k.stage_kind = 'national', count(*) FROM "
                                               "score s JOIN criterion k ON k.id = "
                                               "s.criterion_id GROUP BY 1"));
    Counts counts;
    while (q.next())
        (q.value(0).toBool() ? counts.national : counts.regional) = q.value(1).toLongLong();
    return counts;
}

} // namespace akim::demo
