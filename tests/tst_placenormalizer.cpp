#include "survey/placenormalizer.h"

#include <QtTest>

using akim::survey::PlaceNormalizer;

class TestPlaceNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void designatorForms_data();
    void designatorForms();
    void russianAdjectiveMeetsKazakhNoun_data();
    void russianAdjectiveMeetsKazakhNoun();
    void differentNamesStayApart();
    void transliterate_data();
    void transliterate();
    void latinNamesMeetCyrillic_data();
    void latinNamesMeetCyrillic();
    void damaged_data();
    void damaged();
    void damagedKeysKeepWildcards();
    void plainAndLoweredAlign();
    void distance();
    void fuzzyLimit();
    void letterMaskBoundsDistance();
};

// Every way a survey writes "Жосалы" rural okrug comes down to one key.
void TestPlaceNormalizer::designatorForms_data()
{
    QTest::addColumn<QString>("input");
    const char16_t *forms[] = {
        u"Жосалинский с.о.",
        u"Жосалинский с.о",
        u"Жосалинский сельский округ",
        u"ЖОСАЛИНСКИЙ СЕЛЬСКИЙ ОКРУГ",
        u"Жосалинский с/о",
        u"Жосалинский  с.о .",
        u"с.о. Жосалы",
        u"с.о.Жосалы",
        u"Жосалы ауылдық округі",
        u"Жосалы ауылдык округ",
        u"Жосалы а.о.",
        u"Жосалы\u00a0а.о.",
        u"  жосалы  ",
        u"Жосалинский с.а.",
        u"Жосалинская сельская администрация",
        u"Жосалы а.ә.",
        u"Жосалы ауылдық әкімшілігі",
        u"Жосалинского сельского округа",
        u"Zhosaly",
        u"Zhosaly rural district",
        u"Zhosaly a.o.",
        u"Zhosalinskiy s.o.",
        u"Zhosalinsky rural okrug",
        u"Josaly auyldyq okrugi",
        u"Жосалинский c.o.", // Latin c and o typed by mistake
    };
    for (const char16_t *form : forms)
        QTest::newRow(QString::fromUtf16(form).toUtf8().constData()) << QString::fromUtf16(form);
}

void TestPlaceNormalizer::designatorForms()
{
    QFETCH(QString, input);
    QCOMPARE(PlaceNormalizer::normalize(input), QStringLiteral("жосал"));
}

void TestPlaceNormalizer::russianAdjectiveMeetsKazakhNoun_data()
{
    QTest::addColumn<QString>("russian");
    QTest::addColumn<QString>("kazakh");
    const char16_t *pairs[][2] = {
        {u"Акжарский с.о.", u"Ақжар а.о."},
        {u"Шиелийский с.о.", u"Шиелі а.о."},
        {u"Кенгирбайбийский с.о", u"Кеңгірбай би а.о."},
        {u"Бирликский с.о.", u"Бірлік а.о."},
        {u"Карасуский с.о.", u"Қарасу а.о."},
        {u"Архатский с.о.", u"Арқат а.о."},
        {u"Дружбинский с.о.", u"Дружба а.о."},
        {u"Новоишимский с.о.", u"Новоишим а.о."},
        {u"Андреевский с.о.", u"Андреев а.о."},
        {u"Абайский район", u"Абай ауданы"},
        {u"Жетысайский район", u"Жетісай ауданы"},
        {u"Иргизский район", u"Ырғыз ауданы"},
        {u"Байганинский район", u"Байғанин ауданы"},
        {u"Жангельдинский район", u"Жангелдин ауданы"},
        {u"Амангельдинский район", u"Амангелді ауданы"},
        {u"Аккольский район", u"Ақкөл ауданы"},
        {u"Балхашский район", u"Балқаш ауданы"},
        {u"Семей Г.А.", u"Семей Қ.Ә."},
        {u"им.Бухарбай батыра с.о.", u"Бұқарбай батыр а.о."},
        {u"с.о.имени Омара Шипина", u"Омар Шипин атындағы а.о"},
        {u"Кызылординская область", u"Қызылорда облысы"},
        {u"Кызылординская обл.", u"Қызылорда"},
        {u"Акмолинская область", u"Ақмола облысы"},
        {u"Алматинская область", u"Алматы облысы"},
        {u"Карагандинская область", u"Қарағанды облысы"},
        {u"Костанайская область", u"Қостанай облысы"},
        {u"Мангистауская область", u"Маңғыстау облысы"},
        {u"область Жетісу", u"Жетісу облысы"},
        {u"Абайская область", u"область Абай"},
    };
    for (const auto &pair : pairs) {
        const QString ru = QString::fromUtf16(pair[0]);
        QTest::newRow(ru.toUtf8().constData()) << ru << QString::fromUtf16(pair[1]);
    }
}

