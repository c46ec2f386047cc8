#include "survey/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim::survey;

namespace {

// How a blank cell (an invalid QVariant) is written in the expected rows below.
const QString B = QStringLiteral("∅");

using Rows = QList<QStringList>;

// Lets the expected rows below be written as {{"a", "b"}, {"1", B}} despite QT_NO_CAST_FROM_ASCII.
struct Text
{
    Text(const char *utf8)
        : text(QString::fromUtf8(utf8))
    {}
    Text(const QString &string)
        : text(string)
    {}
    QString text;
};

Rows table(std::initializer_list<std::initializer_list<Text>> lines)
{
    Rows result;
    for (const auto &line : lines) {
        QStringList row;
        for (const Text &cell : line)
            row << cell.text;
        result << row;
    }
    return result;
}

QString golden(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/csv/") + name;
}

QStringList toStrings(const QVector<QVariant> &cells)
{
    QStringList row;
    for (const QVariant &cell : cells) {
        if (cell.isValid())
            QTest::qVerify(cell.typeId() == QMetaType::QString, "QString cell", "", __FILE__,
                           __LINE__);
        row << (cell.isValid() ? cell.toString() : B);
    }
    return row;
}

Rows readAll(CsvReader &reader)
{
    Rows rows;
    QVector<QVariant> cells;
    while (reader.readRow(cells)) {
        rows << toStrings(cells);
        if (reader.rowNumber() != rows.size())
            qWarning("rowNumber %lld after %lld rows", reader.rowNumber(), qint64(rows.size()));
    }
    return rows;
}

std::unique_ptr<CsvReader> openGolden(const QString &name, const CsvOptions &options = {},
                                      const ReadLimits &limits = {})
{
    ReadError error;
    auto reader = CsvReader::open(golden(name), options, limits, &error);
    if (reader == nullptr)
        qWarning("%s", qPrintable(error.toString()));
    return reader;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void trailingBlankRows();
    void headerOnly();
    void refusedFiles_data();
    void refusedFiles();
    void unterminatedQuote();
    void tooManyCells();
    void cellSizeLimit_data();
    void cellSizeLimit();
    void doubleEncodedIsRepaired();
    void invalidUtf8IsReplacedAndWarned();
    void optionsOverrideDetection();
    void chunkBoundariesDoNotMatter_data();
    void chunkBoundariesDoNotMatter();
    void longFileStreams();
    void selectSheetRewinds();
    void errorText();
};

void TestCsvReader::goldenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("warning"); // a part of the one warning expected, or empty
    QTest::addColumn<Rows>("rows");

