#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"

#include <QCoreApplication>
#include <QString>

namespace akim::scoring {

// The explanation of one nominee's place as the Rankings tab shows it (rich text): the total as
// the sum of weighted components, each commission criterion with every member's score (trimmed
// ones struck through, abstentions and recusals named, never counted as zero), each survey and
// ethics criterion with its n, mean and index, and the flags in words. Every figure is the
// engine's; nothing is recomputed here.
class NomineeBreakdown
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::NomineeBreakdown)

public:
    static QString html(const NomineeResult &result, const Methodology &methodology,
                        StageKind stage);
};

} // namespace akim::scoring
