#include "rankingspage.h"

#include "chairdecisiondialog.h"
#include "emptystate.h"
#include "itemmodels/rankingtablemodel.h"
#include "messagebox.h"
#include "methodologydialog.h"
#include "rankingcharts.h"
#include "rankingexportaction.h"
#include "scoring/nomineebreakdown.h"
#include "scoring/scoringinputloader.h"
#include "scoring/stagefinaliser.h"
#include "services/backgroundtask.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "tablefit.h"
#include "text/language.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace akim {

RankingsPage::RankingsPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new RankingTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stageLabel(new QLabel)
    , m_stageCombo(new QComboBox)
    , m_regionLabel(new QLabel)
    , m_regionCombo(new QComboBox)
    , m_recomputeButton(new QPushButton)
    , m_finaliseButton(new QPushButton)
    , m_methodologyButton(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_scoreCardButton(new QPushButton)
    , m_progress(new QProgressBar)
    , m_cancelButton(new QPushButton)
    , m_statusLabel(new QLabel)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
    , m_details(new QTabWidget)
    , m_breakdown(new QTextBrowser)
    , m_charts(new RankingCharts)
    , m_exportAction(new RankingExportAction(this, m_progress, m_cancelButton, m_statusLabel))
{
    setObjectName(QStringLiteral("rankingsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RankingTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);

    m_stageCombo->setObjectName(QStringLiteral("rankingStageCombo"));
    m_stageLabel->setBuddy(m_stageCombo);
    m_regionCombo->setObjectName(QStringLiteral("rankingRegionCombo"));
    // Wide enough for "Северо-Казахстанская область" whichever view is shown.
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_regionCombo->setMinimumContentsLength(26);
    m_regionLabel->setBuddy(m_regionCombo);
    m_recomputeButton->setObjectName(QStringLiteral("recomputeButton"));
    m_finaliseButton->setObjectName(QStringLiteral("finaliseButton"));
    m_finaliseButton->setEnabled(false);
    m_methodologyButton->setObjectName(QStringLiteral("methodologyButton"));
    m_exportButton->setObjectName(QStringLiteral("exportRankingButton"));
    m_exportButton->setEnabled(false);
    m_scoreCardButton->setObjectName(QStringLiteral("scoreCardButton"));
    m_scoreCardButton->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("rankingProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("rankingCancelButton"));
    m_cancelButton->hide();
    m_statusLabel->setObjectName(QStringLiteral("rankingStatusLabel"));
    m_statusLabel->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_proxy);
    // Unsorted until a header is clicked: the engine's order, region by region in place order.
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_proxy->sort(-1);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    m_table->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_table);
    m_emptyState->setFilterTest([this] {
        return m_stageCombo->currentData().toInt() == int(StageKind::Regional) &&
               m_regionCombo->currentData().toLongLong() != 0 &&
               !m_snapshot.regional.nominees.isEmpty();
    });

    m_breakdown->setObjectName(QStringLiteral("rankingBreakdown"));
    m_breakdown->setOpenLinks(false);
    m_details->setObjectName(QStringLiteral("rankingDetails"));
    m_details->addTab(m_breakdown, QString());
    m_details->addTab(m_charts, QString());
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    // The table is what a chair reads first; the breakdown wraps.
    m_splitter->setStretchFactor(0, 7);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({700, 300});

    auto *top = new QHBoxLayout;
    top->addWidget(m_stageLabel);
    top->addWidget(m_stageCombo);
    top->addSpacing(12);
    top->addWidget(m_regionLabel);
    top->addWidget(m_regionCombo);
    top->addSpacing(12);
    top->addWidget(m_recomputeButton);
    top->addWidget(m_finaliseButton);
    top->addWidget(m_methodologyButton);
    top->addWidget(m_exportButton);
    top->addWidget(m_scoreCardButton);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_stageCombo, &QComboBox::activated, this, [this] {
        m_regionCombo->setEnabled(m_stageCombo->currentData().toInt() == int(StageKind::Regional));
        showView();
    });
    connect(m_regionCombo, &QComboBox::activated, this, &RankingsPage::showView);
    connect(m_recomputeButton, &QPushButton::clicked, this, &RankingsPage::recompute);
    connect(m_finaliseButton, &QPushButton::clicked, this, &RankingsPage::finaliseShown);
    connect(m_methodologyButton, &QPushButton::clicked, this, &RankingsPage::editMethodology);
    connect(m_exportButton, &QPushButton::clicked, this, &RankingsPage::exportShown);
    connect(m_scoreCardButton, &QPushButton::clicked, this, &RankingsPage::requestScoreCard);
    // Activated: a double click, or Enter on the current row.
    connect(m_table, &QTableView::activated, this, &RankingsPage::requestScoreCard);
    connect(m_emptyState, &EmptyState::clearFilterRequested, this,
            [this] { setView(StageKind::Regional, 0); });
    connect(m_exportAction, &RankingExportAction::runningChanged, this,
            &RankingsPage::updateFinaliseButton);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_task)
            m_task->cancel();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RankingsPage::showSelected);

    ContestDocument *doc = this->document();
    for (auto signal : {&ContestDocument::opened, &ContestDocument::nomineesChanged,
                        &ContestDocument::geographyChanged, &ContestDocument::criteriaChanged,
                        &ContestDocument::surveyDataChanged, &ContestDocument::methodologyChanged})
        connect(doc, signal, this, &RankingsPage::inputsChanged);
    connect(doc, &ContestDocument::membersChanged, this, &RankingsPage::inputsChanged);
    connect(doc, &ContestDocument::scoresChanged, this, &RankingsPage::inputsChanged);
    connect(doc, &ContestDocument::closed, this, [this] {
        if (m_task)
            m_task->cancel();
        m_snapshot = {};
        m_model->setRanking({});
        m_breakdown->clear();
        m_dirty = true;
    });
    retranslateUi();
}

