#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "report/reportlanguage.h"

#include <QString>
#include <QVector>

namespace akim {
struct BallotLayout;
struct ContestInfo;
} // namespace akim

namespace akim::report {

struct BlankBallotNominee
{
    int number = 0; // 1, 2, … in ballot order, as the grid on screen lists them
    qint64 id = 0;
    QString name;
    QString region;
    QString district;
    QString okrug;
    bool recused = false; // the member declared a conflict of interest with this nominee
};

struct BlankBallotCriterion
{
    QString code;
    QString title;
    double maxPoints = 0;
};

// Everything one member's paper ballot shows, with names already in the document's language:
// what the renderer paints and what a golden test compares, without a database or a painter.
struct BlankBallot
{
    QString language; // "kk", "ru", "en"
    QString contestTitle;
    int year = 0;
    QString commission;
    StageKind stage = StageKind::Regional;
    QString memberName;
    QString memberPosition;
    MemberRole memberRole = MemberRole::Member;
    QVector<BlankBallotNominee> nominees;
    QVector<BlankBallotCriterion> criteria;

    static BlankBallot build(const BallotLayout &layout, const ContestInfo &contest,
                             const ReportLanguage &language);

    bool hasConflicts() const;
    // One line per fact, stable across runs (no ids, no UUIDs): for golden files.
    QString dump() const;
};

} // namespace akim::report
