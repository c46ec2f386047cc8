#include "demo/namebank.h"

#include <QSet>
#include <QtTest>

using namespace akim::demo;

namespace {

bool hasKazakhLetter(const QString &text)
{
    static const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    for (const QChar c : text) {
        if (letters.contains(c))
            return true;
    }
    return false;
}

bool isDigits(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

GeoRegion regionByKato(const QString &kato)
{
    const QVector<GeoRegion> all = NameBank::regions();
    for (const GeoRegion &region : all) {
        if (region.kato == kato)
            return region;
    }
    return {};
}

GeoRegion filled(const QString &kato, int okrugCount, quint32 seed)
{
    GeoRegion region = regionByKato(kato);
    QRandomGenerator rng(seed);
    NameBank::fillRegion(region, okrugCount, rng);
    return region;
}

int okrugTotal(const GeoRegion &region)
{
    int total = 0;
    for (const GeoDistrict &district : region.districts)
        total += int(district.okrugs.size());
    return total;
}

// Flattens everything fillRegion produced, for equality checks.
QStringList dump(const GeoRegion &region)
{
    QStringList lines;
    for (const GeoDistrict &district : region.districts) {
        lines << district.kato + u'|' + district.nameRu + u'|' + district.nameKk;
        for (const GeoOkrug &okrug : district.okrugs)
            lines << okrug.kato + u'|' + okrug.nameRu + u'|' + okrug.nameKk;
    }
    return lines;
}

QStringList draws(Gender gender, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << NameBank::personName(gender, rng);
    return names;
}

QStringList words(const QString &name)
{
    return name.split(u' ');
}

} // namespace

class TestNameBank : public QObject
{
    Q_OBJECT

private slots:
    void regionsAreTheSeventeenOblasts();
    void regionNamesAreExact();

    void fillRegionLayout_data();
    void fillRegionLayout();
    void districtSizesStayInRangeForAllCounts();
    void okrugNamesFollowTheRegistryPatterns();
    void smallAndEmptyCounts();
    void fillRegionReplacesPreviousDistricts();
    void fillRegionIsDeterministic();

    void personNameHasThreeWords();
    void personNamesAreMostlyKazakh();
    void femaleNamesUseFemaleForms();
    void maleNamesUseMaleForms();
    void personNameIsDeterministic();

