#include "languagemanager.h"
#include "testsupport.h"
#include "text/language.h"

#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QWidget>
#include <QtTest>

using namespace akim;
using namespace akim::test;

namespace {

// Counts the LanguageChange events a widget receives, as every retranslating widget would.
class LanguageWatcher : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void installsEachLanguage_data();
    void installsEachLanguage();
    void widgetsHearTheSwitch();
    void unknownLanguageChangesNothing();
    void normalizesCodes();
    void systemLanguageDefaultsToRussian();
    void initialLanguagePrefersEnvironmentThenSettings();
    void destructorRemovesTranslators();
};

void TestLanguageManager::initTestCase()
{
    isolateSettings();
}

void TestLanguageManager::cleanup()
{
    qputenv("AKIMCONTEST_LANG", "en");
    QSettings().remove(QStringLiteral("language"));
    QLocale::setDefault(QLocale::c());
}

void TestLanguageManager::installsEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("locale");
    QTest::addColumn<bool>("kazakhNames");
    QTest::newRow("ru") << QStringLiteral("ru") << int(QLocale::Russian) << false;
    QTest::newRow("kk") << QStringLiteral("kk") << int(QLocale::Kazakh) << true;
    QTest::newRow("en") << QStringLiteral("en") << int(QLocale::English) << false;
}

void TestLanguageManager::installsEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, locale);
    QFETCH(bool, kazakhNames);

    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QVERIFY(manager.setLanguage(language));
    QCOMPARE(manager.language(), language);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), language);
    QCOMPARE(int(QLocale().language()), locale);
    QCOMPARE(text::preferKazakh(), kazakhNames);

    // Our catalogue is embedded for every language.
    QVERIFY(manager.appTranslator());
    QVERIFY2(manager.appTranslator()->filePath().endsWith(
                 QStringLiteral("akimcontest_%1.qm").arg(language)),
             qPrintable(manager.appTranslator()->filePath()));

    // Qt's own catalogue where the system has one (Debian: ru, no kk); none for English.
    const QString qtFile = QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_%1.qm").arg(language);
    if (language == QLatin1String("en") || !QFile::exists(qtFile)) {
        QVERIFY(!manager.qtTranslator());
    } else {
        QVERIFY(manager.qtTranslator());
        QCOMPARE(manager.qtTranslator()->filePath(), qtFile);
        QVERIFY(!manager.qtTranslator()->isEmpty());
    }

    // Choosing the same language again keeps a catalogue and announces no change.
    QVERIFY(manager.setLanguage(language));
    QVERIFY(manager.appTranslator());
    QCOMPARE(changed.count(), 1); // same language: no languageChanged
}

void TestLanguageManager::widgetsHearTheSwitch()
{
    LanguageManager manager;
    LanguageWatcher watcher;
    watcher.show();
    QVERIFY(QTest::qWaitForWindowExposed(&watcher));
    QCoreApplication::processEvents();
    watcher.changes = 0;
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QTRY_VERIFY(watcher.changes > 0);
    watcher.changes = 0;
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY(watcher.changes > 0);
}

void TestLanguageManager::unknownLanguageChangesNothing()
{
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("ru")));
    const QTranslator *translator = manager.appTranslator();
    QVERIFY(!manager.setLanguage(QStringLiteral("de")));
    QVERIFY(!manager.setLanguage(QString()));
    QCOMPARE(manager.language(), QStringLiteral("ru"));
    QCOMPARE(manager.appTranslator(), translator);
    QCOMPARE(QLocale().language(), QLocale::Russian);
}

void TestLanguageManager::normalizesCodes()
{
    QCOMPARE(LanguageManager::normalized(QStringLiteral("ru_RU")), QStringLiteral("ru"));
    QCOMPARE(LanguageManager::normalized(QStringLiteral("kk-KZ")), QStringLiteral("kk"));
    QCOMPARE(LanguageManager::normalized(QStringLiteral(" EN ")), QStringLiteral("en"));
    QCOMPARE(LanguageManager::normalized(QStringLiteral("de_DE")), QString());
    QCOMPARE(LanguageManager::normalized(QString()), QString());
    QCOMPARE(LanguageManager::languages(),
             QStringList({QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")}));
    QCOMPARE(LanguageManager::nativeName(QStringLiteral("kk")), QStringLiteral("Қазақша"));
}

void TestLanguageManager::systemLanguageDefaultsToRussian()
{
    QCOMPARE(LanguageManager::systemLanguage(QLocale(QLocale::Russian, QLocale::Russia)),
             QStringLiteral("ru"));
    // The rule: Russian for a Russian or Kazakh system locale.
    QCOMPARE(LanguageManager::systemLanguage(QLocale(QLocale::Kazakh, QLocale::Kazakhstan)),
             QStringLiteral("ru"));
    QCOMPARE(LanguageManager::systemLanguage(QLocale(QLocale::English, QLocale::UnitedStates)),
             QStringLiteral("en"));
    QCOMPARE(LanguageManager::systemLanguage(QLocale(QLocale::German, QLocale::Germany)),
             QStringLiteral("ru"));
    QCOMPARE(LanguageManager::systemLanguage(QLocale::c()), QStringLiteral("ru"));
}

void TestLanguageManager::initialLanguagePrefersEnvironmentThenSettings()
{
    qputenv("AKIMCONTEST_LANG", "kk");
    LanguageManager::storeLanguage(QStringLiteral("ru"));
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("kk"));
    qunsetenv("AKIMCONTEST_LANG");
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("ru"));
    qputenv("AKIMCONTEST_LANG", "xx"); // not ours: ignored
    LanguageManager::storeLanguage(QStringLiteral("en"));
    QCOMPARE(LanguageManager::initialLanguage(), QStringLiteral("en"));
    qunsetenv("AKIMCONTEST_LANG");
    QSettings().remove(QStringLiteral("language"));
    QCOMPARE(LanguageManager::initialLanguage(), LanguageManager::systemLanguage());
}

void TestLanguageManager::destructorRemovesTranslators()
{
    // An installed translator that is deleted without being removed would leave a dangling
    // pointer in QCoreApplication; translating afterwards must be safe.
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(QStringLiteral("ru")));
    }
    QCOMPARE(QCoreApplication::translate("akim::MainWindow", "Nominees"),
             QStringLiteral("Nominees"));
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
