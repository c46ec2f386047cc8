#include "survey/xlsxreader.h"

#include "testsupport.h"
#include <QDateTime>

#include <QtTest>

using namespace akim::survey;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/xlsx/") + name;
}

using akim::test::describe;
using akim::test::row;

QStringList describe(const QVector<QVariant> &row)
{
    QStringList cells;
    for (const QVariant &cell : row)
        cells << describe(cell);
    return cells;
}

// Reads the remaining rows; each one is prefixed with its row number.
QList<QStringList> readAll(SheetReader &reader)
{
    QList<QStringList> rows;
    QVector<QVariant> cells;
    while (reader.readRow(cells))
        rows << (QStringList{QString::number(reader.rowNumber())} + describe(cells));
    return rows;
}

std::unique_ptr<XlsxReader> openOrFail(const QString &name, const ReadLimits &limits = {})
{
    ReadError error;
    std::unique_ptr<XlsxReader> reader = XlsxReader::open(dataFile(name), limits, &error);
    if (!reader)
        qWarning("%s", qPrintable(error.toString()));
    return reader;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void cellTypesStringsAndDates();
    void date1904();
    void sparseRowsAndCells();
    void prefixedNamesAndBom();
    void utf16Parts();
    void strictNamespaces();
    void noSharedStringsNoStylesNoRootRels();
    void severalSheets();
    void namespaceScopes();
    void wideRowsPauseParsing();
    void progressWhileStreaming();
    void formatDetection_data();
    void formatDetection();
    void refusedFiles_data();
    void refusedFiles();
    void zipBomb();
    void zipBombWithLyingDirectory();
    void entityBombInSheet();
    void columnBeyondSheet();
    void rowBeyondSheet();
    void smallerLimits();
    void missingSharedString();
};

void TestXlsxReader::cellTypesStringsAndDates()
{
    auto reader = openOrFail(QStringLiteral("types.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->format(), SheetFormat::Xlsx);
    QCOMPARE(reader->sheetNames(), row({"Types"}));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Types"));
    QCOMPARE(reader->rowNumber(), 0);
    const QList<QStringList> rows = readAll(*reader);
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    QCOMPARE(rows.size(), 4);
    // Shared strings: rich runs joined, phonetic runs skipped, _xHHHH_ decoded, white space
    // trimmed unless preserved; the empty string is a blank and, being last, is dropped.
    QCOMPARE(rows[0], row({"1", "s:Plain", "s:Rich text", "s:漢字", "s:Line\r\nBreak", "s:_x000D_",
                           "s:spaced", "s:  kept  ", "s:Қызылорда облысы"}));
    QCOMPARE(rows[1], row({"2", "d:42", "d:-0.0015", "b:true", "b:false", "s:ab", "s:#DIV/0!",
                           "d:84", "s:Inline", "s:Ауыл әкімі", "-", "-", "d:7"}));
    QCOMPARE(rows[2], row({"3",
                           "date:2024-06-01",            // 14
                           "dt:2024-06-01T10:30:00.000", // 22
                           "dt:2024-06-01T13:00:00.000", // dd.mm.yyyy hh:mm
                           "d:3",                        // 0.00" days"
                           "d:2.5",                      // [Red]0.00
                           "dt:1900-01-01T12:00:00.000", // [h]:mm:ss
                           "date:2024-06-01",            // yyyy\-mm\-dd
                           "d:45444",                    // 0.00
                           "date:1900-01-01",            // [$-409]mmmm d, yyyy;@
                           "dt:1899-12-31T18:00:00.000", // 20: h:mm
                           "d:100",                      // #,##0\ "сом"
                           "d:2024",                     // id 172 exists only among the dxfs
                           "date:1900-02-28",            // serial 60, Excel's 29 February
                           "date:1900-03-01",
                           "date:1900-02-28",
                           "dt:2024-06-01T06:00:00.000",    // a date with a time
                           "date:2024-06-01",               // t="d"
                           "dt:2024-06-01T10:30:00.000",    // t="d"
                           "d:-5",                          // before the calendar
                           "s:Plain",                       // text stays text in a date style
                           "dt:1899-12-31T12:00:00.000"})); // mm:ss
    QCOMPARE(rows[3], row({"4", "d:5"}));
    QCOMPARE(reader->progress(), 1.0);
    QVector<QVariant> cells{QVariant(1)};
    QVERIFY(!reader->readRow(cells));
    QVERIFY(cells.isEmpty());
    QVERIFY(!reader->error().isError());
}

void TestXlsxReader::date1904()
{
    auto reader = openOrFail(QStringLiteral("date1904.xlsx"));
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "date:1904-01-01", "date:2024-06-01",
                                                       "dt:2024-06-01T12:00:00.000", "d:43982"})});
}

