#pragma once

#include "domain/criterion.h"
#include "survey/importmapping.h"
#include "survey/surveyimporter.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QVariant>
#include <QVector>
#include <QWidget>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace akim {

class ContestDocument;

namespace survey {
class SurveyImportJob;
}

// Runs `work` on a thread of its own and hands its result to `done` on the thread of `context`,
// unless `context` is gone by then. For the short reads of the wizard (a preview, a census of
// answers) that must still not freeze the window on a large file. `work` receives a flag that
// turns true when the caller no longer wants the result, so it can stop early.
template<typename Result>
void runInBackground(QObject *context, std::function<Result(const std::atomic<bool> &)> work,
                     std::function<void(const Result &)> done,
                     std::shared_ptr<std::atomic<bool>> stop = {})
{
    if (!stop)
        stop = std::make_shared<std::atomic<bool>>(false);
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work, done, stop] {
        const Result result = work(*stop);
        if (*stop || !guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, stop, result] {
                if (guard && !*stop)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// A progress bar, a line saying what is being done and a Cancel button, running one survey
// import job (a dry run or the real import) on a worker thread. Used by the match and summary
// pages of the import wizard.
class ImportJobPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImportJobPanel(const QString &namePrefix, QWidget *parent = nullptr);
    ~ImportJobPanel() override;

    // Starts a job on the contest file at `contestPath`; one at a time.
    void start(const QString &contestPath, const survey::ImportOptions &options);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // Blocks until the running job (if any) has ended; used when the wizard closes.
    void cancelAndWait();
    void retranslate();

signals:
    void finished(const akim::survey::ImportSummary &summary, const QString &error);
    void runningChanged(bool running);

private:
    void onFinished(const survey::ImportSummary &summary, const QString &error);

    QProgressBar *m_bar;
    QLabel *m_stage;
    QPushButton *m_cancelButton;
    survey::SurveyImportJob *m_job = nullptr;
};

// File ▸ Import survey… and File ▸ Import ethics questionnaire…: file → sheet and header rows →
// column mapping → answer scale → place spellings → dry run and import. Each page fills its
// part of one ImportMapping kept here; the import itself runs on a worker thread and writes
// in one transaction, so a cancelled or failed import leaves the contest as it was.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        FilePageId,
        SheetPageId,
        MappingPageId,
        ScalePageId,
        MatchPageId,
        SummaryPageId,
    };

    ImportWizard(ContestDocument *document, survey::SurveyKind kind, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ContestDocument *document() const { return m_document; }

    // The spreadsheet to import (also set by a drop on the main window or the file page).
    void setFilePath(const QString &path);
    QString filePath() const;
    survey::SurveyKind kind() const;
    void setKind(survey::SurveyKind kind);

    // The mapping the pages build: sheet, CSV options, header rows, columns, scale, resolutions.
    survey::ImportMapping &mapping() { return m_mapping; }
    const survey::ImportMapping &mapping() const { return m_mapping; }

    // What the sheet page read: the first rows of the sheet and the names of its columns.
    void setPreview(const QVector<QVector<QVariant>> &rows, const QStringList &columns);
    const QVector<QVector<QVariant>> &previewRows() const { return m_previewRows; }
    const QStringList &columns() const { return m_columns; }
    // The data rows among the preview rows (below the header rows).
    QVector<QVector<QVariant>> previewDataRows() const;

    // The criteria a question column can be mapped to: of source survey or ethics by kind.
    QVector<Criterion> questionCriteria() const;
    QVector<Criterion> allCriteria() const;

    // A name to save the mapping under when the import succeeds (empty: not saved).
    void setProfileName(const QString &name) { m_profileName = name; }
    QString profileName() const { return m_profileName; }

    // The options of a run on the current mapping; a dry run also writes the rejected rows to
    // rejectedRowsPath().
    survey::ImportOptions options(bool dryRun) const;
    QString rejectedRowsPath() const;
    // A key of everything a run depends on, to tell whether a page's last run is still valid.
    QString runKey(bool withResolutions) const;

    // The last finished dry run and the runKey() it ran on; the rejected rows it found are in
    // rejectedRowsPath().
    void setLastDryRun(const QString &key, const survey::ImportSummary &summary);
    bool hasDryRun(const QString &key) const { return !key.isEmpty() && key == m_dryRunKey; }
    const survey::ImportSummary &lastDryRun() const { return m_dryRun; }

    // The committed import, once the summary page's Import has succeeded.
    const survey::ImportSummary &result() const { return m_result; }
    bool imported() const { return m_result.committed; }
    void setResult(const survey::ImportSummary &summary);

    // Every running job is cancelled before the wizard closes.
    void registerJobPanel(ImportJobPanel *panel);

    void reject() override;

signals:
    void importCommitted(const akim::survey::ImportSummary &summary);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void saveProfile();

    ContestDocument *m_document;
    QString m_filePath;
    survey::ImportMapping m_mapping;
    QVector<QVector<QVariant>> m_previewRows;
    QStringList m_columns;
    QString m_profileName;
    survey::ImportSummary m_result;
    QString m_dryRunKey;
    survey::ImportSummary m_dryRun;
    QTemporaryDir m_tempDir;
    QVector<QPointer<ImportJobPanel>> m_panels;
};

} // namespace akim
