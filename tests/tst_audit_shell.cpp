// The audit chain and the finalised results against the real sqlite3 shell, which anyone
// holding a contest file can use: audit rows forged with it (appended with an invented or a
// miscomputed hash, chained to the wrong entry, put before the first entry, or slipped in
// between by renumbering) make `audit` and `check` exit 3 naming the first broken entry, and
// leave the file as it was; a score changed with it is found only where a result is finalised.
// And the limit of any keyless hash chain, stated as a test: an entry appended after the last
// one and hashed exactly as the program hashes passes.
#include "clirunner.h"
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "scoring/stagefinaliser.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace akim;
using akim::test::CliResult;

namespace {

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("%s", qPrintable(error.errorString()));
    return document.object();
}

// The sqlite3 command-line shell, which anyone with the file can use; empty when not installed.
QString sqliteShell()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

struct ShellResult
{
    int exitCode = -1; // -1: it did not start, crashed or timed out
    QString out;
    QString err;
};

// Runs `script` through `sqlite3 -bail FILE` on its standard input, as a person would type it.
ShellResult sqlite(const QString &file, const QString &script)
{
    QProcess process;
    process.start(sqliteShell(), {QStringLiteral("-bail"), file});
    if (!process.waitForStarted(10000))
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    ShellResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString literal(QString value)
{
    return QLatin1Char('\'') + value.replace(QLatin1Char('\''), QLatin1String("''")) +
           QLatin1Char('\'');
}

// A plausible entry: the secretary withdrew a nominee. Its hash is computed as the program
// computes it, over these fields and `prevHash`.
AuditEntry forgedEntry(qint64 id, const QString &prevHash)
{
    AuditEntry e;
    e.id = id;
    e.at = QStringLiteral("2025-07-02T09:15:00.000Z");
    e.user = QStringLiteral("secretary");
    e.action = QStringLiteral("nominee.update");
    e.objectType = QStringLiteral("nominee");
    e.objectUuid = QStringLiteral("5b0e2f8c-3c1d-4c7e-9a55-2f4a8f6c1d10");
    e.oldValue = QStringLiteral("{\"status\":\"active\"}");
    e.newValue = QStringLiteral("{\"status\":\"withdrawn\"}");
    e.prevHash = prevHash;
    e.hash = AuditLog::computeHash(e);
    return e;
}

QString insertStatement(const AuditEntry &e)
{
    return QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, object_type, "
                          "object_uuid, old_value, new_value, reason, prev_hash, hash) VALUES "
                          "(%1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11);\n")
        .arg(QString::number(e.id), literal(e.at), literal(e.user), literal(e.action),
             literal(e.objectType), literal(e.objectUuid), literal(e.oldValue), literal(e.newValue),
             literal(e.reason), literal(e.prevHash), literal(e.hash));
}

} // namespace

class TestAuditShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void appendedEntryExits3_data();
    void appendedEntryExits3();
    void entryBeforeTheFirstExits3();
    void entryInTheMiddleExits3();
    void appendedEntryWithRecomputedHashPasses();
    void scoreChangeFoundOnlyWhenFinalised();

private:
    static CliResult run(const QStringList &arguments) { return test::runCli(arguments); }
    // A copy of the contest to tamper with.
    QString copy(const QString &name) const;
    // The hash of entry `id` as the shell reads it.
    static QString hashOf(const QString &file, qint64 id);
    // `audit`, `audit --json` and `check` all exit 3 naming `finding`, and leave the file as it is.
    void expectBroken(const QString &file, const QString &finding);

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_file;
    int m_entries = 0;
};

void TestAuditShell::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    // Seven entries: the contest, then a district, an okrug and a nominee twice.
    QVERIFY(m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Шиелийский район"),
                                  QStringLiteral("Акжарский с.о."),
                                  QStringLiteral("Ахметов Ерлан")));
    QVERIFY(m_contest->addNominee(QStringLiteral("актюбинск"), QStringLiteral("Мугалжарский район"),
                                  QStringLiteral("Енбекский с.о."),
                                  QStringLiteral("Әбілқасымов Ерлан")));
    m_entries = int(m_contest->document().audit().count());
    QCOMPARE(m_entries, 7);
    m_file = m_contest->path();
    m_contest->close();
    QCOMPARE(run({QStringLiteral("check"), m_file}).exitCode, 0);
}

