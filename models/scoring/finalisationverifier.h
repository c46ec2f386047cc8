#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace akim::scoring {

// Recomputes every finalised result from the file as it is now and compares it with what was
// recorded: the SHA-256 of the ranking and the methodology. The program refuses every change to
// a finalised result's inputs, so a difference means the file was edited behind its back, e.g.
// a score changed with the sqlite3 shell, which the audit log alone cannot see.
class FinalisationVerifier
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::FinalisationVerifier)

public:
    // One translated line per result that no longer matches; empty when all do.
    static QStringList problems(const QSqlDatabase &db);
};

} // namespace akim::scoring
