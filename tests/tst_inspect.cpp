// `akimcontest inspect`, run as a script would run it: the JSON of the command-line contract
// (shared/DESIGN.md) field by field, the exit statuses, and hostile files.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json;
};

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/") + name;
}

Result inspect(const QStringList &arguments)
{
    const akim::test::CliResult run =
        akim::test::runCli(QStringList{QStringLiteral("inspect")} + arguments);
    Result result;
    result.exitCode = run.exitCode;
    result.out = run.outBytes;
    result.err = run.err;
    result.json = QJsonDocument::fromJson(result.out).object();
    return result;
}

Result inspectJson(const QString &file, const QStringList &options = {})
{
    return inspect(QStringList{dataFile(file), QStringLiteral("--json")} + options);
}

QJsonArray strings(std::initializer_list<const char *> list)
{
    QJsonArray array;
    for (const char *s : list)
        array.append(QString::fromUtf8(s));
    return array;
}

QStringList keys(const QJsonObject &object)
{
    QStringList list = object.keys();
    list.sort();
    return list;
}

const QStringList kCommonKeys{QStringLiteral("columns"),     QStringLiteral("format"),
                              QStringLiteral("header_rows"), QStringLiteral("preview"),
                              QStringLiteral("rows"),        QStringLiteral("sheet"),
                              QStringLiteral("sheets")};

} // namespace

class TestInspect : public QObject
{
    Q_OBJECT

private slots:
    void csvExcelCp1251();
    void csvOptions();
    void xlsxSecondSheet();
    void odsTypesAndBlankRows();
    void xlsTwoHeaderRowsBelowATitle();
    void headersOfSeveralRows();
    void wrongExtensions_data();
    void wrongExtensions();
    void countsStreamPastTheSample();
    void hostileFiles_data();
    void hostileFiles();
    void usageErrors_data();
    void usageErrors();
    void missingSheet();
    void help();
};

