#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace akim::demo {

// Plausible stage I ballots for a demo contest: every voting member (chair, deputy, members; the
// secretary does not vote) of every regional commission scores every active nominee of the
// region on every stage I commission criterion. Nominees differ in quality, members in
// strictness; a member recuses on the nominees of their declared conflicts and abstains now and
// then. Stage II ballots cannot exist before the advancement, so none are written.
class DemoScores
{
    Q_DECLARE_TR_FUNCTIONS(akim::demo::DemoScores)

public:
    // Writes inside the caller's transaction; returns the number of score rows written.
    // Throws StorageError on a database error.
    static qint64 fill(const QSqlDatabase &db, quint32 seed);

    static constexpr int kAbstainPercentPerNominee = 2;
};

} // namespace akim::demo
