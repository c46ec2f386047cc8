#include "survey/answerscale.h"

#include <QJsonObject>
#include <QtTest>

using namespace akim::survey;

namespace {

// "5", "nc" (not counted) or "bad", for compact tables.
QString outcome(const Answer &answer)
{
    if (answer.status == Answer::Status::Invalid)
        return QStringLiteral("bad");
    if (answer.status == Answer::Status::NotCounted)
        return QStringLiteral("nc");
    return QString::number(answer.value);
}

} // namespace

class TestAnswerScale : public QObject
{
    Q_OBJECT

private slots:
    void likertCells_data();
    void likertCells();
    void likertPhrases_data();
    void likertPhrases();
    void yesNo_data();
    void yesNo();
    void overrides();
    void otherScales();
    void invalidMessage();
    void json();
    void jsonErrors();
};

void TestAnswerScale::likertCells_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("blank") << QVariant() << "nc";
    QTest::newRow("empty text") << QVariant(QString()) << "nc";
    QTest::newRow("spaces") << QVariant(QStringLiteral("  \u00a0 ")) << "nc";
    QTest::newRow("1.0") << QVariant(1.0) << "1";
    QTest::newRow("5.0") << QVariant(5.0) << "5";
    QTest::newRow("int 3") << QVariant(3) << "3";
    QTest::newRow("0") << QVariant(0.0) << "bad";
    QTest::newRow("6") << QVariant(6.0) << "bad";
    QTest::newRow("4.5") << QVariant(4.5) << "bad";
    QTest::newRow("text 4") << QVariant(QStringLiteral("4")) << "4";
    QTest::newRow("text 4,0") << QVariant(QStringLiteral("4,0")) << "4";
    QTest::newRow("text 7") << QVariant(QStringLiteral("7")) << "bad";
    QTest::newRow("bool") << QVariant(true) << "bad";
    QTest::newRow("date") << QVariant(QDate(2020, 6, 1)) << "bad";
    QTest::newRow("leading number")
        << QVariant(QStringLiteral("5 - Полностью удовлетворен")) << "5";
    QTest::newRow("number in brackets")
        << QVariant(QStringLiteral("4 (скорее удовлетворен)")) << "4";
    QTest::newRow("junk") << QVariant(QStringLiteral("Может быть")) << "bad";
}

void TestAnswerScale::likertCells()
{
    QFETCH(QVariant, cell);
    QFETCH(QString, expected);
    QCOMPARE(outcome(AnswerScale().interpret(cell)), expected);
}

void TestAnswerScale::likertPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru 5") << "Полностью удовлетворен"
                          << "5";
    QTest::newRow("ru 5 feminine ё") << "Полностью удовлетворёна"
                                     << "5";
    QTest::newRow("ru 5 case, dot, spaces") << "  ПОЛНОСТЬЮ   удовлетворен. "
                                            << "5";
    QTest::newRow("ru 4") << "Скорее удовлетворен"
                          << "4";
    QTest::newRow("ru 4 feminine") << "Скорее удовлетворена"
                                   << "4";
    QTest::newRow("ru 3") << "Частично удовлетворен"
                          << "3";
    QTest::newRow("ru 2") << "Скорее не удовлетворен"
                          << "2";
    QTest::newRow("ru 1") << "Совершенно не удовлетворен"
                          << "1";
    QTest::newRow("ru quoted") << "«Совершенно не удовлетворен»"
                               << "1";
    QTest::newRow("kk 5") << "Толық қанағаттанамын"
                          << "5";
    QTest::newRow("kk 5 cp1251") << "То?ы? ?ана?аттанамын"
                                 << "5";
    QTest::newRow("kk 5 cp1251 underscores") << "То_ы_ _ана_аттанамын"
                                             << "5";
    QTest::newRow("kk 4") << "Көбіне қанағаттанамын"
                          << "4";
    QTest::newRow("kk 3") << "Ішінара қанағаттанамын"
                          << "3";
    QTest::newRow("kk 2") << "Қанағаттанбаймын"
                          << "2";
    QTest::newRow("kk 1") << "Мүлдем қанағаттанбаймын"
                          << "1";
    QTest::newRow("en 5") << "Completely satisfied"
                          << "5";
    QTest::newRow("en 4") << "Satisfied"
                          << "4";
    QTest::newRow("en 3") << "Neutral"
                          << "3";
    QTest::newRow("en 2") << "Dissatisfied"
                          << "2";
    QTest::newRow("en 1") << "Very dissatisfied"
                          << "1";
    QTest::newRow("ru hard") << "Затрудняюсь ответить"
                             << "nc";
    QTest::newRow("kk hard") << "Жауап беруге қиналамын"
                             << "nc";
    QTest::newRow("kk hard cp1251") << "Жауап беруге ?иналамын"
                                    << "nc";
    QTest::newRow("en hard") << "Hard to say"
                             << "nc";
    QTest::newRow("en hard question mark") << "Hard to say?"
                                           << "nc";
    QTest::newRow("dash") << "-"
                          << "nc";
    QTest::newRow("yes is not Likert") << "Да"
                                       << "bad";
}

