#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include <QString>

// Translated labels of the domain's enums, shared by the item models, the dialogs and the reports
// so that one word is translated once.
namespace akim::labels {

QString status(NomineeStatus status);
QString role(MemberRole role);
QString source(CriterionSource source);
QString stage(StageKind stage);

} // namespace akim::labels
