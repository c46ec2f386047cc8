#include "itemmodels/surveystatsmodel.h"
#include "survey/surveyimporter.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;
using namespace akim::test;

namespace {

QString writeUtf8(const TemporaryContest &contest, const QString &name, const QStringList &lines)
{
    QFile file(contest.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    return file.fileName();
}

// Imports `path` with columns: district, okrug, then questions of `codes`.
QString importFile(ContestDocument &doc, const QString &path, survey::SurveyKind kind,
                   const QStringList &codes)
{
    survey::ImportOptions options;
    options.filePath = path;
    options.mapping.kind = kind;
    options.mapping.scale =
        kind == survey::SurveyKind::Ethics ? survey::AnswerScale::yesNo() : survey::AnswerScale();
    options.mapping.columns = {{0, QString(), survey::ColumnRole::District, QString()},
                               {1, QString(), survey::ColumnRole::Okrug, QString()}};
    for (int i = 0; i < codes.size(); ++i)
        options.mapping.columns.append(
            {2 + i, QString(), survey::ColumnRole::Question, codes.at(i)});
    options.userName = QStringLiteral("secretary");
    QString error;
    const survey::ImportSummary summary =
        survey::SurveyImporter(doc.database().connection()).run(options, {}, &error);
    if (error.isEmpty() && !summary.committed)
        error = QStringLiteral("not committed");
    doc.notifyExternalWrite();
    return error;
}

} // namespace

class TestSurveyStatsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void columnsFollowTheSurveyCriteria();
    void showsCountsMeansIndexAndFlag();
    void nomineesWithoutAnswersShowDashes();
    void reloadsWhenSurveyDataChanges();
    void sortRoleIsNumeric();

private:
    std::unique_ptr<TemporaryContest> m_contest;
    qint64 m_madeniet = 0;
    qint64 m_akzhar = 0;
    qint64 m_aitekebi = 0;
};

void TestSurveyStatsModel::initTestCase()
{
    isolateSettings();
}

void TestSurveyStatsModel::init()
{
    m_contest = std::make_unique<TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    m_madeniet = m_contest->addNominee(
        QStringLiteral("кызылорд"), QStringLiteral("Жалагашский район"),
        QStringLiteral("Мадениетский сельский округ"), QStringLiteral("Ахметов Серик"));
    m_akzhar = m_contest->addNominee(
        QStringLiteral("кызылорд"), QStringLiteral("Кармакшинский район"),
        QStringLiteral("Акжарский сельский округ"), QStringLiteral("Жумабаев Алибек"));
    m_aitekebi = m_contest->addNominee(
        QStringLiteral("кызылорд"), QStringLiteral("Казалинский район"),
        QStringLiteral("Айтекебийский сельский округ"), QStringLiteral("Сейткали Нурлан"));
    QVERIFY(m_madeniet && m_akzhar && m_aitekebi);
}

void TestSurveyStatsModel::cleanup()
{
    m_contest.reset();
}

void TestSurveyStatsModel::columnsFollowTheSurveyCriteria()
{
    SurveyStatsModel model(&m_contest->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.criterionCount(), 6); // S1–S6 of the template
    QCOMPARE(model.columnCount(), SurveyStatsModel::FirstCriterionColumn + 6 + 4);
    QCOMPARE(model.headerData(SurveyStatsModel::FirstCriterionColumn, Qt::Horizontal).toString(),
             QStringLiteral("S1"));
    QCOMPARE(model.headerData(model.surveyIndexColumn(), Qt::Horizontal).toString(),
             QStringLiteral("Survey index"));
    QCOMPARE(model.headerData(model.ethicsIndexColumn(), Qt::Horizontal).toString(),
             QStringLiteral("Ethics index"));
    QVERIFY(
        model.headerData(SurveyStatsModel::FirstCriterionColumn, Qt::Horizontal, Qt::ToolTipRole)
            .toString()
            .contains(QLatin1String("S1")));
}

