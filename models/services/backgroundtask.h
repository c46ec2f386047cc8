#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <climits>
#include <functional>

class QThread;

namespace akim {

// Runs one piece of long work (creating a demo, recomputing rankings, writing protocols) on a
// worker thread, so the window keeps painting and its Cancel button keeps working. The work gets
// a Progress callback: it reports percent and stage and learns from the result whether to go on.
// Work that touches the contest file must open its own connection (a QSqlDatabase connection
// belongs to one thread).
//
//   auto *task = new BackgroundTask([path](const BackgroundTask::Progress &progress) {
//       … if (!progress(40, tr("Importing"))) return tr("Cancelled"); …
//       return QString(); // or a translated error
//   }, this);
//   connect(task, &BackgroundTask::finished, this, …); // queued to this thread
//   task->start();
//
// The task may be deleted only after finished(); its destructor cancels and waits.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    // percent 0..100, or -1 when the work cannot tell; returns false once cancelled
    using Progress = std::function<bool(int percent, const QString &stage)>;
    using Work = std::function<QString(const Progress &progress)>;

    explicit BackgroundTask(Work work, QObject *parent = nullptr);
    ~BackgroundTask() override;

    void start();
    void cancel(); // thread-safe
    bool isCancelled() const { return m_cancel.load(); }
    bool isRunning() const;
    bool wait(unsigned long milliseconds = ULONG_MAX); // true when the worker has ended

signals:
    void progress(int percent, const QString &stage);
    // error: empty on success, else translated; cancelled: cancel() came before the end
    void finished(const QString &error, bool cancelled);

private:
    Work m_work;
    std::atomic<bool> m_cancel{false};
    QThread *m_thread = nullptr;
};

} // namespace akim
