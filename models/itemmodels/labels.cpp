#include "itemmodels/labels.h"

#include <QCoreApplication>
#include <QLocale>

namespace akim::labels {

QString status(NomineeStatus status)
{
    switch (status) {
    case NomineeStatus::Active:
        return QCoreApplication::translate("akim::labels", "Active");
    case NomineeStatus::Withdrawn:
        return QCoreApplication::translate("akim::labels", "Withdrawn");
    case NomineeStatus::Disqualified:
        return QCoreApplication::translate("akim::labels", "Disqualified");
    }
    return {};
}

QString role(MemberRole role)
{
    switch (role) {
    case MemberRole::Chair:
        return QCoreApplication::translate("akim::labels", "Chair");
    case MemberRole::Deputy:
        return QCoreApplication::translate("akim::labels", "Deputy chair");
    case MemberRole::Secretary:
        return QCoreApplication::translate("akim::labels", "Secretary");
    case MemberRole::Member:
        return QCoreApplication::translate("akim::labels", "Member");
    }
    return {};
}

QString source(CriterionSource source)
{
    switch (source) {
    case CriterionSource::Commission:
        return QCoreApplication::translate("akim::labels", "Commission");
    case CriterionSource::Survey:
        return QCoreApplication::translate("akim::labels", "Citizens' survey");
    case CriterionSource::Ethics:
        return QCoreApplication::translate("akim::labels", "Ethics questionnaire");
    }
    return {};
}

QString stage(StageKind stage)
{
    switch (stage) {
    case StageKind::Regional:
        return QCoreApplication::translate("akim::labels", "Stage I (regional)");
    case StageKind::National:
        return QCoreApplication::translate("akim::labels", "Stage II (republican)");
    }
    return {};
}

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString date(const QDate &value)
{
    return value.isValid() ? QLocale().toString(value, shortDateFormat()) : QString();
}

} // namespace akim::labels
