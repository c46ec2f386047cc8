#pragma once

#include "report/reportdocument.h"
#include "report/reportrequest.h"
#include "services/backgroundtask.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace akim {

class ContestDocument;
class ReportForm;

// Reports > Protocols and Reports: one dialog for every printed document (a stage's protocol, a
// nominee's score card, the import report, a commission's blank ballots), in Kazakh, Russian or
// English. Each document is loaded on a worker thread from the contest file (ReportFactory), then
// previewed, printed or written as a PDF; the work shows its progress in the dialog with a
// Cancel button, and the dialog stays responsive. Closing it cancels the work and waits for it.
// The choices made are remembered for the rest of the session.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // Makes a document on a worker thread; ReportFactory::load unless a test replaces it.
    using Loader = std::function<std::unique_ptr<report::ReportDocument>(
        const QString &contestPath, const report::ReportRequest &request, QString *error,
        const BackgroundTask::Progress &progress)>;

    explicit ReportDialog(ContestDocument &document, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Shows the fields of `request` (the Rankings tab opens a nominee's score card this way).
    // A region, nominee or commission the contest does not have leaves that field as it was.
    void preselect(const report::ReportRequest &request);
    // What the fields ask for now.
    report::ReportRequest request() const;
    // Whether the fields name a whole document (a region, a nominee, a commission chosen).
    bool isComplete() const;
    ReportForm *form() const { return m_form; }
    bool isBusy() const { return m_task != nullptr; }

    void setLoader(Loader loader) { m_loader = std::move(loader); }

public slots:
    void preview();
    void print();
    void saveAsPdf();
    // Stage I protocols of every region, one PDF each, into a folder the user chooses.
    void writeRegionalProtocols();
    // The particulars of the chosen protocol's meeting (number, date, attendance, vote, awards).
    void editProtocolDetails();
    // Stops the running work (the Cancel button).
    void cancelWork();

protected:
    void done(int result) override;

private:
    using Loaded = std::function<void(const std::shared_ptr<report::ReportDocument> &)>;
    using Finished = std::function<void(const QString &error, bool cancelled)>;

    void buildUi();
    void updateState();
    void setStatus(const QString &text);
    // Loads the requested document on the worker, then hands it to `then` on this thread.
    void loadThen(const QString &what, const Loaded &then);
    void startTask(const QString &stage, const BackgroundTask::Work &work, const Finished &then);
    void stopTask();
    void showError(const QString &what, const QString &error);
    void remember() const;

    ContestDocument &m_document;
    Loader m_loader;
    QPointer<BackgroundTask> m_task;
    // Which task the queued signals belong to: a stopped task's late signals are ignored.
    quint64 m_serial = 0;

    ReportForm *m_form;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_allRegions;
    QPushButton *m_details;
    QPushButton *m_preview;
    QPushButton *m_print;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
