#pragma once

#include "services/backgroundtask.h"
#include "survey/surveyimporter.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <climits>

namespace akim::survey {

// Runs a SurveyImporter on a worker thread so the window stays responsive. The worker opens
// its OWN connection to the contest file (a QSqlDatabase connection belongs to one thread);
// when an import committed, the caller's ContestDocument must call notifyExternalWrite().
//
//   auto *job = new SurveyImportJob(document.path(), options, this);
//   connect(job, &SurveyImportJob::progress, bar, …);
//   connect(job, &SurveyImportJob::finished, this, …);   // queued to this thread
//   job->start();
//   … job->cancel();  // from any thread: the run rolls back, nothing is written
//
// Signals are emitted from the worker thread; connections to objects of the GUI thread are
// queued. The job may be deleted only after finished() (its destructor cancels and waits).
class SurveyImportJob : public QObject
{
    Q_OBJECT

public:
    SurveyImportJob(const QString &contestPath, const ImportOptions &options,
                    QObject *parent = nullptr);
    ~SurveyImportJob() override;

    void start();
    void cancel(); // thread-safe
    bool isCancelled() const;
    bool isRunning() const;
    bool wait(unsigned long milliseconds = ULONG_MAX); // true when the worker has ended

    const ImportOptions &options() const { return m_options; }

signals:
    void progress(int percent, const QString &stage);
    // error: empty on success (summary.committed, or a finished dry run); else translated
    void finished(const akim::survey::ImportSummary &summary, const QString &error);

private:
    QString work(const BackgroundTask::Progress &progress);

    QString m_contestPath;
    ImportOptions m_options;
    ImportSummary m_summary; // written by the worker, read in finished()
    // The thread, the cancel flag and the progress callback: the same worker as every other
    // long operation. Deleted first in the destructor, because its work reads the members above.
    BackgroundTask *m_task;
};

} // namespace akim::survey
