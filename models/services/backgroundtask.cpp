#include "services/backgroundtask.h"

#include <QThread>

#include <exception>

namespace akim {

BackgroundTask::BackgroundTask(Work work, QObject *parent)
    : QObject(parent)
    , m_work(std::move(work))
{}

BackgroundTask::~BackgroundTask()
{
    cancel();
    wait();
}

void BackgroundTask::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const Progress report = [this](int percent, const QString &stage) {
            if (m_cancel.load())
                return false;
            emit progress(percent, stage);
            return !m_cancel.load();
        };
        QString error;
        try {
            error = m_work(report);
        } catch (const std::exception &e) {
            // Work is expected to turn its own failures into messages; this keeps a bug from
            // terminating the whole program with the user's unsaved window.
            error = QString::fromLocal8Bit(e.what());
        }
        emit finished(error, m_cancel.load());
    });
    m_thread->setObjectName(QStringLiteral("BackgroundTask"));
    m_thread->start();
}

void BackgroundTask::cancel()
{
    m_cancel.store(true);
}

bool BackgroundTask::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundTask::wait(unsigned long milliseconds)
{
    if (!m_thread)
        return true;
    const QDeadlineTimer deadline = milliseconds == ULONG_MAX
                                        ? QDeadlineTimer(QDeadlineTimer::Forever)
                                        : QDeadlineTimer(qint64(milliseconds));
    if (!m_thread->wait(deadline))
        return false;
    delete m_thread;
    m_thread = nullptr;
    return true;
}

} // namespace akim