void TestAnswerScale::likertPhrases()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(outcome(AnswerScale().interpret(text)), expected);
}

void TestAnswerScale::yesNo_data()
{
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Да") << QVariant(QStringLiteral("Да")) << "1";
    QTest::newRow("да.") << QVariant(QStringLiteral("да.")) << "1";
    QTest::newRow("Иә") << QVariant(QStringLiteral("Иә")) << "1";
    QTest::newRow("Иә cp1251") << QVariant(QStringLiteral("И?")) << "1";
    QTest::newRow("Yes") << QVariant(QStringLiteral("YES")) << "1";
    QTest::newRow("Нет") << QVariant(QStringLiteral("Нет")) << "0";
    QTest::newRow("Жоқ") << QVariant(QStringLiteral("Жоқ")) << "0";
    QTest::newRow("Жоқ cp1251") << QVariant(QStringLiteral("Жо?")) << "0";
    QTest::newRow("No") << QVariant(QStringLiteral("no")) << "0";
    QTest::newRow("true") << QVariant(true) << "1";
    QTest::newRow("false") << QVariant(false) << "0";
    QTest::newRow("1") << QVariant(1.0) << "1";
    QTest::newRow("0") << QVariant(0.0) << "0";
    QTest::newRow("2") << QVariant(2.0) << "bad";
    QTest::newRow("hard") << QVariant(QStringLiteral("Затрудняюсь ответить")) << "nc";
    QTest::newRow("Likert is not yes/no")
        << QVariant(QStringLiteral("Полностью удовлетворен")) << "bad";
    QTest::newRow("blank") << QVariant() << "nc";
}

void TestAnswerScale::yesNo()
{
    QFETCH(QVariant, cell);
    QFETCH(QString, expected);
    const AnswerScale scale = AnswerScale::yesNo();
    QCOMPARE(scale.kind(), AnswerScale::Kind::YesNo);
    QCOMPARE(scale.minimum(), 0.0);
    QCOMPARE(scale.maximum(), 1.0);
    QCOMPARE(outcome(scale.interpret(cell)), expected);
}

void TestAnswerScale::overrides()
{
    AnswerScale scale;
    scale.setOverride(QStringLiteral("Скорее да"), 4);
    scale.setOverride(QStringLiteral("Другое"), QVariant());
    // An override wins over the built-in phrase.
    scale.setOverride(QStringLiteral("Удовлетворен"), 3);
    QCOMPARE(outcome(scale.interpret(QStringLiteral("скорее ДА"))), QStringLiteral("4"));
    QCOMPARE(outcome(scale.interpret(QStringLiteral("Другое"))), QStringLiteral("nc"));
    QCOMPARE(outcome(scale.interpret(QStringLiteral("удовлетворен"))), QStringLiteral("3"));
    QCOMPARE(outcome(scale.interpret(QStringLiteral("Полностью удовлетворен"))),
             QStringLiteral("5"));
    QCOMPARE(scale.overrides().size(), 3);
    scale.clearOverrides();
    QCOMPARE(outcome(scale.interpret(QStringLiteral("Скорее да"))), QStringLiteral("bad"));
}

