// The header guess of the import wizard, and the cell conversions (cellvalue.h) it relies on to
// tell labels from values.
#include "survey/cellvalue.h"
#include "survey/headerguess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace akim::survey;

namespace {

using Rows = QVector<QVector<QVariant>>;

// Rows as text, the way a CSV reader returns them: "" is a blank cell.
Rows textRows(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Rows result;
    for (const auto &row : rows) {
        QVector<QVariant> cells;
        for (const char *cell : row)
            cells << (*cell ? QVariant(QString::fromUtf8(cell)) : QVariant());
        result << cells;
    }
    return result;
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result << QString::fromUtf8(s);
    return result;
}

} // namespace

class TestHeaderGuess : public QObject
{
    Q_OBJECT

private slots:
    void oneHeaderRow();
    void titleRowsAbove();
    void limeSurveyCodesAndTexts();
    void surveyMonkeyMergedQuestions();
    void qualtricsThreeRows();
    void allTextAnswersKeepOneRow();
    void typedCellsFromSpreadsheets();
    void emptyAndHeaderOnly();
    void userChosenRows();
    void columnLetters();

    void numbers_data();
    void numbers();
    void dates_data();
    void dates();
    void excelSerials();
    void json();
};

void TestHeaderGuess::oneHeaderRow()
{
    const HeaderGuess guess = HeaderGuess::guess(
        textRows({{"Timestamp", "Аудан", "Қай салалар?", "Баға"},
                  {"2020/06/15 10:21:05 AM GMT+6", "Бурабай", "Білім, Денсаулық", "5"},
                  {"2020/06/15 10:25:11 AM GMT+6", "Зеренді", "Жолдар", "4,5"}}));
    QCOMPARE(guess.headerRows, QVector<int>{0});
    QCOMPARE(guess.firstDataRow, 1);
    QCOMPARE(guess.columns, strings({"Timestamp", "Аудан", "Қай салалар?", "Баға"}));
}

void TestHeaderGuess::titleRowsAbove()
{
    const HeaderGuess guess = HeaderGuess::guess(textRows({{"Сауалнама нәтижелері"},
                                                           {"Күні: 01.06.2024", "", ""},
                                                           {},
                                                           {"Аудан", "Округ", "S1", "S2"},
                                                           {"Бурабай", "Қараауыл а.о.", "5", "4"},
                                                           {"Зеренді", "Ақкөл а.о.", "3", ""}}));
    QCOMPARE(guess.headerRows, QVector<int>{3});
    QCOMPARE(guess.firstDataRow, 4);
    QCOMPARE(guess.columns, strings({"Аудан", "Округ", "S1", "S2"}));
}

void TestHeaderGuess::limeSurveyCodesAndTexts()
{
    const HeaderGuess guess = HeaderGuess::guess(textRows(
        {{"id", "submitdate", "Q1[SQ001]", "Q1[SQ002]", "Q2"},
         {"ID ответа", "Дата отправки", "Оцените: [дороги]", "Оцените: [школы]", "Комментарий"},
         {"1", "2020-06-15 10:21:05", "5", "4", "Всё хорошо"},
         {"2", "2020-06-15 11:02:44", "3", "", ""},
         {"3", "2020-06-16 09:00:00", "4", "5", "Жол жоқ"}}));
    QCOMPARE(guess.headerRows, (QVector<int>{0, 1}));
    QCOMPARE(guess.firstDataRow, 2);
    QCOMPARE(guess.columns, strings({"id / ID ответа", "submitdate / Дата отправки",
                                     "Q1[SQ001] / Оцените: [дороги]",
                                     "Q1[SQ002] / Оцените: [школы]", "Q2 / Комментарий"}));
}

void TestHeaderGuess::surveyMonkeyMergedQuestions()
{
    // The question spans its answers' columns: the cells right of it are blank, as merged.
    const HeaderGuess guess = HeaderGuess::guess(
        textRows({{"Respondent ID", "Start Date", "Какие дороги?", "", "", "Ваш возраст"},
                  {"", "", "Районные", "Сельские", "Другое (укажите)", "Response"},
                  {"1001", "06/15/2020 10:21:05", "Районные", "", "", "35"},
                  {"1002", "06/15/2020 11:00:00", "", "Сельские", "мост", "52"}}));
    QCOMPARE(guess.headerRows, (QVector<int>{0, 1}));
    QCOMPARE(guess.firstDataRow, 2);
    QCOMPARE(guess.columns, strings({"Respondent ID", "Start Date", "Какие дороги? / Районные",
                                     "Какие дороги? / Сельские", "Какие дороги? / Другое (укажите)",
                                     "Ваш возраст / Response"}));

    // With a title above: the sparse question row is still the upper header row.
    Rows withTitle = textRows({{"Survey export"}});
    withTitle += textRows({{"Respondent ID", "Start Date", "Какие дороги?", "", "", "Ваш возраст"},
                           {"", "", "Районные", "Сельские", "Другое (укажите)", "Response"},
                           {"1001", "06/15/2020 10:21:05", "Районные", "", "", "35"},
                           {"1002", "06/15/2020 11:00:00", "", "Сельские", "мост", "52"}});
    QCOMPARE(HeaderGuess::guess(withTitle).headerRows, (QVector<int>{1, 2}));
}

