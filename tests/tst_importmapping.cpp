#include "services/contesttemplate.h"
#include "survey/importmapping.h"
#include "survey/nomineematcher.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace akim;
using namespace akim::survey;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void roleKeys();
    void guessGoogleFormsRussian();
    void guessKazakh();
    void guessEnglishAndCodes();
    void guessAmbiguous();
    void guessUnmappedAnswers();
    void guessProblems();
    void guessEthicsOnlyEthicsCriteria();
    void notTimestampsOrPlaces();
    void jsonRoundTrip();
    void jsonColumnsByLetterAndHeader();
    void jsonErrors_data();
    void jsonErrors();
    void resolutionsFromJson();
    void validate();
    void headerSignature();

private:
    QVector<Criterion> m_criteria;
};

void TestImportMapping::initTestCase()
{
    test::TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    m_criteria = contest.document().criteria().all();
    QVERIFY(m_criteria.size() >= 7);
}

void TestImportMapping::roleKeys()
{
    for (int i = 0; i <= int(ColumnRole::FreeText); ++i) {
        bool ok = false;
        QCOMPARE(columnRoleFromKey(columnRoleKey(ColumnRole(i)), &ok), ColumnRole(i));
        QVERIFY(ok);
        QVERIFY(!columnRoleLabel(ColumnRole(i)).isEmpty());
    }
    bool ok = true;
    columnRoleFromKey(QStringLiteral("nominee"), &ok);
    QVERIFY(!ok);
    QCOMPARE(surveyKindFromKey(QStringLiteral("ethics")), SurveyKind::Ethics);
    surveyKindFromKey(QStringLiteral("census"), &ok);
    QVERIFY(!ok);
}

void TestImportMapping::guessGoogleFormsRussian()
{
    const QStringList headers = {
        QStringLiteral("Отметка времени"),
        QStringLiteral("Район"),
        QStringLiteral("Укажите ваш сельский округ"),
        QStringLiteral("Оцените, насколько аким защищает права и законные интересы граждан"),
        QStringLiteral("Качество оказания государственных услуг в сельском округе"),
        QStringLiteral("Поддержка многодетных, малообеспеченных и социально уязвимых семей"),
        QStringLiteral("Содействие занятости населения"),
        QStringLiteral("Развитие социальной инфраструктуры"),
        QStringLiteral("Взаимодействие акима с населением"),
        QStringLiteral("Адрес электронной почты"),
        QStringLiteral("Ваши предложения"),
        QStringLiteral("Область")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QVERIFY2(guess.isComplete(), qPrintable(guess.problems.join(QLatin1Char('\n'))));
    const QVector<ColumnMapping> &c = guess.mapping.columns;
    QCOMPARE(c.size(), headers.size());
    QCOMPARE(c.at(0).role, ColumnRole::Timestamp);
    QCOMPARE(c.at(1).role, ColumnRole::District);
    QCOMPARE(c.at(2).role, ColumnRole::Okrug);
    const QStringList codes = {QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                               QStringLiteral("S4"), QStringLiteral("S5"), QStringLiteral("S6")};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(c.at(3 + i).role, ColumnRole::Question);
        QCOMPARE(c.at(3 + i).criterionCode, codes.at(i));
    }
    QCOMPARE(c.at(9).role, ColumnRole::RespondentId);
    QCOMPARE(c.at(10).role, ColumnRole::FreeText);
    QCOMPARE(c.at(11).role, ColumnRole::Region);
    QCOMPARE(guess.mapping.criterionCodes(), codes);
    QVERIFY(guess.ambiguous.isEmpty());
    QVERIFY(guess.needsMapping().isEmpty());
    QCOMPARE(guess.mapping.scale, AnswerScale());
}