    const QString kaz1 = QStringLiteral("Әлібек Қайратұлы Жұмабаев");
    const QString kaz2 = QStringLiteral("Гүлнар Сейітқызы Өмірзақова");
    QTest::newRow("LimeSurvey") << "limesurvey-utf8-bom-semicolon.csv"
                                << "UTF-8" << QChar(u';') << true << QString()
                                << table({{"id", "submitdate", "Q1[SQ001]", "Q1[SQ002]",
                                           "Әкімнің аты-жөні"},
                                          {"1", "2020-06-15 10:21:05", "5", B, kaz1},
                                          {"2", "2020-06-15 11:02:44", "4", "3", kaz2}});
    QTest::newRow("Google Forms")
        << "googleforms-utf8-comma.csv"
        << "UTF-8" << QChar(u',') << false << QString()
        << table({{"Timestamp", "Аудан", "Қай салалар?", "Баға"},
                  {"2020/06/15 10:21:05 AM GMT+6", "Бурабай", "Білім, Денсаулық", "5"},
                  {"2020/06/15 10:25:11 AM GMT+6", "Зеренді", "Жолдар", "4,5"}});
    QTest::newRow("Excel cp1251")
        << "excel-cp1251-semicolon.csv"
        << "windows-1251" << QChar(u';') << false << "windows-1251, which has no letters ә ғ қ"
        << table({{"Область", "Район", "ФИО акима", "Оценка"},
                  {"Акмолинская", "Бурабайский", "Ж?мабаев ?лібек", "4,5"},
                  {"Костанайская", "Житикаринский", "Ёлкин Пётр Сергеевич", "5"}});
    QTest::newRow("DOS cp866") << "dos-cp866.csv"
                               << "IBM866" << QChar(u';') << false << "IBM866, which has no letters"
                               << table({{"Регион", "Аким", "Баллы"},
                                         {"Северо-Казахстанская область", "Петров Иван Николаевич",
                                          "8"},
                                         {"Павлодарская область", "Смирнова Ольга Юрьевна", "7"}});
    QTest::newRow("Mac, CR only")
        << "mac-cyrillic-cr.csv"
        << "x-mac-cyrillic" << QChar(u';') << false << "x-mac-cyrillic, which has no letters"
        << table({{"Область", "Сельский округ", "ФИО"},
                  {"Карагандинская", "Ботакаринский", "Ярославцева Юлия Яковлевна"},
                  {"Жамбылская", "Кордайский", "Яковлев Эдуард Семёнович"}});
    QTest::newRow("UTF-16LE, TAB")
        << "utf16le-bom-tab.txt"
        << "UTF-16LE" << QChar(u'\t') << true << QString()
        << table({{"Облыс", "Әкім", "Баға"}, {"Алматы", kaz1, "5"}, {"Түркістан", kaz2, "4"}});
    QTest::newRow("UTF-16BE, no BOM")
        << "utf16be.csv"
        << "UTF-16BE" << QChar(u',') << false << QString()
        << table({{"Облыс", "Әкім", "Баға"}, {"Маңғыстау", kaz1, "3"}});
    QTest::newRow("sep= line") << "sep-line.csv"
                               << "UTF-8" << QChar(u',') << false << QString()
                               << table({{"a", "b;c"}, {"1", "2;3"}});
    QTest::newRow("quotes") << "embedded.csv"
                            << "UTF-8" << QChar(u',') << false << QString()
                            << table({{"id", "comment", "score"},
                                      {"1", "Line one\nline two", "5"},
                                      {"2", "He said \"hello\"", "4"},
                                      {"3", "a,b", "3"},
                                      {"4", "crlf\r\ninside and cr\rtoo", "2"},
                                      {"5", "ab", "1"},
                                      {"6", B, B},
                                      {"7", "ab\"c", "x"}});
    QTest::newRow("windows-1252") << "western-cp1252.csv"
                                  << "windows-1252" << QChar(u';') << false << "no Cyrillic letters"
                                  << table({{"Name", "Town", "Comment"},
                                            {"Müller", "Zürich", "Très bien, café crème"},
                                            {"Søren", "Århus", "Señor José"}});
}

void TestCsvReader::goldenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(bool, bom);
    QFETCH(QString, warning);
    QFETCH(Rows, rows);

    auto reader = openGolden(file);
    QVERIFY(reader);
    QCOMPARE(reader->format(), SheetFormat::Csv);
    QCOMPARE(reader->encoding(), encoding);
    QCOMPARE(reader->delimiter(), delimiter);
    QCOMPARE(reader->hadBom(), bom);
    if (warning.isEmpty()) {
        QCOMPARE(reader->warnings(), QStringList());
    } else {
        QCOMPARE(reader->warnings().size(), 1);
        QVERIFY2(reader->warnings().constFirst().contains(warning),
                 qPrintable(reader->warnings().constFirst()));
    }
    QCOMPARE(readAll(*reader), rows);
    QVERIFY(!reader->error().isError());
    QCOMPARE(reader->rowNumber(), rows.size());
    QCOMPARE(reader->progress(), 1.0);
    QCOMPARE(reader->hadSepLine(), file == QLatin1String("sep-line.csv"));
}

void TestCsvReader::trailingBlankRows()
{
    auto reader = openGolden(QStringLiteral("trailing-blank.csv"));
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), QChar(u';'));
    QCOMPARE(reader->progress(), 0.0);
    QVector<QVariant> first;
    QVERIFY(reader->readRow(first));
    QVERIFY(reader->progress() > 0.1 && reader->progress() < 0.5); // 4 of 18 bytes
    QVERIFY(reader->selectSheet(QStringLiteral("trailing-blank")));
    // The blank row inside stays in its place (empty); the blank and ";" rows at the end go.
    QCOMPARE(readAll(*reader), (table({{"a", "b"}, {"1", "2"}, {}, {"3", "4"}})));
    QCOMPARE(reader->rowNumber(), 4);
    QVERIFY(!reader->error().isError());
    QVector<QVariant> cells{QVariant(1)};
    QVERIFY(!reader->readRow(cells));
    QVERIFY(cells.isEmpty());
}

