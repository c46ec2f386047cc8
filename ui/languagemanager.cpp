#include "languagemanager.h"

#include "translationcatalog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace akim {
namespace {

const QString kSettingsKey = QStringLiteral("language");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::languages()
{
    return TranslationCatalog::languages();
}

QString LanguageManager::nativeName(const QString &language)
{
    // Each language is named in itself so that a user who cannot read the current interface
    // still finds their own; these strings are deliberately not translated.
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("kk"))
        return QStringLiteral("Қазақша");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString LanguageManager::normalized(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    const QString stem = lower.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return languages().contains(stem) ? stem : QString();
}

QString LanguageManager::current()
{
    // Without a catalogue (no manager yet, a test's C locale) the texts are the English sources.
    switch (QLocale().language()) {
    case QLocale::Kazakh:
        return QStringLiteral("kk");
    case QLocale::Russian:
        return QStringLiteral("ru");
    default:
        return QStringLiteral("en");
    }
}

QString LanguageManager::systemLanguage(const QLocale &locale)
{
    // Russian is the working language of the commissions, also on Kazakh-locale office PCs; the
    // Kazakh interface is one click away in the Language menu and is remembered once chosen.
    return locale.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ru");
}

QString LanguageManager::initialLanguage()
{
    if (const QString fromEnv = normalized(qEnvironmentVariable("AKIMCONTEST_LANG"));
        !fromEnv.isEmpty())
        return fromEnv;
    if (const QString stored = normalized(QSettings().value(kSettingsKey).toString());
        !stored.isEmpty())
        return stored;
    return systemLanguage();
}

void LanguageManager::storeLanguage(const QString &language)
{
    QSettings().setValue(kSettingsKey, language);
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator) {
        QCoreApplication::removeTranslator(m_appTranslator.get());
        m_appTranslator.reset();
    }
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator.get());
        m_qtTranslator.reset();
    }
}

bool LanguageManager::setLanguage(const QString &language)
{
    const QString lang = normalized(language);
    if (lang.isEmpty())
        return false;

    // The default locale first: retranslateUi() and the item models pick ru/kk names and format
    // dates by it when the LanguageChange events arrive.
    QLocale::setDefault(QLocale(lang));
    removeTranslators();

    auto app = std::make_unique<QTranslator>();
    if (app->load(TranslationCatalog::fileStem() + QLatin1Char('_') + lang,
                  TranslationCatalog::resourceDir())) {
        m_appTranslator = std::move(app);
        QCoreApplication::installTranslator(m_appTranslator.get());
    }
    // Debian ships qtbase_ru but no qtbase_kk: our catalogue carries Qt's most visible texts
    // (QtStandardTexts). Installed last, qtbase answers first where it exists; ours agree with it.
    auto qt = std::make_unique<QTranslator>();
    if (lang != QLatin1String("en") &&
        qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtTranslator = std::move(qt);
        QCoreApplication::installTranslator(m_qtTranslator.get());
    }

    // Installing an empty catalogue (a language not translated yet) sends no LanguageChange, but
    // the locale changed all the same: names and dates must follow.
    if (QCoreApplication::instance()) {
        // A widget takes QLocale's default when it is made and keeps it: LocaleChange makes
        // QApplication hand the new one to every widget that has none of its own, so a spin box
        // already on screen shows "7,50" in Russian and "7.50" in English.
        QEvent localeChange(QEvent::LocaleChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &localeChange);
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
    }
    const bool changed = lang != m_language;
    m_language = lang;
    if (changed)
        emit languageChanged(lang);
    return true;
}

} // namespace akim