void TestXlsxReader::sparseRowsAndCells()
{
    auto reader = openOrFail(QStringLiteral("sparse.xlsx"));
    QVERIFY(reader);
    const QList<QStringList> expected{
        row({"1"}),
        row({"2", "-", "d:1", "-", "-", "d:2"}),
        row({"3", "d:3", "d:4"}),
        row({"4"}),
        row({"5"}),
        row({"6", "-", "-", "s:x", "d:5"}),
        row({"7"}),
        row({"8", "d:8"}),
        row({"9", "-", "-", "d:1", "d:2"}),
    };
    // Rows 12 and 13 hold only blank cells: trailing empty rows are not returned.
    QCOMPARE(readAll(*reader), expected);
    QVERIFY(!reader->error().isError());
    QCOMPARE(reader->rowNumber(), 9);
}

void TestXlsxReader::prefixedNamesAndBom()
{
    auto reader = openOrFail(QStringLiteral("prefixed.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Data"}));
    // The <y:row> in another namespace (inside extLst) is not a row of the sheet.
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:Prefixed", "date:2024-06-01"})});
    QVERIFY(!reader->error().isError());
}

void TestXlsxReader::utf16Parts()
{
    auto reader = openOrFail(QStringLiteral("utf16.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Сауалнама"}));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:Әкім", "s:Ответ", "d:5"})});
}

void TestXlsxReader::strictNamespaces()
{
    auto reader = openOrFail(QStringLiteral("strict.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Strict"}));
    QCOMPARE(readAll(*reader),
             QList<QStringList>{row({"1", "s:Strict text", "date:2024-06-01", "b:true"})});
}

void TestXlsxReader::noSharedStringsNoStylesNoRootRels()
{
    auto reader = openOrFail(QStringLiteral("minimal.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Minimal"}));
    // s="1" without a styles part is a plain number.
    QCOMPARE(readAll(*reader),
             QList<QStringList>{row({"1", "s:Only inline", "d:12.5", "b:false"})});
}

void TestXlsxReader::severalSheets()
{
    auto reader = openOrFail(QStringLiteral("multisheet.xlsx"));
    QVERIFY(reader);
    // Tab order from workbook.xml; the chart sheet has no cells and is not listed.
    QCOMPARE(reader->sheetNames(), row({"Intro", "Жауаптар", "Notes"}));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Intro"));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(describe(cells), row({"s:Read me"}));

    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Жауаптар"));
    const QList<QStringList> answers{
        row({"1", "s:Уақыт", "s:Округ", "s:S1"}),
        row({"2", "dt:2024-06-01T10:30:00.000", "s:Қараауыл а.о.", "d:5"})};
    QCOMPARE(readAll(*reader), answers);

    // Selecting again rewinds.
    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(reader->rowNumber(), 0);
    QCOMPARE(readAll(*reader), answers);

    QVERIFY(reader->selectSheet(QStringLiteral("notes"))); // sheet names ignore case
    QCOMPARE(reader->currentSheet(), QStringLiteral("Notes"));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:notes"})});

    QVERIFY(!reader->selectSheet(QStringLiteral("Chart")));
    QVERIFY(reader->error().message.contains(QStringLiteral("Chart")));
    QVERIFY(reader->selectSheet(QStringLiteral("Intro")));
    QVERIFY(!reader->error().isError());
    QVERIFY(reader->readRow(cells));
    QCOMPARE(describe(cells), row({"s:Read me"}));
}

