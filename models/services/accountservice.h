#pragma once

#include "domain/account.h"
#include "services/contestdocument.h"

#include <QCoreApplication>

namespace akim {

struct AccountDraft
{
    QString login;
    QString fullName;
    AccountRole role = AccountRole::Member;
    qint64 memberId = 0; // required for a member, optional for a chair
    QString password;
};

// Accounts of a contest file. The first account of a file is its secretary, created by whoever
// sets the contest up; after that only a secretary manages accounts. Each change runs in one
// transaction with its audit entry (never with a password or a hash in it), outside the undo
// stack: undoing a password change would be a way around it.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(ContestDocument &document);

    // The first account signs the document in as itself.
    EditResult create(const AccountDraft &draft);
    EditResult resetPassword(qint64 accountId, const QString &password);
    EditResult changeOwnPassword(const QString &currentPassword, const QString &password);
    // Not one's own account, and never the last active secretary.
    EditResult setActive(qint64 accountId, bool active);

    // An account row with its password hash and, when it is bound to a member, the key of that
    // member's ballot packages. Slow on purpose (Argon2id), about 0.1 s per hash.
    static Account prepare(const AccountDraft &draft);
    static void setPassword(Account &account, const QString &password);
    static QString passwordProblem(const QString &password);

private:
    QString validate(const AccountDraft &draft) const;
    QString auditJson(const Account &account) const;

    ContestDocument &m_document;
};

} // namespace akim