void RankingsPage::requestScoreCard()
{
    const scoring::NomineeResult *result =
        m_model->resultAt(m_proxy->mapToSource(m_table->currentIndex()).row());
    if (result)
        emit scoreCardRequested(m_model->ranking().stage, result->nomineeId);
}

RankingsPage::~RankingsPage()
{
    delete m_task; // cancels and waits for the worker
}

void RankingsPage::setView(StageKind stage, qint64 regionId)
{
    m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(stage)));
    const int regionIndex = m_regionCombo->findData(regionId);
    m_regionCombo->setCurrentIndex(regionIndex >= 0 ? regionIndex : 0);
    m_regionCombo->setEnabled(stage == StageKind::Regional);
    showView();
}

void RankingsPage::inputsChanged()
{
    m_dirty = true;
    if (isVisible())
        recompute();
}

void RankingsPage::showEvent(QShowEvent *event)
{
    ContestPage::showEvent(event);
    if (m_dirty && document()->isOpen())
        recompute();
}

void RankingsPage::recompute()
{
    if (!document()->isOpen())
        return;
    if (m_task) {
        // The running computation read the file before this change: cancel it, start afresh.
        m_again = true;
        m_task->cancel();
        return;
    }
    m_dirty = false;
    m_again = false;
    m_pending = std::make_shared<scoring::RankingSnapshot>();
    const QString path = document()->path();
    const std::shared_ptr<scoring::RankingSnapshot> target = m_pending;
    m_task = new BackgroundTask(
        [path, target](const BackgroundTask::Progress &progress) {
            return scoring::RankingRun::compute(path, target.get(), progress);
        },
        this);
    connect(m_task, &BackgroundTask::progress, this, [this](int percent, const QString &stage) {
        m_progress->setValue(std::max(0, percent));
        m_statusLabel->setText(stage);
    });
    connect(m_task, &BackgroundTask::finished, this, &RankingsPage::onComputed);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_recomputeButton->setEnabled(false);
    m_task->start();
}