void TestXlsxReader::namespaceScopes()
{
    auto reader = openOrFail(QStringLiteral("scoped.xlsx"));
    QVERIFY(reader);
    // Row 2 uses a prefix declared on itself; "row 3" is in another namespace, so it is not a
    // row and its place stays empty; row 4 is back in the main namespace.
    const QList<QStringList> expected{row({"1", "d:1"}), row({"2", "d:2"}), row({"3"}),
                                      row({"4", "d:4"})};
    QCOMPARE(readAll(*reader), expected);
    QVERIFY(!reader->error().isError());
}

void TestXlsxReader::wideRowsPauseParsing()
{
    // 12 rows × 16,384 cells are more than the parser queues ahead of the reader.
    auto reader = openOrFail(QStringLiteral("widerows.xlsx"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    int rows = 0;
    while (reader->readRow(cells)) {
        ++rows;
        QCOMPARE(reader->rowNumber(), rows);
        QCOMPARE(cells.size(), 16384);
        QCOMPARE(describe(cells.first()), QStringLiteral("d:%1").arg(rows));
        QCOMPARE(describe(cells.last()), QStringLiteral("d:%1").arg(rows));
        QVERIFY(!cells.at(1).isValid());
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(rows, 12);
}

void TestXlsxReader::progressWhileStreaming()
{
    auto reader = openOrFail(QStringLiteral("progress.xlsx"));
    QVERIFY(reader);
    QCOMPARE(reader->progress(), 0.0);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.size(), 7);
    // The first row needs only the first chunk of the sheet, not the whole member.
    const double first = reader->progress();
    QVERIFY2(first > 0.0 && first < 0.5, qPrintable(QString::number(first)));
    double last = first;
    int rows = 1;
    while (reader->readRow(cells)) {
        ++rows;
        QVERIFY(reader->progress() >= last);
        last = reader->progress();
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(rows, 3000);
    QCOMPARE(reader->progress(), 1.0);
}

void TestXlsxReader::formatDetection_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const auto add = [](const char *code, NumberKind kind) {
        QTest::newRow(code) << QString::fromUtf8(code) << int(kind);
    };
    add("General", NumberKind::Number);
    add("0.00", NumberKind::Number);
    add("#,##0.00\\ \"₸\"", NumberKind::Number);
    add("0.00\"d\"", NumberKind::Number);
    add("[Red][<=100]0;[Blue]0", NumberKind::Number);
    add("0.00E+00", NumberKind::Number);
    add("_(* #,##0_);_(* (#,##0)", NumberKind::Number);
    add("dd.mm.yyyy", NumberKind::Date);
    add("mmm-yy", NumberKind::Date);
    add("[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy", NumberKind::Date);
    add("DD/MM/YYYY", NumberKind::Date);
    add("dd.mm.yyyy hh:mm:ss", NumberKind::DateTime);
    add("m/d/yy h:mm AM/PM", NumberKind::DateTime);
    add("h:mm", NumberKind::Time);
    add("[h]:mm", NumberKind::Time);
    add("[mm]:ss", NumberKind::Time);
    add("mm:ss.0", NumberKind::Time);
}

void TestXlsxReader::formatDetection()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxStyles::kindOfFormatCode(code)), kind);
}

void TestXlsxReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("truncated zip")
        << dataFile(QStringLiteral("truncated.xlsx")) << QStringLiteral("truncated");
    QTest::newRow("binary garbage")
        << dataFile(QStringLiteral("garbage.xlsx")) << QStringLiteral("not a zip archive");
    QTest::newRow("empty zip") << dataFile(QStringLiteral("empty.xlsx")) << QStringLiteral("empty");
    QTest::newRow("an ODS file") << QStringLiteral(AKIM_TEST_DATA_DIR "/ods/basic.ods")
                                 << QStringLiteral("no workbook");
    QTest::newRow("billion laughs in shared strings")
        << dataFile(QStringLiteral("laughs_sst.xlsx")) << QStringLiteral("DTD");
    QTest::newRow("DTD in the workbook")
        << dataFile(QStringLiteral("doctype_workbook.xlsx")) << QStringLiteral("DTD");
    QTest::newRow("no such file") << dataFile(QStringLiteral("absent.xlsx"))
                                  << QStringLiteral("does not exist");
}

void TestXlsxReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    ReadError error;
    QVERIFY(!XlsxReader::open(file, ReadLimits(), &error));
    QVERIFY(error.isError());
    QCOMPARE(error.file, file);
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(file));
}

