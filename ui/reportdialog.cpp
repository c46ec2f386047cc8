#include "reportdialog.h"

#include "dialogbuttons.h"
#include "filedialogs.h"
#include "meetingdialog.h"
#include "messagebox.h"
#include "printdialogs.h"
#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "report/reportlanguage.h"
#include "reportform.h"
#include "services/contestdocument.h"
#include "text/filename.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

// The last choices, for the next time the dialog opens in this session. Ids are only meaningful
// in the file they were chosen in.
struct Remembered
{
    bool valid = false;
    QString path;
    report::ReportRequest request;
};

Remembered &remembered()
{
    static Remembered instance;
    return instance;
}

// A page painted, as the progress bar's percent.
int percentOf(int page, int pages)
{
    return pages > 0 ? std::clamp(100 * page / pages, 0, 100) : -1;
}

} // namespace

ReportDialog::ReportDialog(ContestDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_loader([](const QString &path, const report::ReportRequest &request, QString *error,
                  const BackgroundTask::Progress &progress) {
        return report::ReportFactory::load(path, request, error, progress);
    })
    , m_form(new ReportForm(document))
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_allRegions(new QPushButton(tr("&All Regional Protocols…")))
    , m_details(new QPushButton(tr("Protocol &Details…")))
    , m_preview(new QPushButton(tr("&Preview…")))
    , m_print(new QPushButton(tr("Pr&int…")))
    , m_save(new QPushButton(tr("&Save as PDF…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Protocols and Reports"));
    buildUi();

    report::ReportRequest initial;
    initial.language = report::ReportLanguage::codeFor(QLocale());
    if (remembered().valid) {
        const report::ReportRequest &last = remembered().request;
        // Kind, stage and language carry over to another file; the ids do not.
        if (remembered().path == m_document.path())
            initial = last;
        initial.kind = last.kind;
        initial.stage = last.stage;
        initial.language = last.language;
    }
    preselect(initial);
}

ReportDialog::~ReportDialog()
{
    stopTask();
}

void ReportDialog::buildUi()
{
    m_status->setObjectName(QStringLiteral("reportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true); // "Saved to <file>": the link opens the PDF
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_status->setAccessibleName(tr("Status"));
    m_progress->setObjectName(QStringLiteral("reportProgressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMinimumWidth(180);
    m_cancel->setObjectName(QStringLiteral("reportCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the work"));
    // The row keeps its height while idle, so the dialog does not jump when work starts.
    for (QWidget *w : {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel)}) {
        QSizePolicy policy = w->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        w->setSizePolicy(policy);
    }

    m_allRegions->setObjectName(QStringLiteral("reportAllRegionsButton"));
    m_allRegions->setToolTip(tr("The stage I protocol of every region, one PDF each, into a "
                                "folder you choose"));
    m_details->setObjectName(QStringLiteral("reportDetailsButton"));
    m_details->setToolTip(tr("The meeting's number, date, place, attendance, vote and awards, "
                             "which the protocol prints"));
    m_preview->setObjectName(QStringLiteral("reportPreviewButton"));
    m_print->setObjectName(QStringLiteral("reportPrintButton"));
    m_save->setObjectName(QStringLiteral("reportSaveButton"));
    for (QPushButton *b : {m_cancel, m_allRegions, m_details, m_print, m_save})
        b->setAutoDefault(false);
    m_preview->setDefault(true);
    m_buttons->setObjectName(QStringLiteral("reportButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("reportCloseButton"));
    m_buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    DialogButtons::relabel(m_buttons);

    auto *protocolRow = new QHBoxLayout;
    protocolRow->addWidget(m_allRegions);
    protocolRow->addWidget(m_details);
    protocolRow->addStretch();
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(protocolRow);
    layout->addStretch();
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    setMinimumWidth(640);

    connect(m_form, &ReportForm::changed, this, &ReportDialog::updateState);
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveAsPdf);
    connect(m_allRegions, &QPushButton::clicked, this, &ReportDialog::writeRegionalProtocols);
    connect(m_details, &QPushButton::clicked, this, &ReportDialog::editProtocolDetails);
    connect(m_cancel, &QPushButton::clicked, this, &ReportDialog::cancelWork);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ReportDialog::preselect(const report::ReportRequest &request)
{
    m_form->preselect(request);
    updateState();
}

report::ReportRequest ReportDialog::request() const
{
    return m_form->request();
}

bool ReportDialog::isComplete() const
{
    return m_form->isComplete();
}

void ReportDialog::updateState()
{
    const bool busy = isBusy();
    const QString denied = m_document.isOpen() ? m_document.permit(Permission::PrintReports)
                                               : tr("No contest is open.");
    const bool may = denied.isEmpty();
    const bool complete = m_form->isComplete();
    const bool protocol = request().kind == report::ReportKind::Protocol;
    m_form->setEnabled(!busy);
    m_form->setNotice(denied);
    for (QPushButton *b : {m_preview, m_print, m_save})
        b->setEnabled(!busy && may && complete);
    m_allRegions->setVisible(protocol);
    m_allRegions->setEnabled(!busy && may && m_form->regionCount() > 0);
    m_details->setVisible(protocol);
    // Whether the user may change the particulars is the meeting dialog's to say: it shows
    // them read-only otherwise.
    m_details->setEnabled(!busy && complete && m_document.isOpen());
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
}

void ReportDialog::setStatus(const QString &text)
{
    m_status->setText(text.toHtmlEscaped());
}

void ReportDialog::showError(const QString &what, const QString &error)
{
    setStatus(error);
    MessageBox::warning(this, what, error);
}

void ReportDialog::startTask(const QString &stage, const BackgroundTask::Work &work,
                             const Finished &then)
{
    if (m_task)
        return;
    const quint64 serial = ++m_serial;
    m_task = new BackgroundTask(work, this);
    m_progress->setRange(0, 0);
    m_cancel->setEnabled(true);
    setStatus(stage);
    connect(m_task, &BackgroundTask::progress, this,
            [this, serial](int percent, const QString &text) {
                if (serial != m_serial)
                    return;
                m_progress->setRange(0, percent < 0 ? 0 : 100);
                if (percent >= 0)
                    m_progress->setValue(percent);
                if (!text.isEmpty() && m_cancel->isEnabled())
                    setStatus(text);
            });
    connect(m_task, &BackgroundTask::finished, this,
            [this, serial, then](const QString &error, bool cancelled) {
                if (serial != m_serial || !m_task)
                    return; // stopped by closing: nobody waits for its result
                BackgroundTask *task = m_task;
                m_task = nullptr;
                task->wait();
                task->deleteLater();
                updateState();
                then(error, cancelled);
            });
    m_task->start();
    updateState();
}

void ReportDialog::cancelWork()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_cancel->setEnabled(false); // no second Cancel while the work winds down
    setStatus(tr("Cancelling…"));
}

void ReportDialog::stopTask()
{
    if (!m_task)
        return;
    ++m_serial; // its queued signals, if any, are for nobody now
    BackgroundTask *task = m_task;
    m_task = nullptr;
    task->cancel();
    task->wait();
    delete task;
}

void ReportDialog::done(int result)
{
    // Closing while the worker runs: cancel it and wait, so nothing writes after the dialog.
    stopTask();
    remember();
    QDialog::done(result);
}

void ReportDialog::remember() const
{
    Remembered &r = remembered();
    r.valid = true;
    r.path = m_document.path();
    r.request = request();
}

void ReportDialog::loadThen(const QString &what, const Loaded &then)
{
    if (!isComplete() || isBusy())
        return;
    remember();
    const report::ReportRequest r = request();
    const QString path = m_document.path();
    const Loader loader = m_loader;
    auto loaded = std::make_shared<std::shared_ptr<report::ReportDocument>>();
    startTask(
        tr("Reading the contest…"),
        [r, path, loader, loaded](const BackgroundTask::Progress &progress) {
            QString error;
            *loaded = loader(path, r, &error, progress);
            if (*loaded)
                return QString();
            return error.isEmpty() ? tr("The document cannot be made.") : error;
        },
        [this, what, then, loaded](const QString &error, bool cancelled) {
            if (cancelled)
                setStatus(tr("Cancelled."));
            else if (!error.isEmpty())
                showError(what, error);
            else
                then(*loaded);
        });
}

void ReportDialog::preview()
{
    loadThen(tr("Print Preview"), [this](const std::shared_ptr<report::ReportDocument> &doc) {
        setStatus(QString());
        // Painted on this thread: the preview widget asks for the pages as it shows them.
        PrintDialogs::preview(this, *doc);
    });
}

void ReportDialog::print()
{
    loadThen(tr("Print"), [this](const std::shared_ptr<report::ReportDocument> &doc) {
        const std::shared_ptr<QPrinter> printer = PrintDialogs::choosePrinter(this, doc->title());
        if (!printer) {
            setStatus(QString());
            return;
        }
        const QString title = doc->title();
        // QPainter may paint on a QPrinter in another thread, so a long protocol prints on
        // the worker with its progress and Cancel, as a PDF is written.
        startTask(
            tr("Printing %1…").arg(title),
            [doc, printer](const BackgroundTask::Progress &progress) {
                bool stopped = false;
                const bool printed = doc->print(printer.get(), [&](int page, int pages) {
                    stopped = !progress(percentOf(page, pages),
                                        tr("Printing page %1 of %2…").arg(page).arg(pages));
                    return !stopped;
                });
                if (stopped)
                    return tr("Cancelled.");
                return printed ? QString() : tr("The printer did not accept the document.");
            },
            [this, title](const QString &error, bool cancelled) {
                if (cancelled)
                    setStatus(tr("Printing cancelled."));
                else if (!error.isEmpty())
                    showError(tr("Print"), error);
                else
                    setStatus(tr("%1 was sent to the printer.").arg(title));
            });
    });
}

void ReportDialog::saveAsPdf()
{
    loadThen(tr("Save as PDF"), [this](const std::shared_ptr<report::ReportDocument> &doc) {
        // Named after the document's title, in the document's language.
        const QString path = FileDialogs::getSaveFileName(
            this, tr("Save as PDF"), text::safeFileName(doc->title()) + QStringLiteral(".pdf"),
            tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
        if (path.isEmpty()) {
            setStatus(QString());
            return;
        }
        startTask(
            tr("Writing %1…").arg(QFileInfo(path).fileName()),
            [doc, path](const BackgroundTask::Progress &progress) {
                return report::PdfOutput::write(*doc, path, [&](int page, int pages) {
                    return progress(percentOf(page, pages),
                                    tr("Writing page %1 of %2…").arg(page).arg(pages));
                });
            },
            [this, path](const QString &error, bool cancelled) {
                const QString shown = QDir::toNativeSeparators(path);
                if (cancelled) {
                    // PdfOutput writes through QSaveFile: no half file, an old one untouched.
                    setStatus(tr("Cancelled: %1 was not written.").arg(shown));
                } else if (!error.isEmpty()) {
                    showError(tr("Save as PDF"), error);
                } else {
                    m_status->setText(
                        tr("Saved to %1.")
                            .arg(QStringLiteral("<a href=\"%1\">%2</a>")
                                     .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded),
                                          shown.toHtmlEscaped())));
                }
            });
    });
}

void ReportDialog::writeRegionalProtocols()
{
    if (isBusy())
        return;
    const QString title = tr("All Regional Protocols");
    const QString folder = FileDialogs::getExistingDirectory(this, title);
    if (folder.isEmpty())
        return;
    remember();
    const QString path = m_document.path();
    const QString language = request().language;
    auto written = std::make_shared<QStringList>();
    startTask(
        tr("Writing the regional protocols…"),
        [path, language, folder, written](const BackgroundTask::Progress &progress) {
            return report::ReportFactory::writeRegionalProtocols(path, language, folder,
                                                                 written.get(), progress);
        },
        [this, title, folder, written](const QString &error, bool cancelled) {
            const QString where = QDir::toNativeSeparators(folder);
            const int count = int(written->size());
            if (cancelled) {
                setStatus(
                    tr("Cancelled: %n protocol(s) written to %1.", nullptr, count).arg(where));
            } else if (!error.isEmpty()) {
                setStatus(error);
                MessageBox::warning(
                    this, title,
                    tr("%1\n\n%n protocol(s) had been written to %2.", nullptr, count)
                        .arg(error, where));
            } else {
                const QString done =
                    tr("%n regional protocol(s) written to %1.", nullptr, count).arg(where);
                setStatus(done);
                MessageBox::information(this, title, done);
            }
        });
}

void ReportDialog::editProtocolDetails()
{
    if (isBusy() || !isComplete())
        return;
    const report::ReportRequest r = request();
    MeetingDialog dialog(m_document, r.stage, r.stage == StageKind::Regional ? r.regionId : 0,
                         this);
    dialog.exec();
}

} // namespace akim