void TestAuditShell::init()
{
    if (sqliteShell().isEmpty())
        QSKIP("the sqlite3 shell is not installed (packaging/install-deps.sh installs it)");
}

QString TestAuditShell::copy(const QString &name) const
{
    const QString path = m_contest->filePath(name);
    QFile::remove(path);
    return QFile::copy(m_file, path) ? path : QString();
}

QString TestAuditShell::hashOf(const QString &file, qint64 id)
{
    return sqlite(file, QStringLiteral("SELECT hash FROM audit_log WHERE id = %1;").arg(id)).out;
}

void TestAuditShell::expectBroken(const QString &file, const QString &finding)
{
    const QByteArray before = test::fileSha256(file);
    QVERIFY(!before.isEmpty());

    const CliResult audit = run({QStringLiteral("audit"), file});
    QCOMPARE(audit.exitCode, 3);
    QVERIFY2(audit.err.contains(finding), qPrintable(audit.err));

    const CliResult json = run({QStringLiteral("audit"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject root = parseObject(json.outBytes);
    QCOMPARE(root.value(QStringLiteral("chain_intact")).toBool(true), false);
    const QJsonArray problems = root.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.at(0).toString().contains(finding), qPrintable(problems.at(0).toString()));

    const CliResult check = run({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 3);
    QVERIFY2(check.out.contains(finding), qPrintable(check.out));
    QCOMPARE(test::fileSha256(file), before);
}

void TestAuditShell::appendedEntryExits3_data()
{
    QTest::addColumn<QString>("forgery");
    QTest::addColumn<QString>("finding");
    // The shell alone: the right predecessor, and 64 hex digits that look like a SHA-256.
    QTest::newRow("invented hash") << "invented"
                                   << "entry 8 was changed after it was written";
    // The program's own hash function, over fields other than the ones stored (the time).
    QTest::newRow("hash of other fields") << "other fields"
                                          << "entry 8 was changed after it was written";
    // A hash consistent with its own fields, chained to the wrong predecessor.
    QTest::newRow("chained to entry 6") << "wrong predecessor"
                                        << "entry 8 does not follow entry 7";
}

void TestAuditShell::appendedEntryExits3()
{
    QFETCH(QString, forgery);
    QFETCH(QString, finding);
    const QString file = copy(QStringLiteral("appended.akc"));
    QVERIFY(!file.isEmpty());

    QString script;
    if (forgery == QLatin1String("invented")) {
        // No trigger stands in the way of an INSERT; SQLite numbers the row 8.
        script = QStringLiteral(
            "INSERT INTO audit_log (at, user_name, action, object_type, object_uuid, "
            "old_value, new_value, reason, prev_hash, hash) SELECT "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'secretary', 'nominee.update', 'nominee', "
            "object_uuid, '{\"status\":\"active\"}', '{\"status\":\"withdrawn\"}', '', hash, "
            "lower(hex(randomblob(32))) FROM audit_log ORDER BY id DESC LIMIT 1;");
    } else if (forgery == QLatin1String("other fields")) {
        AuditEntry entry = forgedEntry(8, hashOf(file, 7));
        AuditEntry hashed = entry;
        hashed.at = QStringLiteral("2025-07-02T09:14:00.000Z");
        entry.hash = AuditLog::computeHash(hashed);
        script = insertStatement(entry);
    } else {
        script = insertStatement(forgedEntry(8, hashOf(file, 6)));
    }
    const ShellResult shell = sqlite(file, script);
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    QCOMPARE(sqlite(file, QStringLiteral("SELECT COUNT(*) FROM audit_log;")).out,
             QString::number(m_entries + 1));
    expectBroken(file, finding);
}

void TestAuditShell::entryBeforeTheFirstExits3()
{
    // Ids are INTEGER PRIMARY KEY and 1, 2, 3, … without gaps: an INSERT alone finds no free id
    // between two entries, only before the first (0 or below) or after the last. This one is
    // hashed correctly and chained to the genesis hash, as if it were the first entry.
    const QString file = copy(QStringLiteral("before-first.akc"));
    QVERIFY(!file.isEmpty());
    const ShellResult shell =
        sqlite(file, insertStatement(forgedEntry(0, AuditLog::genesisHash())));
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    expectBroken(file, QStringLiteral("an entry numbered 0 stands before entry 1"));
}

void TestAuditShell::entryInTheMiddleExits3()
{
    // To slip an entry in between, the forger drops the trigger, moves entries 4… up by one
    // (through negative ids, as each row's new id must be free) and inserts a new entry 4,
    // hashed correctly and chained to entry 3. Only the link to the next entry gives it away.
    const QString file = copy(QStringLiteral("middle.akc"));
    QVERIFY(!file.isEmpty());
    const AuditEntry entry = forgedEntry(4, hashOf(file, 3));
    const ShellResult shell =
        sqlite(file, QStringLiteral("DROP TRIGGER audit_log_no_update;\n"
                                    "UPDATE audit_log SET id = -id WHERE id >= 4;\n"
                                    "UPDATE audit_log SET id = 1 - id WHERE id < 0;\n") +
                         insertStatement(entry));
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    QCOMPARE(hashOf(file, 4), entry.hash);
    expectBroken(file, QStringLiteral("entry 5 does not follow entry 4"));
}

void TestAuditShell::appendedEntryWithRecomputedHashPasses()
{
    // The limit of a hash chain without a key: an entry appended after the last one, hashed
    // exactly as the program hashes, is indistinguishable from a real one. This test states
    // it, so that whoever adds a keyed or external anchor sees it change.
    const QString file = copy(QStringLiteral("recomputed.akc"));
    QVERIFY(!file.isEmpty());
    const ShellResult shell = sqlite(file, insertStatement(forgedEntry(8, hashOf(file, 7))));
    QVERIFY2(shell.exitCode == 0, qPrintable(shell.err));
    const CliResult check = run({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QLatin1String("audit chain of 8 entries")), qPrintable(check.out));
    QCOMPARE(run({QStringLiteral("audit"), file}).exitCode, 0);
}

void TestAuditShell::scoreChangeFoundOnlyWhenFinalised()
{
    // A small demo with every ballot filled; the chair finalises the first region.
    test::TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    options.scores = true;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    const QVector<Region> regions = doc.geography().regions();
    QVERIFY(regions.size() >= 2);
    const qint64 finalised = regions.at(0).id;
    const qint64 open = regions.at(1).id;
    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    const scoring::FinaliseResult result =
        scoring::StageFinaliser(doc).finalise({StageKind::Regional, finalised, {}});
    QVERIFY2(result.ok(), qPrintable(result.error));
    contest.close();
    QCOMPARE(run({QStringLiteral("check"), contest.path()}).exitCode, 0);

    // One entered score of the region flipped between low and high, as the shell allows.
    const auto tamper = [&](qint64 regionId, const QString &name) {
        const QString file = contest.filePath(name);
        QFile::remove(file);
        if (!QFile::copy(contest.path(), file))
            return QString();
        const ShellResult shell = sqlite(
            file, QStringLiteral("UPDATE score SET points = CASE WHEN points >= 5 THEN 0 ELSE 10 "
                                 "END WHERE id = (SELECT s.id FROM score s JOIN nominee n ON n.id "
                                 "= s.nominee_id JOIN okrug o ON o.id = n.okrug_id JOIN district "
                                 "d ON d.id = o.district_id WHERE d.region_id = %1 AND s.state = "
                                 "'entered' ORDER BY s.id LIMIT 1);\nSELECT changes();")
                      .arg(regionId));
        return shell.exitCode == 0 && shell.out == QLatin1String("1") ? file : QString();
    };

    const QString inFinalised = tamper(finalised, QStringLiteral("finalised.akc"));
    QVERIFY(!inFinalised.isEmpty());
    const QByteArray before = test::fileSha256(inFinalised);
    const CliResult caught = run({QStringLiteral("check"), inFinalised});
    QCOMPARE(caught.exitCode, 3);
    QVERIFY2(caught.out.contains(regions.at(0).nameRu) &&
                 caught.out.contains(QLatin1String("changed outside the program")),
             qPrintable(caught.out));
    QCOMPARE(test::fileSha256(inFinalised), before);
    // The audit chain itself is intact: a score row is not an audit entry.
    QCOMPARE(run({QStringLiteral("audit"), inFinalised}).exitCode, 0);

    // In a region still open a score may yet change, so a changed one is no finding.
    const QString inOpen = tamper(open, QStringLiteral("open.akc"));
    QVERIFY(!inOpen.isEmpty());
    const CliResult passed = run({QStringLiteral("check"), inOpen});
    QVERIFY2(passed.exitCode == 0, qPrintable(passed.out + passed.err));
}

QTEST_MAIN(TestAuditShell)
#include "tst_audit_shell.moc"
