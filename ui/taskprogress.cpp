#include "taskprogress.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace akim {

QString TaskProgress::run(QWidget *parent, const QString &title, const BackgroundTask::Work &work,
                          bool *cancelled)
{
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("taskProgressDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 100);
    dialog.setValue(0);

    BackgroundTask task(work);
    QString error;
    bool wasCancelled = false;
    QEventLoop loop;
    QObject::connect(&task, &BackgroundTask::progress, &dialog,
                     [&dialog](int percent, const QString &stage) {
                         if (percent < 0) {
                             dialog.setRange(0, 0); // busy: the work cannot tell how far it is
                         } else {
                             dialog.setRange(0, 100);
                             dialog.setValue(percent);
                         }
                         if (!stage.isEmpty())
                             dialog.setLabelText(stage);
                     });
    QObject::connect(&dialog, &QProgressDialog::canceled, &task, [&task, &dialog] {
        task.cancel();
        dialog.setLabelText(tr("Cancelling…"));
        dialog.setCancelButton(nullptr); // no second Cancel while the work winds down
    });
    QObject::connect(&task, &BackgroundTask::finished, &loop,
                     [&](const QString &message, bool byUser) {
                         error = message;
                         wasCancelled = byUser;
                         loop.quit();
                     });
    task.start();
    loop.exec();
    task.wait();
    dialog.close();
    if (cancelled)
        *cancelled = wasCancelled;
    return error;
}

} // namespace akim
