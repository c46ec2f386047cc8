#pragma once

#include "domain/account.h"

#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace akim {

class AccountRepository
{
public:
    explicit AccountRepository(QSqlDatabase db);

    QVector<Account> accounts() const; // by role, then login
    std::optional<Account> find(qint64 id) const;
    std::optional<Account> findByLogin(const QString &login) const; // case-insensitive
    std::optional<Account> findByMember(qint64 memberId) const;
    qint64 count() const;
    void insert(Account &account); // sets id, uuid and createdAt
    void update(const Account &account);

private:
    QSqlDatabase m_db;
};

} // namespace akim