void TestInspect::csvExcelCp1251()
{
    const Result r = inspectJson(QStringLiteral("csv/excel-cp1251-semicolon.csv"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject &j = r.json;
    QStringList csvKeys =
        kCommonKeys + QStringList{QStringLiteral("delimiter"), QStringLiteral("encoding")};
    csvKeys.sort();
    QCOMPARE(keys(j), csvKeys);
    QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(j.value(QStringLiteral("encoding")).toString(), QStringLiteral("windows-1251"));
    QCOMPARE(j.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(j.value(QStringLiteral("sheets")).toArray(), strings({"excel-cp1251-semicolon"}));
    QCOMPARE(j.value(QStringLiteral("sheet")).toString(), QStringLiteral("excel-cp1251-semicolon"));
    QCOMPARE(j.value(QStringLiteral("header_rows")).toArray(), QJsonArray{0});
    QCOMPARE(j.value(QStringLiteral("columns")).toArray(),
             strings({"Область", "Район", "ФИО акима", "Оценка"}));
    QVERIFY(j.value(QStringLiteral("rows")).isDouble());
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 2);
    // CSV cells are the file's text: "4,5" stays text for the mapping to read.
    QCOMPARE(j.value(QStringLiteral("preview")).toArray(),
             (QJsonArray{strings({"Акмолинская", "Бурабайский", "Ж?мабаев ?лібек", "4,5"}),
                         strings({"Костанайская", "Житикаринский", "Ёлкин Пётр Сергеевич", "5"})}));
    // The encoding's missing Kazakh letters are a warning on stderr, with the file's name.
    QVERIFY2(r.err.contains(QStringLiteral("excel-cp1251-semicolon.csv: ")) &&
                 r.err.contains(QStringLiteral("windows-1251")),
             qPrintable(r.err));
}

void TestInspect::csvOptions()
{
    Result r = inspectJson(QStringLiteral("csv/utf16le-bom-tab.txt"),
                           {QStringLiteral("--delimiter"), QStringLiteral("tab")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("delimiter")).toString(), QStringLiteral("\t"));
    QCOMPARE(r.json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-16LE"));
    QCOMPARE(r.json.value(QStringLiteral("columns")).toArray(), strings({"Облыс", "Әкім", "Баға"}));

    // Forced: only the comma of "4,5" splits, and UTF-8 is what the user asked for.
    r = inspectJson(QStringLiteral("csv/excel-cp1251-semicolon.csv"),
                    {QStringLiteral("--delimiter"), QStringLiteral(","),
                     QStringLiteral("--encoding"), QStringLiteral("utf-8")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("delimiter")).toString(), QStringLiteral(","));
    QCOMPARE(r.json.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(r.json.value(QStringLiteral("columns")).toArray().size(), 2);
}

void TestInspect::xlsxSecondSheet()
{
    const Result r = inspectJson(QStringLiteral("xlsx/multisheet.xlsx"),
                                 {QStringLiteral("--sheet"), QStringLiteral("Жауаптар")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const QJsonObject &j = r.json;
    QCOMPARE(keys(j), kCommonKeys); // no encoding or delimiter outside CSV
    QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(j.value(QStringLiteral("sheets")).toArray(), strings({"Intro", "Жауаптар", "Notes"}));
    QCOMPARE(j.value(QStringLiteral("sheet")).toString(), QStringLiteral("Жауаптар"));
    QCOMPARE(j.value(QStringLiteral("header_rows")).toArray(), QJsonArray{0});
    QCOMPARE(j.value(QStringLiteral("columns")).toArray(), strings({"Уақыт", "Округ", "S1"}));
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 1);
    const QJsonArray row = j.value(QStringLiteral("preview")).toArray().at(0).toArray();
    QCOMPARE(row, (QJsonArray{QStringLiteral("2024-06-01T10:30:00"),
                              QStringLiteral("Қараауыл а.о."), 5}));
    QVERIFY(row.at(2).isDouble()); // a JSON number, not "5"
    QVERIFY(r.out.contains("\"Қараауыл а.о.\",\n            5\n"));

    // Without --sheet: the first sheet.
    const Result first = inspectJson(QStringLiteral("xlsx/multisheet.xlsx"));
    QCOMPARE(first.json.value(QStringLiteral("sheet")).toString(), QStringLiteral("Intro"));
    QCOMPARE(first.json.value(QStringLiteral("columns")).toArray(), strings({"Read me"}));
    QCOMPARE(first.json.value(QStringLiteral("rows")).toInt(), 0);
    QCOMPARE(first.json.value(QStringLiteral("preview")).toArray(), QJsonArray());
}

void TestInspect::odsTypesAndBlankRows()
{
    const Result r = inspectJson(QStringLiteral("ods/basic.ods"),
                                 {QStringLiteral("--sheet"), QStringLiteral("жауаптар")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject &j = r.json;
    QCOMPARE(keys(j), kCommonKeys);
    QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("ods"));
    QCOMPARE(j.value(QStringLiteral("sheet")).toString(), QStringLiteral("Жауаптар"));
    QCOMPARE(j.value(QStringLiteral("header_rows")).toArray(), QJsonArray{0});
    // Data reaches columns F and G, which have no header.
    QCOMPARE(j.value(QStringLiteral("columns")).toArray(),
             strings({"Уақыт", "Округ", "S1", "S2", "Пікір", "Column F", "Column G"}));
    // Nine rows below the header, two of them blank.
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 7);
    const QJsonArray preview = j.value(QStringLiteral("preview")).toArray();
    QCOMPARE(preview.size(), 5);
    QCOMPARE(preview.at(1).toArray(),
             (QJsonArray{QStringLiteral("2024-06-02"), 1500.5, true, QStringLiteral("merged"),
                         QJsonValue(), 3, QJsonValue()}));
    QCOMPARE(preview.at(4).toArray(), (QJsonArray{QStringLiteral("same"), 1, 1, QJsonValue(),
                                                  QJsonValue(), QJsonValue(), QJsonValue()}));
}

void TestInspect::xlsTwoHeaderRowsBelowATitle()
{
    const Result r = inspectJson(QStringLiteral("xls/limesurvey.xls"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject &j = r.json;
    QCOMPARE(keys(j), kCommonKeys);
    QCOMPARE(j.value(QStringLiteral("format")).toString(), QStringLiteral("xls"));
    QCOMPARE(j.value(QStringLiteral("sheets")).toArray(), strings({"Export"}));
    QCOMPARE(j.value(QStringLiteral("header_rows")).toArray(), (QJsonArray{2, 3}));
    QCOMPARE(j.value(QStringLiteral("columns")).toArray(),
             strings({"id / ID ответа", "submitdate / Дата отправки", "Q1[SQ001] / Оцените: дороги",
                      "Q1[SQ002] / Оцените: школы"}));
    QCOMPARE(j.value(QStringLiteral("rows")).toInt(), 2);
    QCOMPARE(j.value(QStringLiteral("preview")).toArray(),
             (QJsonArray{QJsonArray{1, QStringLiteral("2024-06-01T10:30:00"), 5, 4},
                         QJsonArray{2, QStringLiteral("2024-06-02T12:00:00"), 3, QJsonValue()}}));
}

void TestInspect::headersOfSeveralRows()
{
    Result r = inspectJson(QStringLiteral("inspect/qualtrics.csv"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("header_rows")).toArray(), (QJsonArray{0, 1, 2}));
    QCOMPARE(
        r.json.value(QStringLiteral("columns")).toArray(),
        strings({"StartDate / Start Date", "Finished", "Q1 / Аудан", "Q2_1 / Бағалаңыз - Жолдар"}));
    QCOMPARE(r.json.value(QStringLiteral("rows")).toInt(), 2);

    r = inspectJson(QStringLiteral("inspect/title-rows.csv"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("header_rows")).toArray(), QJsonArray{3});
    QCOMPARE(r.json.value(QStringLiteral("columns")).toArray(),
             strings({"Аудан", "Округ", "S1", "S2"}));
    QCOMPARE(r.json.value(QStringLiteral("rows")).toInt(), 2); // the ";;;" row is blank
    QCOMPARE(r.json.value(QStringLiteral("preview")).toArray().at(1).toArray(),
             (QJsonArray{QStringLiteral("Зеренді"), QStringLiteral("Ақкөл а.о."),
                         QStringLiteral("3"), QJsonValue()}));
}

void TestInspect::wrongExtensions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("CSV as .xlsx") << "inspect/csv-named.xlsx"
                                  << "csv";
    QTest::newRow("ODS as .xlsx") << "inspect/ods-named.xlsx"
                                  << "ods";
    QTest::newRow("XLSX as .ods") << "inspect/xlsx-named.ods"
                                  << "xlsx";
    QTest::newRow("XLS as .csv") << "inspect/xls-named.csv"
                                 << "xls";
    QTest::newRow("XLSX as .xls") << "inspect/xlsx-named.xls"
                                  << "xlsx";
}

void TestInspect::wrongExtensions()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    const Result r = inspectJson(file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json.value(QStringLiteral("format")).toString(), format);
    QVERIFY(!r.json.value(QStringLiteral("columns")).toArray().isEmpty());
}

void TestInspect::countsStreamPastTheSample()
{
    // 3,000 rows of numbers and no header: every row is data, far beyond the 30 looked at.
    const Result r = inspectJson(QStringLiteral("xlsx/progress.xlsx"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(QStringLiteral("header_rows")).toArray(), QJsonArray());
    QCOMPARE(r.json.value(QStringLiteral("rows")).toInt(), 3000);
    QCOMPARE(r.json.value(QStringLiteral("columns")).toArray().at(0).toString(),
             QStringLiteral("Column A"));
    QCOMPARE(r.json.value(QStringLiteral("preview")).toArray().size(), 5);
}

void TestInspect::hostileFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message"); // a part of stderr besides the file name
    QTest::newRow("empty CSV") << "csv/empty.csv"
                               << "empty";
    QTest::newRow("empty .xls") << "inspect/empty.xls"
                                << "empty";
    QTest::newRow("garbage .xlsx") << "xlsx/garbage.xlsx"
                                   << "binary";
    QTest::newRow("garbage after the OLE2 magic") << "xls/garbage.xls"
                                                  << "damaged";
    QTest::newRow("control codes") << "csv/controls.csv"
                                   << "not a text spreadsheet";
    QTest::newRow("truncated XLSX") << "xlsx/truncated.xlsx"
                                    << "truncated";
    QTest::newRow("truncated ODS") << "inspect/truncated.ods"
                                   << "truncated";
    QTest::newRow("truncated XLS") << "xls/truncated.xls"
                                   << "damaged";
    QTest::newRow("a zip of text") << "inspect/text-in-zip.xlsx"
                                   << "not a spreadsheet";
    QTest::newRow("password") << "xls/password.xls"
                              << "password";
    QTest::newRow("HTML as .xls") << "inspect/html-export.xls"
                                  << "HTML";
    QTest::newRow("billion laughs") << "xlsx/laughs_sst.xlsx"
                                    << "DTD";
    QTest::newRow("huge dimensions") << "xls/hugedimension.xls"
                                     << "more than";
    // Refused while rows are counted, with the row (and column) where the file goes wrong.
    QTest::newRow("a billion repeated rows") << "ods/hugerepeat.ods"
                                             << ", row 2: ";
    QTest::newRow("an unclosed quote") << "csv/unterminated.csv"
                                       << ", row 3, column B: ";
    QTest::newRow("no such file") << "inspect/absent.csv"
                                  << "does not exist";
}

void TestInspect::hostileFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const Result r = inspectJson(file);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData());
    QVERIFY2(r.err.contains(dataFile(file)), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestInspect::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString csv = dataFile(QStringLiteral("csv/header-only.csv"));
    const QString json = QStringLiteral("--json");
    QTest::newRow("no file") << QStringList{json} << "Missing argument";
    QTest::newRow("two files") << QStringList{csv, csv, json} << "Unexpected argument";
    QTest::newRow("no --json") << QStringList{csv} << "add --json";
    QTest::newRow("unknown option")
        << QStringList{csv, json, QStringLiteral("--rows")} << "Unknown option 'rows'";
    QTest::newRow("long delimiter")
        << QStringList{csv, json, QStringLiteral("--delimiter"), QStringLiteral(";;")}
        << "--delimiter needs one character";
    QTest::newRow("unknown encoding")
        << QStringList{csv, json, QStringLiteral("--encoding"), QStringLiteral("klingon")}
        << "windows-1251";
}

void TestInspect::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = inspect(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestInspect::missingSheet()
{
    const Result r = inspectJson(QStringLiteral("xls/basic.xls"),
                                 {QStringLiteral("--sheet"), QStringLiteral("Sheet1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("no sheet named \"Sheet1\"")) &&
                 r.err.contains(QStringLiteral("Intro, Жауаптар, Notes")),
             qPrintable(r.err));
}

void TestInspect::help()
{
    const Result r = inspect({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.startsWith(QLatin1String("Usage: akimcontest inspect SHEET")));
    QVERIFY(text.contains(QLatin1String("--json is required")));
    QVERIFY(text.contains(QLatin1String("--delimiter")));
}

QTEST_GUILESS_MAIN(TestInspect)
#include "clirunner.h"
#include "tst_inspect.moc"
