#include "itemmodels/labels.h"

#include <QCoreApplication>

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

} // namespace akim::labels
