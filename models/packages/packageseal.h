#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace akim::packageseal {

// The content a ballot package's seal covers, as canonical JSON read from the package file: its
// manifest (but the seal), the member and commission, the nominees, the criteria, the declared
// conflicts, every cell and the ballot's state. Anything else in the file (the member's own
// audit log) may change without breaking the seal. Throws StorageError.
QByteArray content(const QSqlDatabase &packageDb);

// The seal of that content under the member's package key, as hex.
QString compute(const QSqlDatabase &packageDb, const QByteArray &key);
bool matches(const QSqlDatabase &packageDb, const QByteArray &key, const QString &seal);

// Recomputes and stores the seal, inside the caller's transaction (after every change a member
// makes to the package).
void reseal(const QSqlDatabase &packageDb, const QByteArray &key);

} // namespace akim::packageseal