void RankingsPage::onComputed(const QString &error, bool cancelled)
{
    m_task->wait();
    m_task->deleteLater();
    m_task = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    m_recomputeButton->setEnabled(true);
    updateFinaliseButton();
    if (m_again) {
        recompute();
        return;
    }
    if (cancelled) {
        m_dirty = true;
        m_statusLabel->setText(tr("Cancelled; the ranking shown may be out of date."));
        return;
    }
    m_error = error;
    if (error.isEmpty()) {
        m_snapshot = std::move(*m_pending);
        m_computedAt = QDateTime::currentDateTimeUtc();
        fillRegions();
    }
    m_pending.reset();
    showView();
}

void RankingsPage::fillRegions()
{
    const QSignalBlocker blocker(m_regionCombo);
    const qint64 current = m_regionCombo->currentData().toLongLong();
    m_regionCombo->clear();
    m_regionCombo->addItem(tr("All regions"), qint64(0));
    for (const scoring::InputRegion &region : std::as_const(m_snapshot.regions))
        m_regionCombo->addItem(text::pick(region.nameRu, region.nameKk), region.id);
    const int index = m_regionCombo->findData(current);
    m_regionCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void RankingsPage::showView()
{
    const qint64 selectedId = m_table->currentIndex().data(RankingTableModel::IdRole).toLongLong();
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    const qint64 regionId = m_regionCombo->currentData().toLongLong();
    scoring::Ranking view = national ? m_snapshot.national : m_snapshot.regional;
    if (!national && regionId != 0) {
        view.nominees.erase(std::remove_if(view.nominees.begin(), view.nominees.end(),
                                           [regionId](const scoring::NomineeResult &n) {
                                               return n.regionId != regionId;
                                           }),
                            view.nominees.end());
    }
    m_model->setRanking(view);
    if (m_table->horizontalHeader()->sortIndicatorSection() < 0)
        m_proxy->sort(-1);
    m_table->setColumnHidden(RankingTableModel::Stage1Column, !national);
    m_table->setColumnHidden(RankingTableModel::SurveyColumn, national);
    m_table->setColumnHidden(RankingTableModel::EthicsColumn, national);
    m_table->setColumnHidden(RankingTableModel::RegionColumn, !national && regionId != 0);
    TableFit::fit(m_table,
                  {RankingTableModel::NomineeColumn, RankingTableModel::OkrugColumn,
                   RankingTableModel::DistrictColumn, RankingTableModel::RegionColumn,
                   RankingTableModel::FlagsColumn},
                  80, 360);
    m_charts->showDistribution(view.nominees);
    updateEmptyState();

    if (!m_error.isEmpty()) {
        m_statusLabel->setText(tr("The ranking could not be computed: %1").arg(m_error));
    } else {
        QString status = tr("%n nominee(s) ranked in %1 ms (reading the file %2 ms).", nullptr,
                            int(view.nominees.size()))
                             .arg(QLocale().toString(m_snapshot.rankMs, 'f', 0),
                                  QLocale().toString(m_snapshot.loadMs, 'f', 0));
        const QStringList &problems =
            national ? m_snapshot.national.problems : m_snapshot.regional.problems;
        if (!problems.isEmpty())
            status +=
                QLatin1Char(' ') + tr("%n note(s): hover here.", nullptr, int(problems.size()));
        if (const Finalisation *final = shownFinalisation()) {
            status =
                tr("Finalised %1 by %2; ranking SHA-256 %3…")
                    .arg(final->finalisedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                         final->finalisedBy, final->rankingSha256.left(12)) +
                QLatin1Char(' ') + status;
        }
        m_statusLabel->setText(status);
        m_statusLabel->setToolTip(problems.join(QLatin1Char('\n')));
    }
    const int row = m_model->rowOfId(selectedId);
    const QModelIndex index = m_proxy->mapFromSource(
        m_model->index(row >= 0 ? row : 0, RankingTableModel::NomineeColumn));
    if (index.isValid())
        m_table->setCurrentIndex(index);
    showSelected();
    updateFinaliseButton();
}

void RankingsPage::updateEmptyState()
{
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    if (national) {
        m_emptyState->setEmptyText(
            tr("No one is in stage II yet. Stage II ranks the regions' winners: finalise stage I "
               "region by region first (Stage “I — regional”, choose the region, Finalise…)."));
        return;
    }
    if (m_snapshot.regions.isEmpty() && (m_task || m_dirty)) {
        m_emptyState->setEmptyText(tr("Computing the ranking…"));
        return;
    }
    m_emptyState->setEmptyText(tr("No nominees to rank yet. Import the registry of applicants "
                                  "with File ▸ Import Registry…, or add nominees on the "
                                  "Nominees tab."),
                               tr("Import Re&gistry…"));
    m_emptyState->setButtonAction(QStringLiteral("importRegistryAction"));
    m_emptyState->setFilteredText(tr("No nominees in this region. Choose “All regions” to see "
                                     "the ranking of every region."),
                                  tr("Sho&w All Regions"));
}

const Finalisation *RankingsPage::shownFinalisation() const
{
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    const qint64 regionId = national ? 0 : m_regionCombo->currentData().toLongLong();
    for (const Finalisation &f : m_snapshot.finalisations) {
        if (f.stage == (national ? StageKind::National : StageKind::Regional) &&
            f.regionId == regionId && (national || regionId != 0))
            return &f;
    }
    return nullptr;
}

void RankingsPage::updateFinaliseButton()
{
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    const bool scoped = national || m_regionCombo->currentData().toLongLong() != 0;
    m_finaliseButton->setEnabled(permits(Permission::Finalise) && m_error.isEmpty() && !m_task &&
                                 scoped && m_model->rowCount() > 0 && !shownFinalisation());
    m_finaliseButton->setToolTip(
        scoped ? QString() : tr("Stage I is finalised region by region: choose a region first."));
    m_exportButton->setEnabled(m_error.isEmpty() && !m_task && !m_exportAction->isRunning() &&
                               m_model->rowCount() > 0);
}

void RankingsPage::exportShown()
{
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    m_exportAction->start(*document(), m_snapshot, m_model->ranking(),
                          national ? 0 : m_regionCombo->currentData().toLongLong(), m_computedAt);
}

void RankingsPage::finaliseShown()
{
    const bool national = m_stageCombo->currentData().toInt() == int(StageKind::National);
    scoring::FinaliseRequest request;
    request.stage = national ? StageKind::National : StageKind::Regional;
    request.regionId = national ? 0 : m_regionCombo->currentData().toLongLong();
    const QString scope =
        national ? tr("stage II") : tr("stage I of %1").arg(m_regionCombo->currentText());

    // A tie at the cut: the chair decides first.
    if (!national) {
        for (const scoring::AdvancementCut &cut : m_snapshot.regional.cuts) {
            if (cut.regionId != request.regionId || cut.decided)
                continue;
            QVector<ChairDecisionDialog::Candidate> tied;
            for (qint64 id : cut.tied) {
                if (const scoring::NomineeResult *n = m_snapshot.regional.find(id))
                    tied.push_back({id, QStringLiteral("%1 — %2, %3")
                                            .arg(n->name, text::pick(n->okrugRu, n->okrugKk),
                                                 RankingTableModel::number(n->total))});
            }
            ChairDecisionDialog dialog(tied, cut.openSeats, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            request.chairChosen = dialog.chosen();
        }
    }
    const int ranked = m_model->rowCount();
    if (MessageBox::question(
            this, tr("Finalise"),
            tr("Finalise %1? %n nominee(s) are ranked.", nullptr, ranked).arg(scope) +
                QStringLiteral("\n\n") +
                tr("The result is recorded with its methodology and checksum. From then on the "
                   "nominees it ranks, the stage's criteria and survey data can no longer "
                   "change, and nothing undoes it.")) != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const scoring::FinaliseResult result = scoring::StageFinaliser(*document()).finalise(request);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        MessageBox::warning(this, tr("Finalise"),
                            tr("%1 was not finalised: %2").arg(scope, result.error));
        return;
    }
    MessageBox::information(
        this, tr("Finalise"),
        tr("%1 is finalised. Ranking SHA-256:\n%2").arg(scope, result.rankingSha256));
    recompute();
}

void RankingsPage::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    const scoring::NomineeResult *result = m_model->resultAt(current.row());
    m_scoreCardButton->setEnabled(result != nullptr);
    if (!result) {
        m_breakdown->setHtml(QStringLiteral("<p>%1</p>")
                                 .arg(tr("Select a nominee to see how the total is made up.")));
        m_charts->showNominee(nullptr, {});
        return;
    }
    const StageKind stage = m_model->ranking().stage;
    m_breakdown->setHtml(scoring::NomineeBreakdown::html(*result, m_snapshot.methodology, stage));
    QVector<const scoring::NomineeResult *> region;
    for (const scoring::NomineeResult &other : std::as_const(m_snapshot.regional.nominees)) {
        if (other.regionId == result->regionId)
            region << &other;
    }
    const scoring::NomineeResult *stage1 = m_snapshot.regional.find(result->nomineeId);
    m_charts->showNominee(stage1 ? stage1 : result, region);
}

void RankingsPage::editMethodology()
{
    if (!document()->isOpen())
        return;
    const scoring::ScoringInputLoader loader(document()->database().connection());
    QString error;
    std::optional<scoring::Methodology> current;
    try {
        current = loader.methodology(&error);
    } catch (const StorageError &e) {
        error = e.message();
    }
    if (!current) {
        // A stored methodology that does not validate: start from the recommended default,
        // and say why.
        MessageBox::warning(this, tr("Methodology"),
                            tr("The stored methodology cannot be used (%1); the recommended "
                               "default is shown instead.")
                                .arg(error));
        current = scoring::Methodology::defaults();
        current->criteria = document()->criteria().all();
    }
    const bool frozen = !permits(Permission::EditSetup) ||
                        document()->contest().isStageFinalised(StageKind::Regional) ||
                        document()->contest().isStageFinalised(StageKind::National);
    MethodologyDialog dialog(*current, frozen, this);
    while (dialog.exec() == QDialog::Accepted) {
        const EditResult result = document()->setMethodology(dialog.methodology().toJsonBytes());
        if (result.ok())
            return;
        MessageBox::warning(this, tr("Methodology"), result.message);
    }
}

void RankingsPage::retranslateUi()
{
    m_stageLabel->setText(tr("&Stage:"));
    {
        const QSignalBlocker blocker(m_stageCombo);
        const int current = std::max(0, m_stageCombo->currentIndex());
        m_stageCombo->clear();
        m_stageCombo->addItem(tr("I — regional"), int(StageKind::Regional));
        m_stageCombo->addItem(tr("II — republican"), int(StageKind::National));
        m_stageCombo->setCurrentIndex(current);
    }
    m_regionLabel->setText(tr("Regi&on:"));
    m_recomputeButton->setText(tr("Recom&pute"));
    m_finaliseButton->setText(tr("Fi&nalise…"));
    m_methodologyButton->setText(tr("&Methodology…"));
    m_exportButton->setText(tr("E&xport…"));
    m_scoreCardButton->setText(tr("Score &Card…"));
    m_scoreCardButton->setToolTip(
        tr("Prints the selected nominee's score card: every score and how the total is made."));
    m_exportButton->setToolTip(tr("Saves the ranking shown as an Excel workbook or a CSV file."));
    m_recomputeButton->setToolTip(
        tr("The ranking follows every change by itself; this recomputes it now."));
    m_cancelButton->setText(tr("Cancel"));
    m_table->setAccessibleName(tr("Ranking"));
    m_breakdown->setAccessibleName(tr("How the selected nominee's total is made up"));
    updateEmptyState();
    m_details->setTabText(0, tr("Breakdown"));
    m_details->setTabText(1, tr("Charts"));
    m_model->retranslate();
    if (!m_snapshot.regions.isEmpty()) {
        fillRegions();
        showView();
    }
}

} // namespace akim
