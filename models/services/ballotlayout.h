#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVector>

namespace akim {

// What one member's ballot consists of: the nominees the member's commission scores (rows) and
// the commission criteria of its stage (columns), and the nominees the member declared a
// conflict of interest with (cells locked as "recused").
//
// A regional commission scores the active nominees of its region. The republican commission
// scores the stage II field: the nominees a finalised region advanced, and for a region not
// finalised yet those the ranking engine advances now, with everyone tied at the cut (the chair
// may pick any of them).
struct BallotLayout
{
    Member member;
    Commission commission;
    QVector<NomineeRow> nominees;
    QVector<Criterion> criteria;
    QSet<qint64> conflicts; // nominee ids

    // Reads it from the file; member.id is 0 when the member does not exist. Throws
    // StorageError.
    static BallotLayout load(const QSqlDatabase &db, qint64 memberId);
    // The stage II field by nominee id, as described above. Throws StorageError.
    static QSet<qint64> stageTwoField(const QSqlDatabase &db);

    int cellCount() const { return int(nominees.size() * criteria.size()); }
    const NomineeRow *nominee(qint64 id) const;
    const Criterion *criterion(qint64 id) const;
    bool isConflict(qint64 nomineeId) const { return conflicts.contains(nomineeId); }
};

} // namespace akim
