#pragma once

#include "domain/criterion.h"

#include <QPair>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <random>

namespace akim::demo {

// The one way demo ballots are made, for the regional commissions (DemoScores) and the
// republican one (DemoNationalScores) alike, so that both stages look like the work of the same
// kind of people: a member's points are the nominee's quality, the member's strictness, the
// criterion's offset for that nominee and some noise; a member recuses on a declared conflict
// and abstains on a whole nominee now and then.
class DemoBallots
{
public:
    struct CriterionPoints
    {
        qint64 id = 0;
        double maxPoints = 10;
    };

    struct Voter
    {
        qint64 memberId = 0;
        double strictness = 0.0; // added to the quality, on a 0–10 scale
    };

    static constexpr int kAbstainPercentPerNominee = 2;

    // Prepares the insert and enlarges SQLite's page cache until destroyed.
    explicit DemoBallots(const QSqlDatabase &db);
    ~DemoBallots();
    DemoBallots(const DemoBallots &) = delete;
    DemoBallots &operator=(const DemoBallots &) = delete;

    // The stage's commission criteria, in methodology order.
    static QVector<CriterionPoints> commissionCriteria(const QSqlDatabase &db, StageKind stage);
    // The members who vote (chair, deputy, members; not the secretary), in the commission's
    // order.
    static QVector<qint64> votingMembers(const QSqlDatabase &db, qint64 commissionId);

    // Every voter's ballot of one nominee on every criterion. The draws are taken from `rng`
    // and `normal` in a fixed order, so the same stream gives the same ballots.
    void writeNominee(qint64 nomineeId, double quality, const QVector<Voter> &voters,
                      const QVector<CriterionPoints> &criteria, QRandomGenerator &rng,
                      std::normal_distribution<double> &normal);

    qint64 written() const { return m_written; }

private:
    QSqlDatabase m_db;
    qint64 m_cacheSize = 0;
    QSet<QPair<qint64, qint64>> m_conflicts; // member, nominee
    QSqlQuery m_insert;
    QString m_now;
    qint64 m_written = 0;
};

} // namespace akim::demo
