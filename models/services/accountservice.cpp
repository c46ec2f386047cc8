#include "services/accountservice.h"

#include "services/passwords.h"
#include "storage/accountrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace akim {

AccountService::AccountService(ContestDocument &document)
    : m_document(document)
{}

QString AccountService::passwordProblem(const QString &password)
{
    if (password.size() < passwords::kMinimumLength)
        return tr("A password has at least %n character(s).", nullptr, passwords::kMinimumLength);
    if (password.size() > 256)
        return tr("A password has at most 256 characters.");
    return {};
}

void AccountService::setPassword(Account &account, const QString &password)
{
    account.passwordHash = passwords::hash(password);
    if (account.memberId == 0) {
        account.packageSalt.clear();
        account.packageKey.clear();
        return;
    }
    const QByteArray salt = passwords::newSalt();
    account.packageSalt = QString::fromLatin1(salt.toHex());
    account.packageKey = QString::fromLatin1(passwords::derivePackageKey(password, salt).toHex());
}

Account AccountService::prepare(const AccountDraft &draft)
{
    Account account;
    account.login = draft.login.trimmed();
    account.fullName = draft.fullName.simplified();
    account.role = draft.role;
    account.memberId = draft.memberId;
    setPassword(account, draft.password);
    return account;
}

QString AccountService::validate(const AccountDraft &draft) const
{
    const QString login = draft.login.trimmed();
    if (login.isEmpty())
        return tr("Enter a user name.");
    if (login.size() > 64)
        return tr("A user name has at most 64 characters.");
    if (login.contains(QLatin1Char(' ')))
        return tr("A user name has no spaces.");
    const AccountRepository accounts(m_document.database().connection());
    if (accounts.findByLogin(login))
        return tr("The user name %1 is already taken.").arg(login);
    if (const QString problem = passwordProblem(draft.password); !problem.isEmpty())
        return problem;
    if (accounts.count() == 0 && draft.role != AccountRole::Secretary)
        return tr("The first account of a contest is its secretary's.");
    if (draft.role == AccountRole::Secretary && draft.memberId != 0)
        return tr("A secretary's account is not bound to a commission member.");
    if (draft.role == AccountRole::Member && draft.memberId == 0)
        return tr("Choose the commission member this account scores as.");
    if (draft.memberId != 0) {
        const Member member = m_document.commissions().member(draft.memberId);
        if (member.id == 0)
            return tr("The chosen commission member no longer exists.");
        if (member.role == MemberRole::Secretary)
            return tr("%1 is the commission's secretary, who does not score.").arg(member.fullName);
        if (draft.role == AccountRole::Chair && member.role != MemberRole::Chair &&
            member.role != MemberRole::Deputy)
            return tr("%1 is neither the chair nor the deputy chair of the commission.")
                .arg(member.fullName);
        if (const std::optional<Account> holder = accounts.findByMember(draft.memberId))
            return tr("%1 already has the account %2.").arg(member.fullName, holder->login);
    }
    return {};
}

QString AccountService::auditJson(const Account &account) const
{
    QJsonObject object{{QStringLiteral("login"), account.login},
                       {QStringLiteral("full_name"), account.fullName},
                       {QStringLiteral("role"), accountRoleKey(account.role)},
                       {QStringLiteral("active"), account.active}};
    if (account.memberId != 0)
        object.insert(QStringLiteral("member"),
                      m_document.commissions().member(account.memberId).uuid);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

EditResult AccountService::create(const AccountDraft &draft)
{
    if (const QString denied = m_document.permit(Permission::ManageAccounts); !denied.isEmpty())
        return {denied};
    if (const QString problem = validate(draft); !problem.isEmpty())
        return {problem};
    const bool first = !m_document.hasAccounts();
    Account account = prepare(draft);
    const QString error = m_document.runInTransaction([&] {
        AccountRepository(m_document.database().connection()).insert(account);
        m_document.recordAudit(QStringLiteral("account.create"), QStringLiteral("account"),
                               account.uuid, {}, auditJson(account));
    });
    if (!error.isEmpty())
        return {error};
    emit m_document.accountsChanged();
    if (first)
        return m_document.signIn(account.login, draft.password);
    return {};
}

EditResult AccountService::resetPassword(qint64 accountId, const QString &password)
{
    if (const QString denied = m_document.permit(Permission::ManageAccounts); !denied.isEmpty())
        return {denied};
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return {problem};
    AccountRepository accounts(m_document.database().connection());
    std::optional<Account> account = accounts.find(accountId);
    if (!account)
        return {tr("The account no longer exists.")};
    setPassword(*account, password);
    const QString error = m_document.runInTransaction([&] {
        accounts.update(*account);
        m_document.recordAudit(QStringLiteral("account.password"), QStringLiteral("account"),
                               account->uuid, {}, {},
                               tr("Password of %1 reset by the secretary").arg(account->login));
    });
    if (!error.isEmpty())
        return {error};
    emit m_document.accountsChanged();
    return {};
}

EditResult AccountService::changeOwnPassword(const QString &currentPassword,
                                             const QString &password)
{
    const std::optional<Account> &signedIn = m_document.account();
    if (!signedIn)
        return {tr("Sign in first.")};
    // The package is sealed with a key derived from the password the secretary set; a password
    // changed here would no longer open it.
    if (m_document.isBallotPackage())
        return {tr("A password cannot be changed in a ballot package; the secretary changes it "
                   "in the contest file.")};
    AccountRepository accounts(m_document.database().connection());
    std::optional<Account> account = accounts.find(signedIn->id);
    if (!account || !passwords::verify(account->passwordHash, currentPassword))
        return {tr("The current password is wrong.")};
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return {problem};
    setPassword(*account, password);
    const QString error = m_document.runInTransaction([&] {
        accounts.update(*account);
        m_document.recordAudit(QStringLiteral("account.password"), QStringLiteral("account"),
                               account->uuid, {}, {}, tr("Changed by %1").arg(account->login));
    });
    if (!error.isEmpty())
        return {error};
    m_document.refreshAccount();
    emit m_document.accountsChanged();
    return {};
}

EditResult AccountService::setActive(qint64 accountId, bool active)
{
    if (const QString denied = m_document.permit(Permission::ManageAccounts); !denied.isEmpty())
        return {denied};
    AccountRepository accounts(m_document.database().connection());
    std::optional<Account> account = accounts.find(accountId);
    if (!account)
        return {tr("The account no longer exists.")};
    if (account->active == active)
        return {};
    if (!active && m_document.account() && m_document.account()->id == accountId)
        return {tr("You cannot deactivate the account you are signed in with.")};
    if (!active && account->role == AccountRole::Secretary) {
        int activeSecretaries = 0;
        for (const Account &other : accounts.accounts())
            activeSecretaries += other.active && other.role == AccountRole::Secretary;
        if (activeSecretaries <= 1)
            return {tr("%1 is the last active secretary; a contest always keeps one.")
                        .arg(account->login)};
    }
    const QString before = auditJson(*account);
    account->active = active;
    const QString error = m_document.runInTransaction([&] {
        accounts.update(*account);
        m_document.recordAudit(
            active ? QStringLiteral("account.activate") : QStringLiteral("account.deactivate"),
            QStringLiteral("account"), account->uuid, before, auditJson(*account));
    });
    if (!error.isEmpty())
        return {error};
    emit m_document.accountsChanged();
    return {};
}

} // namespace akim