void TestCsvReader::headerOnly()
{
    auto reader = openGolden(QStringLiteral("header-only.csv"));
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), QChar(u';'));
    QCOMPARE(readAll(*reader), (table({{"Имя", "Фамилия", "Балл"}})));
    QVERIFY(!reader->error().isError());
}

void TestCsvReader::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "empty.csv"
                           << "The file is empty";
    QTest::newRow("BOM only") << "bom-only.csv"
                              << "The file is empty";
    QTest::newRow("zip") << "binary.csv"
                         << "not a text spreadsheet";
    QTest::newRow("control codes") << "controls.csv"
                                   << "not a text spreadsheet";
    QTest::newRow("missing") << "no-such-file.csv"
                             << "cannot be opened";
}

void TestCsvReader::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    ReadError error;
    QVERIFY(!CsvReader::open(golden(file), {}, {}, &error));
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.file, golden(file));
    QCOMPARE(error.row, 0);
}

void TestCsvReader::unterminatedQuote()
{
    auto reader = openGolden(QStringLiteral("unterminated.csv"));
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), (table({{"id", "comment"}, {"1", "ok"}})));
    const ReadError &error = reader->error();
    QVERIFY(error.isError());
    QCOMPARE(error.row, 3);
    QCOMPARE(error.column, 2);
    QVERIFY2(error.message.contains(QLatin1String("line 3")), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(golden(QStringLiteral("unterminated.csv")) +
                                        QStringLiteral(", row 3, column B: ")));
    QVector<QVariant> cells;
    QVERIFY(!reader->readRow(cells)); // and stays failed
}

void TestCsvReader::tooManyCells()
{
    ReadLimits limits;
    limits.maxCellsPerRow = 5;
    auto reader = openGolden(QStringLiteral("wide.csv"), {}, limits);
    QVERIFY(reader);
    QCOMPARE(readAll(*reader), (table({{"a", "b"}})));
    QCOMPARE(reader->error().row, 2);
    QCOMPARE(reader->error().column, 6);
    QVERIFY(reader->error().message.contains(QLatin1String("more than 5 cells")));
}

void TestCsvReader::cellSizeLimit_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<bool>("fits");
    const int limit = ReadLimits().maxCellBytes;
    QTest::newRow("1.5 MB") << QByteArray(limit * 3 / 2, 'x') << false;
    QTest::newRow("1.5 MB quoted")
        << "\"" + QByteArray(limit * 3 / 4, 'x') + "\n" + QByteArray(limit * 3 / 4, 'y') + "\"\"\""
        << false;
    QTest::newRow("at the limit") << QByteArray(limit, 'z') << true;
    QTest::newRow("at the limit, quoted") << "\"" + QByteArray(limit - 1, 'z') + "\"\"\"" << true;
}

void TestCsvReader::cellSizeLimit()
{
    QFETCH(QByteArray, cell);
    QFETCH(bool, fits);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.csv"), "a,b\n1," + cell + "\n2,3\n");
    QVERIFY(!path.isEmpty());
    ReadError error;
    auto reader = CsvReader::open(path, {}, {}, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    const Rows rows = readAll(*reader);
    if (fits) {
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).at(1).size(), ReadLimits().maxCellBytes);
        QVERIFY(!reader->error().isError());
    } else {
        QCOMPARE(rows, (table({{"a", "b"}})));
        QCOMPARE(reader->error().row, 2);
        QCOMPARE(reader->error().column, 2);
        QVERIFY(reader->error().message.contains(QLatin1String("more than 1048576")));
    }
}

