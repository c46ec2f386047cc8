#pragma once

#include "scoring/rankingrun.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace akim {

class BackgroundTask;
class ContestDocument;

// The Rankings tab's Export…: asks where to save the ranking shown, as an Excel workbook or a
// CSV file (by the suffix chosen), and writes it in the interface's language on a worker, with
// the tab's progress bar and Cancel button showing meanwhile. The ranking is the one already
// computed: nothing is read from the contest file but its title.
class RankingExportAction : public QObject
{
    Q_OBJECT

public:
    // `progress`, `cancel` and `status` belong to the tab; they are shown, pressed and written
    // while an export runs.
    RankingExportAction(QWidget *parent, QProgressBar *progress, QPushButton *cancel,
                        QLabel *status);
    ~RankingExportAction() override; // cancels a running export and waits for it

    bool isRunning() const { return m_task != nullptr; }

    // Asks for the file, then starts writing `shown`: a ranking of `snapshot` (stage I of the
    // region `regionId`, or of every region with 0; or stage II). False when the dialog was
    // cancelled or an export is running already.
    bool start(ContestDocument &document, const scoring::RankingSnapshot &snapshot,
               const scoring::Ranking &shown, qint64 regionId, const QDateTime &computedAt);

signals:
    void runningChanged(bool running);
    // `error` is empty on success (translated otherwise).
    void finished(const QString &path, const QString &error, bool cancelled);

private:
    void onFinished(const QString &error, bool cancelled);

    QWidget *m_parent;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_status;
    BackgroundTask *m_task = nullptr;
    QString m_path;
    bool m_showedProgress = false; // hidden again at the end only if it was hidden before
};

} // namespace akim