    void memberPositions();
};

void TestNameBank::regionsAreTheSeventeenOblasts()
{
    const QVector<GeoRegion> regions = NameBank::regions();
    QCOMPARE(regions.size(), 17);

    QSet<QString> codes;
    QString previous;
    for (const GeoRegion &region : regions) {
        QVERIFY2(isDigits(region.kato, 9), qPrintable(region.kato));
        QVERIFY(region.kato.endsWith(QStringLiteral("0000000")));
        QVERIFY2(region.kato > previous, "regions must be in KATO order");
        previous = region.kato;
        codes.insert(region.kato);
        QVERIFY(!region.nameRu.isEmpty());
        QVERIFY(region.nameKk.endsWith(QStringLiteral(" облысы")));
        QVERIFY(region.districts.isEmpty());
    }
    QCOMPARE(codes.size(), 17);
}

void TestNameBank::regionNamesAreExact()
{
    const QVector<GeoRegion> regions = NameBank::regions();
    QCOMPARE(regions.first().kato, QStringLiteral("100000000"));
    QCOMPARE(regions.first().nameRu, QStringLiteral("область Абай"));
    QCOMPARE(regions.first().nameKk, QStringLiteral("Абай облысы"));
    QCOMPARE(regions.last().kato, QStringLiteral("630000000"));
    QCOMPARE(regions.last().nameRu, QStringLiteral("Восточно-Казахстанская область"));
    QCOMPARE(regions.last().nameKk, QStringLiteral("Шығыс Қазақстан облысы"));

    const GeoRegion kyzylorda = regionByKato(QStringLiteral("430000000"));
    QCOMPARE(kyzylorda.nameRu, QStringLiteral("Кызылординская область"));
    QCOMPARE(kyzylorda.nameKk, QStringLiteral("Қызылорда облысы"));

    const GeoRegion ulytau = regionByKato(QStringLiteral("620000000"));
    QCOMPARE(ulytau.nameRu, QStringLiteral("область Ұлытау"));
    QCOMPARE(ulytau.nameKk, QStringLiteral("Ұлытау облысы"));

    const GeoRegion nko = regionByKato(QStringLiteral("590000000"));
    QCOMPARE(nko.nameKk, QStringLiteral("Солтүстік Қазақстан облысы"));
}

void TestNameBank::fillRegionLayout_data()
{
    QTest::addColumn<QString>("kato");
    QTest::addColumn<int>("okrugCount");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("Kyzylorda 144") << QStringLiteral("430000000") << 144 << 1u;
    QTest::newRow("Abai 144 other seed") << QStringLiteral("100000000") << 144 << 20240501u;
    QTest::newRow("Turkestan 180") << QStringLiteral("610000000") << 180 << 7u;
    QTest::newRow("Ulytau 37") << QStringLiteral("620000000") << 37 << 3u;
    QTest::newRow("exactly one district") << QStringLiteral("110000000") << 6 << 5u;
    QTest::newRow("more okrugs than roots") << QStringLiteral("350000000") << 600 << 11u;
}

void TestNameBank::fillRegionLayout()
{
    QFETCH(QString, kato);
    QFETCH(int, okrugCount);
    QFETCH(quint32, seed);

    const GeoRegion region = filled(kato, okrugCount, seed);
    const QString prefix = kato.left(2);
    QCOMPARE(okrugTotal(region), okrugCount);

    QSet<QString> districtCodes, districtNamesRu, districtNamesKk;
    QSet<QString> okrugCodes, okrugNamesRu, okrugNamesKk;
    for (const GeoDistrict &district : region.districts) {
        QVERIFY2(isDigits(district.kato, 9), qPrintable(district.kato));
        QVERIFY(district.kato.startsWith(prefix));
        QVERIFY(district.kato.endsWith(QStringLiteral("00000")));
        QVERIFY(district.kato.mid(2, 2) != QStringLiteral("00"));
        QVERIFY2(district.okrugs.size() >= 6 && district.okrugs.size() <= 20,
                 qPrintable(QString::number(district.okrugs.size())));
        districtCodes.insert(district.kato);
        districtNamesRu.insert(district.nameRu);
        districtNamesKk.insert(district.nameKk);

        for (const GeoOkrug &okrug : district.okrugs) {
            QVERIFY2(isDigits(okrug.kato, 9), qPrintable(okrug.kato));
            QVERIFY(okrug.kato.startsWith(district.kato.left(4)));
            QVERIFY(okrug.kato.endsWith(QStringLiteral("000")));
            QVERIFY(okrug.kato.mid(4, 2) != QStringLiteral("00"));
            okrugCodes.insert(okrug.kato);
            okrugNamesRu.insert(okrug.nameRu);
            okrugNamesKk.insert(okrug.nameKk);
        }
    }
    const int districts = int(region.districts.size());
    QCOMPARE(districtCodes.size(), districts);
    QCOMPARE(districtNamesRu.size(), districts);
    QCOMPARE(districtNamesKk.size(), districts);
    QCOMPARE(okrugCodes.size(), okrugCount);
    QCOMPARE(okrugNamesRu.size(), okrugCount);
    QCOMPARE(okrugNamesKk.size(), okrugCount);
}

void TestNameBank::districtSizesStayInRangeForAllCounts()
{
    GeoRegion region = regionByKato(QStringLiteral("310000000"));
    QRandomGenerator rng(42);
    for (int count = 6; count <= 400; ++count) {
        NameBank::fillRegion(region, count, rng);
        QCOMPARE(okrugTotal(region), count);
        for (const GeoDistrict &district : region.districts) {
            QVERIFY2(district.okrugs.size() >= 6 && district.okrugs.size() <= 20,
                     qPrintable(QStringLiteral("count %1: district of %2")
                                    .arg(count)
                                    .arg(district.okrugs.size())));
        }
    }
}

void TestNameBank::okrugNamesFollowTheRegistryPatterns()
{
    const GeoRegion region = filled(QStringLiteral("430000000"), 144, 99);
    int adjectives = 0;
    int withKazakhLetters = 0;
    for (const GeoDistrict &district : region.districts) {
        QVERIFY2(district.nameRu.endsWith(QStringLiteral("ский район")),
                 qPrintable(district.nameRu));
        QVERIFY2(district.nameKk.endsWith(QStringLiteral(" ауданы")), qPrintable(district.nameKk));
        QVERIFY2(!hasKazakhLetter(district.nameRu), qPrintable(district.nameRu));
        for (const GeoOkrug &okrug : district.okrugs) {
            QVERIFY2(okrug.nameRu.contains(QStringLiteral("сельский округ")),
                     qPrintable(okrug.nameRu));
            QVERIFY2(okrug.nameKk.endsWith(QStringLiteral(" ауылдық округі")),
                     qPrintable(okrug.nameKk));
            QVERIFY2(!hasKazakhLetter(okrug.nameRu), qPrintable(okrug.nameRu));
            if (okrug.nameRu.endsWith(QStringLiteral("ский сельский округ")))
                ++adjectives;
            if (hasKazakhLetter(okrug.nameKk))
                ++withKazakhLetters;
        }
    }
    QVERIFY2(adjectives >= 144 * 7 / 10, qPrintable(QString::number(adjectives)));
    QVERIFY2(withKazakhLetters >= 144 / 2, qPrintable(QString::number(withKazakhLetters)));
}

void TestNameBank::smallAndEmptyCounts()
{
    QCOMPARE(filled(QStringLiteral("470000000"), 0, 1).districts.size(), 0);
    QCOMPARE(filled(QStringLiteral("470000000"), -5, 1).districts.size(), 0);

    const GeoRegion tiny = filled(QStringLiteral("470000000"), 3, 1);
    QCOMPARE(tiny.districts.size(), 1);
    QCOMPARE(okrugTotal(tiny), 3);
}

void TestNameBank::fillRegionReplacesPreviousDistricts()
{
    GeoRegion region = regionByKato(QStringLiteral("550000000"));
    QRandomGenerator rng(8);
    NameBank::fillRegion(region, 144, rng);
    NameBank::fillRegion(region, 50, rng);
    QCOMPARE(okrugTotal(region), 50);
    QCOMPARE(region.kato, QStringLiteral("550000000"));
    QCOMPARE(region.nameRu, QStringLiteral("Павлодарская область"));
}

void TestNameBank::fillRegionIsDeterministic()
{
    const QString kato = QStringLiteral("430000000");
    const QStringList first = dump(filled(kato, 144, 2024));
    QCOMPARE(first.size(), 144 + filled(kato, 144, 2024).districts.size());
    QCOMPARE(dump(filled(kato, 144, 2024)), first);
    QVERIFY(dump(filled(kato, 144, 2025)) != first);

    // Generators with the same state produce the same region.
    QRandomGenerator a(77), b(77);
    GeoRegion ra = regionByKato(kato), rb = regionByKato(kato);
    NameBank::fillRegion(ra, 90, a);
    NameBank::fillRegion(rb, 90, b);
    QCOMPARE(dump(ra), dump(rb));
    QCOMPARE(a.generate(), b.generate());
}

void TestNameBank::personNameHasThreeWords()
{
    for (const Gender gender : {Gender::Male, Gender::Female}) {
        for (const QString &name : draws(gender, 1000, 5)) {
            const QStringList parts = words(name);
            QCOMPARE(parts.size(), 3);
            for (const QString &part : parts) {
                QVERIFY2(part.size() >= 2, qPrintable(name));
                QVERIFY2(part.front().isUpper(), qPrintable(name));
            }
        }
    }
}

void TestNameBank::personNamesAreMostlyKazakh()
{
    const QStringList names = draws(Gender::Male, 1000, 13) + draws(Gender::Female, 1000, 14);
    int kazakh = 0;
    for (const QString &name : names) {
        if (hasKazakhLetter(name))
            ++kazakh;
    }
    // ~85% are Kazakh names and nearly all of those carry a Kazakh letter somewhere.
    QVERIFY2(kazakh >= 1300 && kazakh <= 1900, qPrintable(QString::number(kazakh)));

    const QSet<QString> distinct(names.cbegin(), names.cend());
    QVERIFY2(distinct.size() >= 1900, qPrintable(QString::number(distinct.size())));

    QSet<QString> surnames, givenNames;
    for (const QString &name : names) {
        const QStringList parts = words(name);
        surnames.insert(parts.at(0));
        givenNames.insert(parts.at(1));
    }
    QVERIFY2(surnames.size() >= 100, qPrintable(QString::number(surnames.size())));
    QVERIFY2(givenNames.size() >= 120, qPrintable(QString::number(givenNames.size())));
}

void TestNameBank::femaleNamesUseFemaleForms()
{
    int ovaSurnames = 0;
    int kazakhOva = 0;
    int kyzy = 0;
    for (const QString &name : draws(Gender::Female, 1000, 21)) {
        const QStringList parts = words(name);
        const QString &surname = parts.at(0);
        const QString &patronymic = parts.at(2);
        for (const char16_t *male : {u"ов", u"ев", u"ёв", u"ин", u"ский", u"ұлы"})
            QVERIFY2(!surname.endsWith(QStringView(male)), qPrintable(name));
        QVERIFY2(patronymic.endsWith(QStringLiteral("қызы")) || patronymic.endsWith(u"вна") ||
                     patronymic.endsWith(u"чна"),
                 qPrintable(name));
        if (surname.endsWith(u"ова") || surname.endsWith(u"ева")) {
            ++ovaSurnames;
            if (hasKazakhLetter(surname))
                ++kazakhOva;
        }
        if (patronymic.endsWith(u"қызы"))
            ++kyzy;
    }
    QVERIFY2(ovaSurnames >= 600, qPrintable(QString::number(ovaSurnames)));
    QVERIFY2(kazakhOva >= 200, qPrintable(QString::number(kazakhOva)));
    QVERIFY2(kyzy >= 250, qPrintable(QString::number(kyzy)));
}

void TestNameBank::maleNamesUseMaleForms()
{
    int ovich = 0;
    int uly = 0;
    for (const QString &name : draws(Gender::Male, 1000, 22)) {
        const QStringList parts = words(name);
        const QString &surname = parts.at(0);
        const QString &patronymic = parts.at(2);
        for (const char16_t *female : {u"ова", u"ева", u"ина", u"ская", u"қызы"})
            QVERIFY2(!surname.endsWith(QStringView(female)), qPrintable(name));
        QVERIFY2(patronymic.endsWith(u"ұлы") || patronymic.endsWith(u"ич"), qPrintable(name));
        if (patronymic.endsWith(u"ович") || patronymic.endsWith(u"евич"))
            ++ovich;
        else if (patronymic.endsWith(u"ұлы"))
            ++uly;
    }
    QVERIFY2(ovich >= 300, qPrintable(QString::number(ovich)));
    QVERIFY2(uly >= 250, qPrintable(QString::number(uly)));
}

void TestNameBank::personNameIsDeterministic()
{
    QCOMPARE(draws(Gender::Female, 200, 31), draws(Gender::Female, 200, 31));
    QCOMPARE(draws(Gender::Male, 200, 31), draws(Gender::Male, 200, 31));
    QVERIFY(draws(Gender::Male, 200, 31) != draws(Gender::Male, 200, 32));
}

void TestNameBank::memberPositions()
{
    QRandomGenerator rng(3), again(3);
    QSet<QString> distinct;
    for (int i = 0; i < 2000; ++i) {
        const QString position = NameBank::memberPosition(rng);
        QVERIFY(!position.isEmpty());
        QVERIFY2(position.front().isLower(), qPrintable(position));
        QCOMPARE(NameBank::memberPosition(again), position);
        distinct.insert(position);
    }
    QVERIFY2(distinct.size() >= 20, qPrintable(QString::number(distinct.size())));
    QVERIFY(distinct.contains(QStringLiteral("депутат областного маслихата")));
}

QTEST_APPLESS_MAIN(TestNameBank)

#include "tst_namebank.moc"
