// Runs `akimcontest import-survey` as a secretary's script would and checks the contract of
// shared/DESIGN.md: the summary, exit statuses 0/1/2, and that refused input leaves the contest
// file byte for byte as it was.
#include "clirunner.h"
#include "storage/database.h"
#include "storage/surveyrepository.h"
#include "surveyfixture.h"

#include <QtTest>

#include <memory>

using namespace akim;
using test::SurveyFixture;

using Result = akim::test::CliResult;

class TestImportSurveyCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void googleFormsAutomatic();
    void dryRunChangesNothing();
    void rejectedFile();
    void ethicsNeedsMapping();
    void xlsxSheetOption();
    void resolutionsInMapping();
    void hostileFiles_data();
    void hostileFiles();
    void usageErrors();
    void badMappingFile();

private:
    Result run(const QStringList &arguments) const;
    Result import(const QStringList &extra) const;
    qint64 responses(const QString &kind = {}) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    SurveyFixture m_n;
    QString m_file;
};

void TestImportSurveyCli::init()
{
    QVERIFY2(QFile::exists(QStringLiteral(AKIM_CLI_PATH)), AKIM_CLI_PATH);
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(m_n.populate(*m_contest));
    m_file = m_contest->path();
    m_contest->close();
}

void TestImportSurveyCli::cleanup()
{
    m_contest.reset();
}

Result TestImportSurveyCli::run(const QStringList &arguments) const
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("USER"), QStringLiteral("secretary"));
    return test::runCli(arguments, env);
}

Result TestImportSurveyCli::import(const QStringList &extra) const
{
    return run(QStringList{QStringLiteral("import-survey"), m_file} + extra);
}

qint64 TestImportSurveyCli::responses(const QString &kind) const
{
    Database database;
    if (!database.open(m_file, Database::Mode::ReadOnly))
        return -1;
    const qint64 count = SurveyRepository(database.connection()).responseCount(kind);
    database.close();
    return count;
}

void TestImportSurveyCli::googleFormsAutomatic()
{
    const Result r = import({SurveyFixture::data(QStringLiteral("googleforms.csv"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(
                 QStringLiteral("read 14, imported 6, rejected 6, duplicates 2, unmatched 3")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2 × \"Акжарма\"")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("fits several")));
    QVERIFY(r.out.contains(QStringLiteral("1 × \"Кармакшинский район / Неизвестное\"")));
    QVERIFY(r.out.contains(QStringLiteral("row 10, column D")));
    QCOMPARE(responses(), 6);

    // The same file again adds nothing, says so, and leaves the file as it was.
    const QByteArray before = SurveyFixture::sha256(m_file);
    const Result again = import({SurveyFixture::data(QStringLiteral("googleforms.csv"))});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("imported 0, rejected 6, duplicates 8")),
             qPrintable(again.out));
    QVERIFY(again.out.contains(QStringLiteral("unchanged")));
    QCOMPARE(SurveyFixture::sha256(m_file), before);
    QCOMPARE(responses(), 6);

    const Result check = run({QStringLiteral("check"), m_file});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestImportSurveyCli::dryRunChangesNothing()
{
    const QByteArray before = SurveyFixture::sha256(m_file);
    const Result r = import(
        {SurveyFixture::data(QStringLiteral("excel-cp1251.csv")), QStringLiteral("--dry-run")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("read 6, imported 5, rejected 1")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Dry run")));
    QVERIFY(r.err.contains(QStringLiteral("cp1251"))); // the warning
    QCOMPARE(SurveyFixture::sha256(m_file), before);
}

void TestImportSurveyCli::rejectedFile()
{
    const QString out = m_contest->filePath(QStringLiteral("rejected.csv"));
    const Result r = import({SurveyFixture::data(QStringLiteral("googleforms.csv")),
                             QStringLiteral("--rejected"), out});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().contains(QStringLiteral("Reason")));
    QVERIFY(lines.at(4).contains(QStringLiteral("no rural okrug")));
}

void TestImportSurveyCli::ethicsNeedsMapping()
{
    const QString sheet = SurveyFixture::data(QStringLiteral("ethics.csv"));
    const QByteArray before = SurveyFixture::sha256(m_file);
    const Result refused = import({sheet, QStringLiteral("--kind"), QStringLiteral("ethics")});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("E \"Аким вежлив и доступен для жителей?\"")),
             qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("--mapping")));
    QCOMPARE(SurveyFixture::sha256(m_file), before);

    const Result r = import({sheet, QStringLiteral("--mapping"),
                             SurveyFixture::data(QStringLiteral("ethics-mapping.json"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("imported 4")));
    QCOMPARE(responses(QStringLiteral("ethics")), 4);

    // --kind must agree with the mapping's kind.
    const Result contradiction = import(
        {sheet, QStringLiteral("--kind"), QStringLiteral("population"), QStringLiteral("--mapping"),
         SurveyFixture::data(QStringLiteral("ethics-mapping.json"))});
    QCOMPARE(contradiction.exitCode, 1);
}

void TestImportSurveyCli::xlsxSheetOption()
{
    const QString sheet = SurveyFixture::data(QStringLiteral("survey.xlsx"));
    // The first sheet is a summary with nothing to import.
    const Result first = import({sheet});
    QCOMPARE(first.exitCode, 2);
    const Result r =
        import({sheet, QStringLiteral("--sheet"), QStringLiteral("Ответы на форму (1)")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("read 5, imported 3, rejected 2")), qPrintable(r.out));
    const Result missing = import({sheet, QStringLiteral("--sheet"), QStringLiteral("Лист 9")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(QStringLiteral("Сводка")));
}

void TestImportSurveyCli::resolutionsInMapping()
{
    // The mapping names the nominee by UUID, as one written on another computer would.
    QString uuid;
    {
        Database database;
        QVERIFY(database.open(m_file, Database::Mode::ReadOnly));
        uuid = sql::scalar(database.connection(),
                           QStringLiteral("SELECT uuid FROM nominee WHERE id = ?"),
                           {m_n.akzharmaKarmakshy})
                   .toString();
        database.close();
    }
    QFile templateFile(SurveyFixture::data(QStringLiteral("googleforms-resolved.json")));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    const QString mappingPath = m_contest->filePath(QStringLiteral("mapping.json"));
    QFile mapping(mappingPath);
    QVERIFY(mapping.open(QIODevice::WriteOnly));
    mapping.write(templateFile.readAll().replace("@AKZHARMA_KARMAKSHY@", uuid.toUtf8()));
    mapping.close();

    const QString sheet = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    const Result r = import({sheet, QStringLiteral("--mapping"), mappingPath});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("imported 8, rejected 4, duplicates 2, unmatched 1")),
             qPrintable(r.out));
    // Remembered: without the mapping the spelling now matches.
    const Result again = import({sheet, QStringLiteral("--dry-run")});
    QVERIFY2(again.out.contains(QStringLiteral("unmatched 1")), qPrintable(again.out));
}