void TestCsvReader::doubleEncodedIsRepaired()
{
    const Rows repaired = table({{"Область", "ФИО акима"}, {"Акмолинская", "Жұмабаев Әлібек"}});
    auto reader = openGolden(QStringLiteral("double-encoded.csv"));
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), EncodingDetector::doubleEncodedName());
    QCOMPARE(reader->warnings().size(), 1);
    QVERIFY(reader->warnings().constFirst().contains(QStringLiteral("Р°")));
    QCOMPARE(readAll(*reader), repaired);

    // Choosing plain UTF-8 gives the text as it is in the file.
    CsvOptions options;
    options.encoding = QStringLiteral("utf8");
    reader = openGolden(QStringLiteral("double-encoded.csv"), options);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), QStringLiteral("UTF-8"));
    const Rows raw = readAll(*reader);
    QCOMPARE(raw.size(), 2);
    QVERIFY(raw.at(0).at(0).startsWith(QStringLiteral("РћР±")));
}

void TestCsvReader::invalidUtf8IsReplacedAndWarned()
{
    QTemporaryDir dir;
    QByteArray bytes = QStringLiteral("Аты;Баға\nӘлібек;5\nГүлнар;4\n").toUtf8();
    bytes.replace("Гүл", "Г\xFFл"); // one damaged character among many good ones
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), bytes);
    ReadError error;
    auto reader = CsvReader::open(path, {}, {}, &error);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), QStringLiteral("UTF-8"));
    QCOMPARE(reader->warnings().size(), 1);
    QVERIFY(reader->warnings().constFirst().contains(QLatin1String("not valid UTF-8")));
    const Rows rows = readAll(*reader);
    QCOMPARE(rows.at(2).at(0), QStringLiteral("Г\uFFFDл") + QStringLiteral("нар"));
    QCOMPARE(reader->warnings().size(), 1); // not warned twice while streaming
}

void TestCsvReader::optionsOverrideDetection()
{
    CsvOptions options;
    options.encoding = QStringLiteral("cp1251");
    auto reader = openGolden(QStringLiteral("excel-cp1251-semicolon.csv"), options);
    QVERIFY(reader);
    QCOMPARE(reader->encoding(), QStringLiteral("windows-1251"));
    QCOMPARE(reader->warnings().size(), 1);

    options = {};
    options.delimiter = u';';
    reader = openGolden(QStringLiteral("googleforms-utf8-comma.csv"), options);
    QVERIFY(reader);
    QCOMPARE(reader->delimiter(), QChar(u';'));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(toStrings(cells), QStringList{QStringLiteral("Timestamp,Аудан,Қай салалар?,Баға")});

    ReadError error;
    options = {};
    options.encoding = QStringLiteral("no-such-encoding");
    QVERIFY(!CsvReader::open(golden(QStringLiteral("header-only.csv")), options, {}, &error));
    QVERIFY(error.message.contains(QLatin1String("no-such-encoding")));
    options = {};
    options.delimiter = u'"';
    QVERIFY(!CsvReader::open(golden(QStringLiteral("header-only.csv")), options, {}, &error));
    options = {};
    options.encoding = QStringLiteral("windows-1251"); // a forced encoding still refuses binary
    QVERIFY(!CsvReader::open(golden(QStringLiteral("binary.csv")), options, {}, &error));
    QVERIFY(error.message.contains(QLatin1String("not a text spreadsheet")));
}

