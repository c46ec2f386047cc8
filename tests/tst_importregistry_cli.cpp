// `akimcontest import-registry`, run as a script would run it: journey 1, step 3 (the list of
// applicants imported, then imported again), the exit statuses of the command-line contract,
// and bad input that must leave the contest file byte for byte as it was.
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Result = akim::test::CliResult;

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/registry/") + name;
}

Result run(const QStringList &arguments)
{
    return akim::test::runCli(arguments);
}

QByteArray sha256(const QString &path)
{
    return akim::test::fileSha256(path);
}

} // namespace

class TestImportRegistryCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void journey();
    void kazakhNamesAfterRussianOnes();
    void dryRunWritesNothing();
    void otherSheet();
    void mappingFiles_data();
    void mappingFiles();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void contestThatCannotBeOpened();
    void usageErrors_data();
    void usageErrors();
    void help();

private:
    Result import(const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("import-registry"), m_contest} + arguments);
    }
    QJsonObject info()
    {
        const Result r = run({QStringLiteral("info"), m_contest, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_contest;
};

void TestImportRegistryCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_contest = m_dir->filePath(QStringLiteral("contest.akc"));
    const Result r = run({QStringLiteral("new"), m_contest});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestImportRegistryCli::journey()
{
    const Result first = import({dataFile(QStringLiteral("applicants.xlsx"))});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.err.isEmpty());
    // What was recognised: the header under the title, and each column's role.
    QVERIFY2(first.out.contains(QString::fromUtf8(
                 "applicants.xlsx, sheet \"Претенденты\": header in row 4; columns: B "
                 "\"Область\" → region, C \"Район\" → district, D \"Сельский округ\" → okrug, E "
                 "\"ФИО акима\" → full_name, F \"В должности с\" → in_office_since.")),
             qPrintable(first.out));
    QVERIFY(first.out.contains(QLatin1String("12 to add, 0 already present")));
    QVERIFY(first.out.contains(QLatin1String("\n12 added, 0 already present\n")));
    QJsonObject counts = info();
    QCOMPARE(counts.value(QStringLiteral("nominees")).toInt(), 12);
    QCOMPARE(counts.value(QStringLiteral("districts")).toInt(), 8);

    // The same file again adds nothing, says so, and leaves the file as it was.
    const QByteArray before = sha256(m_contest);
    const Result second = import({dataFile(QStringLiteral("applicants.xlsx"))});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("12 rows: 0 to add, 12 already present")),
             qPrintable(second.out));
    QVERIFY(second.out.contains(QLatin1String("\n0 added, 12 already present\n")));
    QCOMPARE(sha256(m_contest), before);

    const Result check = run({QStringLiteral("check"), m_contest});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestImportRegistryCli::kazakhNamesAfterRussianOnes()
{
    QCOMPARE(import({dataFile(QStringLiteral("applicants.xlsx"))}).exitCode, 0);
    const QByteArray before = sha256(m_contest);
    const Result r = import({dataFile(QStringLiteral("kazakh.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("\n0 added, 12 already present\n")));
    QCOMPARE(sha256(m_contest), before);
}

void TestImportRegistryCli::dryRunWritesNothing()
{
    const QByteArray before = sha256(m_contest);
    const Result r =
        import({dataFile(QStringLiteral("applicants.xlsx")), QStringLiteral("--dry-run")});
    QCOMPARE(r.exitCode, 0);
    // English plural forms come from the English catalogue.
    QVERIFY2(r.out.contains(QLatin1String("12 to add, 0 already present; new: 8 districts, 12 "
                                          "okrugs")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Dry run: nothing was written.")));
    QCOMPARE(sha256(m_contest), before);
    QCOMPARE(info().value(QStringLiteral("nominees")).toInt(), 0);

    // A dry run with problems lists them and fails like the import would.
    const Result bad =
        import({dataFile(QStringLiteral("unknown-region.csv")), QStringLiteral("--dry-run")});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("unknown-region.csv, row 3, column A:")));
}

void TestImportRegistryCli::otherSheet()
{
    const Result r = import({dataFile(QStringLiteral("applicants.xlsx")), QStringLiteral("--sheet"),
                             QString::fromUtf8("Резерв")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("\n2 added, 0 already present\n")));
}

void TestImportRegistryCli::mappingFiles_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("mapping");
    QTest::newRow("two name columns")
        << QStringLiteral("ambiguous.csv") << QStringLiteral("ambiguous.json");
    QTest::newRow("no region column")
        << QStringLiteral("no-region.csv") << QStringLiteral("no-region.json");
}

void TestImportRegistryCli::mappingFiles()
{
    QFETCH(QString, sheet);
    QFETCH(QString, mapping);
    const QByteArray before = sha256(m_contest);
    const Result without = import({dataFile(sheet)});
    QCOMPARE(without.exitCode, 2);
    QVERIFY(without.err.contains(QLatin1String("--mapping")));
    QCOMPARE(sha256(m_contest), before);

    const Result with = import({dataFile(sheet), QStringLiteral("--mapping"), dataFile(mapping)});
    QVERIFY2(with.exitCode == 0, qPrintable(with.err));
    QVERIFY(with.out.contains(QLatin1String("\n1 added, 0 already present\n")));
}

void TestImportRegistryCli::badInputChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QStringList &arguments, const char *message) {
        QTest::newRow(name) << arguments << QString::fromUtf8(message);
    };
    row("unknown region", {dataFile(QStringLiteral("unknown-region.csv"))},
        "unknown-region.csv, row 3, column A: Unknown region \"Семипалатинская область\"");
    row("duplicate okrug", {dataFile(QStringLiteral("duplicate-okrug.csv"))},
        "duplicate-okrug.csv, row 4, column C: Row 2 already gives Акжарминский с.о.");
    row("bad date", {dataFile(QStringLiteral("problems.csv"))},
        "problems.csv, row 3, column F: \"31.02.2020\" is not a date");
    row("blank name", {dataFile(QStringLiteral("problems.csv"))},
        "problems.csv, row 2, column D: The akim's full name is blank.");
    row("header only", {dataFile(QStringLiteral("header-only.csv"))}, "no rows below its header");
    row("truncated", {QStringLiteral(AKIM_TEST_DATA_DIR "/xlsx/truncated.xlsx")}, "truncated.xlsx");
    row("zip bomb", {QStringLiteral(AKIM_TEST_DATA_DIR "/xlsx/zipbomb.xlsx")}, "zipbomb.xlsx");
    row("missing file", {dataFile(QStringLiteral("nothing.xlsx"))}, "nothing.xlsx");
    row("missing sheet",
        {dataFile(QStringLiteral("applicants.xlsx")), QStringLiteral("--sheet"),
         QStringLiteral("2025")},
        "There is no sheet \"2025\" (sheets: Претенденты, Резерв)");
    row("mapping not found",
        {dataFile(QStringLiteral("ambiguous.csv")), QStringLiteral("--mapping"),
         dataFile(QStringLiteral("nothing.json"))},
        "nothing.json");
    row("mapping not JSON",
        {dataFile(QStringLiteral("ambiguous.csv")), QStringLiteral("--mapping"),
         dataFile(QStringLiteral("ambiguous.csv"))},
        "not valid JSON");
    row("mapping with a bad role",
        {dataFile(QStringLiteral("ambiguous.csv")), QStringLiteral("--mapping"),
         dataFile(QStringLiteral("bad-role.json"))},
        "Unknown column role");
}

void TestImportRegistryCli::badInputChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // Some nominees already there, so that "unchanged" means more than an empty contest.
    QCOMPARE(import({dataFile(QStringLiteral("applicants.xlsx")), QStringLiteral("--sheet"),
                     QString::fromUtf8("Резерв")})
                 .exitCode,
             0);
    const QByteArray before = sha256(m_contest);
    const Result r = import(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String(" added, ")));
    QCOMPARE(sha256(m_contest), before);
}

void TestImportRegistryCli::contestThatCannotBeOpened()
{
    const QString missing = m_dir->filePath(QStringLiteral("missing.akc"));
    const Result r = run(
        {QStringLiteral("import-registry"), missing, dataFile(QStringLiteral("applicants.xlsx"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(missing));
}

void TestImportRegistryCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("no sheet") << QStringList{QStringLiteral("contest.akc")};
    QTest::newRow("three") << QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                          QStringLiteral("c")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--kind")};
    QTest::newRow("mapping without a file")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--mapping")};
}

void TestImportRegistryCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList{QStringLiteral("import-registry")} + arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("import-registry --help")));
}

void TestImportRegistryCli::help()
{
    const Result r = run({QStringLiteral("import-registry"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("Usage: akimcontest import-registry")));
    for (const char *option : {"--mapping", "--sheet", "--dry-run"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    const Result top = run({QStringLiteral("--help")});
    QVERIFY(top.out.contains(QLatin1String("import-registry FILE SHEET [--mapping M.json]")));
}

QTEST_GUILESS_MAIN(TestImportRegistryCli)
#include "clirunner.h"
#include "tst_importregistry_cli.moc"
