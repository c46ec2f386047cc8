// RegistryMapping: which column of a registry holds what, recognised from headers in Russian,
// Kazakh and English, overridden by a mapping file, and the JSON of that file.
#include "survey/registrymapping.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace akim::survey;

Q_DECLARE_METATYPE(akim::survey::RegistryRole)

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result << QString::fromUtf8(item);
    return result;
}

QVector<QVariant> row(std::initializer_list<const char *> items)
{
    QVector<QVariant> cells;
    for (const char *item : items)
        cells << (*item ? QVariant(QString::fromUtf8(item)) : QVariant());
    return cells;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestRegistryMapping : public QObject
{
    Q_OBJECT

private slots:
    void recognise_data();
    void recognise();
    void findsTheHeaderBelowATitle();
    void noHeaderWithoutTwoLabels();
    void resolvesRecognisedColumns();
    void sameRoleTwiceNeedsAMapping();
    void explicitColumnsWin();
    void missingRoles();
    void regionFromTheMappingOrKato();
    void explicitColumnsThatDoNotExist();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestRegistryMapping::recognise_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<RegistryRole>("role");
    const auto add = [](const char *header, RegistryRole role) {
        QTest::newRow(header) << QString::fromUtf8(header) << role;
    };
    add("Область", RegistryRole::Region);
    add("Облыс", RegistryRole::Region);
    add("Region", RegistryRole::Region);
    add("Наименование области", RegistryRole::Region);
    add("Район", RegistryRole::District);
    add("Аудан", RegistryRole::District);
    add("District", RegistryRole::District);
    add("Район / город областного значения", RegistryRole::District);
    add("Сельский округ", RegistryRole::Okrug);
    add("Ауылдық округ", RegistryRole::Okrug);
    add("Rural okrug", RegistryRole::Okrug);
    add("Okrug", RegistryRole::Okrug);
    add("Наименование сельского округа", RegistryRole::Okrug);
    add("Округ атауы", RegistryRole::Okrug);
    add("Аким", RegistryRole::FullName);
    add("ФИО акима", RegistryRole::FullName);
    add("Ф.И.О. акима", RegistryRole::FullName);
    add("ФИО", RegistryRole::FullName);
    add("ФИО акима сельского округа", RegistryRole::FullName);
    add("Әкімнің аты-жөні", RegistryRole::FullName);
    add("Ауылдық округ әкімі", RegistryRole::FullName);
    add("Full name", RegistryRole::FullName);
    add("Name", RegistryRole::FullName);
    add("Фамилия, имя, отчество", RegistryRole::FullName);
    add("КАТО", RegistryRole::Kato);
    add("KATO", RegistryRole::Kato);
    add("Код КАТО сельского округа", RegistryRole::Kato);
    add("В должности с", RegistryRole::InOfficeSince);
    add("Лауазымда", RegistryRole::InOfficeSince);
    add("In office since", RegistryRole::InOfficeSince);
    add("Дата назначения на должность", RegistryRole::InOfficeSince);
    add("Лауазымға тағайындалған күні", RegistryRole::InOfficeSince);
    add("Должность", RegistryRole::Ignore);
    add("Дата рождения акима", RegistryRole::Ignore);
    add("Акимат", RegistryRole::Ignore);
    add("№", RegistryRole::Ignore);
    add("п/п", RegistryRole::Ignore);
    add("", RegistryRole::Ignore);
}

void TestRegistryMapping::recognise()
{
    QFETCH(QString, header);
    QFETCH(RegistryRole, role);
    QCOMPARE(RegistryMapping::recognise(header), role);
}

void TestRegistryMapping::findsTheHeaderBelowATitle()
{
    const QVector<QVector<QVariant>> rows = {
        row({"Список претендентов на участие в конкурсе «Үздік ауыл әкімі»"}),
        row({"Кызылординская область"}),
        {},
        row({"№", "Область", "Район", "Сельский округ", "ФИО акима", "В должности с"}),
        row({"1", "Кызылординская область", "Аральский район", "Аралкумский с.о.", "Иванов"}),
    };
    QCOMPARE(RegistryMapping::findHeader(rows), 3);
}

void TestRegistryMapping::noHeaderWithoutTwoLabels()
{
    QCOMPARE(RegistryMapping::findHeader({row({"Район"}), row({"Аральский район"})}), -1);
    QCOMPARE(RegistryMapping::findHeader({}), -1);
}

void TestRegistryMapping::resolvesRecognisedColumns()
{
    const RegistryColumns c = RegistryMapping().resolve(
        list({"№", "Облыс", "Аудан", "Ауылдық округ", "Әкімнің аты-жөні", "КАТО", "Лауазымда"}));
    QVERIFY2(c.isUsable(), qPrintable(c.problems.join(u'\n')));
    QCOMPARE(c.roles, (QVector<RegistryRole>{RegistryRole::Ignore, RegistryRole::Region,
                                             RegistryRole::District, RegistryRole::Okrug,
                                             RegistryRole::FullName, RegistryRole::Kato,
                                             RegistryRole::InOfficeSince}));
    QCOMPARE(c.columnOf(RegistryRole::FullName), 4);
    QCOMPARE(c.columnOf(RegistryRole::Ignore), 0);
}

void TestRegistryMapping::sameRoleTwiceNeedsAMapping()
{
    const RegistryColumns c =
        RegistryMapping().resolve(list({"Область", "Район", "Сельский округ", "ФИО", "Аким"}));
    QVERIFY(!c.isUsable());
    QCOMPARE(c.problems.size(), 1);
    QVERIFY2(c.problems.first().contains(QString::fromUtf8("D \"ФИО\", E \"Аким\"")),
             qPrintable(c.problems.first()));
    QVERIFY(c.problems.first().contains(QLatin1String("--mapping")));
}

void TestRegistryMapping::explicitColumnsWin()
{
    RegistryMapping mapping;
    mapping.columns = {{-1, QString::fromUtf8("фио"), RegistryRole::FullName},
                       {0, {}, RegistryRole::Okrug}};
    const RegistryColumns c =
        mapping.resolve(list({"Название", "Область", "Район", "ФИО", "Аким", "Сельский округ"}));
    QVERIFY2(c.isUsable(), qPrintable(c.problems.join(u'\n')));
    // "Аким" would be the name and F the okrug, but the mapping named others for both roles.
    QCOMPARE(c.roles, (QVector<RegistryRole>{RegistryRole::Okrug, RegistryRole::Region,
                                             RegistryRole::District, RegistryRole::FullName,
                                             RegistryRole::Ignore, RegistryRole::Ignore}));
}

void TestRegistryMapping::missingRoles()
{
    const RegistryColumns c = RegistryMapping().resolve(list({"Район", "Примечание"}));
    QCOMPARE(c.problems.size(), 3); // region, okrug, name
    QVERIFY(c.problems.at(0).contains(QLatin1String("region")));
    QVERIFY(c.problems.at(1).contains(QLatin1String("rural okrug")));
    QVERIFY(c.problems.at(2).contains(QLatin1String("full name")));
    QVERIFY2(c.problems.at(2).contains(QString::fromUtf8("Район, Примечание")),
             qPrintable(c.problems.at(2)));
}

void TestRegistryMapping::regionFromTheMappingOrKato()
{
    const QStringList withoutRegion = list({"Район", "Сельский округ", "Аким"});
    QVERIFY(!RegistryMapping().resolve(withoutRegion).isUsable());
    RegistryMapping mapping;
    mapping.region = QString::fromUtf8("Кызылординская область");
    QVERIFY(mapping.resolve(withoutRegion).isUsable());
    QVERIFY(RegistryMapping().resolve(withoutRegion + list({"КАТО"})).isUsable());
}

void TestRegistryMapping::explicitColumnsThatDoNotExist()
{
    RegistryMapping mapping;
    mapping.columns = {{7, {}, RegistryRole::Okrug},
                       {-1, QStringLiteral("Nope"), RegistryRole::FullName}};
    const RegistryColumns c = mapping.resolve(list({"Область", "Район", "Сельский округ", "Аким"}));
    // Column H and header "Nope"; the recognised okrug and name columns stand in for them.
    QCOMPARE(c.problems.size(), 2);
    QVERIFY2(c.problems.at(0).contains(QLatin1String("column H")), qPrintable(c.problems.at(0)));
    QVERIFY(c.problems.at(1).contains(QLatin1String("\"Nope\"")));
}

void TestRegistryMapping::jsonRoundTrip()
{
    RegistryMapping mapping;
    QString error;
    QVERIFY(RegistryMapping::fromJson(
        json(R"({"sheet": "Лист1", "csv": {"encoding": "windows-1251", "delimiter": ";"},
                 "header_rows": [2], "first_data_row": 4, "region": " Қызылорда облысы ",
                 "columns": [{"letter": "B", "role": "district"},
                             {"index": 0, "role": "ignore"},
                             {"header": "ФИО", "role": "full_name"},
                             {"letter": "aa", "role": "in_office_since"}],
                 "unknown": true})"),
        &mapping, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(mapping.sheet, QString::fromUtf8("Лист1"));
    QCOMPARE(mapping.csv.encoding, QStringLiteral("windows-1251"));
    QCOMPARE(mapping.csv.delimiter, QLatin1Char(';'));
    QCOMPARE(mapping.headerRows, QVector<int>{2});
    QCOMPARE(mapping.firstDataRow, 4);
    QCOMPARE(mapping.region, QString::fromUtf8("Қызылорда облысы"));
    QCOMPARE(mapping.columns.size(), 4);
    QCOMPARE(mapping.columns.at(0).index, 1);
    QCOMPARE(mapping.columns.at(0).role, RegistryRole::District);
    QCOMPARE(mapping.columns.at(2).index, -1);
    QCOMPARE(mapping.columns.at(2).header, QString::fromUtf8("ФИО"));
    QCOMPARE(mapping.columns.at(3).index, 26);

    RegistryMapping again;
    QVERIFY(RegistryMapping::fromJson(mapping.toJson(), &again, &error));
    QCOMPARE(again.toJson(), mapping.toJson());
    QCOMPARE(again.columns.at(3).role, RegistryRole::InOfficeSince);

    RegistryMapping empty;
    QVERIFY(RegistryMapping::fromJson(QJsonObject(), &empty, &error));
    QVERIFY(empty.columns.isEmpty());
    QVERIFY(empty.headerRows.isEmpty());
    QCOMPARE(empty.firstDataRow, -1);
}

void TestRegistryMapping::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("role") << QByteArray(R"({"columns": [{"index": 1, "role": "mayor"}]})")
                          << QStringLiteral("Unknown column role \"mayor\"");
    QTest::newRow("no column") << QByteArray(R"({"columns": [{"role": "okrug"}]})")
                               << QStringLiteral("needs an \"index\"");
    QTest::newRow("letter") << QByteArray(R"({"columns": [{"letter": "1", "role": "okrug"}]})")
                            << QStringLiteral("not a column letter");
    QTest::newRow("index") << QByteArray(R"({"columns": [{"index": -2, "role": "okrug"}]})")
                           << QStringLiteral("0 or more");
    QTest::newRow("columns") << QByteArray(R"({"columns": {"A": "okrug"}})")
                             << QStringLiteral("must be a list");
    QTest::newRow("header rows") << QByteArray(R"({"header_rows": ["A"]})")
                                 << QStringLiteral("header_rows");
    QTest::newRow("first data row")
        << QByteArray(R"({"first_data_row": "x"})") << QStringLiteral("first_data_row");
    QTest::newRow("delimiter") << QByteArray(R"({"csv": {"delimiter": ";;"}})")
                               << QStringLiteral("one character");
}

void TestRegistryMapping::jsonErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    RegistryMapping mapping;
    mapping.region = QStringLiteral("kept");
    QString error;
    QVERIFY(!RegistryMapping::fromJson(QJsonDocument::fromJson(text).object(), &mapping, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(mapping.region, QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(TestRegistryMapping)
#include "tst_registrymapping.moc"
