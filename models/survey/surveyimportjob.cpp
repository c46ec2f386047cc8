#include "survey/surveyimportjob.h"

#include "storage/database.h"

#include <QThread>

namespace akim::survey {

SurveyImportJob::SurveyImportJob(const QString &contestPath, const ImportOptions &options,
                                 QObject *parent)
    : QObject(parent)
    , m_contestPath(contestPath)
    , m_options(options)
{
    qRegisterMetaType<akim::survey::ImportSummary>();
}

SurveyImportJob::~SurveyImportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SurveyImportJob::start()
{
    if (m_thread)
        return; // a job runs once
    m_thread = QThread::create([this] { work(); });
    m_thread->start();
}

void SurveyImportJob::cancel()
{
    m_cancel.store(true);
}

bool SurveyImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool SurveyImportJob::wait(unsigned long milliseconds)
{
    return !m_thread || m_thread->wait(milliseconds);
}

void SurveyImportJob::work()
{
    ImportSummary summary;
    QString error;
    {
        // A connection belongs to the thread that opened it: this one is the worker's own, on
        // the same file, and is closed before finished() is sent.
        Database database;
        if (!database.open(m_contestPath, Database::Mode::ReadWrite)) {
            error = database.errorString();
        } else {
            // The importer's handle on the connection must be gone before the connection closes.
            summary = SurveyImporter(database.connection())
                          .run(
                              m_options,
                              [this](int percent, const QString &stage) {
                                  if (m_cancel.load())
                                      return false;
                                  emit progress(percent, stage);
                                  return !m_cancel.load();
                              },
                              &error);
            database.close();
        }
    }
    emit finished(summary, error);
}

} // namespace akim::survey
