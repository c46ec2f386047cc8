#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace akim {

class Database;

// Everything `akimcontest check` verifies on an open contest file: SQLite's own integrity and
// foreign-key checks, the audit chain, and that the per nominee x criterion survey totals (which
// rankings read instead of scanning answers) still match the raw answers they summarise.
// Read-only: works on a file opened with Database::Mode::ReadOnly.
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    explicit IntegrityChecker(const Database &database);

    // One translated line per problem; empty when the file is sound.
    QStringList problems() const;

    // At most this many survey-total mismatches are listed one by one; the rest are counted.
    static constexpr int kMaxListedAggregateProblems = 20;

private:
    QStringList auditProblems() const;
    QStringList surveyAggregateProblems() const;

    const Database &m_database;
};

} // namespace akim
