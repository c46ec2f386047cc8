// The worker behind every long operation: the work runs off the GUI thread, its progress and
// its end arrive on the GUI thread in order, Cancel reaches the work through its Progress, and
// a task deleted early waits for its work instead of leaving it running on freed memory.
#include "services/backgroundtask.h"

#include <QThread>
#include <QtTest>

#include <atomic>
#include <stdexcept>

using namespace akim;

namespace {

// finished() as the GUI thread receives it (queued): the error and the cancelled flag of each.
// QSignalSpy is not used: the signal comes from the worker, and QSignalSpy::wait() misses a
// signal that arrived before it was called.
struct Ends
{
    explicit Ends(BackgroundTask &task)
    {
        QObject::connect(&task, &BackgroundTask::finished, &task,
                         [this](const QString &error, bool cancelled) {
                             errors << error;
                             cancelledFlags << cancelled;
                         });
    }
    bool wait() const
    {
        return QTest::qWaitFor([this] { return !errors.isEmpty(); }, 10000);
    }
    QStringList errors;
    QList<bool> cancelledFlags;
};

} // namespace

class TestBackgroundTask : public QObject
{
    Q_OBJECT

private slots:
    void runsOffTheGuiThread();
    void progressArrivesInOrderBeforeFinished();
    void errorIsReported();
    void cancelReachesTheWork();
    void exceptionBecomesAnError();
    void destructorWaitsForTheWork();
};

void TestBackgroundTask::runsOffTheGuiThread()
{
    QThread *workThread = nullptr;
    BackgroundTask task([&workThread](const BackgroundTask::Progress &) {
        workThread = QThread::currentThread();
        return QString();
    });
    Ends ends(task);
    task.start();
    QVERIFY(ends.wait());
    QVERIFY(workThread != nullptr);
    QVERIFY(workThread != QThread::currentThread());
    QCOMPARE(ends.errors, QStringList{QString()});
    QCOMPARE(ends.cancelledFlags, QList<bool>{false});
}

void TestBackgroundTask::progressArrivesInOrderBeforeFinished()
{
    BackgroundTask task([](const BackgroundTask::Progress &progress) {
        for (int percent = 0; percent <= 100; percent += 25)
            progress(percent, QStringLiteral("step %1").arg(percent));
        return QString();
    });
    QStringList events;
    connect(&task, &BackgroundTask::progress, this, [&events](int percent, const QString &stage) {
        events << QStringLiteral("%1 %2").arg(percent).arg(stage);
    });
    connect(&task, &BackgroundTask::finished, this,
            [&events](const QString &, bool) { events << QStringLiteral("finished"); });
    task.start();
    QTRY_VERIFY_WITH_TIMEOUT(events.contains(QStringLiteral("finished")), 10000);
    QCOMPARE(events, QStringList({QStringLiteral("0 step 0"), QStringLiteral("25 step 25"),
                                  QStringLiteral("50 step 50"), QStringLiteral("75 step 75"),
                                  QStringLiteral("100 step 100"), QStringLiteral("finished")}));
}

void TestBackgroundTask::errorIsReported()
{
    BackgroundTask task(
        [](const BackgroundTask::Progress &) { return QStringLiteral("disk full at row 12"); });
    Ends ends(task);
    task.start();
    QVERIFY(ends.wait());
    QCOMPARE(ends.errors, QStringList{QStringLiteral("disk full at row 12")});
    QCOMPARE(ends.cancelledFlags, QList<bool>{false});
}

void TestBackgroundTask::cancelReachesTheWork()
{
    std::atomic<int> steps{0};
    std::atomic<bool> started{false};
    BackgroundTask task([&](const BackgroundTask::Progress &progress) {
        started = true;
        // Would run for ten minutes unless the cancel gets through.
        for (int i = 0; i < 600000; ++i) {
            if (!progress(-1, {}))
                return QStringLiteral("cancelled after %1 steps").arg(i);
            ++steps;
            QThread::usleep(1000);
        }
        return QString();
    });
    Ends ends(task);
    task.start();
    QTRY_VERIFY_WITH_TIMEOUT(started.load() && steps.load() > 3, 10000);
    task.cancel();
    QVERIFY(task.isCancelled());
    QVERIFY(ends.wait());
    QCOMPARE(ends.errors.size(), 1);
    QVERIFY(ends.errors.first().startsWith(QLatin1String("cancelled after")));
    QCOMPARE(ends.cancelledFlags, QList<bool>{true});
    QVERIFY(task.wait(10000));
    QVERIFY(!task.isRunning());
}

void TestBackgroundTask::exceptionBecomesAnError()
{
    BackgroundTask task([](const BackgroundTask::Progress &) -> QString {
        throw std::runtime_error("the work broke");
    });
    Ends ends(task);
    task.start();
    QVERIFY(ends.wait());
    QCOMPARE(ends.errors, QStringList{QStringLiteral("the work broke")});
}

void TestBackgroundTask::destructorWaitsForTheWork()
{
    std::atomic<bool> ended{false};
    {
        BackgroundTask task([&ended](const BackgroundTask::Progress &progress) {
            while (progress(-1, {}))
                QThread::usleep(500);
            QThread::msleep(50); // winding down after the cancel
            ended = true;
            return QString();
        });
        task.start();
        QThread::msleep(20);
    } // cancels, then waits
    QVERIFY(ended.load());
}

QTEST_GUILESS_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
