#include "clirunner.h"
#include "demo/demogenerator.h"
#include "itemmodels/audittablemodel.h"
#include "itemmodels/importlistmodel.h"
#include "itemmodels/labels.h"
#include "itemmodels/rankingtablemodel.h"
#include "languagemanager.h"
#include "scoring/scoringinputloader.h"
#include "testsupport.h"
#include "text/language.h"

#include <QAbstractItemModelTester>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QWidget>
#include <QtTest>

#include <cmath>
#include <memory>

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
    void numbersFollowTheLanguage_data();
    void numbersFollowTheLanguage();
    void datesFollowTheLanguage_data();
    void datesFollowTheLanguage();
    void openWidgetsFollowTheLanguage();
    void machineOutputIgnoresTheLanguage();

private:
    // A small scored and surveyed demo, made once: a real ranking, real imports, a real log.
    test::TemporaryContest &demo();

    std::unique_ptr<test::TemporaryContest> m_demo;
};

test::TemporaryContest &TestLanguageManager::demo()
{
    if (!m_demo) {
        m_demo = std::make_unique<test::TemporaryContest>();
        demo::DemoOptions options;
        options.regions = 1;
        options.nomineesPerRegion = 6;
        options.scores = true;
        options.surveyResponses = 2000;
        const QString error = demo::DemoGenerator::generate(m_demo->document(), options);
        if (!error.isEmpty())
            qWarning("demo: %s", qPrintable(error));
    }
    return *m_demo;
}

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
    QCOMPARE(LanguageManager::current(), language);
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

void TestLanguageManager::numbersFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("decimal");
    QTest::addColumn<QString>("total");
    QTest::addColumn<QString>("responses");
    // ru and kk: decimal comma, a no-break space between thousands; en: point and comma.
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral(",") << QStringLiteral("87,35")
                        << QStringLiteral("2\u00a0000");
    QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral(",") << QStringLiteral("87,35")
                        << QStringLiteral("2\u00a0000");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(".") << QStringLiteral("87.35")
                        << QStringLiteral("2,000");
}

void TestLanguageManager::numbersFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, decimal);
    QFETCH(QString, total);
    QFETCH(QString, responses);
    test::TemporaryContest &contest = demo();
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    LanguageManager manager;
    QVERIFY(manager.setLanguage(language));

    // A total as the engine leaves it, unrounded, in the Rankings table.
    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    scoring::NomineeResult fixed;
    fixed.nomineeId = 1;
    fixed.place = 1;
    fixed.name = QStringLiteral("Нурлан Ахметов");
    fixed.total = 87.3456;
    scoring::Ranking one;
    one.nominees = {fixed};
    model.setRanking(one);
    QCOMPARE(model.index(0, RankingTableModel::TotalColumn).data().toString(), total);

    // The demo's ranking, computed from its ballots and survey: every total with the
    // language's decimal mark and two decimals.
    const scoring::Ranking ranking =
        scoring::ScoringInputLoader(contest.document().database().connection())
            .rank(StageKind::Regional);
    QCOMPARE(ranking.nominees.size(), 6);
    model.setRanking(ranking);
    for (int row = 0; row < model.rowCount(); ++row) {
        const double value = model.resultAt(row)->total;
        QVERIFY(std::isfinite(value));
        QString expected = QString::number(value, 'f', 2);
        expected.replace(QLatin1Char('.'), decimal);
        QCOMPARE(model.index(row, RankingTableModel::TotalColumn).data().toString(), expected);
    }

    // The citizens' survey import's row count, with the thousands separated.
    ImportListModel imports(&contest.document());
    int population = -1;
    for (int row = 0; row < imports.rowCount(); ++row) {
        if (imports.recordAt(row).kind == QLatin1String("population"))
            population = row;
    }
    QVERIFY(population >= 0);
    QCOMPARE(imports.recordAt(population).rowsRead, 2000);
    QCOMPARE(imports.index(population, ImportListModel::ReadColumn).data().toString(), responses);
}

void TestLanguageManager::datesFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("minutes"); // QDateTime::toString formats of the expected texts
    QTest::addColumn<QString>("seconds");
    // The year always in full (Kazakh's own short format has two digits).
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("05.03.2024")
                        << QStringLiteral("dd.MM.yyyy HH:mm")
                        << QStringLiteral("dd.MM.yyyy HH:mm:ss");
    QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("05.03.2024")
                        << QStringLiteral("dd.MM.yyyy HH:mm")
                        << QStringLiteral("dd.MM.yyyy HH:mm:ss");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("3/5/2024")
                        << QStringLiteral("M/d/yyyy h:mm AP")
                        << QStringLiteral("M/d/yyyy h:mm:ss AP");
}

