#include "packageimportdialog.h"

#include "dialogbuttons.h"
#include "emptystate.h"
#include "itemmodels/cellchangemodel.h"
#include "itemmodels/packageimportmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace akim {
namespace {

QTableView *table(const QString &name, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

PackageImportDialog::PackageImportDialog(const QVector<PackageInspection> &packages,
                                         QWidget *parent)
    : QDialog(parent)
    , m_packages(new PackageImportModel(this))
    , m_changes(new CellChangeModel(this))
    , m_packageView(table(QStringLiteral("packageView"), m_packages))
    , m_changeView(table(QStringLiteral("changeView"), m_changes))
    , m_changesLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("packageImportDialog"));
    setWindowTitle(tr("Import Ballot Packages"));
    m_packages->setPackages(packages);
    const int ready = int(m_packages->acceptable().size());

    auto *intro = new QLabel(
        ready == packages.size()
            ? tr("Check the differences against the contest file, then import. Nothing is "
                 "written before you press Import.")
            : tr("%n package(s) are refused, as the Result column says; they are not imported. "
                 "Nothing is written before you press Import.",
                 nullptr, int(packages.size()) - ready));
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_packageView->setAccessibleName(tr("Packages"));
    m_changeView->setAccessibleName(tr("Cells the selected package changes"));
    auto *noChanges = new EmptyState(m_changeView);
    noChanges->setEmptyText(tr("No cell to show. Select a package above; a package whose ballot "
                               "equals the contest file's changes no cell."));
    m_changesLabel->setWordWrap(true);
    m_packageView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageImportModel::ResultColumn,
                                                            QHeaderView::Stretch);
    m_changeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_importButton = m_buttons->addButton(tr("Import %n Package(s)", nullptr, ready),
                                          QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(ready > 0);
    m_importButton->setDefault(ready > 0);
    DialogButtons::relabel(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_packageView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PackageImportDialog::showChanges);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_packageView, 2);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changeView, 3);
    layout->addWidget(m_buttons);
    resize(900, 560);
    if (!packages.isEmpty())
        m_packageView->selectRow(0);
    showChanges();
}

QVector<PackageInspection> PackageImportDialog::acceptable() const
{
    return m_packages->acceptable();
}

void PackageImportDialog::showChanges()
{
    const int row = m_packageView->currentIndex().row();
    if (row < 0 || row >= m_packages->packages().size()) {
        m_changes->setChanges({});
        m_changesLabel->clear();
        return;
    }
    const PackageInspection &p = m_packages->packages().at(row);
    m_changes->setChanges(p.changes);
    if (!p.ok())
        m_changesLabel->setText(tr("Refused: %1").arg(p.refusal));
    else if (p.changes.isEmpty())
        m_changesLabel->setText(tr("The ballot of %1 in this package is the same as in the "
                                   "contest file.")
                                    .arg(p.memberName));
    else
        m_changesLabel->setText(tr("The ballot of %1: %n cell(s) will change in the contest "
                                   "file.",
                                   nullptr, int(p.changes.size()))
                                    .arg(p.memberName));
    m_changeView->setVisible(p.ok());
}

} // namespace akim
