#include "rankingexportaction.h"

#include "filedialogs.h"
#include "messagebox.h"
#include "report/rankingexport.h"
#include "report/reportlanguage.h"
#include "services/backgroundtask.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace akim {

RankingExportAction::RankingExportAction(QWidget *parent, QProgressBar *progress,
                                         QPushButton *cancel, QLabel *status)
    : QObject(parent)
    , m_parent(parent)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_status(status)
{}

RankingExportAction::~RankingExportAction()
{
    delete m_task; // cancels and waits for the worker
}

bool RankingExportAction::start(ContestDocument &document, const scoring::RankingSnapshot &snapshot,
                                const scoring::Ranking &shown, qint64 regionId,
                                const QDateTime &computedAt)
{
    if (m_task)
        return false;
    report::RankingExportRequest request;
    request.ranking = shown; // shared, not copied: QVector is implicitly shared
    request.methodology = snapshot.methodology;
    request.language = report::ReportLanguage::codeFor(QLocale());
    request.caption.computedAt = computedAt;
    request.caption.finalisations = snapshot.finalisations;
    try {
        const ContestInfo contest = document.contest().contest();
        request.caption.contestRu = contest.titleRu;
        request.caption.contestKk = contest.titleKk;
    } catch (const StorageError &) {
        // The title is a courtesy above the table; the ranking itself is in hand.
    }

    const report::ReportLanguage language(request.language);
    QString region;
    if (shown.stage == StageKind::Regional) {
        for (const scoring::InputRegion &r : snapshot.regions) {
            if (r.id == regionId)
                region = language.pick(r.nameRu, r.nameKk);
        }
    }
    const QString stem = report::RankingExport::suggestedFileName(shown.stage, region, language);
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    QString xlsxMissing;
    const bool xlsx = report::RankingExport::xlsxAvailable(&xlsxMissing);
    // Without libxlsxwriter only CSV is offered, rather than a choice that fails.
    const QString filter =
        xlsx ? tr("Excel workbook (*.xlsx)") + QStringLiteral(";;") + csvFilter : csvFilter;
    const QString suffix = xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
    request.outputPath = FileDialogs::getSaveFileName(
        m_parent, tr("Export Ranking"), stem + QLatin1Char('.') + suffix, filter, suffix);
    if (request.outputPath.isEmpty())
        return false;
    request.format = report::RankingExport::formatOf(request.outputPath);
    if (request.format == report::RankingExportFormat::Xlsx && !xlsx) {
        MessageBox::warning(m_parent, tr("Export Ranking"), xlsxMissing);
        return false;
    }

    m_path = request.outputPath;
    m_task = new BackgroundTask(
        [request](const BackgroundTask::Progress &progress) {
            return report::RankingExport::run(request, progress);
        },
        this);
    connect(m_task, &BackgroundTask::progress, this,
            [this](int percent, const QString &) { m_progress->setValue(std::max(0, percent)); });
    connect(m_task, &BackgroundTask::finished, this, &RankingExportAction::onFinished);
    // The tab's Cancel also cancels a recomputation, if one runs meanwhile: one button, one
    // meaning ("stop what is running").
    connect(m_cancel, &QPushButton::clicked, m_task, &BackgroundTask::cancel);
    m_showedProgress = m_progress->isHidden();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Exporting %n nominee(s) to %1…", nullptr, int(shown.nominees.size()))
                          .arg(QDir::toNativeSeparators(m_path)));
    m_task->start();
    emit runningChanged(true);
    return true;
}

void RankingExportAction::onFinished(const QString &error, bool cancelled)
{
    m_task->wait();
    m_task->deleteLater();
    m_task = nullptr;
    if (m_showedProgress) {
        m_progress->hide();
        m_cancel->hide();
    }
    const QString path = m_path;
    const QString name = QDir::toNativeSeparators(path);
    if (cancelled)
        m_status->setText(tr("Export cancelled; %1 was not written.").arg(name));
    else if (error.isEmpty())
        m_status->setText(tr("The ranking is saved to %1.").arg(name));
    else
        m_status->setText(error);
    emit runningChanged(false);
    if (!cancelled && !error.isEmpty())
        MessageBox::warning(m_parent, tr("Export Ranking"), error);
    emit finished(path, error, cancelled);
}

} // namespace akim
