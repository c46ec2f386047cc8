#include "text/textfold.h"

#include <QFile>
#include <QTextStream>
#include <QtTest>

using namespace akim;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void containsAllWords();
    void realOkrugNames();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("kazakh capitals") << QStringLiteral("ҚЫЗЫЛОРДА") << QStringLiteral("кызылорда");
    QTest::newRow("all kazakh letters") << QStringLiteral("Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Ёё")
                                        << QStringLiteral("аа гг кк нн оо уу уу хх ии ее");
    QTest::newRow("nbsp and runs of space")
        << QStringLiteral("  Қараауыл\u00a0а.о.  \t ") << QStringLiteral("караауыл а.о.");
    QTest::newRow("latin untouched") << QStringLiteral("Abai KZ") << QStringLiteral("abai kz");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFold::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(text::fold(input), expected);
}

void TestTextFold::containsAllWords()
{
    const QString haystack = text::fold(QStringLiteral("Сейтқали Айгүл Бекенқызы Жосалы а.о."));
    QVERIFY(text::containsAllWords(haystack, text::fold(QStringLiteral("айгул жосалы"))));
    QVERIFY(text::containsAllWords(haystack, text::fold(QStringLiteral("СЕЙТКАЛИ"))));
    QVERIFY(!text::containsAllWords(haystack, text::fold(QStringLiteral("айгул шиели"))));
    QVERIFY(text::containsAllWords(haystack, QString()));
}

// Every Kazakh okrug name of the real classifier is found by its Russian-keyboard spelling, and
// the Russian and Kazakh names of a region fold alike where they are the same word.
void TestTextFold::realOkrugNames()
{
    QFile file(QStringLiteral(AKIM_SHARED_DIR "/data/kato/rural-okrugs.csv"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("../shared/data/kato/rural-okrugs.csv is absent; the real-data check is skipped");
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    const QString header = in.readLine();
    QCOMPARE(header,
             QStringLiteral("kato,region_ru,region_kk,district_ru,district_kk,okrug_ru,okrug_kk"));
    int rows = 0;
    int withKazakhLetters = 0;
    int kyzylorda = 0;
    const QString kazakhOnly = QStringLiteral("әғқңөұүһі");
    while (!in.atEnd()) {
        const QStringList f = in.readLine().split(QLatin1Char(','));
        QCOMPARE(f.size(), 7);
        ++rows;
        const QString folded = text::fold(f[6]);
        for (const QChar c : kazakhOnly)
            QVERIFY2(!folded.contains(c), qPrintable(f[6]));
        QVERIFY(!folded.contains(QChar(0x00a0)));
        if (std::any_of(f[6].begin(), f[6].end(),
                        [&](QChar c) { return kazakhOnly.contains(c.toLower()); }))
            ++withKazakhLetters;
        if (text::fold(f[2]).contains(QStringLiteral("кызылорда")))
            ++kyzylorda;
    }
    QCOMPARE(rows, 2287);
    QCOMPARE(kyzylorda, 144);
    QVERIFY(withKazakhLetters > 1400); // README: 1,479 rows of okrug_kk carry Kazakh-only letters
}

QTEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
