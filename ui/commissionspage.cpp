#include "commissionspage.h"

#include "blankballotsdialog.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "itemmodels/commissionlistmodel.h"
#include "itemmodels/membertablemodel.h"
#include "memberdialog.h"
#include "messagebox.h"
#include "report/blankballotexport.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "tablefit.h"
#include "taskprogress.h"
#include "text/language.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {

CommissionsPage::CommissionsPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_commissions(new CommissionListModel(document, this))
    , m_members(new MemberTableModel(document, this))
    , m_commissionView(new QListView)
    , m_titleLabel(new QLabel)
    , m_memberTable(new QTableView)
    , m_emptyState(nullptr)
    , m_addButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_blankBallotsButton(new QPushButton)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("commissionsPage"));
    m_commissionView->setObjectName(QStringLiteral("commissionListView"));
    m_commissionView->setModel(m_commissions);
    m_commissionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_commissionView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_titleLabel->setObjectName(QStringLiteral("commissionTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);

    m_memberTable->setObjectName(QStringLiteral("memberTableView"));
    m_memberTable->setModel(m_members);
    m_memberTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberTable->setAlternatingRowColors(true);
    m_memberTable->setWordWrap(false);
    m_memberTable->verticalHeader()->setVisible(false);
    // The position is the long free text; the conflict count stays a narrow number column.
    m_memberTable->horizontalHeader()->setStretchLastSection(false);
    m_memberTable->horizontalHeader()->setSectionResizeMode(MemberTableModel::PositionColumn,
                                                            QHeaderView::Stretch);
    TableFit::setCompactRows(m_memberTable);
    m_memberTable->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_memberTable);
    // With no commission chosen there is no list to fill yet.
    m_emptyState->setFilterTest([this] { return currentCommissionId() == 0; });

    m_addButton->setObjectName(QStringLiteral("addMemberButton"));
    m_editButton->setObjectName(QStringLiteral("editMemberButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteMemberButton"));
    m_blankBallotsButton->setObjectName(QStringLiteral("blankBallotsButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_editButton);
    buttonRow->addWidget(m_deleteButton);
    buttonRow->addStretch();
    buttonRow->addWidget(m_blankBallotsButton);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_titleLabel);
    rightLayout->addWidget(m_memberTable, 1);
    rightLayout->addLayout(buttonRow);

    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("commissionsSplitter"));
    splitter->addWidget(m_commissionView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_commissionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CommissionsPage::onCommissionChanged);
    connect(m_commissions, &QAbstractItemModel::modelReset, this,
            &CommissionsPage::ensureCommissionSelected);
    connect(m_emptyState, &EmptyState::actionRequested, this, &CommissionsPage::addItem);
    // Activated: a double click, or Enter on the current row.
    connect(m_memberTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { editRow(index.row()); });
    connect(m_memberTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommissionsPage::updateState);
    connect(m_members, &QAbstractItemModel::modelReset, this, &CommissionsPage::updateState);
    connect(m_members, &QAbstractItemModel::rowsInserted, this, &CommissionsPage::updateState);
    connect(m_members, &QAbstractItemModel::rowsRemoved, this, &CommissionsPage::updateState);
    connect(m_addButton, &QPushButton::clicked, this, &CommissionsPage::addItem);
    connect(m_editButton, &QPushButton::clicked, this, &CommissionsPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &CommissionsPage::deleteSelected);
    connect(m_blankBallotsButton, &QPushButton::clicked, this, &CommissionsPage::printBlankBallots);

    retranslateUi();
    ensureCommissionSelected();
}

void CommissionsPage::retranslateUi()
{
    m_addButton->setText(tr("Add &Member…"));
    m_editButton->setText(tr("Ed&it…"));
    m_editButton->setToolTip(tr("Edit the selected member"));
    m_deleteButton->setText(tr("Dele&te"));
    m_deleteButton->setToolTip(tr("Delete the selected member"));
    m_blankBallotsButton->setText(tr("&Blank Ballots…"));
    m_blankBallotsButton->setToolTip(
        tr("Print a paper ballot for each voting member of this commission (PDF)"));
    m_commissionView->setAccessibleName(tr("Commissions"));
    m_memberTable->setAccessibleName(tr("Members of the commission"));
    m_emptyState->setEmptyText(tr("No members yet. Add the chair, the deputy, the secretary and "
                                  "the members one by one with Add Member…: a commission usually "
                                  "has 5 to 11 people."),
                               tr("A&dd the First Member…"));
    m_emptyState->setFilteredText(tr("Choose a commission in the list on the left to see and add "
                                     "its members."));
    m_commissions->retranslate();
    m_members->retranslate();
    updateState();
}

qint64 CommissionsPage::currentCommissionId() const
{
    return m_commissionView->currentIndex().data(CommissionListModel::IdRole).toLongLong();
}

