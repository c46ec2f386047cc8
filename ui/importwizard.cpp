#include "importwizard.h"

#include "dialogbuttons.h"
#include "importfilepage.h"
#include "importmappingpage.h"
#include "importmatchpage.h"
#include "importscalepage.h"
#include "importsheetpage.h"
#include "importsummarypage.h"
#include "messagebox.h"
#include "services/contestdocument.h"
#include "storage/surveyrepository.h"
#include "survey/surveyimportjob.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace akim {

// --- ImportJobPanel ----------------------------------------------------------------------------

ImportJobPanel::ImportJobPanel(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar)
    , m_stage(new QLabel)
    , m_cancelButton(new QPushButton)
{
    setObjectName(namePrefix + QStringLiteral("JobPanel"));
    m_bar->setObjectName(namePrefix + QStringLiteral("ProgressBar"));
    m_bar->setRange(0, 100);
    m_stage->setObjectName(namePrefix + QStringLiteral("StageLabel"));
    m_cancelButton->setObjectName(namePrefix + QStringLiteral("CancelButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stage);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportJobPanel::cancel);
    retranslate();
    setVisible(false);
}

ImportJobPanel::~ImportJobPanel()
{
    cancelAndWait();
}

void ImportJobPanel::retranslate()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop; nothing is written to the contest"));
}

void ImportJobPanel::start(const QString &contestPath, const survey::ImportOptions &options)
{
    cancelAndWait();
    m_bar->setValue(0);
    m_stage->setText(tr("Reading the file"));
    m_cancelButton->setEnabled(true);
    setVisible(true);
    m_job = new survey::SurveyImportJob(contestPath, options, this);
    connect(m_job, &survey::SurveyImportJob::progress, this,
            [this](int percent, const QString &stage) {
                m_bar->setValue(percent);
                m_stage->setText(stage);
            });
    connect(m_job, &survey::SurveyImportJob::finished, this, &ImportJobPanel::onFinished);
    m_job->start();
    emit runningChanged(true);
}

void ImportJobPanel::cancel()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    m_stage->setText(tr("Cancelling…"));
}

void ImportJobPanel::cancelAndWait()
{
    if (!m_job)
        return;
    survey::SurveyImportJob *job = m_job;
    m_job = nullptr;
    // Its queued finished() must not reach a page that no longer waits for it.
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
    job->wait();
    delete job;
    setVisible(false);
    emit runningChanged(false);
}

void ImportJobPanel::onFinished(const survey::ImportSummary &summary, const QString &error)
{
    if (m_job) {
        m_job->wait();
        m_job->deleteLater();
        m_job = nullptr;
    }
    setVisible(false);
    emit runningChanged(false);
    emit finished(summary, error);
}

// --- ImportWizard ------------------------------------------------------------------------------

ImportWizard::ImportWizard(ContestDocument *document, survey::SurveyKind kind, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    m_mapping.kind = kind;
    m_mapping.scale = kind == survey::SurveyKind::Ethics ? survey::AnswerScale::yesNo()
                                                         : survey::AnswerScale::likert();
    setPage(FilePageId, new ImportFilePage(this));
    setPage(SheetPageId, new ImportSheetPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(ScalePageId, new ImportScalePage(this));
    setPage(MatchPageId, new ImportMatchPage(this));
    setPage(SummaryPageId, new ImportSummaryPage(this));
    setStartId(FilePageId);
    // Names the pages' objects look up in tests and screenshots.
    page(FilePageId)->setObjectName(QStringLiteral("importFilePage"));
    page(SheetPageId)->setObjectName(QStringLiteral("importSheetPage"));
    page(MappingPageId)->setObjectName(QStringLiteral("importMappingPage"));
    page(ScalePageId)->setObjectName(QStringLiteral("importScalePage"));
    page(MatchPageId)->setObjectName(QStringLiteral("importMatchPage"));
    page(SummaryPageId)->setObjectName(QStringLiteral("importSummaryPage"));
    resize(980, 680);
    retranslateUi();
}

ImportWizard::~ImportWizard()
{
    for (const QPointer<ImportJobPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->cancelAndWait();
    }
}

void ImportWizard::retranslateUi()
{
    setWindowTitle(kind() == survey::SurveyKind::Ethics ? tr("Import Ethics Questionnaire")
                                                        : tr("Import Survey"));
    // Named from our catalogue: Debian ships no Kazakh qtbase translation.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, DialogButtons::text(QDialogButtonBox::Cancel));
    setButtonText(QWizard::FinishButton, tr("&Import"));
}

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void ImportWizard::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    if (auto *filePage = qobject_cast<ImportFilePage *>(page(FilePageId)))
        filePage->showPath(path);
}

