#pragma once

#include "services/backgroundtask.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace akim {

// Long work behind a window-modal progress dialog with a Cancel button: the work runs on a
// worker thread (BackgroundTask), the window keeps painting, and the call returns when the work
// has ended. The dialog appears only if the work takes longer than a moment. Its objectName is
// "taskProgressDialog", for GUI tests.
class TaskProgress
{
    Q_DECLARE_TR_FUNCTIONS(akim::TaskProgress)

public:
    // Returns the work's error (translated; empty on success). `cancelled` tells whether the
    // user pressed Cancel before the work ended.
    static QString run(QWidget *parent, const QString &title, const BackgroundTask::Work &work,
                       bool *cancelled = nullptr);
};

} // namespace akim