void TestXlsxReader::zipBomb()
{
    // 5 MB inflated from 7 KB: refused by the directory's size before anything is inflated.
    ReadLimits limits;
    limits.maxInflatedBytes = 1024 * 1024;
    ReadError error;
    QVERIFY(!XlsxReader::open(dataFile(QStringLiteral("zipbomb.xlsx")), limits, &error));
    QVERIFY2(error.message.contains(QStringLiteral("limit of 1048576 bytes")),
             qPrintable(error.toString()));

    // Within the default limit the same file is just a sheet with one row.
    auto reader = openOrFail(QStringLiteral("zipbomb.xlsx"));
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "d:1"})});
    QVERIFY(!reader->error().isError());
}

void TestXlsxReader::zipBombWithLyingDirectory()
{
    // The directory claims 1000 bytes; inflating stops there and the checksum gives it away.
    ReadLimits limits;
    limits.maxInflatedBytes = 1024 * 1024;
    auto reader = openOrFail(QStringLiteral("zipbomb_lying.xlsx"), limits);
    QVERIFY(reader);
    QVector<QVariant> cells;
    while (reader->readRow(cells)) {
    }
    QVERIFY(reader->error().isError());
    QVERIFY2(reader->error().message.contains(QStringLiteral("damaged")),
             qPrintable(reader->error().toString()));
}

void TestXlsxReader::entityBombInSheet()
{
    auto reader = openOrFail(QStringLiteral("laughs_sheet.xlsx"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(!reader->readRow(cells));
    QVERIFY2(reader->error().message.contains(
                 QStringLiteral("the file contains a DTD, which spreadsheets never need")),
             qPrintable(reader->error().toString()));
    // The reader stays failed.
    QVERIFY(!reader->readRow(cells));
}

void TestXlsxReader::columnBeyondSheet()
{
    auto reader = openOrFail(QStringLiteral("wide.xlsx"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->readRow(cells)); // XFD is the last column a sheet has
    QCOMPARE(cells.size(), 16384);
    QCOMPARE(describe(cells.last()), QStringLiteral("d:2"));
    QVERIFY(!cells.first().isValid());
    QVERIFY(!reader->readRow(cells)); // XFE is not
    QCOMPARE(reader->error().row, 3);
    QCOMPARE(reader->error().column, 16385);
    QVERIFY2(reader->error().toString().contains(QStringLiteral("row 3")),
             qPrintable(reader->error().toString()));
}

void TestXlsxReader::rowBeyondSheet()
{
    // Row 20,000,000 is past the last row any spreadsheet has: an error, not millions of empty
    // rows first.
    auto reader = openOrFail(QStringLiteral("farrow.xlsx"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->rowNumber(), 1);
    QCOMPARE(reader->error().row, 20000000);
    QVERIFY2(reader->error().message.contains(QStringLiteral("outside the sheet")),
             qPrintable(reader->error().toString()));
}

void TestXlsxReader::smallerLimits()
{
    ReadLimits narrow;
    narrow.maxCellsPerRow = 3;
    auto reader = openOrFail(QStringLiteral("sparse.xlsx"), narrow);
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells)); // row 1 is empty
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->error().row, 2);
    QCOMPARE(reader->error().column, 5);

    ReadLimits small;
    small.maxCellBytes = 5;
    reader = openOrFail(QStringLiteral("minimal.xlsx"), small);
    QVERIFY(reader);
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->error().row, 1);
    QCOMPARE(reader->error().column, 1);
    QVERIFY(reader->error().message.contains(QStringLiteral("5 bytes")));

    // A shared string longer than the limit stops the file from opening.
    small.maxCellBytes = 8;
    ReadError error;
    QVERIFY(!XlsxReader::open(dataFile(QStringLiteral("types.xlsx")), small, &error));
    QVERIFY2(error.message.contains(QStringLiteral("8 bytes")), qPrintable(error.toString()));
}

void TestXlsxReader::missingSharedString()
{
    auto reader = openOrFail(QStringLiteral("badsst.xlsx"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(describe(cells), row({"s:only one"}));
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->error().row, 2);
    QCOMPARE(reader->error().column, 2);
    QVERIFY(reader->error().message.contains(QStringLiteral("shared string 5")));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
