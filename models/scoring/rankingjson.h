#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace akim::scoring {

// The `rank --format json` document of DESIGN.md's command-line contract: the methodology used
// and, per nominee in place order, place, unrounded total, components, flags and the full
// explanation (every member's score with trimmed ones marked, survey and ethics n / mean /
// index), enough to recompute every total and place independently. Keys may be added to it;
// the listed ones never change. Missing values (no data) are null. Nothing in it depends on the
// user interface's language, so a finalised result's SHA-256 can be checked by anyone.
class RankingJson
{
public:
    // `regionName` is the "region" value (a null QString writes null: every region, or stage
    // II); `language` picks the names of places ("ru" or "kk", falling back to Russian).
    static QJsonObject toJson(const Ranking &ranking, const Methodology &methodology,
                              const QString &regionName = QString(),
                              const QString &language = QStringLiteral("ru"));
    static QByteArray toJsonBytes(const Ranking &ranking, const Methodology &methodology,
                                  const QString &regionName = QString(),
                                  const QString &language = QStringLiteral("ru"));

    // A double as JSON: null when NaN or infinite.
    static QJsonValue number(double value);
};

} // namespace akim::scoring
