// Runs the real akimcontest executable as a user or a script would, and checks the command-line
// contract of shared/DESIGN.md: output, exit status, and that refused input leaves files alone.
#include "clirunner.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = akim::test::CliResult;

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void version();
    void help();
    void badUsage_data();
    void badUsage();

    void newContest();
    void newRefusesExistingFile();
    void newUnknownTemplate();

    void smallDemo();
    void fullDemo();
    void demoRefusesExistingFile();
    void demoAcceptsScoresAndSurvey();

    void checkFreshDemo();
    void checkFindsOrphanedRows();
    void checkFindsTamperedAudit();

    void unreadableFiles_data();
    void unreadableFiles();
    void infoOnReadOnlyFile();

private:
    Result run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString smallDemoFile(const QString &name);
    QJsonObject infoJson(const QString &file);

    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(AKIM_CLI_PATH)), AKIM_CLI_PATH);
}

Result TestCli::run(const QStringList &arguments) const
{
    return akim::test::runCli(arguments, {}, m_dir.path());
}

QString TestCli::smallDemoFile(const QString &name)
{
    const QString file = path(name);
    const Result r =
        run({QStringLiteral("demo"), file, QStringLiteral("--regions"), QStringLiteral("3"),
             QStringLiteral("--nominees-per-region"), QStringLiteral("5")});
    if (r.exitCode != 0)
        qWarning() << "demo failed:" << r.exitCode << r.err;
    return file;
}

QJsonObject TestCli::infoJson(const QString &file)
{
    const Result r = run({QStringLiteral("info"), file, QStringLiteral("--json")});
    if (r.exitCode != 0) {
        qWarning() << "info failed:" << r.exitCode << r.err;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (!doc.isObject())
        qWarning() << "info printed no JSON object:" << error.errorString() << r.out;
    return doc.object();
}

void TestCli::version()
{
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("-v")}) {
        const Result r = run({flag});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("akimcontest 0.1.0\n"));
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::help()
{
    const Result r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command :
         {"new FILE", "demo FILE", "info FILE", "check FILE", "import-registry", "import-survey",
          "rank", "report", "inspect", "ballots export", "ballots import", "finalise", "audit"})
        QVERIFY2(r.out.contains(QLatin1String(command)), command);
    QVERIFY(r.out.contains(QLatin1String("--scores")));
    QVERIFY(r.out.contains(QLatin1String("--survey N")));
    // Every command of the contract works now: none is announced as coming later.
    QVERIFY(!r.out.contains(QLatin1String("not available"), Qt::CaseInsensitive));
    QVERIFY(!r.out.contains(QLatin1String("not generate")));
    QVERIFY(r.out.contains(QLatin1String("Exit status")));

    const Result commandHelp = run({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.startsWith(QLatin1String("Usage: akimcontest demo FILE")));
    QVERIFY(commandHelp.out.contains(QLatin1String("--nominees-per-region")));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected"); // part of the message on stderr
    const QString file = QStringLiteral("usage.akc");
    QTest::newRow("info without FILE")
        << QStringList{QStringLiteral("info")} << QStringLiteral("Missing argument");
    QTest::newRow("check without FILE")
        << QStringList{QStringLiteral("check")} << QStringLiteral("Missing argument");
    QTest::newRow("new without FILE")
        << QStringList{QStringLiteral("new")} << QStringLiteral("Missing argument");
    QTest::newRow("demo without FILE")
        << QStringList{QStringLiteral("demo")} << QStringLiteral("Missing argument");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("info"), file, QStringLiteral("--bogus")}
        << QStringLiteral("bogus");
    QTest::newRow("two files") << QStringList{QStringLiteral("check"), file, QStringLiteral("b")}
                               << QStringLiteral("Unexpected argument \"b\"");
    QTest::newRow("regions not a number")
        << QStringList{QStringLiteral("demo"), file, QStringLiteral("--regions"),
                       QStringLiteral("many")}
        << QStringLiteral("--regions");
    QTest::newRow("too many regions")
        << QStringList{QStringLiteral("demo"), file, QStringLiteral("--regions"),
                       QStringLiteral("18")}
        << QStringLiteral("from 1 to 17");
    QTest::newRow("option without value")
        << QStringList{QStringLiteral("new"), file, QStringLiteral("--template")}
        << QStringLiteral("template");
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Result r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(path(QStringLiteral("usage.akc"))));
}

