#pragma once

#include "demo/demoballots.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace akim::demo {

// Plausible ballots for a demo contest, for both stages, so that a demo ranks end to end.
// Stage I: every voting member (chair, deputy, members; the secretary does not vote) of every
// regional commission scores every active nominee of the region on every stage I commission
// criterion. Stage II (DemoNationalScores): the republican commission's voting members score,
// on every stage II commission criterion, the nominees who would advance if stage I were
// finalised on these ballots. Nominees differ in quality, members in strictness; a member
// recuses on the nominees of their declared conflicts and abstains now and then (DemoBallots).
class DemoScores
{
    Q_DECLARE_TR_FUNCTIONS(akim::demo::DemoScores)

public:
    struct Counts
    {
        qint64 regional = 0; // stage I score rows
        qint64 national = 0; // stage II score rows
    };

    // Writes both stages inside the caller's transaction; returns the number of score rows
    // written. Throws StorageError on a database error.
    static qint64 fill(const QSqlDatabase &db, quint32 seed);

    // The score rows of a contest by the stage of their criterion.
    static Counts count(const QSqlDatabase &db);

    static constexpr int kAbstainPercentPerNominee = DemoBallots::kAbstainPercentPerNominee;
};

} // namespace akim::demo
