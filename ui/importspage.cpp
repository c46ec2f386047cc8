#include "importspage.h"

#include "emptystate.h"
#include "importwizard.h"
#include "itemmodels/importlistmodel.h"
#include "messagebox.h"
#include "services/contestdocument.h"
#include "storage/database.h"
#include "survey/surveyimporter.h"
#include "tablefit.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace akim {

ImportsPage::ImportsPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new ImportListModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_hintLabel(new QLabel)
    , m_table(new QTableView)
    , m_undoButton(new QPushButton)
    , m_statusLabel(new QLabel)
{
    setObjectName(QStringLiteral("importsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportListModel::SortRole);
    m_hintLabel->setObjectName(QStringLiteral("importsHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_statusLabel->setObjectName(QStringLiteral("importsStatusLabel"));
    m_undoButton->setObjectName(QStringLiteral("undoImportButton"));
    m_table->setObjectName(QStringLiteral("importsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportListModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    m_table->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_table);
    m_emptyState->setButtonAction(QStringLiteral("importSurveyAction"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_undoButton, &QPushButton::clicked, this, &ImportsPage::undoSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportsPage::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateState();
    });
    retranslateUi();
}

void ImportsPage::retranslateUi()
{
    m_hintLabel->setText(tr("Every survey and ethics questionnaire import of this contest. "
                            "Undoing one removes all its responses; it stays listed."));
    m_undoButton->setText(tr("&Undo Import…"));
    m_undoButton->setToolTip(tr("Remove every response of the selected import"));
    m_table->setAccessibleName(tr("Imports"));
    m_emptyState->setEmptyText(tr("Nothing imported yet. Import the citizens' questionnaire "
                                  "export (File ▸ Import Survey…) and the Ethics Commissioner's "
                                  "questionnaire (File ▸ Import Ethics Questionnaire…)."),
                               tr("&Import Survey…"));
    m_model->retranslate();
    updateState();
}

qint64 ImportsPage::selectedImportId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(ImportListModel::IdRole).toLongLong();
}

bool ImportsPage::canDelete() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return !m_undoing && !rows.isEmpty() &&
           !rows.constFirst().data(ImportListModel::UndoneRole).toBool() && document() &&
           permits(Permission::ImportData);
}

void ImportsPage::updateState()
{
    m_undoButton->setEnabled(canDelete());
    emit selectionStateChanged();
}

void ImportsPage::addItem()
{
    emit importRequested();
}

void ImportsPage::deleteSelected()
{
    undoSelected();
}

void ImportsPage::undoSelected()
{
    if (!canDelete())
        return;
    const qint64 id = selectedImportId();
    const SurveyImportRecord record = m_model->recordAt(m_model->rowOfId(id));
    const QString question =
        tr("Undo the import of %1 (%2)? Its %3 responses are removed from the contest; the "
           "import stays listed as undone.")
            .arg(record.fileName, ImportListModel::formatTime(record.importedAt),
                 QLocale().toString(record.rowsImported));
    if (MessageBox::question(this, tr("Undo Import"), question) != QMessageBox::Yes)
        return;

    m_undoing = true;
    m_statusLabel->setText(tr("Undoing…"));
    updateState();
    QApplication::setOverrideCursor(Qt::BusyCursor);
    const QString path = document()->path();
    const QString user = document()->userName();
    const Actor actor = document()->actor();
    // Deleting a large import's answers takes a while: its own connection, on its own thread.
    runInBackground<QString>(
        this,
        [path, user, actor, id](const std::atomic<bool> &) {
            Database database;
            if (!database.open(path, Database::Mode::ReadWrite))
                return database.errorString();
            const QString error =
                survey::SurveyImporter(database.connection()).undoImport(id, user, actor);
            database.close();
            return error;
        },
        [this](const QString &error) {
            QApplication::restoreOverrideCursor();
            m_undoing = false;
            m_statusLabel->clear();
            document()->notifyExternalWrite();
            if (!error.isEmpty())
                MessageBox::warning(this, tr("Undo Import"),
                                    tr("The import was not undone: %1").arg(error));
            else
                m_statusLabel->setText(tr("The import was undone."));
            updateState();
        });
}

} // namespace akim