void TestPlaceNormalizer::russianAdjectiveMeetsKazakhNoun()
{
    QFETCH(QString, russian);
    QFETCH(QString, kazakh);
    QCOMPARE(PlaceNormalizer::normalize(russian), PlaceNormalizer::normalize(kazakh));
}

// Reductions must not erase what tells neighbours apart.
void TestPlaceNormalizer::differentNamesStayApart()
{
    const auto key = [](const char16_t *name) {
        return PlaceNormalizer::normalize(QString::fromUtf16(name));
    };
    QVERIFY(key(u"Акжарский с.о.") != key(u"Акжалский с.о."));
    QVERIFY(key(u"Жамбылский с.о.") != key(u"Жамбайский с.о."));
    QVERIFY(key(u"Аксуский с.о.") != key(u"Аксуатский с.о."));
    QVERIFY(key(u"с.о. Аул №1") != key(u"с.о. Аул №2"));
    QVERIFY(key(u"Западно-Казахстанская") != key(u"Восточно-Казахстанская"));
    // What is left when the designators are gone is never empty for a real name...
    QVERIFY(!key(u"Ая а.о.").isEmpty());
    // ...and empty when there was no name at all.
    QVERIFY(key(u"сельский округ").isEmpty());
    QVERIFY(key(u" с.о. ").isEmpty());
}

void TestPlaceNormalizer::transliterate_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    const char16_t *pairs[][2] = {
        {u"Qyzylorda", u"кызылорда"},
        {u"Kyzylorda", u"кызылорда"},
        {u"Zhosaly", u"жосалы"},
        {u"Shieli", u"шиели"},
        {u"Şieli", u"шиели"},   // 2021
        {u"Jetısu", u"жетису"}, // 2021: ı is і
        {u"Qaraghandy", u"караганды"},
        {u"Qarağandy", u"караганды"},  // 2021
        {u"Qarag'andy", u"караганды"}, // 2017, apostrophes
        {u"Mańǵystaý", u"мангыстау"},  // 2018, acute accents
        {u"Mañğystau", u"мангыстау"},  // 2021
        {u"Aktobe", u"актобе"},
        {u"Aqtöbe", u"актобе"},
        {u"Türkıstan", u"туркистан"},
        {u"Ūlytau", u"улытау"},
        {u"Yesil", u"есил"},
        {u"Abay", u"абай"},
        {u"Baiterek", u"байтерек"},
        {u"Saryagash", u"сарыагаш"},
        {u"Mayak", u"маяк"},
        {u"Zhosalinskiy", u"жосалинский"},
        {u"Zheleznodorozhnyy", u"железнодорожный"},
        {u"Khobda", u"хобда"},
        {u"Tselinny", u"целинны"},
        {u"Chundzha", u"чунджа"},
        {u"Ust-Kamenogorsk", u"уст-каменогорск"},
        {u"Жосалы", u"жосалы"}, // not Latin: untouched
        {u"", u""},
    };
    for (const auto &pair : pairs) {
        const QString latin = QString::fromUtf16(pair[0]);
        QTest::newRow(latin.toUtf8().constData()) << latin << QString::fromUtf16(pair[1]);
    }
}

void TestPlaceNormalizer::transliterate()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(PlaceNormalizer::transliterate(latin), cyrillic);
}

void TestPlaceNormalizer::latinNamesMeetCyrillic_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");
    const char16_t *pairs[][2] = {
        {u"Kyzylorda region", u"Қызылорда облысы"},
        {u"Qyzylorda oblysy", u"Кызылординская область"},
        {u"Kyzylorda oblast", u"Қызылорда облысы"},
        {u"North Kazakhstan Region", u"Северо-Казахстанская область"},
        {u"East Kazakhstan", u"Восточно-Казахстанская область"},
        {u"West Kazakhstan oblast", u"Западно-Казахстанская область"},
        {u"Jetisu", u"Жетісу облысы"},
        {u"Zhetysu", u"область Жетісу"},
        {u"Karmakshy district", u"Қармақшы ауданы"},
        {u"Qarmaqshy audany", u"Кармакшинский район"},
        {u"Shieli rural district", u"Шиелийский с.о."},
        {u"Akzhar a.o.", u"Ақжар а.о."},
        {u"Abai region", u"область Абай"},
    };
    for (const auto &pair : pairs) {
        const QString latin = QString::fromUtf16(pair[0]);
        QTest::newRow(latin.toUtf8().constData()) << latin << QString::fromUtf16(pair[1]);
    }
}