void TestCsvReader::chunkBoundariesDoNotMatter_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file :
         {"limesurvey-utf8-bom-semicolon.csv", "googleforms-utf8-comma.csv",
          "excel-cp1251-semicolon.csv", "dos-cp866.csv", "mac-cyrillic-cr.csv",
          "utf16le-bom-tab.txt", "utf16be.csv", "sep-line.csv", "embedded.csv",
          "trailing-blank.csv", "header-only.csv", "unterminated.csv", "double-encoded.csv"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

// Every chunk size from one byte up puts a boundary inside each quote, CR LF pair and multi-byte
// character of the file somewhere; the rows and errors must not change.
void TestCsvReader::chunkBoundariesDoNotMatter()
{
    QFETCH(QString, file);
    auto reader = openGolden(file);
    QVERIFY(reader);
    const Rows expected = readAll(*reader);
    const ReadError expectedError = reader->error();
    QVERIFY(!expected.isEmpty());
    for (int chunk = 1; chunk <= 17; ++chunk) {
        reader->setChunkSizeForTesting(chunk);
        double progress = 0;
        Rows rows;
        QVector<QVariant> cells;
        while (reader->readRow(cells)) {
            rows << toStrings(cells);
            QVERIFY(reader->progress() >= progress);
            progress = reader->progress();
        }
        QCOMPARE(rows, expected);
        QCOMPARE(reader->error().row, expectedError.row);
        QCOMPARE(reader->error().column, expectedError.column);
        QCOMPARE(reader->error().message, expectedError.message);
    }
}

void TestCsvReader::longFileStreams()
{
    QTemporaryDir dir;
    QByteArray bytes = "\xEF\xBB\xBF\"id\";\"Аты-жөні\";\"Пікір\"\r\n";
    const int count = 20000;
    for (int i = 1; i <= count; ++i) {
        bytes += "\"" + QByteArray::number(i) + "\";\"Жұмабаев Әлібек " + QByteArray::number(i) +
                 "\";\"" + (i % 3 == 0 ? QByteArray("көп\r\nжолды \"\"пікір\"\"") : "") + "\"\r\n";
    }
    const QString path = writeFile(dir, QStringLiteral("long.csv"), bytes);
    ReadError error;
    auto reader = CsvReader::open(path, {}, {}, &error);
    QVERIFY(reader);
    reader->setChunkSizeForTesting(4093); // a prime, so boundaries fall everywhere
    QVector<QVariant> cells;
    qint64 rows = 0;
    double progress = 0;
    while (reader->readRow(cells)) {
        ++rows;
        QCOMPARE(cells.size(), 3);
        QVERIFY(reader->progress() >= progress);
        progress = reader->progress();
        if (rows > 1 && (rows - 1) % 3 == 0)
            QCOMPARE(cells.at(2).toString(), QStringLiteral("көп\r\nжолды \"пікір\""));
    }
    QVERIFY(!reader->error().isError());
    QCOMPARE(rows, count + 1);
    QCOMPARE(cells.size(), 0);
    QCOMPARE(reader->progress(), 1.0);
}

void TestCsvReader::selectSheetRewinds()
{
    auto reader = openGolden(QStringLiteral("sep-line.csv"));
    QVERIFY(reader);
    QCOMPARE(reader->sheetNames(), QStringList{QStringLiteral("sep-line")});
    QCOMPARE(reader->currentSheet(), QStringLiteral("sep-line"));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QVERIFY(reader->readRow(cells));
    QVERIFY(!reader->selectSheet(QStringLiteral("Sheet1")));
    QVERIFY(reader->error().isError());
    QVERIFY(reader->selectSheet(QStringLiteral("sep-line")));
    QVERIFY(!reader->error().isError());
    QCOMPARE(reader->rowNumber(), 0);
    QCOMPARE(readAll(*reader), (table({{"a", "b;c"}, {"1", "2;3"}})));
}

void TestCsvReader::errorText()
{
    ReadError error;
    QCOMPARE(error.toString(), QString());
    error.message = QStringLiteral("The file is empty");
    QCOMPARE(error.toString(), QStringLiteral("The file is empty"));
    error.file = QStringLiteral("survey.csv");
    QCOMPARE(error.toString(), QStringLiteral("survey.csv: The file is empty"));
    error.row = 12;
    error.column = 28;
    QCOMPARE(error.toString(), QStringLiteral("survey.csv, row 12, column AB: The file is empty"));
    error.column = 702;
    QVERIFY(error.toString().contains(QLatin1String("column ZZ:")));
    QCOMPARE(sheetFormatKey(SheetFormat::Csv), QStringLiteral("csv"));
    QCOMPARE(sheetFormatKey(SheetFormat::Xlsx), QStringLiteral("xlsx"));
    QCOMPARE(sheetFormatKey(SheetFormat::Ods), QStringLiteral("ods"));
    QCOMPARE(sheetFormatKey(SheetFormat::Xls), QStringLiteral("xls"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