void TestLanguageManager::datesFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, minutes);
    QFETCH(QString, seconds);
    test::TemporaryContest &contest = demo();
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    LanguageManager manager;
    QVERIFY(manager.setLanguage(language));

    QCOMPARE(labels::date(QDate(2024, 3, 5)), date);

    // Stored times are ISO 8601 UTC; the tables show them in the user's zone and language.
    const auto local = [](const QString &iso) {
        QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
        time.setTimeSpec(Qt::UTC);
        return time.toLocalTime();
    };
    ImportListModel imports(&contest.document());
    QVERIFY(imports.rowCount() > 0);
    const QDateTime imported = local(imports.recordAt(0).importedAt);
    QVERIFY(imported.isValid());
    QCOMPARE(imports.index(0, ImportListModel::DateColumn).data().toString(),
             imported.toString(minutes));

    AuditTableModel audit(&contest.document());
    QVERIFY(audit.rowCount() > 0);
    const QDateTime logged = local(audit.entryAt(0).at);
    QVERIFY(logged.isValid());
    QCOMPARE(audit.index(0, AuditTableModel::TimeColumn).data().toString(),
             logged.toString(seconds));
}

void TestLanguageManager::openWidgetsFollowTheLanguage()
{
    // A spin box or a date field that is already on screen when the language changes shows its
    // number with the new language's decimal mark.
    LanguageManager manager;
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QWidget window;
    auto *spin = new QDoubleSpinBox(&window);
    spin->setDecimals(2);
    spin->setValue(7.5);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(spin->text(), QStringLiteral("7.50"));
    QVERIFY(manager.setLanguage(QStringLiteral("ru")));
    QTRY_COMPARE(spin->text(), QStringLiteral("7,50"));
    QCOMPARE(spin->locale().language(), QLocale::Russian);
    QVERIFY(manager.setLanguage(QStringLiteral("kk")));
    QTRY_COMPARE(spin->locale().language(), QLocale::Kazakh);
    QCOMPARE(spin->text(), QStringLiteral("7,50"));
    QVERIFY(manager.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(spin->text(), QStringLiteral("7.50"));
}

void TestLanguageManager::machineOutputIgnoresTheLanguage()
{
    // What scripts read (csv, json) is the same whatever the language of the messages: a point
    // for decimals, ISO 8601 times. Only the human messages follow the language.
    test::TemporaryContest &contest = demo();
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    const QVector<QStringList> commands = {
        {QStringLiteral("rank"), contest.path(), QStringLiteral("--stage"),
         QStringLiteral("regional"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("rank"), contest.path(), QStringLiteral("--stage"),
         QStringLiteral("regional"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("info"), contest.path(), QStringLiteral("--json")},
        {QStringLiteral("audit"), contest.path(), QStringLiteral("--json")},
    };
    for (const QStringList &command : commands) {
        QByteArray english;
        for (const char *language : {"en", "ru", "kk"}) {
            QProcessEnvironment env;
            env.insert(QStringLiteral("AKIMCONTEST_LANG"), QLatin1String(language));
            const test::CliResult result = test::runCli(command, env);
            QVERIFY2(result.exitCode == 0,
                     qPrintable(command.first() + QLatin1Char(' ') + result.err));
            if (english.isEmpty())
                english = result.outBytes;
            else
                QVERIFY2(
                    result.outBytes == english,
                    qPrintable(QStringLiteral("%1 in %2 differs from English")
                                   .arg(command.join(QLatin1Char(' ')), QLatin1String(language))));
        }
        QVERIFY(!english.isEmpty());
    }
    // The csv's totals have a decimal point in every language.
    QProcessEnvironment russian;
    russian.insert(QStringLiteral("AKIMCONTEST_LANG"), QStringLiteral("ru"));
    const test::CliResult csv = test::runCli(commands.first(), russian);
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY2(lines.at(1).contains(QRegularExpression(QStringLiteral(",\\d+\\.\\d{4},"))),
             qPrintable(lines.at(1)));
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