void TestHeaderGuess::qualtricsThreeRows()
{
    const HeaderGuess guess = HeaderGuess::guess(textRows(
        {{"StartDate", "Finished", "Q1", "Q2_1"},
         {"Start Date", "Finished", "Аудан", "Бағалаңыз - Жолдар"},
         {"{\"ImportId\":\"startDate\",\"timeZone\":\"Asia/Almaty\"}",
          "{\"ImportId\":\"finished\"}", "{\"ImportId\":\"QID1\"}", "{\"ImportId\":\"QID2_1\"}"},
         {"2024-06-01 10:30:00", "1", "Бурабай", "5"},
         {"2024-06-02 12:00:00", "1", "Зеренді", "4"}}));
    QCOMPARE(guess.headerRows, (QVector<int>{0, 1, 2}));
    QCOMPARE(guess.firstDataRow, 3);
    // The import ids do not name anything; "Finished" twice is said once.
    QCOMPARE(guess.columns, strings({"StartDate / Start Date", "Finished", "Q1 / Аудан",
                                     "Q2_1 / Бағалаңыз - Жолдар"}));
}

void TestHeaderGuess::allTextAnswersKeepOneRow()
{
    // Nothing tells a second header row from a first answer when every answer is text.
    const HeaderGuess guess = HeaderGuess::guess(
        textRows({{"Аудан", "Пікір"}, {"Бурабай", "Жол керек"}, {"Зеренді", "Мектеп"}}));
    QCOMPARE(guess.headerRows, QVector<int>{0});
    // A first answer that is a number where the column holds numbers is data, not a header.
    QCOMPARE(HeaderGuess::guess(textRows({{"Аудан", "Баға"}, {"Бурабай", "5"}, {"Зеренді", "4"}}))
                 .headerRows,
             QVector<int>{0});
}

void TestHeaderGuess::typedCellsFromSpreadsheets()
{
    // Cells as the XLSX, ODS and XLS readers give them: numbers and dates are typed already.
    const Rows rows{
        {QStringLiteral("Уақыт"), QStringLiteral("Округ"), QStringLiteral("S1")},
        {QDateTime(QDate(2024, 6, 1), QTime(10, 30)), QStringLiteral("Қараауыл а.о."), 5.0},
        {QDate(2024, 6, 2), QStringLiteral("Бурабай"), 4.0, QVariant(), true},
    };
    const HeaderGuess guess = HeaderGuess::guess(rows);
    QCOMPARE(guess.headerRows, QVector<int>{0});
    // The fifth column has a value but no header.
    QCOMPARE(guess.columns, strings({"Уақыт", "Округ", "S1", "Column D", "Column E"}));
}

void TestHeaderGuess::emptyAndHeaderOnly()
{
    HeaderGuess guess = HeaderGuess::guess({});
    QVERIFY(guess.headerRows.isEmpty());
    QCOMPARE(guess.firstDataRow, 0);
    QVERIFY(guess.columns.isEmpty());

    guess = HeaderGuess::guess(textRows({{}, {"", ""}}));
    QVERIFY(guess.headerRows.isEmpty());
    QCOMPARE(guess.firstDataRow, 0);

    guess = HeaderGuess::guess(textRows({{"Имя", "Фамилия", "Балл"}}));
    QCOMPARE(guess.headerRows, QVector<int>{0});
    QCOMPARE(guess.firstDataRow, 1);
    QCOMPARE(guess.columns, strings({"Имя", "Фамилия", "Балл"}));

    // Numbers from the first row on: no header, and the title above is skipped.
    guess = HeaderGuess::guess(textRows({{"Баллы"}, {"3", "2", "4"}, {"4", "4,5", "1"}}));
    QVERIFY(guess.headerRows.isEmpty());
    QCOMPARE(guess.firstDataRow, 1);
    QCOMPARE(guess.columns, strings({"Column A", "Column B", "Column C"}));

    // One column: the first non-empty row is the header.
    guess = HeaderGuess::guess(textRows({{}, {"ФИО"}, {"Ахметов"}}));
    QCOMPARE(guess.headerRows, QVector<int>{1});
}

