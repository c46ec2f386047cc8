// The legacy .xls reader on the golden files of tests/data/xls (written by make_xls.py there).
#include "survey/xlsreader.h"

#include "testsupport.h"
#include <QDateTime>
#include <QElapsedTimer>

#include <QtTest>

using namespace akim::survey;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/xls/") + name;
}

// A cell as "type:value", so that a row compares as a QStringList and a double can never pass
// for a date or a string.
QString describe(const QVariant &cell)
{
    if (!cell.isValid())
        return QStringLiteral("-");
    switch (cell.metaType().id()) {
    case QMetaType::QString:
        return QStringLiteral("s:") + cell.toString();
    case QMetaType::Double:
        return QStringLiteral("d:") + QString::number(cell.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return QStringLiteral("date:") + cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        return QStringLiteral("dt:") + dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
               (dt.timeSpec() == Qt::LocalTime ? QString() : QStringLiteral(" (not local)"));
    }
    default:
        return QStringLiteral("?") + QString::fromLatin1(cell.typeName());
    }
}

// The remaining rows, each prefixed with its row number.
QList<QStringList> readAll(SheetReader &reader)
{
    QList<QStringList> rows;
    QVector<QVariant> cells;
    while (reader.readRow(cells)) {
        QStringList row{QString::number(reader.rowNumber())};
        for (const QVariant &cell : std::as_const(cells))
            row << describe(cell);
        rows << row;
    }
    return rows;
}

using akim::test::row;

std::unique_ptr<XlsReader> openOrFail(const QString &name)
{
    ReadError error;
    std::unique_ptr<XlsReader> reader = XlsReader::open(dataFile(name), ReadLimits(), &error);
    if (!reader)
        qWarning("%s", qPrintable(error.toString()));
    return reader;
}

} // namespace

class TestXlsReader : public QObject
{
    Q_OBJECT

private slots:
    void sheetsAndCellTypes();
    void selectingRewinds();
    void date1904();
    void refusedFiles_data();
    void refusedFiles();
    void hugeDimensionsAreRefusedBeforeFreeXL();
    void cellSizeLimit();
};

void TestXlsReader::sheetsAndCellTypes()
{
    auto reader = openOrFail(QStringLiteral("basic.xls"));
    QVERIFY(reader);
    QCOMPARE(reader->format(), SheetFormat::Xls);
    QCOMPARE(reader->sheetNames(), (QStringList{QStringLiteral("Intro"), QStringLiteral("Жауаптар"),
                                                QStringLiteral("Notes")}));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Intro"));
    QVERIFY(!reader->date1904());
    QCOMPARE(reader->progress(), 0.0);
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:Read me"})});
    QCOMPARE(reader->progress(), 1.0);

    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(reader->rowNumber(), 0);
    const QList<QStringList> expected{
        row({"1", "s:Уақыт", "s:Округ", "s:S1", "s:S2", "s:Пікір", "s:Келісім"}),
        // A custom "dd.mm.yyyy hh:mm" format; an RK integer; a NUMBER; a LABEL outside the
        // shared strings; a boolean, which FreeXL gives as a number.
        row({"2", "dt:2024-06-01T10:30:00", "s:Қараауыл а.о.", "d:4", "d:0.10000000000000001",
             "s:Жол жөндеу керек", "d:1"}),
        // Format 14 is a date; a MULRK fills three columns.
        row({"3", "date:2024-06-02", "s:Бурабай", "d:5", "d:2.5", "d:-3", "d:0"}),
        // Format 20 (h:mm) is a time of day, on 1899-12-31 as the XLSX reader gives it; format
        // 22 a date and time; a formatted blank cell is blank and, being last, dropped.
        row({"4", "dt:1899-12-31T18:00:00", "dt:2024-06-01T12:00:00", "d:1234567.125"}), row({"5"}),
        row({"6", "-", "s:соңы"}),
        // Rows 7 and 8 hold only a blank cell: trailing empty rows are not returned.
    };
    QCOMPARE(readAll(*reader), expected);
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    QCOMPARE(reader->rowNumber(), 6);
    QCOMPARE(reader->progress(), 1.0);
    QVector<QVariant> cells{QVariant(1)};
    QVERIFY(!reader->readRow(cells));
    QVERIFY(cells.isEmpty());
}

