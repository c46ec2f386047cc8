#include "surveypage.h"

#include "emptystate.h"
#include "itemmodels/surveystatsmodel.h"
#include "services/contestdocument.h"
#include "tablefit.h"
#include "text/language.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace akim {

SurveyPage::SurveyPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new SurveyStatsModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_regionLabel(new QLabel)
    , m_regionCombo(new QComboBox)
    , m_summaryLabel(new QLabel)
    , m_importSurveyButton(new QPushButton)
    , m_importEthicsButton(new QPushButton)
    , m_table(new QTableView)
{
    setObjectName(QStringLiteral("surveyPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SurveyStatsModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(SurveyStatsModel::RegionIdRole);
    m_proxy->setFilterKeyColumn(0);

    m_regionCombo->setObjectName(QStringLiteral("surveyRegionCombo"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionLabel->setBuddy(m_regionCombo);
    m_summaryLabel->setObjectName(QStringLiteral("surveySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_importSurveyButton->setObjectName(QStringLiteral("surveyImportButton"));
    m_importEthicsButton->setObjectName(QStringLiteral("ethicsImportButton"));

    m_table->setObjectName(QStringLiteral("surveyStatsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // The nominees with the most responses first: after an import, what it brought is on top.
    m_table->sortByColumn(SurveyStatsModel::ResponsesColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    TableFit::setCompactRows(m_table);
    m_table->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_table);
    m_emptyState->setSourceModel(m_model);
    m_emptyState->setButtonAction(QStringLiteral("importRegistryAction"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_regionLabel);
    top->addWidget(m_regionCombo);
    top->addSpacing(12);
    top->addWidget(m_summaryLabel, 1);
    top->addWidget(m_importSurveyButton);
    top->addWidget(m_importEthicsButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_regionCombo, &QComboBox::activated, this, &SurveyPage::onRegionChosen);
    connect(m_importSurveyButton, &QPushButton::clicked, this,
            [this] { emit importRequested(survey::SurveyKind::Population); });
    connect(m_importEthicsButton, &QPushButton::clicked, this,
            [this] { emit importRequested(survey::SurveyKind::Ethics); });
    connect(m_emptyState, &EmptyState::clearFilterRequested, this, [this] { setRegionFilter(0); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fillRegions();
        updateSummary();
        resizeColumns();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SurveyPage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &SurveyPage::updateSummary);
    retranslateUi();
    fillRegions();
    resizeColumns();
}

void SurveyPage::retranslateUi()
{
    m_regionLabel->setText(tr("Regi&on:"));
    m_importSurveyButton->setText(tr("Import &Survey…"));
    m_importEthicsButton->setText(tr("Import E&thics Questionnaire…"));
    m_table->setAccessibleName(tr("Survey responses per nominee"));
    m_emptyState->setEmptyText(tr("No nominees yet. Responses are counted per nominee, so import "
                                  "the registry of applicants first (File ▸ Import Registry…), "
                                  "then the survey (File ▸ Import Survey…)."),
                               tr("Import Re&gistry…"));
    m_emptyState->setFilteredText(tr("No nominees in this region. Choose “All regions” to see "
                                     "every region's responses."),
                                  tr("Sho&w All Regions"));
    m_model->retranslate();
    fillRegions();
    updateSummary();
}

void SurveyPage::permissionsChanged()
{
    const bool allowed = permits(Permission::ImportData);
    m_importSurveyButton->setEnabled(allowed);
    m_importEthicsButton->setEnabled(allowed);
    ContestPage::permissionsChanged();
}

void SurveyPage::fillRegions()
{
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    m_regionCombo->addItem(tr("All regions"), qint64(0));
    if (document() && document()->isOpen()) {
        for (const Region &region : document()->geography().regions())
            m_regionCombo->addItem(text::pick(region.nameRu, region.nameKk), region.id);
    }
    const int index = m_regionCombo->findData(m_regionId);
    if (index < 0)
        m_regionId = 0;
    m_regionCombo->setCurrentIndex(std::max(0, index));
    setRegionFilter(m_regionId);
}

void SurveyPage::onRegionChosen()
{
    setRegionFilter(m_regionCombo->currentData().toLongLong());
}

void SurveyPage::setRegionFilter(qint64 regionId)
{
    m_regionId = regionId;
    const int index = m_regionCombo->findData(regionId);
    if (index >= 0 && index != m_regionCombo->currentIndex()) {
        const QSignalBlocker blocker(m_regionCombo);
        m_regionCombo->setCurrentIndex(index);
    }
    m_proxy->setFilterRegularExpression(
        regionId == 0 ? QRegularExpression()
                      : QRegularExpression(QStringLiteral("^%1$").arg(regionId)));
    // One region: its column says nothing.
    m_table->setColumnHidden(SurveyStatsModel::RegionColumn, regionId != 0);
    updateSummary();
}

void SurveyPage::updateSummary()
{
    const QLocale locale;
    qint64 responses = 0;
    qint64 ethics = 0;
    int insufficient = 0;
    int without = 0;
    const int shown = m_proxy->rowCount();
    for (int row = 0; row < shown; ++row) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        const survey::NomineeSurveyStats &stats = m_model->statsAt(source);
        responses += stats.responses;
        ethics += stats.ethicsResponses;
        insufficient += stats.insufficientSample && stats.responses > 0 ? 1 : 0;
        without += stats.responses == 0 ? 1 : 0;
    }
    if (m_model->totalResponses() == 0 && m_model->totalEthicsResponses() == 0) {
        m_summaryLabel->setText(
            tr("No responses imported yet: File ▸ Import Survey… or Import Ethics "
               "Questionnaire…, or drop the export on the window."));
        return;
    }
    m_summaryLabel->setText(
        tr("%1 citizens' responses, %2 ethics responses. Insufficient sample (fewer than %3 "
           "responses): %n nominee(s); without any response: %4.",
           nullptr, insufficient)
            .arg(locale.toString(responses), locale.toString(ethics))
            .arg(m_model->settings().minSample)
            .arg(locale.toString(without)));
}

void SurveyPage::resizeColumns()
{
    if (m_model->rowCount() == 0)
        return;
    TableFit::fit(m_table,
                  {SurveyStatsModel::RegionColumn, SurveyStatsModel::DistrictColumn,
                   SurveyStatsModel::OkrugColumn, SurveyStatsModel::NomineeColumn},
                  140, 260);
}

void SurveyPage::addItem()
{
    emit importRequested(survey::SurveyKind::Population);
}

} // namespace akim
