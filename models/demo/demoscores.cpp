#include "demo/demoscores.h"

#include "storage/sql.h"

#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace akim::demo {
namespace {

struct CriterionPoints
{
    qint64 id = 0;
    double maxPoints = 10;
};

QVector<qint64> ids(const QSqlDatabase &db, const QString &statement, qint64 key)
{
    QSqlQuery q = sql::exec(db, statement, {key});
    QVector<qint64> result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

} // namespace

qint64 DemoScores::fill(const QSqlDatabase &db, quint32 seed)
{
    QVector<CriterionPoints> criteria;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, max_points FROM criterion WHERE "
                                                   "stage_kind = 'regional' AND source = "
                                                   "'commission' ORDER BY sort_order, id"));
        while (q.next())
            criteria.push_back({q.value(0).toLongLong(), q.value(1).toDouble()});
    }
    QSet<QPair<qint64, qint64>> conflicts;
    {
        QSqlQuery q =
            sql::exec(db, QStringLiteral("SELECT member_id, nominee_id FROM member_conflict"));
        while (q.next())
            conflicts.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    QVector<QPair<qint64, qint64>> commissions; // id, region id
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, region_id FROM commission WHERE "
                                                   "stage_kind = 'regional' ORDER BY id"));
        while (q.next())
            commissions.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }

    // The uuid index takes its keys in random order: with SQLite's default 2 MB page cache,
    // 100,000 rows would spill pages to the WAL over and over.
    const qint64 cacheSize = sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong();
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache = qScopeGuard([&] {
        // Not sql::exec: it throws, and this may run while an exception unwinds.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });
    QSqlQuery insert = sql::prepare(
        db, QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, criterion_id, state, "
                           "points, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QString now = sql::nowUtc();
    const QVariant noPoints(QMetaType::fromType<double>());
    qint64 written = 0;
    for (const auto &[commissionId, regionId] : std::as_const(commissions)) {
        const QVector<qint64> members =
            ids(db,
                QStringLiteral("SELECT id FROM member WHERE commission_id = ? AND role <> "
                               "'secretary' ORDER BY sort_order, id"),
                commissionId);
        const QVector<qint64> nominees =
            ids(db,
                QStringLiteral("SELECT n.id FROM nominee n JOIN okrug o ON o.id = n.okrug_id "
                               "JOIN district d ON d.id = o.district_id WHERE d.region_id = ? "
                               "AND n.status = 'active' ORDER BY n.id"),
                regionId);
        // One stream per commission, so a demo of 3 regions scores them as the full one does.
        const std::array<quint32, 3> material{seed, quint32(regionId), 0x5C0BE5u};
        QRandomGenerator rng(material.data(), qsizetype(material.size()));
        std::normal_distribution<double> normal(0.0, 1.0);
        QHash<qint64, double> strictness;
        for (qint64 member : members)
            strictness.insert(member, 0.6 * normal(rng));

        for (qint64 nominee : nominees) {
            // On a 0–10 scale: most nominees are decent, a few excellent or weak.
            const double quality = std::clamp(6.3 + 1.5 * normal(rng), 1.0, 9.8);
            QVector<double> criterionOffset;
            for (int c = 0; c < criteria.size(); ++c)
                criterionOffset << 0.8 * normal(rng);
            for (qint64 member : members) {
                const bool recused = conflicts.contains({member, nominee});
                const bool abstained =
                    !recused && int(rng.bounded(100)) < kAbstainPercentPerNominee;
                for (int c = 0; c < criteria.size(); ++c) {
                    const CriterionPoints &criterion = criteria.at(c);
                    const double onTen = quality + strictness.value(member) +
                                         criterionOffset.at(c) + 0.9 * normal(rng);
                    const double points = std::clamp(std::round(onTen * criterion.maxPoints / 10.0),
                                                     0.0, criterion.maxPoints);
                    sql::bind(insert, sql::newUuid());
                    sql::bind(insert, member);
                    sql::bind(insert, nominee);
                    sql::bind(insert, criterion.id);
                    sql::bind(insert, recused     ? QStringLiteral("recused")
                                      : abstained ? QStringLiteral("abstained")
                                                  : QStringLiteral("entered"));
                    sql::bind(insert, recused || abstained ? noPoints : QVariant(points));
                    sql::bind(insert, now);
                    sql::exec(insert);
                    ++written;
                }
            }
        }
    }
    return written;
}

} // namespace akim::demo