void TestXlsReader::selectingRewinds()
{
    auto reader = openOrFail(QStringLiteral("basic.xls"));
    QVERIFY(reader);
    QVERIFY(reader->selectSheet(QStringLiteral("notes"))); // names ignore case
    QCOMPARE(reader->currentSheet(), QStringLiteral("Notes"));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells, QVector<QVariant>{QStringLiteral("notes")});
    QVERIFY(!reader->readRow(cells));

    QVERIFY(!reader->selectSheet(QStringLiteral("Sheet1")));
    QVERIFY(reader->error().message.contains(QStringLiteral("Sheet1")));
    QVERIFY(!reader->readRow(cells));

    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QVERIFY(!reader->error().isError());
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->progress() > 0.0 && reader->progress() < 1.0);
    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(reader->rowNumber(), 0);
    QCOMPARE(readAll(*reader).size(), 6);
}

void TestXlsReader::date1904()
{
    auto reader = openOrFail(QStringLiteral("date1904.xls"));
    QVERIFY(reader);
    QVERIFY(reader->date1904());
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "date:1904-01-02", "date:2024-06-01",
                                                       "dt:2024-06-01T12:00:00", "d:43982"})});
}

void TestXlsReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // a part of the message
    QTest::newRow("password") << dataFile(QStringLiteral("password.xls"))
                              << QStringLiteral("protected with a password");
    QTest::newRow("truncated") << dataFile(QStringLiteral("truncated.xls"))
                               << QStringLiteral("damaged");
    QTest::newRow("garbage after the OLE2 magic")
        << dataFile(QStringLiteral("garbage.xls")) << QStringLiteral("damaged");
    QTest::newRow("a compound file without a workbook")
        << dataFile(QStringLiteral("noworkbook.xls")) << QStringLiteral("no Excel workbook");
    QTest::newRow("an XLSX file") << QStringLiteral(AKIM_TEST_DATA_DIR "/xlsx/types.xlsx")
                                  << QStringLiteral("not an Excel 97–2003 workbook");
    QTest::newRow("a CSV file") << QStringLiteral(AKIM_TEST_DATA_DIR
                                                  "/csv/excel-cp1251-semicolon.csv")
                                << QStringLiteral("not an Excel 97–2003 workbook");
    QTest::newRow("empty") << QStringLiteral(AKIM_TEST_DATA_DIR "/csv/empty.csv")
                           << QStringLiteral("empty");
    QTest::newRow("no such file") << dataFile(QStringLiteral("absent.xls"))
                                  << QStringLiteral("does not exist");
}

void TestXlsReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    ReadError error;
    QVERIFY(!XlsReader::open(file, ReadLimits(), &error));
    QVERIFY(error.isError());
    QCOMPARE(error.file, file);
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
    QVERIFY(error.toString().startsWith(file));
}

void TestXlsReader::hugeDimensionsAreRefusedBeforeFreeXL()
{
    // Eight sheets of 65536 x 200 cells would make FreeXL allocate 1.6 GB; the file is 5 KB.
    QElapsedTimer timer;
    timer.start();
    ReadError error;
    QVERIFY(!XlsReader::open(dataFile(QStringLiteral("hugedimension.xls")), ReadLimits(), &error));
    QVERIFY2(error.message.contains(QStringLiteral("more than")), qPrintable(error.message));
    QVERIFY(timer.elapsed() < 2000);
}

void TestXlsReader::cellSizeLimit()
{
    ReadLimits limits;
    limits.maxCellBytes = 16; // "Қараауыл а.о." is 13 characters, 26 bytes in UTF-16
    ReadError error;
    auto reader = XlsReader::open(dataFile(QStringLiteral("basic.xls")), limits, &error);
    QVERIFY(reader);
    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells)); // the header's longest text, "Келісім", is 14 bytes
    QVERIFY(!reader->readRow(cells));
    QVERIFY(cells.isEmpty());
    QCOMPARE(reader->error().row, 2);
    QCOMPARE(reader->error().column, 2);
    QVERIFY2(reader->error().message.contains(QStringLiteral("16 bytes")),
             qPrintable(reader->error().toString()));
    QVERIFY(!reader->readRow(cells));
}

QTEST_GUILESS_MAIN(TestXlsReader)
#include "tst_xlsreader.moc"
