#pragma once

#include <QString>

namespace akim {

// What an account may do in a contest file; see services/accesspolicy.h.
enum class AccountRole {
    Secretary,
    Chair,
    Member,
};

QString accountRoleKey(AccountRole role);
AccountRole accountRoleFromKey(const QString &key, bool *ok = nullptr);

struct Account
{
    qint64 id = 0;
    QString uuid;
    QString login;
    QString fullName;
    AccountRole role = AccountRole::Member;
    qint64 memberId = 0; // the commission member this account scores as (0: none)
    QString passwordHash;
    QString packageSalt;
    QString packageKey;
    bool active = true;
    QString createdAt;
};

} // namespace akim