QString ImportWizard::filePath() const
{
    return m_filePath;
}

survey::SurveyKind ImportWizard::kind() const
{
    return m_mapping.kind;
}

void ImportWizard::setKind(survey::SurveyKind kind)
{
    if (kind == m_mapping.kind)
        return;
    m_mapping.kind = kind;
    m_mapping.scale = kind == survey::SurveyKind::Ethics ? survey::AnswerScale::yesNo()
                                                         : survey::AnswerScale::likert();
    m_mapping.columns.clear();
    if (auto *filePage = qobject_cast<ImportFilePage *>(page(FilePageId)))
        filePage->showKind(kind);
    retranslateUi();
}

void ImportWizard::setPreview(const QVector<QVector<QVariant>> &rows, const QStringList &columns)
{
    m_previewRows = rows;
    m_columns = columns;
}

QVector<QVector<QVariant>> ImportWizard::previewDataRows() const
{
    const int first = std::max(0, m_mapping.firstDataRow);
    return first < m_previewRows.size() ? m_previewRows.mid(first) : QVector<QVector<QVariant>>();
}

QVector<Criterion> ImportWizard::allCriteria() const
{
    return m_document && m_document->isOpen() ? m_document->criteria().all() : QVector<Criterion>();
}

QVector<Criterion> ImportWizard::questionCriteria() const
{
    QVector<Criterion> result;
    const CriterionSource source = survey::criterionSourceOf(kind());
    for (const Criterion &criterion : allCriteria()) {
        if (criterion.source == source)
            result.append(criterion);
    }
    return result;
}

QString ImportWizard::rejectedRowsPath() const
{
    return m_tempDir.isValid() ? m_tempDir.filePath(QStringLiteral("rejected.csv")) : QString();
}

survey::ImportOptions ImportWizard::options(bool dryRun) const
{
    survey::ImportOptions options;
    options.filePath = m_filePath;
    options.mapping = m_mapping;
    options.dryRun = dryRun;
    options.userName = m_document ? m_document->userName() : QString();
    if (m_document)
        options.actor = m_document->actor();
    if (dryRun)
        options.rejectedCsvPath = rejectedRowsPath();
    return options;
}

QString ImportWizard::runKey(bool withResolutions) const
{
    survey::ImportMapping mapping = m_mapping;
    if (!withResolutions) {
        mapping.resolutions.clear();
        mapping.resolutionUuids.clear();
    }
    return m_filePath + QChar(0x1f) +
           QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
}

void ImportWizard::setLastDryRun(const QString &key, const survey::ImportSummary &summary)
{
    m_dryRunKey = key;
    m_dryRun = summary;
}

void ImportWizard::setResult(const survey::ImportSummary &summary)
{
    m_result = summary;
    if (!summary.committed)
        return;
    // The worker wrote through its own connection: every view of the contest reloads.
    m_document->notifyExternalWrite();
    saveProfile();
    emit importCommitted(summary);
}

void ImportWizard::saveProfile()
{
    const QString name = m_profileName.simplified();
    if (name.isEmpty() || !m_document || !m_document->isOpen())
        return;
    ImportProfile profile;
    profile.name = name;
    profile.kind = survey::surveyKindKey(kind());
    profile.headerSignature = survey::ImportMapping::headerSignature(m_columns);
    // A profile keeps how to read the layout, not this file's spellings.
    survey::ImportMapping mapping = m_mapping;
    mapping.resolutions.clear();
    mapping.resolutionUuids.clear();
    profile.mappingJson =
        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    profile.updatedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString error = m_document->runInTransaction(
        [&] { SurveyRepository(m_document->database().connection()).saveProfile(profile); });
    if (!error.isEmpty())
        MessageBox::warning(
            this, windowTitle(),
            tr("The mapping could not be saved as the profile “%1”: %2").arg(name, error));
}

void ImportWizard::registerJobPanel(ImportJobPanel *panel)
{
    m_panels.append(panel);
}

void ImportWizard::reject()
{
    // Closing mid-run cancels the run; the job rolls back, so nothing is written.
    for (const QPointer<ImportJobPanel> &panel : std::as_const(m_panels)) {
        if (panel)
            panel->cancelAndWait();
    }
    QWizard::reject();
}

} // namespace akim
