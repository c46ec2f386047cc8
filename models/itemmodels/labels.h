#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include <QDate>
#include <QString>

// Translated labels of the domain's enums, shared by the item models, the dialogs and the reports
// so that one word is translated once.
namespace akim::labels {

QString status(NomineeStatus status);
QString role(MemberRole role);
QString source(CriterionSource source);
QString stage(StageKind stage);

// The locale's short date format with the year in full ("6/6/22" could be 1922), for display
// and for date editors.
QString shortDateFormat();
QString date(const QDate &date);

} // namespace akim::labels
