#include "nomineespage.h"

#include "emptystate.h"
#include "itemmodels/geographytreemodel.h"
#include "itemmodels/nomineefilterproxymodel.h"
#include "itemmodels/nomineetablemodel.h"
#include "messagebox.h"
#include "nomineedialog.h"
#include "services/contestdocument.h"
#include "tablefit.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

// Long okrug and district names would otherwise push the akim's name off screen.
constexpr int kMaxColumnWidth = 320;
constexpr int kMinPlaceColumnWidth = 120;

} // namespace

NomineesPage::NomineesPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new NomineeTableModel(document, this))
    , m_proxy(new NomineeFilterProxyModel(this))
    , m_geography(new GeographyTreeModel(document, this))
    , m_placeView(new QTreeView)
    , m_filterEdit(new QLineEdit)
    , m_countLabel(new QLabel)
    , m_table(new QTableView)
    , m_emptyState(nullptr)
    , m_addButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("nomineesPage"));
    m_proxy->setSourceModel(m_model);

    m_placeView->setObjectName(QStringLiteral("placeTreeView"));
    m_placeView->setModel(m_geography);
    m_placeView->setHeaderHidden(true);
    m_placeView->setUniformRowHeights(true);
    m_placeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placeView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_filterEdit->setObjectName(QStringLiteral("nomineeFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_countLabel->setObjectName(QStringLiteral("nomineeCountLabel"));

    m_table->setObjectName(QStringLiteral("nomineeTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NomineeTableModel::RegionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    TableFit::setCompactRows(m_table);
    // Tab leaves the table (the arrow keys move within it), so the buttons are reachable.
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);

    m_emptyState = new EmptyState(m_table);
    m_emptyState->setSourceModel(m_model);
    m_emptyState->setButtonAction(QStringLiteral("importRegistryAction"));

    m_addButton->setObjectName(QStringLiteral("addNomineeButton"));
    m_editButton->setObjectName(QStringLiteral("editNomineeButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteNomineeButton"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_countLabel);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);
    buttonRow->addStretch();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filterRow);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(buttonRow);

    m_splitter->setObjectName(QStringLiteral("nomineesSplitter"));
    m_splitter->addWidget(m_placeView);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 900});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy,
            &NomineeFilterProxyModel::setFilterText);
    connect(m_placeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NomineesPage::onPlaceSelected);
    connect(m_geography, &QAbstractItemModel::modelReset, this,
            &NomineesPage::restorePlaceSelection);
    // Activated: a double click, or Enter on the current row.
    connect(m_table, &QAbstractItemView::activated, this, &NomineesPage::editRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &NomineesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NomineesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &NomineesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &NomineesPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &NomineesPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NomineesPage::resizeColumns);
    connect(m_addButton, &QPushButton::clicked, this, &NomineesPage::addItem);
    connect(m_emptyState, &EmptyState::clearFilterRequested, this, &NomineesPage::showAll);
    connect(m_editButton, &QPushButton::clicked, this, &NomineesPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &NomineesPage::deleteSelected);

    retranslateUi();
    restorePlaceSelection();
    resizeColumns();
    updateState();
}

void NomineesPage::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Search: name, okrug, district, region…"));
    m_filterEdit->setAccessibleName(tr("Search nominees"));
    m_placeView->setAccessibleName(tr("Regions and districts"));
    m_table->setAccessibleName(tr("Nominees"));
    m_emptyState->setEmptyText(tr("No nominees yet. Import the registry of applicants from a "
                                  "spreadsheet (File ▸ Import Registry…), or add nominees one by "
                                  "one (Add…)."),
                               tr("Import Re&gistry…"));
    m_addButton->setText(tr("A&dd…"));
    m_addButton->setToolTip(tr("Add a nominee"));
    m_editButton->setText(tr("Ed&it…"));
    m_editButton->setToolTip(tr("Edit the selected nominee"));
    m_deleteButton->setText(tr("Dele&te"));
    m_deleteButton->setToolTip(tr("Delete the selected nominees"));
    // Names switch between Russian and Kazakh, dates follow the new locale.
    m_model->retranslate();
    m_geography->retranslate();
    m_proxy->updateCollator();
    updateState();
}

bool NomineesPage::canEdit() const
{
    return permits(Permission::EditSetup) && m_table->selectionModel()->selectedRows().size() == 1;
}

bool NomineesPage::canDelete() const
{
    return permits(Permission::EditSetup) && m_table->selectionModel()->hasSelection();
}

QVector<qint64> NomineesPage::selectedIds() const
{
    QVector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.push_back(index.data(NomineeTableModel::IdRole).toLongLong());
    return ids;
}

void NomineesPage::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString search = m_filterEdit->text().simplified();
    QString filtered;
    if (search.isEmpty())
        filtered = tr("No nominees in the chosen place. Choose “All regions” on the left to see "
                      "all %n nominee(s).",
                      nullptr, total);
    else if (m_regionId == 0)
        filtered = tr("No nominee matches “%1”. Check the spelling, or search for a part of the "
                      "name.")
                       .arg(search);
    else
        filtered = tr("No nominee in the chosen place matches “%1”. Check the spelling, or "
                      "search all regions.")
                       .arg(search);
    m_emptyState->setFilteredText(filtered, search.isEmpty() ? tr("Sho&w All Regions")
                                                             : tr("&Clear the Search"));
    m_emptyState->setButtonEnabled(permits(Permission::EditSetup));
    m_countLabel->setText(shown == total ? tr("%n nominee(s)", nullptr, total)
                                         : tr("%1 of %2 shown").arg(shown).arg(total));
    m_addButton->setEnabled(permits(Permission::EditSetup));
    m_editButton->setEnabled(canEdit());
    m_deleteButton->setEnabled(canDelete());
    emit selectionStateChanged();
}

