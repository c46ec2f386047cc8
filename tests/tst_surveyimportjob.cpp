#include "storage/surveyrepository.h"
#include "survey/surveyimportjob.h"
#include "surveyfixture.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace akim;
using namespace akim::survey;
using test::SurveyFixture;

class TestSurveyImportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void importsOnAWorkerThread();
    void cancelWritesNothing();
    void brokenFileReportsError();
    void destroyWhileRunning();

private:
    ImportOptions googleForms() const;
    QString bigCsv(int rows);

    std::unique_ptr<test::TemporaryContest> m_contest;
    SurveyFixture m_n;
};

void TestSurveyImportJob::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    QVERIFY(m_n.populate(*m_contest));
}

void TestSurveyImportJob::cleanup()
{
    m_contest.reset();
}

ImportOptions TestSurveyImportJob::googleForms() const
{
    ImportOptions o;
    o.filePath = SurveyFixture::data(QStringLiteral("googleforms.csv"));
    o.userName = QStringLiteral("secretary");
    o.mapping.columns = {{0, {}, ColumnRole::Timestamp, {}},
                         {1, {}, ColumnRole::District, {}},
                         {2, {}, ColumnRole::Okrug, {}}};
    for (int i = 0; i < 6; ++i)
        o.mapping.columns.append(
            {3 + i, {}, ColumnRole::Question, QStringLiteral("S%1").arg(i + 1)});
    o.mapping.columns.append({9, {}, ColumnRole::RespondentId, {}});
    return o;
}

QString TestSurveyImportJob::bigCsv(int rows)
{
    const QString path = m_contest->filePath(QStringLiteral("big.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "Сельский округ,S1,S2,S3\n";
    for (int i = 0; i < rows; ++i)
        text += (i % 2 ? "Жосалы," : "Бестам,") + QByteArray::number(1 + i % 5) + ",3,4\n";
    file.write(text);
    return path;
}

// QSignalSpy::wait() is not used on the job's signals: they come from the worker, and wait()
// misses a signal that arrived before it was called.
void TestSurveyImportJob::importsOnAWorkerThread()
{
    // The document stays open in this thread, as in the application.
    auto *job = new SurveyImportJob(m_contest->path(), googleForms(), this);
    QSignalSpy progress(job, &SurveyImportJob::progress);
    QSignalSpy finished(job, &SurveyImportJob::finished);
    QThread *workerThread = nullptr;
    connect(
        job, &SurveyImportJob::progress, this, [&] { workerThread = QThread::currentThread(); },
        Qt::DirectConnection);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(job->wait(5000));
    QVERIFY(!job->isRunning());
    QVERIFY(workerThread != nullptr && workerThread != QThread::currentThread());

    QCOMPARE(finished.size(), 1);
    const ImportSummary summary = finished.first().at(0).value<ImportSummary>();
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(summary.committed);
    QCOMPARE(summary.imported, 6);
    QVERIFY(progress.size() >= 2);
    QCOMPARE(progress.first().at(0).toInt(), 0);
    QCOMPARE(progress.last().at(0).toInt(), 100);

    // The GUI thread's own connection sees the committed rows.
    m_contest->document().notifyExternalWrite();
    QCOMPARE(SurveyRepository(m_contest->document().database().connection()).responseCount(), 6);
    delete job;
}

void TestSurveyImportJob::cancelWritesNothing()
{
    ImportOptions o;
    o.filePath = bigCsv(150000);
    o.mapping.columns = {{0, {}, ColumnRole::Okrug, {}},
                         {1, {}, ColumnRole::Question, QStringLiteral("S1")}};
    const QString contest = m_contest->path();
    m_contest->close();
    const QByteArray before = SurveyFixture::sha256(contest);

    SurveyImportJob job(contest, o);
    QSignalSpy finished(&job, &SurveyImportJob::finished);
    // Cancel from this thread once the worker is past the start.
    connect(&job, &SurveyImportJob::progress, this, [&](int percent) {
        if (percent > 0)
            job.cancel();
    });
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(job.isCancelled());
    const ImportSummary summary = finished.first().at(0).value<ImportSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(!summary.committed);
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QVERIFY(job.wait(5000));
    QCOMPARE(SurveyFixture::sha256(contest), before);
}

void TestSurveyImportJob::brokenFileReportsError()
{
    ImportOptions o = googleForms();
    o.filePath = SurveyFixture::data(QStringLiteral("survey-truncated.xlsx"));
    SurveyImportJob job(m_contest->path(), o);
    QSignalSpy finished(&job, &SurveyImportJob::finished);
    job.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("survey-truncated.xlsx")));
    QVERIFY(!finished.first().at(0).value<ImportSummary>().committed);

    SurveyImportJob noFile(m_contest->filePath(QStringLiteral("missing.akc")), googleForms());
    QSignalSpy noFileFinished(&noFile, &SurveyImportJob::finished);
    noFile.start();
    QTRY_COMPARE_WITH_TIMEOUT(noFileFinished.size(), 1, 30000);
    QVERIFY(!noFileFinished.first().at(1).toString().isEmpty());
}

void TestSurveyImportJob::destroyWhileRunning()
{
    ImportOptions o;
    o.filePath = bigCsv(60000);
    o.mapping.columns = {{0, {}, ColumnRole::Okrug, {}},
                         {1, {}, ColumnRole::Question, QStringLiteral("S1")}};
    {
        SurveyImportJob job(m_contest->path(), o);
        job.start();
        // The destructor cancels and waits; nothing may crash or be left half-written.
    }
    QCOMPARE(SurveyFixture::count(m_contest->document().database().connection(),
                                  QStringLiteral("survey_import")),
             SurveyRepository(m_contest->document().database().connection()).imports().size());
    for (const SurveyImportRecord &record :
         SurveyRepository(m_contest->document().database().connection()).imports())
        QCOMPARE(record.rowsImported,
                 SurveyRepository(m_contest->document().database().connection())
                     .responseCountOfImport(record.id));
}

QTEST_MAIN(TestSurveyImportJob)
#include "tst_surveyimportjob.moc"
