#include "survey/odsreader.h"

#include "testsupport.h"
#include <QDateTime>
#include <QElapsedTimer>

#include <QtTest>

using namespace akim::survey;

namespace {

QString dataFile(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/ods/") + name;
}

using akim::test::describe;
using akim::test::row;

// Reads the remaining rows; each one is prefixed with its row number.
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

std::unique_ptr<OdsReader> openOrFail(const QString &name, const ReadLimits &limits = {})
{
    ReadError error;
    std::unique_ptr<OdsReader> reader = OdsReader::open(dataFile(name), limits, &error);
    if (!reader)
        qWarning("%s", qPrintable(error.toString()));
    return reader;
}

} // namespace

class TestOdsReader : public QObject
{
    Q_OBJECT

private slots:
    void valueTypesAndRepeats();
    void trailingRepeatsAreNotExpanded();
    void noMimetypeIsTolerated();
    void unusualPrefixesAndMarkup();
    void tableHiddenFromTheListing();
    void utf16Content();
    void wideRowsPauseParsing();
    void hugeRepeatedRow();
    void hugeRepeatedCells();
    void smallerRepeatLimit();
    void refusedFiles_data();
    void refusedFiles();
};

void TestOdsReader::valueTypesAndRepeats()
{
    auto reader = openOrFail(QStringLiteral("basic.ods"));
    QVERIFY(reader);
    QCOMPARE(reader->format(), SheetFormat::Ods);
    QCOMPARE(reader->sheetNames(), row({"Intro", "Жауаптар", "Notes"}));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Intro"));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:Read me"})});

    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Жауаптар"));
    QElapsedTimer timer;
    timer.start();
    const QList<QStringList> expected{
        row({"1", "s:Уақыт", "s:Округ", "s:S1", "s:S2", "s:Пікір"}),
        // The annotation on the float cell is not part of its value; paragraphs are joined
        // with a line break, text:s/tab/line-break are spaces, a tab and a line break.
        row({"2", "dt:2024-06-01T10:30:00.000", "s:Қараауыл а.о.", "d:4", "d:0.25",
             "s:Жол жөндеу  керек\na\tb\nc"}),
        // A merged cell: the covered cell behind it is blank.
        row({"3", "date:2024-06-02", "d:1500.5", "b:true", "s:merged", "-", "d:3"}),
        // number-rows-repeated="3" and number-columns-repeated="2" with values are expanded.
        row({"4", "s:same", "d:1", "d:1"}),
        row({"5", "s:same", "d:1", "d:1"}),
        row({"6", "s:same", "d:1", "d:1"}),
        // Two repeated empty rows keep their place.
        row({"7"}),
        row({"8"}),
        // Empty repeated cells move the column; the 16,380 trailing ones vanish.
        row({"9", "-", "-", "-", "d:9"}),
        // White space collapses; office:string-value wins over the paragraph; a time is read
        // as it is shown; an empty styled cell is blank; an untyped cell keeps its text.
        row({"10", "s:many spaces here", "s:attr wins", "s:10:30", "b:false", "d:-0.25", "-",
             "s:untyped"}),
    };
    QCOMPARE(readAll(*reader), expected);
    QVERIFY2(!reader->error().isError(), qPrintable(reader->error().toString()));
    // The 1,048,000 trailing empty rows were skipped, not expanded.
    QCOMPARE(reader->rowNumber(), 10);
    QVERIFY(timer.elapsed() < 2000);
    QVERIFY(reader->progress() >= 0.0 && reader->progress() <= 1.0);

    QVERIFY(reader->selectSheet(QStringLiteral("notes")));
    QCOMPARE(reader->currentSheet(), QStringLiteral("Notes"));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:x"})});

    QVERIFY(!reader->selectSheet(QStringLiteral("Sheet1")));
    QVERIFY(reader->error().message.contains(QStringLiteral("Sheet1")));
    QVERIFY(reader->selectSheet(QStringLiteral("Intro")));
    QVERIFY(!reader->error().isError());
    QCOMPARE(readAll(*reader).size(), 1);
}

void TestOdsReader::trailingRepeatsAreNotExpanded()
{
    auto reader = openOrFail(QStringLiteral("trailing.ods"));
    QVERIFY(reader);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:data", "d:1"})});
    QVERIFY(!reader->error().isError());
    QCOMPARE(reader->rowNumber(), 1);
    QVERIFY(timer.elapsed() < 2000);
}

void TestOdsReader::noMimetypeIsTolerated()
{
    auto reader = openOrFail(QStringLiteral("nomimetype.ods"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Only"}));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:fine"})});
}

