#include "itemmodels/labels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace akim::labels {
namespace {

struct KeyLabel
{
    const char *key;
    const char *label; // QT_TRANSLATE_NOOP("akim::labels", …)
};

// Every action key the program writes to the audit log (grep recordAudit and AuditEntry).
const KeyLabel kAuditActions[] = {
    {"contest.create", QT_TRANSLATE_NOOP("akim::labels", "Contest created")},
    {"contest.demo", QT_TRANSLATE_NOOP("akim::labels", "Demo data generated")},
    {"district.create", QT_TRANSLATE_NOOP("akim::labels", "District added")},
    {"district.delete", QT_TRANSLATE_NOOP("akim::labels", "District removed")},
    {"okrug.create", QT_TRANSLATE_NOOP("akim::labels", "Rural okrug added")},
    {"okrug.delete", QT_TRANSLATE_NOOP("akim::labels", "Rural okrug removed")},
    {"nominee.create", QT_TRANSLATE_NOOP("akim::labels", "Nominee added")},
    {"nominee.update", QT_TRANSLATE_NOOP("akim::labels", "Nominee changed")},
    {"nominee.delete", QT_TRANSLATE_NOOP("akim::labels", "Nominee removed")},
    {"criterion.create", QT_TRANSLATE_NOOP("akim::labels", "Criterion added")},
    {"criterion.update", QT_TRANSLATE_NOOP("akim::labels", "Criterion changed")},
    {"criterion.delete", QT_TRANSLATE_NOOP("akim::labels", "Criterion removed")},
    {"criterion.reorder", QT_TRANSLATE_NOOP("akim::labels", "Criteria reordered")},
    {"member.create", QT_TRANSLATE_NOOP("akim::labels", "Commission member added")},
    {"member.update", QT_TRANSLATE_NOOP("akim::labels", "Commission member changed")},
    {"member.delete", QT_TRANSLATE_NOOP("akim::labels", "Commission member removed")},
    {"member.conflicts", QT_TRANSLATE_NOOP("akim::labels", "Conflicts of interest changed")},
    {"methodology.edit", QT_TRANSLATE_NOOP("akim::labels", "Methodology changed")},
    {"survey.import", QT_TRANSLATE_NOOP("akim::labels", "Questionnaire responses imported")},
    {"survey.import.undo", QT_TRANSLATE_NOOP("akim::labels", "Questionnaire import undone")},
    {"registry.import", QT_TRANSLATE_NOOP("akim::labels", "Registry imported")},
    {"stage.finalise", QT_TRANSLATE_NOOP("akim::labels", "Stage finalised")},
    {"account.create", QT_TRANSLATE_NOOP("akim::labels", "Account created")},
    {"account.password", QT_TRANSLATE_NOOP("akim::labels", "Password changed")},
    {"account.activate", QT_TRANSLATE_NOOP("akim::labels", "Account activated")},
    {"account.deactivate", QT_TRANSLATE_NOOP("akim::labels", "Account deactivated")},
    {"score.set", QT_TRANSLATE_NOOP("akim::labels", "Score entered")},
    {"score.clear", QT_TRANSLATE_NOOP("akim::labels", "Score cleared")},
    {"ballot.submit", QT_TRANSLATE_NOOP("akim::labels", "Ballot submitted")},
    {"ballot.reopen", QT_TRANSLATE_NOOP("akim::labels", "Ballot reopened")},
    {"ballot.export", QT_TRANSLATE_NOOP("akim::labels", "Ballot package exported")},
    {"ballot.import", QT_TRANSLATE_NOOP("akim::labels", "Ballot package imported")},
    {"paper.required",
     QT_TRANSLATE_NOOP("akim::labels", "Double entry of paper ballots switched on or off")},
    {"paper.set", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot cell typed")},
    {"paper.clear", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot cell cleared")},
    {"paper.resolve", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot disagreement resolved")},
    {"paper.discard", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot entry discarded")},
    {"paper.accept", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot accepted")},
    {"meeting.save", QT_TRANSLATE_NOOP("akim::labels", "Protocol details saved")},
    {"protocol.quorum", QT_TRANSLATE_NOOP("akim::labels", "Quorum rule changed")},
};

const KeyLabel kAuditCategories[] = {
    {"contest", QT_TRANSLATE_NOOP("akim::labels", "Contest")},
    {"district", QT_TRANSLATE_NOOP("akim::labels", "Districts")},
    {"okrug", QT_TRANSLATE_NOOP("akim::labels", "Rural okrugs")},
    {"nominee", QT_TRANSLATE_NOOP("akim::labels", "Nominees")},
    {"criterion", QT_TRANSLATE_NOOP("akim::labels", "Criteria")},
    {"member", QT_TRANSLATE_NOOP("akim::labels", "Commission members")},
    {"methodology", QT_TRANSLATE_NOOP("akim::labels", "Methodology")},
    {"survey", QT_TRANSLATE_NOOP("akim::labels", "Questionnaire imports")},
    {"registry", QT_TRANSLATE_NOOP("akim::labels", "Registry imports")},
    {"stage", QT_TRANSLATE_NOOP("akim::labels", "Stages")},
    {"account", QT_TRANSLATE_NOOP("akim::labels", "Accounts")},
    {"score", QT_TRANSLATE_NOOP("akim::labels", "Scores")},
    {"ballot", QT_TRANSLATE_NOOP("akim::labels", "Ballots")},
    {"paper", QT_TRANSLATE_NOOP("akim::labels", "Paper ballots")},
    {"meeting", QT_TRANSLATE_NOOP("akim::labels", "Commission meetings")},
    {"protocol", QT_TRANSLATE_NOOP("akim::labels", "Protocols")},
};

const KeyLabel kAuditObjectTypes[] = {
    {"contest", QT_TRANSLATE_NOOP("akim::labels", "Contest")},
    {"district", QT_TRANSLATE_NOOP("akim::labels", "District")},
    {"okrug", QT_TRANSLATE_NOOP("akim::labels", "Rural okrug")},
    {"nominee", QT_TRANSLATE_NOOP("akim::labels", "Nominee")},
    {"criterion", QT_TRANSLATE_NOOP("akim::labels", "Criterion")},
    {"member", QT_TRANSLATE_NOOP("akim::labels", "Commission member")},
    {"methodology", QT_TRANSLATE_NOOP("akim::labels", "Methodology")},
    {"survey_import", QT_TRANSLATE_NOOP("akim::labels", "Questionnaire import")},
    {"import", QT_TRANSLATE_NOOP("akim::labels", "Registry import")},
    {"finalisation", QT_TRANSLATE_NOOP("akim::labels", "Finalised result")},
    {"account", QT_TRANSLATE_NOOP("akim::labels", "Account")},
    {"score", QT_TRANSLATE_NOOP("akim::labels", "Score")},
    {"ballot", QT_TRANSLATE_NOOP("akim::labels", "Ballot")},
    {"paper_entry", QT_TRANSLATE_NOOP("akim::labels", "Paper ballot entry")},
    {"meeting", QT_TRANSLATE_NOOP("akim::labels", "Commission meeting")},
};

template<size_t N>
QString lookUp(const KeyLabel (&table)[N], const QString &key)
{
    for (const KeyLabel &entry : table) {
        if (key == QLatin1String(entry.key))
            return QCoreApplication::translate("akim::labels", entry.label);
    }
    return key;
}

} // namespace

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

QString tieComponent(scoring::TieComponent component)
{
    using scoring::TieComponent;
    switch (component) {
    case TieComponent::Commission:
        return QCoreApplication::translate("akim::labels", "Commission index");
    case TieComponent::Survey:
        return QCoreApplication::translate("akim::labels", "Citizens' survey index");
    case TieComponent::Ethics:
        return QCoreApplication::translate("akim::labels", "Ethics index");
    case TieComponent::SurveyN:
        return QCoreApplication::translate("akim::labels", "Number of citizens' survey responses");
    case TieComponent::EthicsN:
        return QCoreApplication::translate("akim::labels",
                                           "Number of ethics questionnaire responses");
    case TieComponent::Stage1Total:
        return QCoreApplication::translate("akim::labels", "Stage I total");
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

QString timestamp(const QString &isoUtc)
{
    QDateTime time = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!time.isValid())
        return isoUtc;
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC); // stored in UTC, with or without the marker
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    if (!timeFormat.contains(QLatin1String("ss")))
        timeFormat.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time.toLocalTime(), shortDateFormat() + QLatin1Char(' ') + timeFormat);
}

QString auditAction(const QString &action)
{
    return lookUp(kAuditActions, action);
}

QString auditCategory(const QString &category)
{
    return lookUp(kAuditCategories, category);
}

QString auditObjectType(const QString &objectType)
{
    return lookUp(kAuditObjectTypes, objectType);
}

} // namespace akim::labels
