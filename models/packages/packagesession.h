#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace akim {

// A ballot package open for its member: the package key, derived from the password at sign-in,
// reseals the package in the same transaction as every change the member makes, so the file the
// member sends back is always sealed, whenever the program stops.
class PackageSession
{
    Q_DECLARE_TR_FUNCTIONS(akim::PackageSession)

public:
    void start(bool isPackage);
    void end();
    bool isActive() const { return m_active; }

    // After the password was verified: derives the key and checks the package's seal. Empty on
    // success; else why the package must not be scored.
    QString signIn(const QSqlDatabase &db, const QString &password);
    void signOut() { m_key.clear(); }
    // Inside the write's transaction; throws StorageError when no key is known.
    void afterWrite(const QSqlDatabase &db) const;

private:
    bool m_active = false;
    QByteArray m_key;
};

} // namespace akim
