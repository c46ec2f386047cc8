// `akimcontest audit FILE [--json]` per the contract: the audit log oldest first, one line per
// entry in text, every field (hashes included) in JSON; the file is never changed; a chain
// broken behind the program's back still prints the log, names the entry on stderr, exits 3.
#include "clirunner.h"
#include "scoring/methodology.h"
#include "storage/auditlog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

QStringList lines(const QString &out)
{
    return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestAuditCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textListsEntriesOldestFirst();
    void jsonHasEveryFieldAndTheChain();
    void filters();
    void changedEntryExits3();
    void deletedEntryExits3();
    void usageAndBadInput();

private:
    static CliResult run(const QStringList &arguments) { return test::runCli(arguments); }
    // A copy of the contest to tamper with.
    QString copy(const QString &name) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_file;
    int m_entries = 0;
    QString m_methodologyJson; // as stored, several lines
};

void TestAuditCli::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    // A few edits as the secretary makes them: a nominee in a new okrug, renamed by another
    // user, the methodology changed, and an entry with a reason on two lines.
    const qint64 id =
        m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Тестовый район"),
                              QStringLiteral("Тестовый с.о."), QStringLiteral("Ахметов Ерлан"));
    QVERIFY(id > 0);
    doc.setUserName(QStringLiteral("aliya"));
    NomineeDraft edit;
    edit.okrugId = doc.nominees().nominee(id).okrugId;
    edit.fullName = QStringLiteral("Әбілқасымов Ерлан");
    QVERIFY(doc.editNominee(id, edit).ok());
    scoring::Methodology methodology = scoring::Methodology::defaults();
    methodology.criteria = doc.criteria().all();
    methodology.survey.minSample = 40;
    QVERIFY(doc.setMethodology(methodology.toJsonBytes()).ok());
    m_methodologyJson = doc.contest().methodologyJson();
    QVERIFY(m_methodologyJson.contains(QLatin1Char('\n')));
    QCOMPARE(doc.runInTransaction([&] {
        doc.recordAudit(QStringLiteral("nominee.update"), QStringLiteral("nominee"),
                        doc.nominees().nominee(id).uuid, QStringLiteral("{\"status\":\"active\"}"),
                        QStringLiteral("{\"status\":\"withdrawn\"}"),
                        QStringLiteral("Letter of 12 June,\nsigned by the nominee"));
    }),
             QString());
    m_entries = int(doc.audit().count());
    QCOMPARE(m_entries, 7); // contest, district, okrug, nominee, rename, methodology, status
    m_file = m_contest->path();
    m_contest->close();
}

QString TestAuditCli::copy(const QString &name) const
{
    const QString path = m_contest->filePath(name);
    QFile::remove(path);
    return QFile::copy(m_file, path) ? path : QString();
}

void TestAuditCli::textListsEntriesOldestFirst()
{
    const QByteArray before = test::fileSha256(m_file);
    const CliResult r = run({QStringLiteral("audit"), m_file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    QCOMPARE(test::fileSha256(m_file), before);

    // One line per entry, even for a methodology or a reason of several lines, in id order.
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), m_entries);
    for (int i = 0; i < out.size(); ++i)
        QVERIFY2(out.at(i).startsWith(QStringLiteral("#%1  ").arg(i + 1)), qPrintable(out.at(i)));
    QVERIFY(out.at(0).contains(QLatin1String("  secretary  contest.create  contest ")));
    // The ISO 8601 UTC time as stored.
    QVERIFY2(QRegularExpression(QStringLiteral("^#1  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"
                                               "\\.\\d{3}Z  "))
                 .match(out.at(0))
                 .hasMatch(),
             qPrintable(out.at(0)));
    const QString rename = out.at(4);
    QVERIFY2(rename.contains(QStringLiteral("  aliya  nominee.update  nominee ")),
             qPrintable(rename));
    const int arrow = rename.indexOf(QStringLiteral(" → "));
    QVERIFY(arrow > 0);
    QVERIFY(rename.left(arrow).contains(QStringLiteral("\"full_name\":\"Ахметов Ерлан\"")));
    QVERIFY(rename.mid(arrow).contains(QStringLiteral("\"full_name\":\"Әбілқасымов Ерлан\"")));
    // An addition has nothing before it.
    QVERIFY2(out.at(3).contains(QStringLiteral("  — → {")), qPrintable(out.at(3)));
    QVERIFY(out.at(5).contains(QLatin1String("  methodology.edit  methodology ")));
    // Compacted onto its line: the old value says 30, the new one 40.
    QVERIFY2(out.at(5).contains(QLatin1String("\"min_sample\":30")), qPrintable(out.at(5)));
    QVERIFY2(out.at(5).contains(QLatin1String("\"min_sample\":40")), qPrintable(out.at(5)));
    QVERIFY2(out.at(6).endsWith(QStringLiteral(
                 "{\"status\":\"active\"} → {\"status\":\"withdrawn\"}  reason: Letter of 12 "
                 "June,\\nsigned by the nominee")),
             qPrintable(out.at(6)));
}

