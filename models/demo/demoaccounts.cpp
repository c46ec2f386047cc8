#include "demo/demoaccounts.h"

#include "services/accountservice.h"
#include "storage/accountrepository.h"
#include "storage/commissionrepository.h"

namespace akim::demo {

QString DemoAccounts::memberLogin(qint64 memberId)
{
    return QStringLiteral("member%1").arg(memberId);
}

int DemoAccounts::create(const QSqlDatabase &db)
{
    AccountRepository accounts(db);
    // Prepared once with a member id so that the package key is derived too.
    const Account shared = AccountService::prepare(
        {QStringLiteral("template"), {}, AccountRole::Member, 1, password()});
    int created = 0;
    const auto add = [&](const QString &login, const QString &fullName, AccountRole role,
                         qint64 memberId) {
        Account account = shared;
        account.login = login;
        account.fullName = fullName;
        account.role = role;
        account.memberId = memberId;
        if (memberId == 0) {
            account.packageSalt.clear();
            account.packageKey.clear();
        }
        accounts.insert(account);
        ++created;
    };
    add(QStringLiteral("secretary"), QStringLiteral("Секретарь конкурса"), AccountRole::Secretary,
        0);
    add(QStringLiteral("chair"), QStringLiteral("Председатель комиссии"), AccountRole::Chair, 0);
    for (const Member &member : CommissionRepository(db).members()) {
        // A commission's chair signs in as a chair bound to it: scores and finalises there.
        if (member.role != MemberRole::Secretary)
            add(memberLogin(member.id), member.fullName,
                member.role == MemberRole::Chair ? AccountRole::Chair : AccountRole::Member,
                member.id);
    }
    return created;
}

} // namespace akim::demo