void TestImportSurveyCli::hostileFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << SurveyFixture::otherData(QStringLiteral("csv/empty.csv"));
    QTest::newRow("header only") << SurveyFixture::otherData(QStringLiteral("csv/header-only.csv"));
    QTest::newRow("garbage") << SurveyFixture::otherData(QStringLiteral("xlsx/garbage.xlsx"));
    QTest::newRow("truncated xlsx") << SurveyFixture::data(QStringLiteral("survey-truncated.xlsx"));
    QTest::newRow("zip bomb") << SurveyFixture::otherData(QStringLiteral("xlsx/zipbomb.xlsx"));
    QTest::newRow("entity bomb") << SurveyFixture::otherData(
        QStringLiteral("xlsx/laughs_sheet.xlsx"));
    QTest::newRow("missing") << SurveyFixture::data(QStringLiteral("nothing-here.csv"));
}

void TestImportSurveyCli::hostileFiles()
{
    QFETCH(QString, path);
    const QByteArray before = SurveyFixture::sha256(m_file);
    for (const QStringList &extra :
         {QStringList{path},
          QStringList{path, QStringLiteral("--mapping"),
                      SurveyFixture::data(QStringLiteral("ethics-mapping.json"))}}) {
        const Result r = import(extra);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QFileInfo(path).fileName()), qPrintable(r.err));
        QCOMPARE(SurveyFixture::sha256(m_file), before);
    }
}

void TestImportSurveyCli::usageErrors()
{
    const QString sheet = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    QCOMPARE(import({}).exitCode, 1);
    QCOMPARE(import({sheet, QStringLiteral("--kind"), QStringLiteral("census")}).exitCode, 1);
    const Result noContest = run(
        {QStringLiteral("import-survey"), m_contest->filePath(QStringLiteral("none.akc")), sheet});
    QCOMPARE(noContest.exitCode, 2);
    QVERIFY(!QFile::exists(m_contest->filePath(QStringLiteral("none.akc"))));
    const QByteArray before = SurveyFixture::sha256(m_file);
    QCOMPARE(import({m_file}).exitCode, 2); // the contest file is no survey export
    QCOMPARE(SurveyFixture::sha256(m_file), before);
    const Result help = run({QStringLiteral("import-survey"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--dry-run")));
}

void TestImportSurveyCli::badMappingFile()
{
    const QString sheet = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    const QString path = m_contest->filePath(QStringLiteral("bad.json"));
    const QByteArray before = SurveyFixture::sha256(m_file);
    for (const QByteArray &json :
         {QByteArray("{not json"), QByteArray(R"({"columns":[{"index":2,"role":"akim"}]})"),
          QByteArray(R"({"columns":[{"index":2,"role":"okrug"},)"
                     R"({"index":3,"role":"question","criterion":"K1"}]})")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();
        const Result r = import({sheet, QStringLiteral("--mapping"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
    QCOMPARE(SurveyFixture::sha256(m_file), before);
    QCOMPARE(import({sheet, QStringLiteral("--mapping"),
                     m_contest->filePath(QStringLiteral("absent.json"))})
                 .exitCode,
             2);
}

QTEST_MAIN(TestImportSurveyCli)
#include "tst_importsurvey_cli.moc"
