#include "storage/contestrepository.h"
#include "storage/transaction.h"
#include "survey/surveyimporter.h"
#include "survey/surveystats.h"
#include "surveyfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace akim;
using namespace akim::survey;
using test::SurveyFixture;

class TestSurveyStats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settingsFromMethodology();
    void indexOf();
    void surveyPerNominee();
    void minSampleFromContest();
    void ethicsIndex();
    void nomineeWithoutAnswers();

private:
    QSqlDatabase db() { return m_contest->document().database().connection(); }
    void importGoogleForms();
    static const CriterionStat &stat(const NomineeSurveyStats &stats, const QString &code);

    std::unique_ptr<test::TemporaryContest> m_contest;
    SurveyFixture m_n;
};

void TestSurveyStats::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(m_n.populate(*m_contest));
}

void TestSurveyStats::cleanup()
{
    m_contest.reset();
}

void TestSurveyStats::importGoogleForms()
{
    ImportOptions o;
    o.filePath = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    o.mapping.columns = {{0, {}, ColumnRole::Timestamp, {}},
                         {1, {}, ColumnRole::District, {}},
                         {2, {}, ColumnRole::Okrug, {}},
                         {9, {}, ColumnRole::RespondentId, {}}};
    for (int i = 0; i < 6; ++i)
        o.mapping.columns.append(
            {3 + i, {}, ColumnRole::Question, QStringLiteral("S%1").arg(i + 1)});
    QString error;
    const ImportSummary s = SurveyImporter(db()).run(o, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.imported, 6);
}

const CriterionStat &TestSurveyStats::stat(const NomineeSurveyStats &stats, const QString &code)
{
    for (const CriterionStat &s : stats.criteria) {
        if (s.code == code)
            return s;
    }
    for (const CriterionStat &s : stats.ethicsCriteria) {
        if (s.code == code)
            return s;
    }
    static const CriterionStat none;
    return none;
}

void TestSurveyStats::settingsFromMethodology()
{
    const SurveySettings fromContest = SurveyStats(db()).settings();
    QCOMPARE(fromContest.scaleMin, 1.0);
    QCOMPARE(fromContest.scaleMax, 5.0);
    QCOMPARE(fromContest.minSample, 30);
    QCOMPARE(fromContest.ethicsMin, 0.0);
    QCOMPARE(fromContest.ethicsMax, 1.0);

    const SurveySettings custom = SurveySettings::fromMethodologyJson(QStringLiteral(
        R"({"survey":{"scale_min":0,"scale_max":10,"min_sample":50},"ethics":{"scale_max":5}})"));
    QCOMPARE(custom.scaleMin, 0.0);
    QCOMPARE(custom.scaleMax, 10.0);
    QCOMPARE(custom.minSample, 50);
    QCOMPARE(custom.ethicsMax, 5.0);
    QCOMPARE(SurveySettings::fromMethodologyJson(QStringLiteral("not json")).minSample, 30);
}

void TestSurveyStats::indexOf()
{
    QCOMPARE(SurveyStats::indexOf(5, 1, 5), 100.0);
    QCOMPARE(SurveyStats::indexOf(1, 1, 5), 0.0);
    QCOMPARE(SurveyStats::indexOf(3.9, 1, 5), 72.5);
    QCOMPARE(SurveyStats::indexOf(0.5, 0, 1), 50.0);
    QVERIFY(std::isnan(SurveyStats::indexOf(std::nan(""), 1, 5)));
    QVERIFY(std::isnan(SurveyStats::indexOf(3, 5, 5)));
}

