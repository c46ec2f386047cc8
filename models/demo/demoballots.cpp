#include "demo/demoballots.h"

#include "storage/sql.h"

#include <algorithm>
#include <cmath>

namespace akim::demo {

DemoBallots::DemoBallots(const QSqlDatabase &db)
    : m_db(db)
    , m_now(sql::nowUtc())
{
    QSqlQuery conflicts =
        sql::exec(db, QStringLiteral("SELECT member_id, nominee_id FROM member_conflict"));
    while (conflicts.next())
        m_conflicts.insert({conflicts.value(0).toLongLong(), conflicts.value(1).toLongLong()});
    m_insert = sql::prepare(
        db, QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, criterion_id, state, "
                           "points, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // The uuid index takes its keys in random order: with SQLite's default 2 MB page cache,
    // 100,000 rows would spill pages to the WAL over and over. Last, so that nothing above can
    // throw with the cache left enlarged.
    m_cacheSize = sql::scalar(db, QStringLiteral("PRAGMA cache_size")).toLongLong();
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

DemoBallots::~DemoBallots()
{
    // Not sql::exec: it throws, and this may run while an exception unwinds.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

QVector<DemoBallots::CriterionPoints> DemoBallots::commissionCriteria(const QSqlDatabase &db,
                                                                      StageKind stage)
{
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT id, max_points FROM criterion WHERE "
                                           "stage_kind = ? AND source = 'commission' ORDER BY "
                                           "sort_order, id"),
                            {stageKindKey(stage)});
    QVector<CriterionPoints> criteria;
    while (q.next())
        criteria.push_back({q.value(0).toLongLong(), q.value(1).toDouble()});
    return criteria;
}

QVector<qint64> DemoBallots::votingMembers(const QSqlDatabase &db, qint64 commissionId)
{
    QSqlQuery q = sql::exec(db,
                            QStringLiteral("SELECT id FROM member WHERE commission_id = ? AND "
                                           "role <> 'secretary' ORDER BY sort_order, id"),
                            {commissionId});
    QVector<qint64> members;
    while (q.next())
        members << q.value(0).toLongLong();
    return members;
}

void DemoBallots::writeNominee(qint64 nomineeId, double quality, const QVector<Voter> &voters,
                               const QVector<CriterionPoints> &criteria, QRandomGenerator &rng,
                               std::normal_distribution<double> &normal)
{
    // Some criteria suit a nominee better than others, whoever scores them.
    QVector<double> criterionOffset;
    for (int c = 0; c < criteria.size(); ++c)
        criterionOffset << 0.8 * normal(rng);
    const QVariant noPoints(QMetaType::fromType<double>());
    for (const Voter &voter : voters) {
        const bool recused = m_conflicts.contains({voter.memberId, nomineeId});
        const bool abstained = !recused && int(rng.bounded(100)) < kAbstainPercentPerNominee;
        for (int c = 0; c < criteria.size(); ++c) {
            const CriterionPoints &criterion = criteria.at(c);
            const double onTen =
                quality + voter.strictness + criterionOffset.at(c) + 0.9 * normal(rng);
            const double points = std::clamp(std::round(onTen * criterion.maxPoints / 10.0), 0.0,
                                             criterion.maxPoints);
            sql::bind(m_insert, sql::newUuid());
            sql::bind(m_insert, voter.memberId);
            sql::bind(m_insert, nomineeId);
            sql::bind(m_insert, criterion.id);
            sql::bind(m_insert, recused     ? QStringLiteral("recused")
                                : abstained ? QStringLiteral("abstained")
                                            : QStringLiteral("entered"));
            sql::bind(m_insert, recused || abstained ? noPoints : QVariant(points));
            sql::bind(m_insert, m_now);
            sql::exec(m_insert);
            ++m_written;
        }
    }
}

} // namespace akim::demo
