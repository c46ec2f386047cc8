#include "criteriapage.h"

#include "criteriondialog.h"
#include "emptystate.h"
#include "itemmodels/criteriontablemodel.h"
#include "messagebox.h"
#include "services/contestdocument.h"
#include "tablefit.h"
#include "text/language.h"

#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace akim {
namespace {

// Reports a refused drop (e.g. the stage is finalised): the model only keeps the message.
class CriterionTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTableView::dropEvent(event);
        auto *criteria = qobject_cast<CriterionTableModel *>(model());
        if (criteria && !criteria->lastError().isEmpty())
            MessageBox::warning(this, CriteriaPage::tr("Move Criterion"), criteria->lastError());
    }
};

} // namespace

CriteriaPage::CriteriaPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new CriterionTableModel(document, this))
    , m_table(new CriterionTableView)
    , m_hintLabel(new QLabel)
    , m_addButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_upButton(new QPushButton)
    , m_downButton(new QPushButton)
    , m_emptyState(nullptr)
{
    setObjectName(QStringLiteral("criteriaPage"));
    m_table->setObjectName(QStringLiteral("criterionTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    // Tab leaves the table (the arrow keys move within it), so the buttons are reachable.
    m_table->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_table);

    m_hintLabel->setObjectName(QStringLiteral("criteriaHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addCriterionButton"));
    m_editButton->setObjectName(QStringLiteral("editCriterionButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCriterionButton"));
    m_upButton->setObjectName(QStringLiteral("moveCriterionUpButton"));
    m_downButton->setObjectName(QStringLiteral("moveCriterionDownButton"));
    // The keyboard's way to do what dragging a row does.
    m_upButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_downButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);
    buttonRow->addWidget(m_upButton);
    buttonRow->addWidget(m_downButton);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);

    // Activated: a double click, or Enter on the current row.
    connect(m_table, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CriteriaPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaPage::sizeColumns);
    connect(m_addButton, &QPushButton::clicked, this, &CriteriaPage::addItem);
    connect(m_editButton, &QPushButton::clicked, this, &CriteriaPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CriteriaPage::deleteSelected);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_emptyState, &EmptyState::actionRequested, this, &CriteriaPage::addItem);

    retranslateUi();
    sizeColumns();
}

void CriteriaPage::retranslateUi()
{
    m_hintLabel->setText(tr("The recommended default methodology; every value can be changed "
                            "until scores exist. Drag a row, or use Move Up and Move Down, to "
                            "change the order within its stage."));
    m_table->setAccessibleName(tr("Criteria"));
    m_emptyState->setEmptyText(tr("No criteria yet. Add the criteria of stage I and stage II with "
                                  "Add…: a code, the titles, the source of the points (commission, "
                                  "survey or ethics), the maximum and the weight."),
                               tr("Add the First &Criterion…"));
    m_upButton->setText(tr("Move &Up"));
    m_upButton->setToolTip(tr("Move the selected criterion one place up within its stage "
                              "(Ctrl+Up)"));
    m_downButton->setText(tr("Move Do&wn"));
    m_downButton->setToolTip(tr("Move the selected criterion one place down within its stage "
                                "(Ctrl+Down)"));
    m_addButton->setText(tr("A&dd…"));
    m_addButton->setToolTip(tr("Add a criterion"));
    m_editButton->setText(tr("Ed&it…"));
    m_editButton->setToolTip(tr("Edit the selected criterion"));
    m_deleteButton->setText(tr("Dele&te"));
    m_deleteButton->setToolTip(tr("Delete the selected criterion"));
    m_model->retranslate();
    updateState();
}

void CriteriaPage::sizeColumns()
{
    // The titles are long sentences in three languages; they give way so that the numbers stay
    // in sight.
    TableFit::fit(m_table,
                  {CriterionTableModel::TitleRuColumn, CriterionTableModel::TitleKkColumn,
                   CriterionTableModel::TitleEnColumn},
                  150, 360);
}

void CriteriaPage::showEvent(QShowEvent *event)
{
    ContestPage::showEvent(event);
    // The first fit happens before the page has its real width; fit again once it is laid out.
    if (!m_sizedWhenShown) {
        m_sizedWhenShown = true;
        QTimer::singleShot(0, this, &CriteriaPage::sizeColumns);
    }
}

bool CriteriaPage::canEdit() const
{
    return permits(Permission::EditSetup) && m_table->selectionModel()->selectedRows().size() == 1;
}

bool CriteriaPage::canDelete() const
{
    return canEdit();
}

void CriteriaPage::updateState()
{
    m_addButton->setEnabled(permits(Permission::EditSetup));
    m_editButton->setEnabled(canEdit());
    m_deleteButton->setEnabled(canDelete());
    m_upButton->setEnabled(canEdit());
    m_downButton->setEnabled(canEdit());
    m_emptyState->setButtonEnabled(permits(Permission::EditSetup));
    emit selectionStateChanged();
}

void CriteriaPage::addItem()
{
    CriterionDialog dialog(document(), this);
    dialog.exec();
}

void CriteriaPage::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 1)
        editRow(rows.constFirst().row());
}

void CriteriaPage::editRow(int row)
{
    const Criterion criterion = m_model->criterionAt(row);
    if (criterion.id == 0)
        return;
    CriterionDialog dialog(document(), this);
    dialog.setCriterion(criterion);
    if (dialog.exec() == QDialog::Accepted) {
        const int newRow = m_model->rowOfId(criterion.id);
        if (newRow >= 0)
            m_table->selectRow(newRow);
    }
}

void CriteriaPage::moveSelected(int delta)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Criterion criterion = m_model->criterionAt(rows.constFirst().row());
    // The index among the criteria of its stage, as moveCriterion counts.
    int stageIndex = 0;
    for (int row = 0; row < rows.constFirst().row(); ++row)
        stageIndex += m_model->criterionAt(row).stage == criterion.stage ? 1 : 0;
    if (stageIndex + delta < 0)
        return;
    const EditResult result = document()->moveCriterion(criterion.id, stageIndex + delta);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Move Criterion"), result.message);
        return;
    }
    const int newRow = m_model->rowOfId(criterion.id);
    if (newRow >= 0)
        m_table->selectRow(newRow);
}

void CriteriaPage::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Criterion criterion = m_model->criterionAt(rows.constFirst().row());
    const QString text = tr("Delete the criterion %1 (%2)?")
                             .arg(criterion.code, criterion.titleEn.isEmpty() ? criterion.titleRu
                                                                              : criterion.titleEn);
    if (MessageBox::question(this, tr("Delete Criterion"), text) != QMessageBox::Yes)
        return;
    const EditResult result = document()->removeCriterion(criterion.id);
    if (!result.ok())
        MessageBox::warning(this, tr("Delete Criterion"), result.message);
}

} // namespace akim