void TestHeaderGuess::userChosenRows()
{
    const Rows rows = textRows({{"a", "", "c"}, {"x", "y", ""}, {"1", "2", "3", "4"}});
    HeaderGuess chosen = HeaderGuess::fromRows(rows, {1});
    QCOMPARE(chosen.firstDataRow, 2);
    QCOMPARE(chosen.columns, strings({"x", "y", "Column C", "Column D"}));
    chosen = HeaderGuess::fromRows(rows, {0, 1});
    QCOMPARE(chosen.columns, strings({"a / x", "a / y", "c", "Column D"}));
    chosen = HeaderGuess::fromRows(rows, {});
    QCOMPARE(chosen.firstDataRow, 0);
    QCOMPARE(chosen.columns, strings({"Column A", "Column B", "Column C", "Column D"}));
}

void TestHeaderGuess::columnLetters()
{
    QCOMPARE(HeaderGuess::columnLetter(0), QStringLiteral("A"));
    QCOMPARE(HeaderGuess::columnLetter(25), QStringLiteral("Z"));
    QCOMPARE(HeaderGuess::columnLetter(26), QStringLiteral("AA"));
    QCOMPARE(HeaderGuess::columnLetter(701), QStringLiteral("ZZ"));
    QCOMPARE(HeaderGuess::columnLetter(702), QStringLiteral("AAA"));
    QCOMPARE(HeaderGuess::columnLetter(16383), QStringLiteral("XFD"));
    QCOMPARE(HeaderGuess::unnamedColumn(2), QStringLiteral("Column C"));
}

void TestHeaderGuess::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    const auto add = [](const char *text, const QVariant &expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << expected;
    };
    const QVariant none;
    add("5", 5.0);
    add(" 4,5 ", 4.5);
    add("4.5", 4.5);
    add("-3", -3.0);
    add("+2,0", 2.0);
    add("\u22127,25", -7.25);      // the minus sign
    add("1 234 567,5", 1234567.5); // spaces between thousands
    add("1\u00A0234,5", 1234.5);   // a no-break space
    add("12\u202F345", 12345.0);   // a narrow no-break space
    add("1.234,5", 1234.5);
    add("1,234.5", 1234.5);
    add("1,234", 1.234); // one comma is a decimal comma
    add("1,234,567", 1234567.0);
    add("1.234.567", 1234567.0);
    add("1e3", 1000.0);
    add(",5", 0.5);
    add("", none);
    add("abc", none);
    add("5 4", none); // not grouped by threes
    add("1 23", none);
    add("4,5,6", none);
    add("1.2.3", none);
    add("1,2.345,6", none);
    add("inf", none);
    add("nan", none);
    add("5%", none);
    add("12:30", none);
}

void TestHeaderGuess::numbers()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const QVariant value = parseNumber(text);
    QCOMPARE(value.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(value.metaType().id(), int(QMetaType::Double));
        QCOMPARE(value.toDouble(), expected.toDouble());
    }
}

void TestHeaderGuess::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariant>("expected");
    const auto add = [](const char *text, const QVariant &expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << expected;
    };
    const QDate june15(2020, 6, 15);
    const QDateTime at(june15, QTime(10, 21, 5));
    add("15.06.2020", june15);
    add("5.6.2020", QDate(2020, 6, 5));
    add("15.06.2020 10:21:05", at);
    add("15.06.2020 10:21", QDateTime(june15, QTime(10, 21)));
    add("15.06.2020, 10:21:05", at);
    add("2020-06-15", june15);
    add("2020-06-15 10:21:05", at);
    add("2020-06-15T10:21:05", at);
    add("2020-06-15T10:21:05.250", QDateTime(june15, QTime(10, 21, 5, 250)));
    add("6/15/2020 10:21:05", at);
    add("6/5/2020", QDate(2020, 6, 5)); // M/d/yyyy, as Google Forms writes in English
    add("15/6/2020", june15);           // the first number is over 12: d/M/yyyy
    add("2020/06/15 10:21:05 AM GMT+6", at);
    add("2020/06/15 10:21:05 PM GMT+6", QDateTime(june15, QTime(22, 21, 5)));
    add("2020/06/15 12:05:00 AM", QDateTime(june15, QTime(0, 5)));
    add("6/15/2020 12:00:00 PM", QDateTime(june15, QTime(12, 0)));
    add("31.02.2020", QVariant());
    add("15.06.2020 25:00", QVariant());
    add("2020-13-01", QVariant());
    add("45000", QVariant()); // a number is not a date without an epoch
    add("Бурабай", QVariant());
    add("", QVariant());
}

