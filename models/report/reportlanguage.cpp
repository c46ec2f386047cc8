#include "report/reportlanguage.h"

#include <QTranslator>

namespace akim::report {

ReportLanguage::ReportLanguage(const QString &code, const QString &catalogueDir)
    : m_code(codes().contains(code) ? code : QStringLiteral("ru"))
{
    if (m_code == QLatin1String("kk"))
        m_locale = QLocale(QLocale::Kazakh, QLocale::Kazakhstan);
    else if (m_code == QLatin1String("en"))
        m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    else
        m_locale = QLocale(QLocale::Russian, QLocale::Kazakhstan);
    // English is the source language, but its catalogue still holds the plural forms.
    auto translator = std::make_shared<QTranslator>();
    if (translator->load(QStringLiteral("akimcontest_") + m_code, catalogueDir))
        m_translator = std::move(translator);
}

QString ReportLanguage::codeFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Kazakh:
        return QStringLiteral("kk");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return QStringLiteral("ru");
    }
}

QStringList ReportLanguage::codes()
{
    return {QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")};
}

QString ReportLanguage::translate(const char *context, const char *source,
                                  const char *disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

QString ReportLanguage::pick(const QString &ru, const QString &kk) const
{
    return isKazakh() && !kk.isEmpty() ? kk : ru;
}

QString ReportLanguage::pick(const QString &ru, const QString &kk, const QString &en) const
{
    return m_code == QLatin1String("en") && !en.isEmpty() ? en : pick(ru, kk);
}

QString ReportLanguage::criterionTitle(const Criterion &criterion) const
{
    return pick(criterion.titleRu, criterion.titleKk, criterion.titleEn);
}

QString ReportLanguage::pointsRange(double maxPoints) const
{
    return m_locale.toString(0) + QChar(0x2013) + m_locale.toString(maxPoints, 'g', 6);
}

} // namespace akim::report
