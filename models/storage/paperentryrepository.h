#pragma once

#include "storage/scorerepository.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace akim {

// Which of the two independent transcriptions of a paper ballot.
enum class PaperSide {
    First = 1,
    Second = 2,
};

inline PaperSide otherSide(PaperSide side)
{
    return side == PaperSide::First ? PaperSide::Second : PaperSide::First;
}

// One entry of a member's paper ballot: who types it and when it was started and last changed.
// An entry nobody has typed yet has no row (stored is false).
struct PaperEntry
{
    qint64 id = 0;
    QString uuid;
    qint64 memberId = 0;
    PaperSide side = PaperSide::First;
    QString typedBy; // the account's login
    QString startedAt;
    QString updatedAt;
    bool stored = false;
};

// The tables paper_entry and paper_cell. A cell is a ScoreCell without a uuid of its own (it
// never leaves the file; the entry's uuid names it in the audit log). Writes run inside the
// caller's transaction.
class PaperEntryRepository
{
public:
    explicit PaperEntryRepository(QSqlDatabase db);

    PaperEntry entry(qint64 memberId, PaperSide side) const;
    QVector<ScoreCell> cells(qint64 memberId, PaperSide side) const; // by nominee, then criterion
    std::optional<ScoreCell> find(qint64 memberId, PaperSide side, qint64 nomineeId,
                                  qint64 criterionId) const;

    // The entry, created as typed by `login` unless it exists.
    PaperEntry start(qint64 memberId, PaperSide side, const QString &login);
    // Inserts or replaces the cell of a started entry and touches the entry's time.
    void upsert(qint64 memberId, PaperSide side, ScoreCell &cell);
    void remove(qint64 memberId, PaperSide side, qint64 nomineeId, qint64 criterionId);
    // Drops the entry once it has no cell left, so that another account may type it.
    void forgetIfEmpty(qint64 memberId, PaperSide side);
    // Drops the entry and its cells.
    void discard(qint64 memberId, PaperSide side);
    qint64 cellCount() const; // every entry's, for checks and tests

private:
    QSqlDatabase m_db;
};

} // namespace akim
