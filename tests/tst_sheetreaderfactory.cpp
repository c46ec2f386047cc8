// SheetReader::open() chooses the reader from the content: every golden file of the readers'
// tests, the same files under a wrong extension (tests/data/inspect), and files that only look
// like spreadsheets.
#include "survey/csvreader.h"
#include "survey/odsreader.h"
#include "survey/sheetreader.h"
#include "survey/xlsreader.h"
#include "survey/xlsxreader.h"

#include <QDir>
#include <QtTest>

using namespace akim::survey;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/") + name;
}

// What opening each file must give: a format ("csv", "xlsx", "ods", "xls") or "!" and a part
// of the error message.
const QHash<QString, QString> &expectations()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char *file, const char *expected) {
            t.insert(QString::fromUtf8(file), QString::fromUtf8(expected));
        };
        for (const char *file :
             {"csv/dos-cp866.csv", "csv/double-encoded.csv", "csv/embedded.csv",
              "csv/excel-cp1251-semicolon.csv", "csv/googleforms-utf8-comma.csv",
              "csv/header-only.csv", "csv/limesurvey-utf8-bom-semicolon.csv",
              "csv/mac-cyrillic-cr.csv", "csv/sep-line.csv", "csv/trailing-blank.csv",
              "csv/unterminated.csv", "csv/utf16be.csv", "csv/utf16le-bom-tab.txt",
              "csv/western-cp1252.csv", "csv/wide.csv", "inspect/title-rows.csv",
              "inspect/qualtrics.csv", "inspect/csv-named.xlsx"})
            add(file, "csv");
        add("csv/empty.csv", "!the file is empty");
        add("csv/bom-only.csv", "!The file is empty"); // CsvReader's own words
        add("csv/controls.csv", "!not a text spreadsheet");
        add("csv/binary.csv", "!"); // a broken zip: any refusal will do

        for (const char *file :
             {"xlsx/badsst.xlsx", "xlsx/date1904.xlsx", "xlsx/laughs_sheet.xlsx",
              "xlsx/minimal.xlsx", "xlsx/multisheet.xlsx", "xlsx/prefixed.xlsx",
              "xlsx/progress.xlsx", "xlsx/sparse.xlsx", "xlsx/strict.xlsx", "xlsx/types.xlsx",
              "xlsx/utf16.xlsx", "xlsx/wide.xlsx", "xlsx/zipbomb.xlsx", "xlsx/zipbomb_lying.xlsx",
              "xlsx/farrow.xlsx", "xlsx/scoped.xlsx", "xlsx/widerows.xlsx",
              "inspect/xlsx-named.ods", "inspect/xlsx-named.xls"})
            add(file, "xlsx");
        add("xlsx/doctype_workbook.xlsx", "!DTD");
        add("xlsx/laughs_sst.xlsx", "!DTD");
        add("xlsx/empty.xlsx", "!empty");
        add("xlsx/garbage.xlsx", "!not a text spreadsheet");
        add("xlsx/truncated.xlsx", "!truncated");

        for (const char *file :
             {"ods/basic.ods", "ods/hugecols.ods", "ods/hugerepeat.ods", "ods/nomimetype.ods",
              "ods/prefixes.ods", "ods/rebound.ods", "ods/trailing.ods", "ods/utf16.ods",
              "ods/widerows.ods", "inspect/ods-named.xlsx"})
            add(file, "ods");
        add("ods/laughs.ods", "!DTD");
        add("ods/wrongmime.ods", "!not a spreadsheet");

        for (const char *file :
             {"xls/basic.xls", "xls/date1904.xls", "xls/limesurvey.xls", "inspect/xls-named.csv"})
            add(file, "xls");
        add("xls/password.xls", "!protected with a password");
        add("xls/truncated.xls", "!damaged");
        add("xls/garbage.xls", "!damaged");
        add("xls/noworkbook.xls", "!no Excel workbook");
        add("xls/hugedimension.xls", "!more than");

        add("inspect/empty.xls", "!the file is empty");
        add("inspect/html-export.xls", "!a web page (HTML)");
        add("inspect/spreadsheetml-2003.xls", "!Excel 2003 XML");
        add("inspect/text-in-zip.xlsx", "!a zip archive that is not a spreadsheet");
        add("inspect/truncated.ods", "!truncated");
        add("inspect/absent.xlsx", "!does not exist");
        return t;
    }();
    return table;
}

QString formatOfFolder(const QString &folder)
{
    return folder == QLatin1String("inspect") ? QString() : folder;
}

} // namespace

class TestSheetReaderFactory : public QObject
{
    Q_OBJECT

private slots:
    void everyGoldenFile_data();
    void everyGoldenFile();
    void sameReaderAsOpeningDirectly();
    void csvOptionsReachTheCsvReader();
    void nullErrorIsAllowed();
};