void TestCli::newContest()
{
    const QString file = path(QStringLiteral("new.akc"));
    const Result r = run({QStringLiteral("new"), file});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject info = infoJson(file);
    QCOMPARE(info.value(QStringLiteral("regions")).toInt(), 17);
    QCOMPARE(info.value(QStringLiteral("commissions")).toInt(), 18);
    QCOMPARE(info.value(QStringLiteral("criteria")).toInt(), 15);
    QCOMPARE(info.value(QStringLiteral("nominees")).toInt(), 0);
    QCOMPARE(info.value(QStringLiteral("audit_entries")).toInt(), 1);
    QCOMPARE(run({QStringLiteral("check"), file}).exitCode, 0);
}

void TestCli::newRefusesExistingFile()
{
    const QString file = smallDemoFile(QStringLiteral("existing.akc"));
    const QByteArray before = sha256(file);
    QVERIFY(!before.isEmpty());
    const Result r = run({QStringLiteral("new"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
    QCOMPARE(sha256(file), before);
    QCOMPARE(infoJson(file).value(QStringLiteral("nominees")).toInt(), 15);
}

void TestCli::newUnknownTemplate()
{
    const QString file = path(QStringLiteral("nope.akc"));
    const Result r =
        run({QStringLiteral("new"), file, QStringLiteral("--template"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("nope")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("uzdik-auyl-akimi-2020")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
}

void TestCli::smallDemo()
{
    const QString file = smallDemoFile(QStringLiteral("small.akc"));
    const QJsonObject info = infoJson(file);
    for (const char *key : {"regions", "districts", "nominees", "criteria", "members", "scores",
                            "survey_responses", "ethics_responses", "imports", "schema_version",
                            "okrugs", "commissions", "audit_entries", "contest"})
        QVERIFY2(info.contains(QLatin1String(key)), key);
    QCOMPARE(info.value(QStringLiteral("regions")).toInt(), 3);
    QVERIFY(info.value(QStringLiteral("districts")).toInt() >= 3);
    QCOMPARE(info.value(QStringLiteral("okrugs")).toInt(), 15);
    QCOMPARE(info.value(QStringLiteral("nominees")).toInt(), 15);
    QCOMPARE(info.value(QStringLiteral("criteria")).toInt(), 15);
    QCOMPARE(info.value(QStringLiteral("commissions")).toInt(), 4);
    const int members = info.value(QStringLiteral("members")).toInt();
    QVERIFY2(members >= 3 * 7 + 11 && members <= 3 * 11 + 11, qPrintable(QString::number(members)));
    QCOMPARE(info.value(QStringLiteral("scores")).toInt(), 0);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), akim::Database::kSchemaVersion);
    QCOMPARE(info.value(QStringLiteral("audit_entries")).toInt(), 2); // create + demo
    QVERIFY(!info.value(QStringLiteral("contest")).toString().isEmpty());

    const Result text = run({QStringLiteral("info"), file});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QLatin1String("Nominees: 15")), qPrintable(text.out));
}

void TestCli::fullDemo()
{
    const QString file = path(QStringLiteral("full.akc"));
    const Result r = run({QStringLiteral("demo"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("2287 nominees")), qPrintable(r.out));
    const QJsonObject info = infoJson(file);
    QCOMPARE(info.value(QStringLiteral("regions")).toInt(), 17);
    QCOMPARE(info.value(QStringLiteral("nominees")).toInt(), 2287);
    QCOMPARE(info.value(QStringLiteral("okrugs")).toInt(), 2287);
    QCOMPARE(run({QStringLiteral("check"), file}).exitCode, 0);
}

void TestCli::demoRefusesExistingFile()
{
    const QString file = path(QStringLiteral("notes.txt"));
    QFile text(file);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("my notes\n");
    text.close();
    const QByteArray before = sha256(file);
    const Result r = run({QStringLiteral("demo"), file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
    QCOMPARE(sha256(file), before);
}

void TestCli::demoAcceptsScoresAndSurvey()
{
    const QString file = path(QStringLiteral("scored.akc"));
    const Result r =
        run({QStringLiteral("demo"), file, QStringLiteral("--regions"), QStringLiteral("1"),
             QStringLiteral("--nominees-per-region"), QStringLiteral("2"),
             QStringLiteral("--scores"), QStringLiteral("--survey"), QStringLiteral("50")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QLatin1String("--scores")), qPrintable(r.err));
    const QJsonObject info = infoJson(file);
    QCOMPARE(info.value(QStringLiteral("nominees")).toInt(), 2);
    // Stage I: every voting member (7 to 11, less the secretary) × 2 nominees × 5 criteria,
    // less nothing: withdrawn nominees aside, every ballot is full. Stage II: the republican
    // commission's 10 voters × the 1 or 2 nominees who would advance × 3 criteria.
    QCOMPARE(info.value(QStringLiteral("survey_responses")).toInt(), 50);
    QVERIFY(info.value(QStringLiteral("ethics_responses")).toInt() >= 8);
    QCOMPARE(info.value(QStringLiteral("imports")).toInt(), 2);
    const int scores = info.value(QStringLiteral("scores")).toInt();
    QVERIFY2(scores % 5 == 0 && scores >= 6 * 5 + 10 * 3 && scores <= 2 * 10 * 5 + 2 * 10 * 3,
             qPrintable(QString::number(scores)));
    QVERIFY2(r.out.contains(QLatin1String(" stage II score")), qPrintable(r.out));
}

void TestCli::checkFreshDemo()
{
    const QString file = smallDemoFile(QStringLiteral("fresh.akc"));
    const QByteArray before = sha256(file);
    const Result r = run({QStringLiteral("check"), file});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("OK:")), qPrintable(r.out));
    QCOMPARE(sha256(file), before);
}

void TestCli::checkFindsOrphanedRows()
{
    const QString file = smallDemoFile(QStringLiteral("orphans.akc"));
    QVERIFY(akim::test::rawSql(file, {QStringLiteral("DELETE FROM region WHERE id = 1")}));
    const Result r = run({QStringLiteral("check"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QLatin1String("region")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("district")), qPrintable(r.out));
}

void TestCli::checkFindsTamperedAudit()
{
    const QString file = smallDemoFile(QStringLiteral("tampered.akc"));
    // The trigger refuses edits; someone determined drops it first.
    QVERIFY(!akim::test::rawSql(
        file, {QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 2")}));
    QCOMPARE(run({QStringLiteral("check"), file}).exitCode, 0);
    QVERIFY(akim::test::rawSql(
        file, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
               QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 2")}));
    const Result r = run({QStringLiteral("check"), file});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QLatin1String("entry 2")), qPrintable(r.out));
}

void TestCli::unreadableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    const QString text = path(QStringLiteral("text.akc"));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::WriteOnly));
    textFile.write("region;district;okrug\n");
    textFile.close();
    QTest::newRow("text file") << text << QStringLiteral("not an SQLite database");

    const QString other = path(QStringLiteral("other-app.sqlite"));
    QVERIFY(akim::test::rawSql(
        other, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")}));
    QTest::newRow("another app's SQLite") << other << QStringLiteral("not a contest file");

    const QString newer = smallDemoFile(QStringLiteral("newer.akc"));
    QVERIFY(akim::test::rawSql(newer, {QStringLiteral("PRAGMA user_version = 99")}));
    QTest::newRow("newer schema") << newer << QStringLiteral("newer version");

    QTest::newRow("missing") << path(QStringLiteral("missing.akc"))
                             << QStringLiteral("does not exist");
}

void TestCli::unreadableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray before = sha256(file);
    const QList<QStringList> invocations = {
        {QStringLiteral("info"), file, QStringLiteral("--json")},
        {QStringLiteral("check"), file},
    };
    for (const QStringList &arguments : invocations) {
        const Result r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(sha256(file), before);
}

void TestCli::infoOnReadOnlyFile()
{
    const QString file = smallDemoFile(QStringLiteral("readonly.akc"));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = sha256(file);
    const QJsonObject info = infoJson(file);
    QCOMPARE(info.value(QStringLiteral("nominees")).toInt(), 15);
    QCOMPARE(run({QStringLiteral("check"), file}).exitCode, 0);
    QCOMPARE(sha256(file), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
