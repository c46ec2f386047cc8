#pragma once

#include "domain/criterion.h"

#include <QString>

namespace akim::report {

enum class ReportKind {
    Protocol,     // the regional (stage I, one region) or the national (stage II) protocol
    ScoreCard,    // one nominee's full breakdown
    ImportReport, // what the survey imports brought in and rejected
    BlankBallots, // a commission's paper ballots
};

// What to print, as the report dialog and `akimcontest report` ask for it.
struct ReportRequest
{
    ReportKind kind = ReportKind::Protocol;
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0;     // Protocol stage I: the region; ImportReport: 0 for every region
    qint64 nomineeId = 0;    // ScoreCard
    qint64 commissionId = 0; // BlankBallots
    QString language = QStringLiteral("ru"); // "kk", "ru", "en"
};

} // namespace akim::report