void TestOdsReader::unusualPrefixesAndMarkup()
{
    auto reader = openOrFail(QStringLiteral("prefixes.ods"));
    QVERIFY(reader);
    // Tables inside a comment, a processing instruction or CDATA are not sheets.
    QCOMPARE(reader->sheetNames(), row({"A & B", "Second"}));
    QCOMPARE(readAll(*reader),
             QList<QStringList>{row({"1", "s:<t:table t:name=\"fake\">", "d:2"})});
    QVERIFY(reader->selectSheet(QStringLiteral("Second")));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:second"})});
    QVERIFY(!reader->error().isError());
}

void TestOdsReader::tableHiddenFromTheListing()
{
    // A table whose prefix is declared below the root is missed by the quick listing; reading
    // the sheet listed after it must fail rather than return the hidden table's rows.
    auto reader = openOrFail(QStringLiteral("rebound.ods"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"First", "Last"}));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:first"})});
    QVERIFY(reader->selectSheet(QStringLiteral("Last")));
    QVector<QVariant> cells;
    QVERIFY(!reader->readRow(cells));
    QVERIFY2(reader->error().message.contains(QStringLiteral("\"Hidden\"")),
             qPrintable(reader->error().toString()));
}

void TestOdsReader::utf16Content()
{
    auto reader = openOrFail(QStringLiteral("utf16.ods"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), row({"Сауалнама"}));
    QCOMPARE(readAll(*reader), QList<QStringList>{row({"1", "s:Әкім", "d:5"})});
}

void TestOdsReader::wideRowsPauseParsing()
{
    // 8 rows × 16,384 cells are more than the parser queues ahead of the reader.
    auto reader = openOrFail(QStringLiteral("widerows.ods"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    int rows = 0;
    while (reader->readRow(cells)) {
        ++rows;
        QCOMPARE(reader->rowNumber(), rows);
        QCOMPARE(cells.size(), 16384);
        QCOMPARE(describe(cells.first()), QStringLiteral("s:row %1").arg(rows));
        QCOMPARE(describe(cells.last()), QStringLiteral("d:%1").arg(rows));
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(rows, 8);
}

void TestOdsReader::hugeRepeatedRow()
{
    auto reader = openOrFail(QStringLiteral("hugerepeat.ods"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->error().row, 2);
    QVERIFY2(reader->error().message.contains(QStringLiteral("repeats 1000000 times")),
             qPrintable(reader->error().toString()));
    QVERIFY(!reader->readRow(cells));
}

void TestOdsReader::hugeRepeatedCells()
{
    auto reader = openOrFail(QStringLiteral("hugecols.ods"));
    QVERIFY(reader);
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->readRow(cells));
    QCOMPARE(reader->error().row, 2);
    QCOMPARE(reader->error().column, 1);
    QVERIFY2(reader->error().message.contains(QStringLiteral("16384")),
             qPrintable(reader->error().toString()));
}

void TestOdsReader::smallerRepeatLimit()
{
    ReadLimits limits;
    limits.maxRepeatedRows = 2;
    auto reader = openOrFail(QStringLiteral("basic.ods"), limits);
    QVERIFY(reader);
    QVERIFY(reader->selectSheet(QStringLiteral("Жауаптар")));
    QCOMPARE(readAll(*reader).size(), 3); // the row repeated three times is refused
    QCOMPARE(reader->error().row, 4);
}

void TestOdsReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected"); // a part of the message
    const QString xlsx = QStringLiteral(AKIM_TEST_DATA_DIR "/xlsx/");
    QTest::newRow("billion laughs")
        << dataFile(QStringLiteral("laughs.ods")) << QStringLiteral("DTD");
    QTest::newRow("a text document")
        << dataFile(QStringLiteral("wrongmime.ods")) << QStringLiteral("not a spreadsheet");
    QTest::newRow("an XLSX file") << xlsx + QStringLiteral("types.xlsx")
                                  << QStringLiteral("content.xml");
    QTest::newRow("binary garbage")
        << xlsx + QStringLiteral("garbage.xlsx") << QStringLiteral("not a zip archive");
    QTest::newRow("truncated zip")
        << xlsx + QStringLiteral("truncated.xlsx") << QStringLiteral("truncated");
    QTest::newRow("empty zip") << xlsx + QStringLiteral("empty.xlsx") << QStringLiteral("empty");
}

void TestOdsReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    ReadError error;
    QVERIFY(!OdsReader::open(file, ReadLimits(), &error));
    QCOMPARE(error.file, file);
    QVERIFY2(error.message.contains(expected), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
