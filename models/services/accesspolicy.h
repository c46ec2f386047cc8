#pragma once

#include "domain/account.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace akim {

// What can be done to a contest file, each granted to some roles.
enum class Permission {
    EditSetup,      // nominees, criteria, commissions, conflicts, methodology
    ManageAccounts, // create accounts, reset passwords, deactivate
    ImportData,     // registry and survey imports, and undoing them
    Finalise,       // finalise a stage, and the chair's decision at a tied cut
    ScoreOwnBallot, // a commission member's own scores
    ManageBallots,  // export and import ballot packages, paper ballots, reopen a ballot
    PrintReports,
    // The particulars of a commission's meeting that its protocol prints (number, date,
    // attendance, vote, nominations) and the quorum rule. Its own permission because it belongs
    // to the secretary, who keeps the minutes, and to the chair, who signs them: no other
    // permission is granted to both but PrintReports, which writes nothing.
    RecordMeeting,
};

// Who is acting. An account signed in with its password; or nobody, which the set-up of a
// contest without accounts and the command line's own commands (imports) act as.
struct Actor
{
    qint64 accountId = 0;
    // Whoever runs the command line on the file, or the demo generator filling a demo: they
    // may set up and import without signing in (DESIGN: only `ballots` and `finalise` act as a
    // user).
    bool operatorRights = false;
};

// The one place that says who may do what. Every service asks it before it writes, so a role
// that may not do something is refused even when a UI forgot to disable the button.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)

public:
    static bool roleAllows(AccountRole role, Permission permission);
    // What nobody-signed-in may do: set-up and imports (and, while the file has no account yet,
    // creating its first one).
    static bool anonymousAllows(Permission permission, bool fileHasAccounts);

    // Empty when `actor` may do it in `db`; else a translated sentence saying why not. The actor's
    // account is read again from the file, so one deactivated meanwhile is refused.
    // `commissionId`: for Finalise, ScoreOwnBallot and RecordMeeting, the commission concerned
    // (0: any).
    static QString check(const QSqlDatabase &db, const Actor &actor, Permission permission,
                         qint64 commissionId = 0);

    static QString roleName(AccountRole role);
    static QString permissionName(Permission permission);
};

} // namespace akim