void TestAuditCli::jsonHasEveryFieldAndTheChain()
{
    const QByteArray before = test::fileSha256(m_file);
    const CliResult r = run({QStringLiteral("audit"), m_file, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(test::fileSha256(m_file), before);
    const QJsonObject root = parseObject(r.outBytes);
    QCOMPARE(root.value(QStringLiteral("chain_intact")).toBool(false), true);
    QCOMPARE(root.value(QStringLiteral("problems")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), m_entries);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), m_entries);

    QString previous = AuditLog::genesisHash();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        QCOMPARE(e.keys(), test::row({"action", "hash", "id", "new", "object_type", "object_uuid",
                                      "old", "prev_hash", "reason", "time", "user"}));
        QCOMPARE(e.value(QStringLiteral("id")).toInteger(), i + 1);
        QCOMPARE(e.value(QStringLiteral("prev_hash")).toString(), previous);
        // Everything a reader needs to recompute each hash is in the output.
        AuditEntry entry;
        entry.id = e.value(QStringLiteral("id")).toInteger();
        entry.at = e.value(QStringLiteral("time")).toString();
        entry.user = e.value(QStringLiteral("user")).toString();
        entry.action = e.value(QStringLiteral("action")).toString();
        entry.objectType = e.value(QStringLiteral("object_type")).toString();
        entry.objectUuid = e.value(QStringLiteral("object_uuid")).toString();
        entry.oldValue = e.value(QStringLiteral("old")).toString();
        entry.newValue = e.value(QStringLiteral("new")).toString();
        entry.reason = e.value(QStringLiteral("reason")).toString();
        entry.prevHash = previous;
        QCOMPARE(AuditLog::computeHash(entry), e.value(QStringLiteral("hash")).toString());
        previous = e.value(QStringLiteral("hash")).toString();
    }
    const QJsonObject methodology = entries.at(5).toObject();
    QCOMPARE(methodology.value(QStringLiteral("action")).toString(),
             QStringLiteral("methodology.edit"));
    // The stored text exactly, line breaks and all.
    QCOMPARE(methodology.value(QStringLiteral("new")).toString(), m_methodologyJson);
    QCOMPARE(entries.at(4).toObject().value(QStringLiteral("user")).toString(),
             QStringLiteral("aliya"));
    QCOMPARE(entries.at(6).toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Letter of 12 June,\nsigned by the nominee"));
}

void TestAuditCli::filters()
{
    CliResult r = run(
        {QStringLiteral("audit"), m_file, QStringLiteral("--action"), QStringLiteral("nominee")});
    QCOMPARE(r.exitCode, 0);
    QStringList out = lines(r.out);
    QCOMPARE(out.size(), 3);
    for (const QString &line : out)
        QVERIFY2(line.contains(QLatin1String("  nominee.")), qPrintable(line));

    r = run({QStringLiteral("audit"), m_file, QStringLiteral("--user"), QStringLiteral("ALIYA"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = parseObject(r.outBytes);
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 3); // the rename, the methodology, the status
    for (const QJsonValue &e : entries)
        QCOMPARE(e.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("aliya"));
    QCOMPARE(root.value(QStringLiteral("total")).toInt(), m_entries);

    r = run(
        {QStringLiteral("audit"), m_file, QStringLiteral("--action"), QStringLiteral("ballot")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
}

void TestAuditCli::changedEntryExits3()
{
    const QString file = copy(QStringLiteral("changed.akc"));
    QVERIFY(!file.isEmpty());
    // The trigger refuses edits; someone determined drops it first.
    QVERIFY(akim::test::rawSql(
        file, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
               QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, "
                              "'Ахметов', 'Петров') WHERE id = 4")}));
    const QByteArray before = test::fileSha256(file);
    const CliResult r = run({QStringLiteral("audit"), file});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(test::fileSha256(file), before);
    // The log is still printed, the altered value as it now stands.
    const QStringList out = lines(r.out);
    QCOMPARE(out.size(), m_entries);
    QVERIFY2(out.at(3).contains(QStringLiteral("Петров Ерлан")), qPrintable(out.at(3)));
    QVERIFY2(r.err.contains(QLatin1String("akimcontest audit: Audit log: entry 4 was changed")),
             qPrintable(r.err));

    const CliResult json = run({QStringLiteral("audit"), file, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 3);
    const QJsonObject root = parseObject(json.outBytes);
    QCOMPARE(root.value(QStringLiteral("chain_intact")).toBool(true), false);
    const QJsonArray problems = root.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.at(0).toString().contains(QLatin1String("entry 4 ")));
    QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), m_entries);
    // `check` names the same entry.
    const CliResult check = run({QStringLiteral("check"), file});
    QCOMPARE(check.exitCode, 3);
    QVERIFY(check.out.contains(QLatin1String("entry 4 was changed")));
    QCOMPARE(test::fileSha256(file), before);
}

void TestAuditCli::deletedEntryExits3()
{
    const QString file = copy(QStringLiteral("deleted.akc"));
    QVERIFY(!file.isEmpty());
    QVERIFY(akim::test::rawSql(file, {QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                                      QStringLiteral("DELETE FROM audit_log WHERE id = 3")}));
    const QByteArray before = test::fileSha256(file);
    const CliResult r = run({QStringLiteral("audit"), file});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(lines(r.out).size(), m_entries - 1);
    QVERIFY(!r.out.contains(QLatin1String("\n#3  ")));
    QVERIFY2(r.err.contains(QLatin1String("entry 3 is missing")), qPrintable(r.err));
    QCOMPARE(test::fileSha256(file), before);
}

void TestAuditCli::usageAndBadInput()
{
    CliResult r = run({QStringLiteral("audit")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("Missing argument")), qPrintable(r.err));

    r = run({QStringLiteral("audit"), m_file, QStringLiteral("--bogus")});
    QCOMPARE(r.exitCode, 1);

    const QString missing = m_contest->filePath(QStringLiteral("missing.akc"));
    r = run({QStringLiteral("audit"), missing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(missing));

    r = run({QStringLiteral("audit"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("Usage: akimcontest audit FILE [--json]")));
    QVERIFY(r.out.contains(QLatin1String("--action")));
    QVERIFY(r.out.contains(QLatin1String("--user")));
}

QTEST_MAIN(TestAuditCli)
#include "tst_audit_cli.moc"