void TestPlaceNormalizer::latinNamesMeetCyrillic()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(PlaceNormalizer::normalize(latin), PlaceNormalizer::normalize(cyrillic));
}

void TestPlaceNormalizer::damaged_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("damaged");
    QTest::newRow("question mark for Қ") << QStringLiteral("?ызылорда") << true;
    QTest::newRow("underscore for ө") << QStringLiteral("Ж_салы") << true;
    QTest::newRow("at the end") << QStringLiteral("Шиел?") << true;
    QTest::newRow("in the designator") << QStringLiteral("Жосалы а.?.") << false;
    QTest::newRow("clean") << QStringLiteral("Қызылорда") << false;
    QTest::newRow("lone question") << QStringLiteral("Жосалы ?") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPlaceNormalizer::damaged()
{
    QFETCH(QString, input);
    QFETCH(bool, damaged);
    QCOMPARE(PlaceNormalizer::isDamaged(input), damaged);
}

void TestPlaceNormalizer::damagedKeysKeepWildcards()
{
    const auto keys = PlaceNormalizer::keys(QStringLiteral("?ызылорда облысы"));
    QVERIFY(keys.damaged);
    QCOMPARE(keys.plain, QStringLiteral("?ызылорда"));
    // A damaged designator is still a designator: "ауылдық округі" in cp1251.
    QCOMPARE(PlaceNormalizer::keys(QStringLiteral("Ж?салы ауылды? округ?")).plain,
             QStringLiteral("ж?салы"));
    QCOMPARE(PlaceNormalizer::keys(QStringLiteral("?араауыл а.?.")).plain,
             QStringLiteral("?араауыл"));
    // A name is not taken for a designator because its '?' could be anything: Аққұдық and
    // Ақын Сара in cp1251 look like "ауылдық" and "атын" with letters missing, but cp1251 keeps
    // the у and т those have.
    QCOMPARE(PlaceNormalizer::keys(QStringLiteral("А???ды? а.о.")).plain,
             QStringLiteral("а???ды?"));
    QCOMPARE(PlaceNormalizer::keys(QStringLiteral("А?ын Сара а.о.")).plain,
             QStringLiteral("а?ын сара"));
}

void TestPlaceNormalizer::plainAndLoweredAlign()
{
    const auto keys = PlaceNormalizer::keys(QStringLiteral("с.о.Өтеген  батыр"));
    QCOMPARE(keys.plain, QStringLiteral("отеген батыр"));
    QCOMPARE(keys.lowered, QStringLiteral("өтеген батыр"));
    QCOMPARE(keys.folded, QStringLiteral("с.о.отеген батыр"));
}

void TestPlaceNormalizer::distance()
{
    const auto d = [](const char *a, const char *b, int limit = 5) {
        return PlaceNormalizer::distance(QString::fromUtf8(a), QString::fromUtf8(b), limit);
    };
    QCOMPARE(d("жосал", "жосал"), 0);
    QCOMPARE(d("жасал", "жосал"), 1);  // substitution
    QCOMPARE(d("жсоал", "жосал"), 1);  // transposition
    QCOMPARE(d("жосалл", "жосал"), 1); // insertion
    QCOMPARE(d("?осал", "косал"), 0);  // wildcard
    QCOMPARE(d("", "абв"), 3);
    QCOMPARE(d("абвгд", "еёжзи", 2), 3); // gives up at limit + 1
    QCOMPARE(d("а", "абвгде", 2), 3);
}

void TestPlaceNormalizer::fuzzyLimit()
{
    QCOMPARE(PlaceNormalizer::fuzzyLimit(3), 0);
    QCOMPARE(PlaceNormalizer::fuzzyLimit(4), 1);
    QCOMPARE(PlaceNormalizer::fuzzyLimit(8), 1);
    QCOMPARE(PlaceNormalizer::fuzzyLimit(9), 2);
    QCOMPARE(PlaceNormalizer::fuzzyLimit(14), 2);
    QCOMPARE(PlaceNormalizer::fuzzyLimit(15), 3);
}

void TestPlaceNormalizer::letterMaskBoundsDistance()
{
    const QString a = QStringLiteral("жосал");
    const QString b = QStringLiteral("жасал");
    const int bits =
        int(qPopulationCount(PlaceNormalizer::letterMask(a) ^ PlaceNormalizer::letterMask(b)));
    QVERIFY(bits <= 2 * PlaceNormalizer::distance(a, b, 5));
    QCOMPARE(PlaceNormalizer::letterMask(QStringLiteral("?")), quint64(0));
}

QTEST_GUILESS_MAIN(TestPlaceNormalizer)
#include "tst_placenormalizer.moc"
