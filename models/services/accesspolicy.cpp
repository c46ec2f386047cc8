#include "services/accesspolicy.h"

#include "storage/accountrepository.h"
#include "storage/commissionrepository.h"

namespace akim {

bool AccessPolicy::roleAllows(AccountRole role, Permission permission)
{
    switch (role) {
    case AccountRole::Secretary:
        return permission == Permission::EditSetup || permission == Permission::ManageAccounts ||
               permission == Permission::ImportData || permission == Permission::ManageBallots ||
               permission == Permission::PrintReports || permission == Permission::RecordMeeting;
    case AccountRole::Chair:
        // A chair also scores, as the commission member the account is bound to.
        return permission == Permission::Finalise || permission == Permission::ScoreOwnBallot ||
               permission == Permission::PrintReports || permission == Permission::RecordMeeting;
    case AccountRole::Member:
        return permission == Permission::ScoreOwnBallot;
    }
    return false;
}

bool AccessPolicy::anonymousAllows(Permission permission, bool fileHasAccounts)
{
    if (permission == Permission::ManageAccounts)
        return !fileHasAccounts;
    // Whoever may print a protocol without signing in may also fill in its meeting's
    // particulars: the protocol cannot be complete otherwise.
    return permission == Permission::EditSetup || permission == Permission::ImportData ||
           permission == Permission::PrintReports || permission == Permission::RecordMeeting;
}

QString AccessPolicy::check(const QSqlDatabase &db, const Actor &actor, Permission permission,
                            qint64 commissionId)
{
    const AccountRepository accounts(db);
    if (actor.accountId == 0) {
        const bool hasAccounts = accounts.count() > 0;
        if ((actor.operatorRights || !hasAccounts) && anonymousAllows(permission, hasAccounts))
            return {};
        if (permission == Permission::Finalise && !hasAccounts)
            return tr("A result can only be finalised by a chair: the secretary creates the "
                      "chair's account first.");
        return tr("Sign in to %1.").arg(permissionName(permission));
    }
    const std::optional<Account> account = accounts.find(actor.accountId);
    if (!account)
        return tr("The account you signed in with no longer exists.");
    if (!account->active)
        return tr("The account %1 is deactivated.").arg(account->login);
    if (!roleAllows(account->role, permission))
        return tr("%1 may not %2 (signed in as %3).")
            .arg(roleName(account->role), permissionName(permission), account->login);
    const bool scoped = permission == Permission::Finalise ||
                        permission == Permission::ScoreOwnBallot ||
                        permission == Permission::RecordMeeting;
    if (scoped && commissionId != 0) {
        if (account->memberId == 0)
            return permission == Permission::ScoreOwnBallot
                       ? tr("The account %1 is not bound to a commission member, so it has no "
                            "ballot.")
                             .arg(account->login)
                       : QString();
        const Member member = CommissionRepository(db).member(account->memberId);
        if (member.commissionId != commissionId)
            return tr("The account %1 belongs to another commission.").arg(account->login);
    }
    return {};
}

QString AccessPolicy::roleName(AccountRole role)
{
    switch (role) {
    case AccountRole::Secretary:
        return tr("Secretary");
    case AccountRole::Chair:
        return tr("Chair");
    case AccountRole::Member:
        return tr("Member");
    }
    return {};
}

QString AccessPolicy::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::EditSetup:
        return tr("change the contest's set-up");
    case Permission::ManageAccounts:
        return tr("manage the accounts");
    case Permission::ImportData:
        return tr("import data");
    case Permission::Finalise:
        return tr("finalise a result");
    case Permission::ScoreOwnBallot:
        return tr("score a ballot");
    case Permission::ManageBallots:
        return tr("manage the commission's ballots");
    case Permission::PrintReports:
        return tr("print the protocols");
    case Permission::RecordMeeting:
        return tr("record the particulars of a commission meeting");
    }
    return {};
}

} // namespace akim
