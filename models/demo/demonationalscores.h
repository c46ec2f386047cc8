#pragma once

#include <QSqlDatabase>
#include <QVector>

namespace akim::demo {

// The republican commission's ballots of a demo contest. Stage II has no field of its own
// before the advancement, so the field is taken from the real engine: stage I ranked as it
// stands in the file, per region the methodology's quota plus everyone tied at the cut (the
// chair may advance any of them; the engine ignores the ballots of those not advanced). The
// voting members score them on every stage II commission criterion, each nominee from a stream
// of their own and with a quality that follows their stage I commission index, so the same
// seed and the same stage I give the same ballots.
class DemoNationalScores
{
public:
    struct Finalist
    {
        qint64 nomineeId = 0;
        double stage1Commission = 0.0; // 0–100; NaN without stage I ballots
    };

    // Who would advance from stage I if it were finalised now, by nominee id. Reads through
    // the caller's connection, so it sees the caller's uncommitted writes. Throws StorageError.
    static QVector<Finalist> wouldAdvance(const QSqlDatabase &db);

    // Replaces the republican commission's stage II ballots with ballots for wouldAdvance():
    // the demo calls it once the stage I inputs are in, and again if they change (a survey
    // import moves stage I totals). Writes inside the caller's transaction; returns the number
    // of score rows written. Throws StorageError.
    static qint64 fill(const QSqlDatabase &db, quint32 seed);
};

} // namespace akim::demo
