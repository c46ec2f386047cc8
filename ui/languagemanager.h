#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace akim {

// Switches the interface language at runtime: replaces our translator
// (":/i18n/akimcontest_<lang>.qm") and Qt's own (qtbase_<lang>.qm, where the system has one) and
// sets QLocale's default, which formats numbers and dates (decimal comma in ru and kk) and decides
// whether ru/kk names are shown in Kazakh (text::pick). Our catalogue also carries the texts of
// Qt's own dialogs (QtStandardTexts), for Kazakh, which has no qtbase catalogue.
// Widgets follow through QEvent::LanguageChange → changeEvent() → retranslateUi(), and through
// QEvent::LocaleChange for the locale of the widgets already shown (spin boxes, date fields).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QStringList languages(); // "ru", "kk", "en"
    // The language's name in itself ("Русский", "Қазақша", "English"): never translated.
    static QString nativeName(const QString &language);
    // "ru_RU", "kk-KZ", "EN" → "ru", "kk", "en"; empty when we do not speak it.
    static QString normalized(const QString &code);
    // Russian for a Russian, Kazakh or any other system locale; English for an English one.
    static QString systemLanguage(const QLocale &locale = QLocale::system());
    // "ru", "kk" or "en": the interface language, read from QLocale's default, which
    // setLanguage() sets; for widgets that need it without holding the manager.
    static QString current();
    // AKIMCONTEST_LANG, else the stored choice (QSettings "language"), else systemLanguage().
    static QString initialLanguage();
    static void storeLanguage(const QString &language);

    QString language() const { return m_language; }
    // Installs the translators of `language`; false (and nothing changed) for an unknown one.
    bool setLanguage(const QString &language);

    // The installed translators (null when none could be loaded), for tests and the About box.
    const QTranslator *appTranslator() const { return m_appTranslator.get(); }
    const QTranslator *qtTranslator() const { return m_qtTranslator.get(); }

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QString m_language;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace akim
