#pragma once

#include "services/ballotservice.h"
#include "storage/paperentryrepository.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace akim {

// One cell where the two entries of a paper ballot differ: another value, or a value in one
// entry and nothing in the other.
struct PaperDisagreement
{
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    QString nominee;   // the nominee's full name
    QString okrug;     // in the user's language
    QString criterion; // its code
    std::optional<ScoreCell> first;
    std::optional<ScoreCell> second;

    bool bothTyped() const { return first.has_value() && second.has_value(); }
};

// The two entries of a member's paper ballot side by side (DoubleEntryService).
struct PaperComparison
{
    Q_DECLARE_TR_FUNCTIONS(akim::PaperComparison)

public:
    qint64 memberId = 0;
    PaperEntry first;
    PaperEntry second;
    BallotProgress firstProgress;
    BallotProgress secondProgress;
    QVector<PaperDisagreement> disagreements; // in the ballot's order: nominee, then criterion

    // Reads both entries of the layout's member and compares them over the layout's cells. A
    // declared conflict's cells can only be "recused" in either entry, so they are not compared;
    // cells outside the layout (a nominee withdrawn since) are ignored. Throws StorageError.
    static PaperComparison load(const QSqlDatabase &db, const BallotLayout &layout);
    // Same state and, when entered, the same points (to the two decimals stored). Comments are
    // free text that two people never type alike: they do not count.
    static bool sameValue(const ScoreCell &a, const ScoreCell &b);

    // Both entries hold every cell of the ballot (a declared conflict's cells count as typed).
    bool complete() const;
    bool agrees() const { return complete() && disagreements.isEmpty(); }
    // Empty when the layout's ballot may be accepted from these entries; else why not: an entry
    // incomplete, both typed by one account, or cells that disagree.
    QString acceptProblem(const BallotLayout &layout) const;
};

} // namespace akim