void TestSurveyStats::surveyPerNominee()
{
    importGoogleForms();
    const SurveyStats stats(db());
    const QVector<NomineeSurveyStats> all = stats.all();
    QCOMPARE(all.size(), 7);
    const NomineeSurveyStats zhosaly = stats.forNominee(m_n.zhosaly);
    QCOMPARE(zhosaly.nomineeId, m_n.zhosaly);
    QCOMPARE(zhosaly.responses, 3);
    QCOMPARE(zhosaly.criteria.size(), 6);
    QCOMPARE(stat(zhosaly, QStringLiteral("S1")).n, 3);
    QCOMPARE(stat(zhosaly, QStringLiteral("S1")).mean, 14.0 / 3.0);
    QCOMPARE(stat(zhosaly, QStringLiteral("S1")).index, 100.0 * (14.0 / 3.0 - 1.0) / 4.0);
    QCOMPARE(stat(zhosaly, QStringLiteral("S6")).n, 2);
    QCOMPARE(stat(zhosaly, QStringLiteral("S6")).mean, 4.5);
    // Means 14/3, 13/3, 12/3, 11/3, 10/3 and 4.5 → indexes, averaged over the six criteria.
    double expected = 0.0;
    for (double mean : {14.0 / 3, 13.0 / 3, 12.0 / 3, 11.0 / 3, 10.0 / 3, 4.5})
        expected += 100.0 * (mean - 1.0) / 4.0;
    QVERIFY(std::abs(zhosaly.surveyIndex - expected / 6.0) < 1e-9);
    QVERIFY(zhosaly.insufficientSample); // 3 < 30
    QCOMPARE(zhosaly.ethicsResponses, 0);
    QVERIFY(std::isnan(zhosaly.ethicsIndex));

    // Every nominee is listed, in id order, and each sees only its own answers.
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).nomineeId < all.at(i).nomineeId);
    for (const NomineeSurveyStats &s : all) {
        if (s.nomineeId == m_n.toretam)
            QCOMPARE(s.surveyIndex, (100.0 + 75 + 75 + 50 + 25 + 0) / 6.0);
    }
}

void TestSurveyStats::minSampleFromContest()
{
    importGoogleForms();
    QJsonObject methodology =
        QJsonDocument::fromJson(ContestRepository(db()).methodologyJson().toUtf8()).object();
    QJsonObject survey = methodology.value(QStringLiteral("survey")).toObject();
    survey.insert(QStringLiteral("min_sample"), 3);
    methodology.insert(QStringLiteral("survey"), survey);
    {
        Transaction transaction(db());
        ContestRepository(db()).setMethodologyJson(
            QString::fromUtf8(QJsonDocument(methodology).toJson()));
        transaction.commit();
    }
    const SurveyStats stats(db());
    QCOMPARE(stats.settings().minSample, 3);
    QVERIFY(!stats.forNominee(m_n.zhosaly).insufficientSample); // 3 responses
    QVERIFY(stats.forNominee(m_n.bestam).insufficientSample);   // 1 response
    SurveySettings strict;
    strict.minSample = 4;
    QVERIFY(SurveyStats(db(), strict).forNominee(m_n.zhosaly).insufficientSample);
}

void TestSurveyStats::ethicsIndex()
{
    QFile file(SurveyFixture::data(QStringLiteral("ethics-mapping.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportOptions o;
    o.filePath = SurveyFixture::data(QStringLiteral("ethics.csv"));
    QString error;
    QVERIFY(ImportMapping::fromJson(QJsonDocument::fromJson(file.readAll()).object(), &o.mapping,
                                    &error));
    QVERIFY(SurveyImporter(db()).run(o, {}, &error).committed);
    const SurveyStats stats(db());
    const NomineeSurveyStats zhosaly = stats.forNominee(m_n.zhosaly);
    QCOMPARE(zhosaly.ethicsResponses, 3);
    QCOMPARE(zhosaly.responses, 0);
    QCOMPARE(zhosaly.ethicsIndex, 50.0);
    QCOMPARE(stat(zhosaly, QStringLiteral("E1")).n, 3);
    QVERIFY(std::isnan(zhosaly.surveyIndex));
    QCOMPARE(stats.forNominee(m_n.bestam).ethicsIndex, 100.0);
}

void TestSurveyStats::nomineeWithoutAnswers()
{
    const NomineeSurveyStats none = SurveyStats(db()).forNominee(m_n.kosshy);
    QCOMPARE(none.responses, 0);
    QVERIFY(none.insufficientSample);
    QVERIFY(std::isnan(none.surveyIndex));
    QVERIFY(std::isnan(none.ethicsIndex));
    for (const CriterionStat &s : none.criteria) {
        QCOMPARE(s.n, 0);
        QVERIFY(std::isnan(s.mean));
    }
    QCOMPARE(SurveyStats(db()).forNominee(999999).nomineeId, 0);
}

QTEST_MAIN(TestSurveyStats)
#include "tst_surveystats.moc"
