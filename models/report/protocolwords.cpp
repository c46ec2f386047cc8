// The small words of a protocol: names as signed, dates as written, tie-breaks named. Part of
// ProtocolText, kept apart so each file reads in one sitting.
#include "report/protocoltext.h"

namespace akim::report {
namespace {

QString blankDate()
{
    return QStringLiteral("«____» ______________ 20____");
}

} // namespace

QString ProtocolText::shortName(const QString &fullName)
{
    const QStringList parts = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return fullName.simplified();
    QString initials;
    for (int i = 1; i < parts.size() && i < 3; ++i)
        initials += parts.at(i).left(1).toUpper() + QLatin1String(". ");
    return initials + parts.constFirst();
}

QString ProtocolText::longDate(const QDate &date, const ReportLanguage &language)
{
    if (!date.isValid())
        return blankDate();
    const QLocale locale = language.locale();
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    if (language.isKazakh())
        return QStringLiteral("%1 жылғы «%2» %3")
            .arg(date.year())
            .arg(day, locale.monthName(date.month(), QLocale::LongFormat));
    if (language.code() == QLatin1String("ru"))
        return QStringLiteral("%1 %2 %3 года")
            .arg(day, locale.monthName(date.month(), QLocale::LongFormat))
            .arg(date.year());
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString ProtocolText::tieBreakName(scoring::TieComponent component, const ReportLanguage &language)
{
    switch (component) {
    case scoring::TieComponent::Commission:
        return language.translate("akim::report::ProtocolText", "the commission's index");
    case scoring::TieComponent::Survey:
        return language.translate("akim::report::ProtocolText", "the survey index");
    case scoring::TieComponent::Ethics:
        return language.translate("akim::report::ProtocolText", "the ethics index");
    case scoring::TieComponent::SurveyN:
        return language.translate("akim::report::ProtocolText", "the number of survey responses");
    case scoring::TieComponent::EthicsN:
        return language.translate("akim::report::ProtocolText",
                                  "the number of ethics questionnaire responses");
    case scoring::TieComponent::Stage1Total:
        return language.translate("akim::report::ProtocolText", "the stage I total");
    }
    return {};
}

} // namespace akim::report
