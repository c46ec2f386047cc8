#include "storage/accountrepository.h"

#include "storage/sql.h"

namespace akim {
namespace {

const QString kColumns =
    QStringLiteral("id, uuid, login, full_name, role, member_id, password_hash, package_salt, "
                   "package_key, active, created_at");

Account fromQuery(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.uuid = q.value(1).toString();
    a.login = q.value(2).toString();
    a.fullName = q.value(3).toString();
    a.role = accountRoleFromKey(q.value(4).toString());
    a.memberId = q.value(5).toLongLong();
    a.passwordHash = q.value(6).toString();
    a.packageSalt = q.value(7).toString();
    a.packageKey = q.value(8).toString();
    a.active = q.value(9).toBool();
    a.createdAt = q.value(10).toString();
    return a;
}

std::optional<Account> first(QSqlQuery q)
{
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QVector<Account> AccountRepository::accounts() const
{
    QSqlQuery q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM account ORDER BY CASE role WHEN 'secretary' THEN 0 "
                             "WHEN 'chair' THEN 1 ELSE 2 END, login")
                  .arg(kColumns));
    QVector<Account> result;
    while (q.next())
        result << fromQuery(q);
    return result;
}

std::optional<Account> AccountRepository::find(qint64 id) const
{
    return first(
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM account WHERE id = ?").arg(kColumns), {id}));
}

std::optional<Account> AccountRepository::findByLogin(const QString &login) const
{
    // SQLite's lower() folds ASCII only, so logins are compared folded on this side.
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM account").arg(kColumns));
    const QString wanted = login.trimmed().toCaseFolded();
    while (q.next()) {
        if (q.value(2).toString().toCaseFolded() == wanted)
            return fromQuery(q);
    }
    return std::nullopt;
}

std::optional<Account> AccountRepository::findByMember(qint64 memberId) const
{
    return first(
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM account WHERE member_id = ?").arg(kColumns),
                  {memberId}));
}

qint64 AccountRepository::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM account")).toLongLong();
}

void AccountRepository::insert(Account &a)
{
    a.uuid = sql::newUuid();
    a.createdAt = sql::nowUtc();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO account (uuid, login, full_name, role, member_id, "
                       "password_hash, package_salt, package_key, active, created_at) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.uuid, a.login.trimmed(), a.fullName.simplified(), accountRoleKey(a.role),
         sql::idOrNull(a.memberId), a.passwordHash, a.packageSalt, a.packageKey, a.active ? 1 : 0,
         a.createdAt});
    a.id = sql::lastId(q);
}

void AccountRepository::update(const Account &a)
{
    sql::exec(
        m_db,
        QStringLiteral("UPDATE account SET login = ?, full_name = ?, role = ?, member_id = ?, "
                       "password_hash = ?, package_salt = ?, package_key = ?, active = ? "
                       "WHERE id = ?"),
        {a.login.trimmed(), a.fullName.simplified(), accountRoleKey(a.role),
         sql::idOrNull(a.memberId), a.passwordHash, a.packageSalt, a.packageKey, a.active ? 1 : 0,
         a.id});
}

} // namespace akim