void TestSheetReaderFactory::everyGoldenFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QStringList files = expectations().keys();
    // Golden files added to the folders later are checked too: if they open, it must be with
    // the folder's reader (some are refused on purpose, which is not the factory's concern).
    for (const char *folder : {"csv", "xlsx", "ods", "xls", "inspect"}) {
        const QDir dir(dataFile(QString::fromLatin1(folder)));
        for (const QString &name : dir.entryList(QDir::Files)) {
            const QString file = QString::fromLatin1(folder) + QLatin1Char('/') + name;
            if (!name.endsWith(QLatin1String(".py")) && !files.contains(file))
                files << file;
        }
    }
    files.sort();
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file << expectations().value(file, QStringLiteral("?"));
}

void TestSheetReaderFactory::everyGoldenFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = dataFile(file);
    ReadError error;
    const std::unique_ptr<SheetReader> reader = SheetReader::open(path, &error);
    QCOMPARE(error.file, path);
    if (expected == QLatin1String("?")) {
        qWarning("%s has no expectation in this test yet", qPrintable(file));
        if (reader)
            QCOMPARE(sheetFormatKey(reader->format()), formatOfFolder(file.section(u'/', 0, 0)));
        return;
    }
    if (expected.startsWith(u'!')) {
        QVERIFY2(!reader, qPrintable(file + QStringLiteral(" opened as ") +
                                     (reader ? sheetFormatKey(reader->format()) : QString())));
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(expected.mid(1)), qPrintable(error.toString()));
        QVERIFY(error.toString().startsWith(path));
        return;
    }
    QVERIFY2(reader, qPrintable(error.toString()));
    QVERIFY(!error.isError());
    QCOMPARE(sheetFormatKey(reader->format()), expected);
    QVERIFY(!reader->sheetNames().isEmpty());
    QCOMPARE(reader->currentSheet(), reader->sheetNames().constFirst());
}

void TestSheetReaderFactory::sameReaderAsOpeningDirectly()
{
    // The factory returns the readers themselves, not wrappers: the same rows come out.
    ReadError error;
    auto viaFactory = SheetReader::open(dataFile(QStringLiteral("inspect/ods-named.xlsx")), &error);
    auto direct = OdsReader::open(dataFile(QStringLiteral("ods/basic.ods")), {}, &error);
    QVERIFY(viaFactory && direct);
    QVERIFY(dynamic_cast<OdsReader *>(viaFactory.get()));
    QCOMPARE(viaFactory->sheetNames(), direct->sheetNames());
    QVERIFY(viaFactory->selectSheet(QStringLiteral("Жауаптар")));
    QVERIFY(direct->selectSheet(QStringLiteral("Жауаптар")));
    QVector<QVariant> a;
    QVector<QVariant> b;
    int rows = 0;
    while (direct->readRow(b)) {
        QVERIFY(viaFactory->readRow(a));
        QCOMPARE(a, b);
        ++rows;
    }
    QVERIFY(!viaFactory->readRow(a));
    QCOMPARE(rows, 10);

    auto xls = SheetReader::open(dataFile(QStringLiteral("inspect/xls-named.csv")), &error);
    QVERIFY(dynamic_cast<XlsReader *>(xls.get()));
    auto xlsx = SheetReader::open(dataFile(QStringLiteral("inspect/xlsx-named.xls")), &error);
    QVERIFY(dynamic_cast<XlsxReader *>(xlsx.get()));
}

void TestSheetReaderFactory::csvOptionsReachTheCsvReader()
{
    CsvOptions options;
    options.encoding = QStringLiteral("UTF-8");
    options.delimiter = u',';
    ReadError error;
    auto reader =
        SheetReader::open(dataFile(QStringLiteral("inspect/csv-named.xlsx")), &error, options);
    auto *csv = dynamic_cast<CsvReader *>(reader.get());
    QVERIFY2(csv, qPrintable(error.toString()));
    QCOMPARE(csv->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(csv->delimiter(), QChar(u','));

    // Detected when the options are empty: Excel's Russian CSV.
    reader = SheetReader::open(dataFile(QStringLiteral("inspect/csv-named.xlsx")), &error);
    csv = dynamic_cast<CsvReader *>(reader.get());
    QVERIFY(csv);
    QCOMPARE(csv->encoding(), QStringLiteral("windows-1251"));
    QCOMPARE(csv->delimiter(), QChar(u';'));
    QCOMPARE(csv->sheetNames(), QStringList{QStringLiteral("csv-named")});

    // Options are ignored by the other formats.
    reader = SheetReader::open(dataFile(QStringLiteral("xlsx/types.xlsx")), &error, options);
    QVERIFY(reader);
    QCOMPARE(reader->format(), SheetFormat::Xlsx);
}

void TestSheetReaderFactory::nullErrorIsAllowed()
{
    QVERIFY(!SheetReader::open(dataFile(QStringLiteral("inspect/empty.xls")), nullptr));
    QVERIFY(SheetReader::open(dataFile(QStringLiteral("xls/basic.xls")), nullptr));
}

QTEST_GUILESS_MAIN(TestSheetReaderFactory)
#include "tst_sheetreaderfactory.moc"
