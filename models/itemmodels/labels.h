#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"
#include "scoring/methodology.h"

#include <QDate>
#include <QString>

// Translated labels of the domain's enums, shared by the item models, the dialogs and the reports
// so that one word is translated once.
namespace akim::labels {

QString status(NomineeStatus status);
QString role(MemberRole role);
QString source(CriterionSource source);
QString stage(StageKind stage);
// What a tie-break compares after the total, as a noun phrase starting with a capital letter
// ("Commission index"), for lists; the same words in either stage.
QString tieComponent(scoring::TieComponent component);

// The locale's short date format with the year in full ("6/6/22" could be 1922), for display
// and for date editors.
QString shortDateFormat();
QString date(const QDate &date);
// A stored ISO 8601 UTC time ("2020-06-15T10:21:07.123Z") in the user's locale and time zone,
// with seconds: audit entries made in the same minute stay apart. The text itself when it is
// not a time.
QString timestamp(const QString &isoUtc);

// The audit log's keys ("nominee.update", "survey.import") in words ("Nominee changed"). A key
// this version does not know (written by a newer one) is returned as it is.
QString auditAction(const QString &action);
// The part of an action key before its first dot ("nominee"), named as a group ("Nominees").
QString auditCategory(const QString &category);
QString auditObjectType(const QString &objectType);

} // namespace akim::labels