void TestAnswerScale::otherScales()
{
    // Five points from 0: the phrases shift with the scale.
    const AnswerScale zeroToFour = AnswerScale::likert(0, 4);
    QCOMPARE(outcome(zeroToFour.interpret(QStringLiteral("Полностью удовлетворен"))),
             QStringLiteral("4"));
    QCOMPARE(outcome(zeroToFour.interpret(QStringLiteral("Совершенно не удовлетворен"))),
             QStringLiteral("0"));
    QCOMPARE(outcome(zeroToFour.interpret(0.0)), QStringLiteral("0"));
    QCOMPARE(outcome(zeroToFour.interpret(5.0)), QStringLiteral("bad"));
    // Ten points: numbers only; the five-point phrases would be a guess.
    const AnswerScale ten = AnswerScale::likert(1, 10);
    QCOMPARE(outcome(ten.interpret(10.0)), QStringLiteral("10"));
    QCOMPARE(outcome(ten.interpret(QStringLiteral("Полностью удовлетворен"))),
             QStringLiteral("bad"));
    QCOMPARE(outcome(ten.interpret(QStringLiteral("Затрудняюсь ответить"))), QStringLiteral("nc"));
}

void TestAnswerScale::invalidMessage()
{
    const QString likert = AnswerScale().invalidMessage(QStringLiteral("Может быть"));
    QVERIFY2(likert.contains(QStringLiteral("Может быть")), qPrintable(likert));
    QVERIFY2(likert.contains(QStringLiteral("1–5")), qPrintable(likert));
    QVERIFY(AnswerScale().invalidMessage(6.0).contains(QLatin1Char('6')));
    QVERIFY(AnswerScale::yesNo()
                .invalidMessage(QStringLiteral("Может"))
                .contains(QStringLiteral("yes/no")));
}

void TestAnswerScale::json()
{
    AnswerScale scale = AnswerScale::likert(0, 4);
    scale.setOverride(QStringLiteral("Скорее да"), 3);
    scale.setOverride(QStringLiteral("Другое"), QVariant());
    const QJsonObject json = scale.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("likert"));
    QVERIFY(json.value(QStringLiteral("overrides"))
                .toObject()
                .value(QStringLiteral("другое"))
                .isNull());
    AnswerScale back;
    QString error;
    QVERIFY2(AnswerScale::fromJson(json, &back, &error), qPrintable(error));
    QCOMPARE(back, scale);

    QVERIFY(AnswerScale::fromJson(AnswerScale::yesNo().toJson(), &back, &error));
    QCOMPARE(back, AnswerScale::yesNo());
    QVERIFY(AnswerScale::fromJson(QJsonObject(), &back, &error));
    QCOMPARE(back, AnswerScale());
}

void TestAnswerScale::jsonErrors()
{
    AnswerScale scale;
    QString error;
    QVERIFY(!AnswerScale::fromJson({{QStringLiteral("kind"), QStringLiteral("stars")}}, &scale,
                                   &error));
    QVERIFY(error.contains(QStringLiteral("stars")));
    QVERIFY(!AnswerScale::fromJson({{QStringLiteral("min"), 5}, {QStringLiteral("max"), 1}}, &scale,
                                   &error));
    QVERIFY(!AnswerScale::fromJson({{QStringLiteral("min"), 1.5}}, &scale, &error));
    QVERIFY(!AnswerScale::fromJson(
        {{QStringLiteral("overrides"), QJsonObject{{QStringLiteral("x"), QStringLiteral("y")}}}},
        &scale, &error));
    QVERIFY(error.contains(QLatin1Char('x')));
}

QTEST_GUILESS_MAIN(TestAnswerScale)
#include "tst_answerscale.moc"