void TestSurveyStatsModel::showsCountsMeansIndexAndFlag()
{
    ContestDocument &doc = m_contest->document();
    SurveyStatsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString population =
        writeUtf8(*m_contest, QStringLiteral("survey.csv"),
                  {QStringLiteral("Район,Сельский округ,S1,S2"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,5,4"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,4,"),
                   QStringLiteral("Кармакшинский район,Акжарский сельский округ,1,3")});
    QCOMPARE(importFile(doc, population, survey::SurveyKind::Population,
                        {QStringLiteral("S1"), QStringLiteral("S2")}),
             QString());
    const QString ethics =
        writeUtf8(*m_contest, QStringLiteral("ethics.csv"),
                  {QStringLiteral("Район,Сельский округ,E1"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,Да"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,Нет"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,Да"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,Да")});
    QCOMPARE(importFile(doc, ethics, survey::SurveyKind::Ethics, {QStringLiteral("E1")}),
             QString());

    QCOMPARE(model.totalResponses(), 3);
    QCOMPARE(model.totalEthicsResponses(), 4);
    const int row = model.rowOfNominee(m_madeniet);
    QVERIFY(row >= 0);
    const auto text = [&](int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(SurveyStatsModel::NomineeColumn), QStringLiteral("Ахметов Серик"));
    QCOMPARE(text(SurveyStatsModel::OkrugColumn), QStringLiteral("Мадениетский сельский округ"));
    QCOMPARE(text(SurveyStatsModel::ResponsesColumn), QStringLiteral("2"));
    QCOMPARE(text(SurveyStatsModel::FirstCriterionColumn), QStringLiteral("4.50"));
    // S2 was answered once: its mean is that answer; S3 not at all.
    QCOMPARE(text(SurveyStatsModel::FirstCriterionColumn + 1), QStringLiteral("4.00"));
    QCOMPARE(text(SurveyStatsModel::FirstCriterionColumn + 2), QStringLiteral("—"));
    // Index: mean of the answered criteria's 100·(mean−1)/4: (87.5 + 75) / 2.
    QCOMPARE(text(model.surveyIndexColumn()), QStringLiteral("81.25"));
    // Two responses are fewer than 30.
    QCOMPARE(text(model.insufficientColumn()), QStringLiteral("insufficient sample"));
    QVERIFY(model.index(row, 0).data(SurveyStatsModel::InsufficientRole).toBool());
    QVERIFY(
        !model.index(row, model.insufficientColumn()).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(text(model.ethicsResponsesColumn()), QStringLiteral("4"));
    QCOMPARE(text(model.ethicsIndexColumn()), QStringLiteral("75.00"));
    QVERIFY(model.index(row, SurveyStatsModel::FirstCriterionColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("2 counted answer")));
    QCOMPARE(model.index(row, 0).data(SurveyStatsModel::NomineeIdRole).toLongLong(), m_madeniet);
    QVERIFY(model.index(row, 0).data(SurveyStatsModel::RegionIdRole).toLongLong() != 0);
}

void TestSurveyStatsModel::nomineesWithoutAnswersShowDashes()
{
    SurveyStatsModel model(&m_contest->document());
    const int row = model.rowOfNominee(m_aitekebi);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, SurveyStatsModel::ResponsesColumn).data().toString(),
             QStringLiteral("0"));
    QCOMPARE(model.index(row, model.surveyIndexColumn()).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(row, model.ethicsIndexColumn()).data().toString(), QStringLiteral("—"));
    // No response is said as such, not as a small sample.
    QCOMPARE(model.index(row, model.insufficientColumn()).data().toString(),
             QStringLiteral("no responses"));
    QCOMPARE(
        model.index(row, model.surveyIndexColumn()).data(SurveyStatsModel::SortRole).toDouble(),
        -1.0);
}

void TestSurveyStatsModel::reloadsWhenSurveyDataChanges()
{
    ContestDocument &doc = m_contest->document();
    SurveyStatsModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString population =
        writeUtf8(*m_contest, QStringLiteral("survey.csv"),
                  {QStringLiteral("Район,Сельский округ,S1"),
                   QStringLiteral("Кармакшинский район,Акжарский сельский округ,5")});
    QCOMPARE(importFile(doc, population, survey::SurveyKind::Population, {QStringLiteral("S1")}),
             QString());
    QVERIFY(reset.count() >= 1);
    QCOMPARE(model.index(model.rowOfNominee(m_akzhar), SurveyStatsModel::ResponsesColumn)
                 .data()
                 .toString(),
             QStringLiteral("1"));
    doc.close();
    QCOMPARE(model.rowCount(), 0);
}

void TestSurveyStatsModel::sortRoleIsNumeric()
{
    ContestDocument &doc = m_contest->document();
    const QString population =
        writeUtf8(*m_contest, QStringLiteral("survey.csv"),
                  {QStringLiteral("Район,Сельский округ,S1"),
                   QStringLiteral("Кармакшинский район,Акжарский сельский округ,5"),
                   QStringLiteral("Жалагашский район,Мадениетский сельский округ,2")});
    QCOMPARE(importFile(doc, population, survey::SurveyKind::Population, {QStringLiteral("S1")}),
             QString());
    SurveyStatsModel model(&doc);
    const QVariant akzhar =
        model.index(model.rowOfNominee(m_akzhar), SurveyStatsModel::FirstCriterionColumn)
            .data(SurveyStatsModel::SortRole);
    const QVariant madeniet =
        model.index(model.rowOfNominee(m_madeniet), SurveyStatsModel::FirstCriterionColumn)
            .data(SurveyStatsModel::SortRole);
    QCOMPARE(akzhar.typeId(), QMetaType::Double);
    QVERIFY(akzhar.toDouble() > madeniet.toDouble());
    QCOMPARE(
        model.index(0, SurveyStatsModel::ResponsesColumn).data(SurveyStatsModel::SortRole).typeId(),
        QMetaType::LongLong);
}

QTEST_MAIN(TestSurveyStatsModel)
#include "tst_surveystatsmodel.moc"
