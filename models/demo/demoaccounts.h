#pragma once

#include <QSqlDatabase>
#include <QString>

namespace akim::demo {

// The accounts of a demo contest, all with the password "demo" (the welcome page says so): the
// secretary "secretary", the chair "chair" (any commission), and one account per voting member,
// "member<id>", bound to that member: a chair for each commission's chair, else a member.
class DemoAccounts
{
public:
    // Writes inside the caller's transaction; returns the number of accounts. One Argon2id hash
    // and one package key serve every account: they share the password, and hashing it 170
    // times would make the demo take half a minute.
    static int create(const QSqlDatabase &db);

    static QString password() { return QStringLiteral("demo"); }
    static QString memberLogin(qint64 memberId);
};

} // namespace akim::demo