void TestImportMapping::guessKazakh()
{
    const QStringList headers = {
        QStringLiteral("Уақыт белгісі"),
        QStringLiteral("Облыс"),
        QStringLiteral("Аудан"),
        QStringLiteral("Ауылдық округ"),
        QStringLiteral("Азаматтардың құқықтары мен заңды мүдделерін қорғау"),
        QStringLiteral("Мемлекеттік қызметтер көрсету сапасы"),
        QStringLiteral("Тұрғындармен өзара іс-қимыл"),
        QStringLiteral("Ұсыныстар")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QVERIFY2(guess.isComplete(), qPrintable(guess.problems.join(QLatin1Char('\n'))));
    const QVector<ColumnMapping> &c = guess.mapping.columns;
    QCOMPARE(c.at(0).role, ColumnRole::Timestamp);
    QCOMPARE(c.at(1).role, ColumnRole::Region);
    QCOMPARE(c.at(2).role, ColumnRole::District);
    QCOMPARE(c.at(3).role, ColumnRole::Okrug);
    QCOMPARE(c.at(4).criterionCode, QStringLiteral("S1"));
    QCOMPARE(c.at(5).criterionCode, QStringLiteral("S2"));
    QCOMPARE(c.at(6).criterionCode, QStringLiteral("S6"));
    QCOMPARE(c.at(7).role, ColumnRole::FreeText);
}

void TestImportMapping::guessEnglishAndCodes()
{
    const QStringList headers = {QStringLiteral("Timestamp"),
                                 QStringLiteral("Region"),
                                 QStringLiteral("District"),
                                 QStringLiteral("Rural okrug"),
                                 QStringLiteral("KATO"),
                                 QStringLiteral("Protection of citizens' rights and interests"),
                                 QStringLiteral("Q2 [S2]"),
                                 QStringLiteral("s3_answer"),
                                 QStringLiteral("S4. Содействие"),
                                 QStringLiteral("S5"),
                                 QStringLiteral("Interaction with the community"),
                                 QStringLiteral("Email")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QVERIFY2(guess.isComplete(), qPrintable(guess.problems.join(QLatin1Char('\n'))));
    const QVector<ColumnMapping> &c = guess.mapping.columns;
    QCOMPARE(c.at(0).role, ColumnRole::Timestamp);
    QCOMPARE(c.at(1).role, ColumnRole::Region);
    QCOMPARE(c.at(2).role, ColumnRole::District);
    QCOMPARE(c.at(3).role, ColumnRole::Okrug);
    QCOMPARE(c.at(4).role, ColumnRole::Kato);
    QStringList codes;
    for (int i = 5; i <= 10; ++i)
        codes << c.at(i).criterionCode;
    QCOMPARE(codes,
             QStringList({QStringLiteral("S1"), QStringLiteral("S2"), QStringLiteral("S3"),
                          QStringLiteral("S4"), QStringLiteral("S5"), QStringLiteral("S6")}));
    QCOMPARE(c.at(11).role, ColumnRole::RespondentId);
}

void TestImportMapping::guessAmbiguous()
{
    const QStringList headers = {QStringLiteral("Сельский округ"), QStringLiteral("S1 и S2"),
                                 QStringLiteral("Район / область"), QStringLiteral("S3")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QVERIFY(!guess.isComplete());
    QCOMPARE(guess.ambiguous, QVector<int>({1, 2}));
    QCOMPARE(guess.needsMapping(), QVector<int>({1, 2}));
    QCOMPARE(guess.candidates.value(1), QStringList({QStringLiteral("S1"), QStringLiteral("S2")}));
    QCOMPARE(guess.candidates.value(2),
             QStringList({QStringLiteral("region"), QStringLiteral("district")}));
    QCOMPARE(guess.mapping.columns.at(1).role, ColumnRole::Ignore);
    QCOMPARE(guess.mapping.columns.at(3).criterionCode, QStringLiteral("S3"));
}

void TestImportMapping::guessUnmappedAnswers()
{
    const QStringList headers = {QStringLiteral("Сельский округ"), QStringLiteral("S1"),
                                 QStringLiteral("Вопрос 7"), QStringLiteral("Возраст"),
                                 QStringLiteral("Пол")};
    const QVector<QVector<QVariant>> sample = {
        {QStringLiteral("Жосалы"), 5.0, QStringLiteral("Полностью удовлетворен"), 34.0,
         QStringLiteral("Ж")},
        {QStringLiteral("Торетам"), 4.0, QStringLiteral("3"), 61.0, QStringLiteral("М")},
        {QStringLiteral("Бестам"), 4.0, QVariant(), 19.0, QStringLiteral("Ж")}};
    const MappingGuess withSample =
        ImportMapping::guess(headers, m_criteria, SurveyKind::Population, sample);
    QCOMPARE(withSample.unmapped, QVector<int>({2, 3, 4}));
    QCOMPARE(withSample.unmappedAnswers, QVector<int>({2}));
    QVERIFY(!withSample.isComplete());
    QCOMPARE(withSample.needsMapping(), QVector<int>({2}));
    // Without rows to look at, an unknown column is only reported, not a blocker.
    const MappingGuess headersOnly =
        ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QVERIFY(headersOnly.isComplete());
    QCOMPARE(headersOnly.unmapped, QVector<int>({2, 3, 4}));
}

void TestImportMapping::guessProblems()
{
    const MappingGuess noPlace = ImportMapping::guess({QStringLiteral("S1"), QStringLiteral("S2")},
                                                      m_criteria, SurveyKind::Population);
    QVERIFY(!noPlace.isComplete());
    QCOMPARE(noPlace.problems.size(), 1);
    QVERIFY(noPlace.problems.first().contains(QStringLiteral("okrug")));
    const MappingGuess noQuestion =
        ImportMapping::guess({QStringLiteral("Сельский округ"), QStringLiteral("Комментарий")},
                             m_criteria, SurveyKind::Population);
    QVERIFY(!noQuestion.isComplete());
    QCOMPARE(noQuestion.problems.size(), 1);
    const MappingGuess empty = ImportMapping::guess({}, m_criteria, SurveyKind::Population);
    QCOMPARE(empty.problems.size(), 2);
}

void TestImportMapping::guessEthicsOnlyEthicsCriteria()
{
    const QStringList headers = {QStringLiteral("Сельский округ"), QStringLiteral("S1"),
                                 QStringLiteral("E1. Соблюдение норм служебной этики"),
                                 QStringLiteral("Соблюдение норм служебной этики")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Ethics);
    QCOMPARE(guess.mapping.kind, SurveyKind::Ethics);
    QCOMPARE(guess.mapping.scale, AnswerScale::yesNo());
    QCOMPARE(guess.mapping.columns.at(1).role, ColumnRole::Ignore);
    QCOMPARE(guess.mapping.columns.at(2).criterionCode, QStringLiteral("E1"));
    QCOMPARE(guess.mapping.columns.at(3).criterionCode, QStringLiteral("E1"));
    QVERIFY(guess.isComplete());
}

void TestImportMapping::notTimestampsOrPlaces()
{
    const QStringList headers = {
        QStringLiteral("Дата рождения"), QStringLiteral("Сельский округ"),
        QStringLiteral("Как вы оцениваете работу акима сельского округа по защите прав граждан"),
        QStringLiteral("Дата")};
    const MappingGuess guess = ImportMapping::guess(headers, m_criteria, SurveyKind::Population);
    QCOMPARE(guess.mapping.columns.at(0).role, ColumnRole::Ignore);
    QCOMPARE(guess.mapping.columns.at(1).role, ColumnRole::Okrug);
    QCOMPARE(guess.mapping.columns.at(2).role, ColumnRole::Question);
    QCOMPARE(guess.mapping.columns.at(2).criterionCode, QStringLiteral("S1"));
    QCOMPARE(guess.mapping.columns.at(3).role, ColumnRole::Timestamp);
}

void TestImportMapping::jsonRoundTrip()
{
    ImportMapping mapping;
    mapping.kind = SurveyKind::Ethics;
    mapping.sheet = QStringLiteral("Ответы");
    mapping.csv.encoding = QStringLiteral("windows-1251");
    mapping.csv.delimiter = QLatin1Char(';');
    mapping.headerRows = {1, 2};
    mapping.firstDataRow = 4;
    mapping.columns = {{0, QStringLiteral("Отметка времени"), ColumnRole::Timestamp, {}},
                       {1, QStringLiteral("Округ"), ColumnRole::Okrug, {}},
                       {2, QStringLiteral("Вопрос"), ColumnRole::Question, QStringLiteral("E1")},
                       {3, QStringLiteral("Телефон"), ColumnRole::RespondentId, {}}};
    mapping.scale = AnswerScale::yesNo();
    mapping.scale.setOverride(QStringLiteral("Скорее да"), 1);
    mapping.resolutions.insert(QStringLiteral(" |  | акжарма"), 12);
    mapping.resolutionUuids.insert(QStringLiteral(" |  | бестам"), QStringLiteral("u-1"));

    ImportMapping back;
    QString error;
    QVERIFY2(ImportMapping::fromJson(mapping.toJson(), &back, &error), qPrintable(error));
    QCOMPARE(back.kind, mapping.kind);
    QCOMPARE(back.sheet, mapping.sheet);
    QCOMPARE(back.csv.encoding, mapping.csv.encoding);
    QCOMPARE(back.csv.delimiter, mapping.csv.delimiter);
    QCOMPARE(back.headerRows, mapping.headerRows);
    QCOMPARE(back.firstDataRow, mapping.firstDataRow);
    QCOMPARE(back.columns, mapping.columns);
    QCOMPARE(back.scale, mapping.scale);
    QCOMPARE(back.resolutions, mapping.resolutions);
    QCOMPARE(back.resolutionUuids, mapping.resolutionUuids);
}

void TestImportMapping::jsonColumnsByLetterAndHeader()
{
    const QJsonObject json{
        {QStringLiteral("columns"),
         QJsonArray{QJsonObject{{QStringLiteral("letter"), QStringLiteral("C")},
                                {QStringLiteral("role"), QStringLiteral("okrug")}},
                    QJsonObject{{QStringLiteral("header"), QStringLiteral("  вопрос   1 ")},
                                {QStringLiteral("role"), QStringLiteral("question")},
                                {QStringLiteral("criterion"), QStringLiteral("S1")}}}}};
    ImportMapping mapping;
    QString error;
    QVERIFY2(ImportMapping::fromJson(json, &mapping, &error), qPrintable(error));
    QCOMPARE(mapping.headerRows, QVector<int>({0}));
    QCOMPARE(mapping.firstDataRow, 1);
    QCOMPARE(mapping.columns.at(0).index, 2);
    QCOMPARE(mapping.columns.at(1).index, -1);
    QVERIFY2(
        mapping.resolveColumns(
            {QStringLiteral("A"), QStringLiteral("Вопрос 1"), QStringLiteral("Округ")}, &error),
        qPrintable(error));
    QCOMPARE(mapping.columns.at(1).index, 1);
    QCOMPARE(mapping.columns.at(0).header, QStringLiteral("Округ"));

    ImportMapping missing;
    QVERIFY(ImportMapping::fromJson(json, &missing, &error));
    QVERIFY(!missing.resolveColumns({QStringLiteral("A")}, &error));
    QVERIFY(error.contains(QStringLiteral("вопрос   1")));
    ImportMapping twice;
    QVERIFY(ImportMapping::fromJson(json, &twice, &error));
    QVERIFY(
        !twice.resolveColumns({QStringLiteral("Вопрос 1"), QStringLiteral("вопрос 1")}, &error));
    QVERIFY(error.contains(QStringLiteral("several")));
}

void TestImportMapping::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no columns") << QByteArray("{}") << "columns";
    QTest::newRow("kind") << QByteArray(R"({"kind":"census","columns":[]})") << "census";
    QTest::newRow("role") << QByteArray(R"({"columns":[{"index":0,"role":"akim"}]})") << "akim";
    QTest::newRow("question without criterion")
        << QByteArray(R"({"columns":[{"index":0,"role":"question"}]})") << "criterion";
    QTest::newRow("no position") << QByteArray(R"({"columns":[{"role":"okrug"}]})") << "index";
    QTest::newRow("bad letter") << QByteArray(R"({"columns":[{"letter":"Ж","role":"okrug"}]})")
                                << "Ж";
    QTest::newRow("negative index")
        << QByteArray(R"({"columns":[{"index":-2,"role":"okrug"}]})") << "0";
    QTest::newRow("delimiter") << QByteArray(R"({"csv":{"delimiter":";;"},"columns":[]})")
                               << "delimiter";
    QTest::newRow("scale") << QByteArray(R"({"scale":{"kind":"stars"},"columns":[]})") << "stars";
    QTest::newRow("resolution without nominee")
        << QByteArray(R"({"columns":[],"resolutions":[{"okrug":"X"}]})") << "nominee_id";
    QTest::newRow("resolution without okrug")
        << QByteArray(R"({"columns":[],"resolutions":[{"nominee_id":3}]})") << "okrug";
}

void TestImportMapping::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    ImportMapping mapping;
    mapping.sheet = QStringLiteral("unchanged");
    QString error;
    QVERIFY(!ImportMapping::fromJson(QJsonDocument::fromJson(json).object(), &mapping, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QCOMPARE(mapping.sheet, QStringLiteral("unchanged"));
}

void TestImportMapping::resolutionsFromJson()
{
    const QByteArray json = R"({"columns":[],"resolutions":[
        {"region":"Кызылординская область","district":"","okrug":"Акжарма","nominee_id":7},
        {"key":"a | b | c","nominee_uuid":"abc"}]})";
    ImportMapping mapping;
    QString error;
    QVERIFY2(ImportMapping::fromJson(QJsonDocument::fromJson(json).object(), &mapping, &error),
             qPrintable(error));
    PlaceInput place;
    place.region = QStringLiteral("Кызылординская область");
    place.okrug = QStringLiteral("Акжарма");
    QCOMPARE(mapping.resolutions.value(NomineeMatcher::aliasKey(place)), 7);
    QCOMPARE(mapping.resolutionUuids.value(QStringLiteral("a | b | c")), QStringLiteral("abc"));
}