void TestHeaderGuess::dates()
{
    QFETCH(QString, text);
    QFETCH(QVariant, expected);
    const QVariant value = parseDate(text);
    QCOMPARE(value.metaType().id(), expected.metaType().id());
    QCOMPARE(value, expected);
    if (value.metaType().id() == QMetaType::QDateTime)
        QCOMPARE(value.toDateTime().timeSpec(), Qt::LocalTime);
}

void TestHeaderGuess::excelSerials()
{
    QCOMPARE(excelSerialToDate(45444, false), QVariant(QDate(2024, 6, 1)));
    QCOMPARE(excelSerialToDate(45444.4375, false),
             QVariant(QDateTime(QDate(2024, 6, 1), QTime(10, 30))));
    QCOMPARE(excelSerialToDate(1, false), QVariant(QDate(1900, 1, 1)));
    QCOMPARE(excelSerialToDate(59, false), QVariant(QDate(1900, 2, 28)));
    QCOMPARE(excelSerialToDate(60, false), QVariant(QDate(1900, 2, 28))); // Excel's 29th
    QCOMPARE(excelSerialToDate(61, false), QVariant(QDate(1900, 3, 1)));
    QCOMPARE(excelSerialToDate(0.75, false),
             QVariant(QDateTime(QDate(1899, 12, 31), QTime(18, 0))));
    QCOMPARE(excelSerialToDate(43982, true), QVariant(QDate(2024, 6, 1)));
    QCOMPARE(excelSerialToDate(0, true), QVariant(QDate(1904, 1, 1)));
    // A time that rounds up to midnight belongs to the next day.
    QCOMPARE(excelSerialToDate(45444.999999999, false),
             QVariant(QDateTime(QDate(2024, 6, 2), QTime(0, 0))));
    QVERIFY(!excelSerialToDate(-1, false).isValid());
    QVERIFY(!excelSerialToDate(2958466, false).isValid());
    QVERIFY(!excelSerialToDate(qQNaN(), false).isValid());

    QCOMPARE(parseDate(QStringLiteral("45444,5"), ExcelEpoch::Excel1900),
             QVariant(QDateTime(QDate(2024, 6, 1), QTime(12, 0))));
    QCOMPARE(parseDate(QStringLiteral("43982"), ExcelEpoch::Excel1904),
             QVariant(QDate(2024, 6, 1)));
    QCOMPARE(parseDate(QStringLiteral("15.06.2020"), ExcelEpoch::Excel1900),
             QVariant(QDate(2020, 6, 15)));
}

void TestHeaderGuess::json()
{
    QCOMPARE(toJson(QVariant()), QJsonValue(QJsonValue::Null));
    QCOMPARE(toJson(QString()), QJsonValue(QJsonValue::Null));
    QCOMPARE(toJson(QStringLiteral("Әкім")), QJsonValue(QStringLiteral("Әкім")));
    QCOMPARE(toJson(4.5), QJsonValue(4.5));
    QCOMPARE(toJson(7), QJsonValue(7));
    QCOMPARE(toJson(qInf()), QJsonValue(QJsonValue::Null));
    QCOMPARE(toJson(true), QJsonValue(true));
    QCOMPARE(toJson(QDate(2024, 6, 1)), QJsonValue(QStringLiteral("2024-06-01")));
    QCOMPARE(toJson(QDateTime(QDate(2024, 6, 1), QTime(10, 30))),
             QJsonValue(QStringLiteral("2024-06-01T10:30:00")));
    QCOMPARE(toJson(QDateTime(QDate(2024, 6, 1), QTime(10, 30, 0, 250))),
             QJsonValue(QStringLiteral("2024-06-01T10:30:00.250")));
    QCOMPARE(toJson(QDateTime(QDate(2024, 6, 1), QTime(10, 30), Qt::UTC)),
             QJsonValue(QStringLiteral("2024-06-01T10:30:00Z")));
    QCOMPARE(toJson(QTime(18, 0)), QJsonValue(QStringLiteral("18:00:00")));
    // A number in JSON text is a number, not a string.
    const QJsonArray array{toJson(5.0), toJson(QStringLiteral("5"))};
    QCOMPARE(QJsonDocument(array).toJson(QJsonDocument::Compact), QByteArray("[5,\"5\"]"));
}

QTEST_GUILESS_MAIN(TestHeaderGuess)
#include "tst_headerguess.moc"
