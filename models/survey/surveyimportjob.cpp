#include "survey/surveyimportjob.h"

#include "storage/database.h"

namespace akim::survey {

SurveyImportJob::SurveyImportJob(const QString &contestPath, const ImportOptions &options,
                                 QObject *parent)
    : QObject(parent)
    , m_contestPath(contestPath)
    , m_options(options)
    , m_task(new BackgroundTask(
          [this](const BackgroundTask::Progress &progress) { return work(progress); }))
{
    qRegisterMetaType<akim::survey::ImportSummary>();
    // Direct: both are sent from the worker thread, as this class promises.
    connect(m_task, &BackgroundTask::progress, this, &SurveyImportJob::progress,
            Qt::DirectConnection);
    connect(
        m_task, &BackgroundTask::finished, this,
        [this](const QString &error, bool) { emit finished(m_summary, error); },
        Qt::DirectConnection);
}

SurveyImportJob::~SurveyImportJob()
{
    delete m_task; // cancels and waits for the worker, which uses this object's members
}

void SurveyImportJob::start()
{
    m_task->start();
}

void SurveyImportJob::cancel()
{
    m_task->cancel();
}

bool SurveyImportJob::isCancelled() const
{
    return m_task->isCancelled();
}

bool SurveyImportJob::isRunning() const
{
    return m_task->isRunning();
}

bool SurveyImportJob::wait(unsigned long milliseconds)
{
    return m_task->wait(milliseconds);
}

QString SurveyImportJob::work(const BackgroundTask::Progress &progress)
{
    QString error;
    // A connection belongs to the thread that opened it: this one is the worker's own, on the
    // same file, and is closed before finished() is sent.
    Database database;
    if (!database.open(m_contestPath, Database::Mode::ReadWrite))
        return database.errorString();
    // The importer's handle on the connection must be gone before the connection closes.
    m_summary = SurveyImporter(database.connection()).run(m_options, progress, &error);
    database.close();
    return error;
}

} // namespace akim::survey