void TestImportMapping::validate()
{
    ImportMapping mapping;
    mapping.columns = {{0, {}, ColumnRole::Okrug, {}},
                       {1, {}, ColumnRole::Question, QStringLiteral("S1")}};
    QCOMPARE(mapping.validate(m_criteria, 2), QString());
    QVERIFY(mapping.validate(m_criteria, 1).contains(QLatin1Char('B'))); // column B not there

    ImportMapping wrongSource = mapping;
    wrongSource.columns[1].criterionCode = QStringLiteral("K1");
    QVERIFY(wrongSource.validate(m_criteria, 2).contains(QStringLiteral("K1")));
    wrongSource.kind = SurveyKind::Ethics;
    wrongSource.columns[1].criterionCode = QStringLiteral("S1");
    QVERIFY(wrongSource.validate(m_criteria, 2).contains(QStringLiteral("ethics")));

    ImportMapping unknown = mapping;
    unknown.columns[1].criterionCode = QStringLiteral("S9");
    QVERIFY(unknown.validate(m_criteria, 2).contains(QStringLiteral("S9")));

    ImportMapping twice = mapping;
    twice.columns.append({1, {}, ColumnRole::Timestamp, {}});
    QVERIFY(twice.validate(m_criteria, 3).contains(QStringLiteral("twice")));

    ImportMapping noPlace = mapping;
    noPlace.columns[0].role = ColumnRole::District;
    QVERIFY(noPlace.validate(m_criteria, 2).contains(QStringLiteral("okrug")));

    ImportMapping noQuestion = mapping;
    noQuestion.columns.removeLast();
    QVERIFY(noQuestion.validate(m_criteria, 2).contains(QStringLiteral("question")));

    ImportMapping rows = mapping;
    rows.headerRows = {2};
    rows.firstDataRow = 1;
    QVERIFY(rows.validate(m_criteria, 2).contains(QStringLiteral("below")));
}

void TestImportMapping::headerSignature()
{
    const QString a =
        ImportMapping::headerSignature({QStringLiteral("Отметка времени"),
                                        QStringLiteral("Сельский округ"), QStringLiteral("S1")});
    const QString b = ImportMapping::headerSignature({QStringLiteral(" ОТМЕТКА  времени"),
                                                      QStringLiteral("сельский округ"),
                                                      QStringLiteral("s1"), QString()});
    const QString c =
        ImportMapping::headerSignature({QStringLiteral("Отметка времени"), QStringLiteral("S1"),
                                        QStringLiteral("Сельский округ")});
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QCOMPARE(a.size(), 64);
}

QTEST_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
