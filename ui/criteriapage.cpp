#include "criteriapage.h"

#include "criteriondialog.h"
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

    m_hintLabel->setObjectName(QStringLiteral("criteriaHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_addButton->setObjectName(QStringLiteral("addCriterionButton"));
    m_editButton->setObjectName(QStringLiteral("editCriterionButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCriterionButton"));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);
    buttonRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttonRow);

    connect(m_table, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { editRow(index.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CriteriaPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaPage::sizeColumns);
    connect(m_addButton, &QPushButton::clicked, this, &CriteriaPage::addItem);
    connect(m_editButton, &QPushButton::clicked, this, &CriteriaPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CriteriaPage::deleteSelected);

    retranslateUi();
    sizeColumns();
}

void CriteriaPage::retranslateUi()
{
    m_hintLabel->setText(tr("The recommended default methodology; every value can be changed "
                            "until scores exist. Drag a row to change the order within its "
                            "stage."));
    m_addButton->setText(tr("&Add…"));
    m_addButton->setToolTip(tr("Add a criterion"));
    m_editButton->setText(tr("&Edit…"));
    m_editButton->setToolTip(tr("Edit the selected criterion"));
    m_deleteButton->setText(tr("&Delete"));
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