void NomineesPage::resizeColumns()
{
    // Size the columns once per contest from the contents; afterwards the user's widths stay.
    if (m_model->rowCount() == 0) {
        m_columnsSized = false;
        return;
    }
    if (m_columnsSized)
        return;
    m_columnsSized = true;
    fitColumns();
}

void NomineesPage::fitColumns()
{
    // Too wide for the view: the place columns give way first (their text is elided), so that
    // the akim's name, date and status stay in sight.
    TableFit::fit(m_table,
                  {NomineeTableModel::RegionColumn, NomineeTableModel::DistrictColumn,
                   NomineeTableModel::OkrugColumn},
                  kMinPlaceColumnWidth, kMaxColumnWidth);
}

void NomineesPage::onPlaceSelected()
{
    const QModelIndex current = m_placeView->currentIndex();
    m_regionId = current.data(GeographyTreeModel::RegionIdRole).toLongLong();
    m_districtId = current.data(GeographyTreeModel::DistrictIdRole).toLongLong();
    m_proxy->setRegionId(m_regionId);
    m_proxy->setDistrictId(m_districtId);
    // The tree already says which region (and district) is shown: give their columns' room to
    // the other columns.
    const bool hideRegion = m_regionId != 0;
    const bool hideDistrict = m_districtId != 0;
    if (hideRegion != m_table->isColumnHidden(NomineeTableModel::RegionColumn) ||
        hideDistrict != m_table->isColumnHidden(NomineeTableModel::DistrictColumn)) {
        m_table->setColumnHidden(NomineeTableModel::RegionColumn, hideRegion);
        m_table->setColumnHidden(NomineeTableModel::DistrictColumn, hideDistrict);
        if (m_columnsSized)
            fitColumns();
    }
    updateState();
}

void NomineesPage::restorePlaceSelection()
{
    // Once per contest: the tree as wide as its longest region name, the table gets the rest.
    if (m_geography->rowCount() <= 1) {
        m_treeSized = false;
    } else if (!m_treeSized) {
        m_treeSized = true;
        const int treeWidth = TableFit::contentWidth(m_placeView, 200, 340);
        m_splitter->setSizes({treeWidth, std::max(400, m_splitter->width() - treeWidth)});
        if (m_columnsSized)
            fitColumns();
    }
    // A new district resets the tree; keep the user's place (or "All regions") selected.
    QModelIndex index =
        m_districtId != 0 ? m_geography->indexOfDistrict(m_districtId) : QModelIndex();
    if (!index.isValid())
        index = m_geography->indexOfRegion(m_regionId);
    if (!index.isValid())
        index = m_geography->index(0, 0);
    if (index.parent().isValid())
        m_placeView->expand(index.parent());
    m_placeView->setCurrentIndex(index);
}

void NomineesPage::addItem()
{
    QSet<qint64> before;
    for (int row = 0; row < m_model->rowCount(); ++row)
        before.insert(m_model->rowAt(row).nominee.id);
    NomineeDialog dialog(document(), this);
    dialog.setInitialPlace(m_regionId, m_districtId);
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->rowAt(row).nominee.id;
        if (!before.contains(id)) {
            selectNominee(id);
            break;
        }
    }
}

void NomineesPage::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        editRow(rows.constFirst());
}

void NomineesPage::editRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const qint64 id = proxyIndex.data(NomineeTableModel::IdRole).toLongLong();
    NomineeDialog dialog(document(), this);
    dialog.setNominee(id);
    if (dialog.exec() == QDialog::Accepted)
        selectNominee(id);
}

void NomineesPage::deleteSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString question;
    if (ids.size() == 1) {
        const NomineeRow row = m_model->rowAt(m_model->rowOfId(ids.constFirst()));
        question = tr("Delete the nominee %1 (%2)?").arg(row.nominee.fullName, row.okrugRu);
    } else {
        question = tr("Delete %n selected nominee(s)?", nullptr, int(ids.size()));
    }
    const QString text = question + QLatin1Char('\n') + tr("Edit ▸ Undo brings them back.");
    if (MessageBox::question(this, tr("Delete Nominees"), text) != QMessageBox::Yes)
        return;
    const EditResult result = document()->removeNominees(ids);
    if (!result.ok())
        MessageBox::warning(this, tr("Delete Nominees"), result.message);
}

void NomineesPage::showAll()
{
    m_filterEdit->clear();
    m_placeView->setCurrentIndex(m_geography->index(0, 0));
    m_table->setFocus();
}

void NomineesPage::selectNominee(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Filtered out: clear the filters rather than hide what the user just saved.
        m_filterEdit->clear();
        m_placeView->setCurrentIndex(m_geography->index(0, 0));
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

} // namespace akim