void CommissionsPage::selectCommission(qint64 commissionId)
{
    const int row = m_commissions->rowOfId(commissionId);
    if (row >= 0)
        m_commissionView->setCurrentIndex(m_commissions->index(row));
}

void CommissionsPage::ensureCommissionSelected()
{
    if (m_commissions->rowCount() > 0) {
        // The list as wide as the longest commission name, within reason.
        const int listWidth = TableFit::contentWidth(m_commissionView, 220, 420);
        m_splitter->setSizes({listWidth, std::max(400, m_splitter->width() - listWidth)});
    }
    if (!m_commissionView->currentIndex().isValid() && m_commissions->rowCount() > 0)
        m_commissionView->setCurrentIndex(m_commissions->index(0));
    onCommissionChanged();
}

void CommissionsPage::onCommissionChanged()
{
    m_members->setCommissionId(currentCommissionId());
    m_memberTable->resizeColumnsToContents();
    updateState();
}

void CommissionsPage::updateState()
{
    const Commission commission =
        m_commissions->commissionAt(m_commissionView->currentIndex().row());
    m_titleLabel->setText(commission.id ? text::pick(commission.nameRu, commission.nameKk)
                                        : QString());
    m_addButton->setEnabled(commission.id != 0 && permits(Permission::EditSetup));
    m_emptyState->setButtonEnabled(commission.id != 0 && permits(Permission::EditSetup));
    m_emptyState->refresh();
    m_editButton->setEnabled(canEdit());
    m_deleteButton->setEnabled(canDelete());
    m_blankBallotsButton->setEnabled(commission.id != 0 && m_members->rowCount() > 0 && mayPrint());
    emit selectionStateChanged();
}

bool CommissionsPage::mayPrint() const
{
    return document()->isOpen() && document()->permit(Permission::PrintReports).isEmpty();
}

bool CommissionsPage::canEdit() const
{
    return permits(Permission::EditSetup) &&
           m_memberTable->selectionModel()->selectedRows().size() == 1;
}

bool CommissionsPage::canDelete() const
{
    return canEdit();
}

void CommissionsPage::addItem()
{
    const Commission commission =
        m_commissions->commissionAt(m_commissionView->currentIndex().row());
    if (commission.id == 0)
        return;
    MemberDialog dialog(document(), commission, this);
    if (dialog.exec() == QDialog::Accepted)
        m_memberTable->resizeColumnsToContents();
}

void CommissionsPage::editSelected()
{
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    if (rows.size() == 1)
        editRow(rows.constFirst().row());
}

void CommissionsPage::editRow(int row)
{
    const Member member = m_members->memberAt(row);
    const Commission commission =
        m_commissions->commissionAt(m_commissionView->currentIndex().row());
    if (member.id == 0 || commission.id == 0)
        return;
    MemberDialog dialog(document(), commission, this);
    dialog.setMember(member);
    dialog.exec();
}

void CommissionsPage::deleteSelected()
{
    const QModelIndexList rows = m_memberTable->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return;
    const Member member = m_members->memberAt(rows.constFirst().row());
    if (MessageBox::question(this, tr("Delete Member"),
                             tr("Remove %1 from the commission?").arg(member.fullName)) !=
        QMessageBox::Yes)
        return;
    const EditResult result = document()->removeMember(member.id);
    if (!result.ok())
        MessageBox::warning(this, tr("Delete Member"), result.message);
}

void CommissionsPage::printBlankBallots()
{
    const Commission commission =
        m_commissions->commissionAt(m_commissionView->currentIndex().row());
    if (commission.id == 0 || !mayPrint())
        return;
    const int ballots = int(BallotService(*document()).votingMembers(commission.id).size());
    BlankBallotsDialog dialog(text::pick(commission.nameRu, commission.nameKk), ballots, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    report::BlankBallotRequest request;
    request.contestPath = document()->path();
    request.commissionId = commission.id;
    request.language = dialog.language();
    // Named in the ballots' language, without the characters file systems refuse.
    const report::ReportLanguage language(request.language);
    QString suggested = report::BlankBallotExport::documentTitle(
        language.pick(commission.nameRu, commission.nameKk), language);
    suggested.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    request.outputPath = FileDialogs::getSaveFileName(
        this, tr("Save Blank Ballots"), suggested + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
    if (request.outputPath.isEmpty())
        return;

    bool cancelled = false;
    const QString error = TaskProgress::run(
        this, tr("Writing the blank ballots"),
        [request](const BackgroundTask::Progress &progress) {
            return report::BlankBallotExport::run(request, progress);
        },
        &cancelled);
    if (cancelled)
        return;
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Blank Ballots"), error);
        return;
    }
    if (MessageBox::question(this, tr("Blank Ballots"),
                             tr("%n ballot(s) saved to %1. Open the file now?", nullptr, ballots)
                                 .arg(QDir::toNativeSeparators(request.outputPath)),
                             QMessageBox::Yes | QMessageBox::No,
                             QMessageBox::Yes) == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(request.outputPath));
}

} // namespace akim
