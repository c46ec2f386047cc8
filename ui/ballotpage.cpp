#include "ballotpage.h"

#include "ballotmembercombo.h"
#include "ballottableview.h"
#include "emptystate.h"
#include "itemmodels/ballotmodel.h"
#include "itemmodels/labels.h"
#include "messagebox.h"
#include "papercomparepanel.h"
#include "paperentrybar.h"
#include "reasondialog.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace akim {

using scoring::ScoreState;

BallotPage::BallotPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new BallotModel(document, this))
    , m_memberLabel(new QLabel)
    , m_memberCombo(new BallotMemberCombo)
    , m_stateLabel(new QLabel)
    , m_progressLabel(new QLabel)
    , m_submitButton(new QPushButton)
    , m_reopenButton(new QPushButton)
    , m_hintLabel(new QLabel)
    , m_table(new BallotTableView)
    , m_paperBar(new PaperEntryBar(document, m_model))
    , m_comparePanel(new PaperComparePanel(document))
    , m_stack(new QStackedWidget)
    , m_rangeLabel(new QLabel)
    , m_abstainButton(new QPushButton)
    , m_recuseButton(new QPushButton)
    , m_commentLabel(new QLabel)
    , m_commentEdit(new QLineEdit)
    , m_messageLabel(new QLabel)
    , m_abstainAction(new QAction(this))
    , m_recuseAction(new QAction(this))
    , m_commentAction(new QAction(this))
    , m_clearAction(new QAction(this))
{
    setObjectName(QStringLiteral("ballotPage"));
    m_memberCombo->setObjectName(QStringLiteral("ballotMemberCombo"));
    m_memberLabel->setBuddy(m_memberCombo);
    m_stateLabel->setObjectName(QStringLiteral("ballotStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_progressLabel->setObjectName(QStringLiteral("ballotProgressLabel"));
    m_progressLabel->setMinimumWidth(
        m_progressLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000 scored")));
    m_submitButton->setObjectName(QStringLiteral("ballotSubmitButton"));
    m_reopenButton->setObjectName(QStringLiteral("ballotReopenButton"));
    m_hintLabel->setObjectName(QStringLiteral("ballotHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_rangeLabel->setObjectName(QStringLiteral("ballotRangeLabel"));
    m_abstainButton->setObjectName(QStringLiteral("ballotAbstainButton"));
    m_recuseButton->setObjectName(QStringLiteral("ballotRecuseButton"));
    m_commentEdit->setObjectName(QStringLiteral("ballotCommentEdit"));
    m_commentEdit->setMaxLength(BallotService::kMaxComment);
    m_commentEdit->setClearButtonEnabled(true);
    m_commentLabel->setBuddy(m_commentEdit);
    m_messageLabel->setObjectName(QStringLiteral("ballotMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("color: #a00000"));

    m_table->setObjectName(QStringLiteral("ballotTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_emptyState = new EmptyState(m_table);
    // No member chosen (or none to choose): a different next step than an empty commission.
    m_emptyState->setFilterTest([this] { return m_model->memberId() == 0; });
    m_emptyState->setButtonAction(QStringLiteral("importRegistryAction"));

    // Shortcuts of the grid and the comment line, shown in the context menu and the hint.
    const struct
    {
        QAction *action;
        const char *name;
        QKeySequence keys;
    } actions[] = {
        {m_abstainAction, "ballotAbstainAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {m_recuseAction, "ballotRecuseAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {m_commentAction, "ballotCommentAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
        {m_clearAction, "ballotClearAction", QKeySequence(Qt::Key_Delete)},
    };
    for (const auto &a : actions) {
        a.action->setObjectName(QLatin1String(a.name));
        a.action->setShortcut(a.keys);
        a.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(a.action);
    }
    // Delete clears while the grid itself has the focus, never inside the cell being typed.
    m_clearAction->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_abstainAction);
    addAction(m_recuseAction);
    addAction(m_commentAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_memberLabel);
    top->addWidget(m_memberCombo);
    top->addSpacing(12);
    top->addWidget(m_progressLabel);
    top->addStretch(1);
    top->addWidget(m_submitButton);
    top->addWidget(m_reopenButton);
    auto *cell = new QHBoxLayout;
    cell->addWidget(m_rangeLabel);
    cell->addSpacing(12);
    cell->addWidget(m_abstainButton);
    cell->addWidget(m_recuseButton);
    cell->addSpacing(12);
    cell->addWidget(m_commentLabel);
    cell->addWidget(m_commentEdit, 1);
    auto *grid = new QWidget;
    auto *gridLayout = new QVBoxLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_hintLabel);
    gridLayout->addWidget(m_table, 1);
    gridLayout->addLayout(cell);
    m_stack->addWidget(grid);
    m_stack->addWidget(m_comparePanel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_paperBar);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_messageLabel);

    connect(m_memberCombo, &QComboBox::currentIndexChanged, this, &BallotPage::onMemberChosen);
    connect(m_abstainAction, &QAction::triggered, this, &BallotPage::abstainCurrent);
    connect(m_recuseAction, &QAction::triggered, this, &BallotPage::recuseCurrent);
    connect(m_abstainButton, &QPushButton::clicked, this, &BallotPage::abstainCurrent);
    connect(m_recuseButton, &QPushButton::clicked, this, &BallotPage::recuseCurrent);
    connect(m_commentAction, &QAction::triggered, this, [this] {
        m_commentEdit->setFocus(Qt::ShortcutFocusReason);
        m_commentEdit->selectAll();
    });
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (m_model->clear(m_table->currentIndex()))
            showMessage({});
    });
    connect(m_table, &BallotTableView::clearRequested, this, [this](const QModelIndex &index) {
        if (m_model->clear(index))
            showMessage({});
    });
    connect(m_commentEdit, &QLineEdit::returnPressed, this, [this] {
        saveComment();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_commentEdit, &QLineEdit::editingFinished, this, &BallotPage::saveComment);
    connect(m_submitButton, &QPushButton::clicked, this, &BallotPage::submitBallot);
    connect(m_reopenButton, &QPushButton::clicked, this, &BallotPage::reopenBallot);
    connect(m_model, &BallotModel::refused, this, &BallotPage::showMessage);
    connect(m_paperBar, &PaperEntryBar::message, this, &BallotPage::showMessage);
    connect(m_comparePanel, &PaperComparePanel::message, this, &BallotPage::showMessage);
    connect(m_paperBar, &PaperEntryBar::modeChanged, this, &BallotPage::onPaperMode);
    connect(m_model, &BallotModel::ballotChanged, this, &BallotPage::updateStatus);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // Abstaining and the comment may change the current cell's text below the grid too.
        onCurrentChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        onPaperMode(); // another member: compare their entries
        m_table->fitColumns();
        if (const QModelIndex first = m_table->nextCell({}); first.isValid())
            m_table->setCurrentIndex(first);
        onCurrentChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BallotPage::onCurrentChanged);

    ContestDocument *doc = this->document();
    connect(doc, &ContestDocument::opened, this, &BallotPage::fillMembers);
    connect(doc, &ContestDocument::closed, this, &BallotPage::fillMembers);
    connect(doc, &ContestDocument::membersChanged, this, &BallotPage::fillMembers);
    retranslateUi();
    fillMembers();
}

void BallotPage::showEvent(QShowEvent *event)
{
    ContestPage::showEvent(event);
    // The tab is for typing scores: the grid takes the keyboard as soon as it shows.
    if (m_table->isEnabled())
        m_table->setFocus(Qt::OtherFocusReason);
}

void BallotPage::retranslateUi()
{
    m_memberLabel->setText(tr("&Ballot of:"));
    m_submitButton->setText(tr("&Submit…"));
    m_submitButton->setToolTip(
        tr("Lock the ballot once every cell is scored; only the secretary can reopen it."));
    m_reopenButton->setText(tr("Re&open…"));
    m_reopenButton->setToolTip(tr("Open a submitted ballot again, giving the reason."));
    m_abstainAction->setText(tr("Abstain"));
    m_recuseAction->setText(tr("Recused (conflict of interest)"));
    m_commentAction->setText(tr("Comment"));
    m_clearAction->setText(tr("Clear the cell"));
    m_abstainButton->setText(m_abstainAction->text());
    m_abstainButton->setToolTip(m_abstainAction->shortcut().toString(QKeySequence::NativeText));
    m_recuseButton->setText(m_recuseAction->text());
    m_recuseButton->setToolTip(m_recuseAction->shortcut().toString(QKeySequence::NativeText));
    m_commentLabel->setText(tr("Co&mment:"));
    m_table->setAccessibleName(tr("Ballot: nominees by criteria"));
    m_emptyState->setEmptyText(tr("No nominees in this commission's region yet, so there is "
                                  "nothing to score. Import the registry of applicants with File "
                                  "▸ Import Registry…, or add nominees on the Nominees tab."),
                               tr("Import Re&gistry…"));
    m_emptyState->setFilteredText(
        tr("No ballot to show. Sign in as a member or the secretary (Account ▸ Sign In…), or add "
           "the commission's members on the Commissions tab: each member has a ballot."));
    m_commentEdit->setPlaceholderText(tr("Why this score (optional); Enter saves it"));
    m_hintLabel->setText(
        tr("Type the points and press Enter or Tab to go to the next cell; Esc reverts the cell "
           "being typed. %1 abstains, %2 marks a conflict of interest, %3 clears the cell, %4 "
           "edits the comment. Every cell is saved as soon as it is entered.")
            .arg(m_abstainAction->shortcut().toString(QKeySequence::NativeText),
                 m_recuseAction->shortcut().toString(QKeySequence::NativeText),
                 m_clearAction->shortcut().toString(QKeySequence::NativeText),
                 m_commentAction->shortcut().toString(QKeySequence::NativeText)));
    m_model->retranslate();
    fillMembers();
    updateStatus();
}

void BallotPage::permissionsChanged()
{
    fillMembers();
    ContestPage::permissionsChanged();
}

void BallotPage::fillMembers()
{
    if (const QString error = m_memberCombo->fill(*document()); !error.isEmpty())
        showMessage(error);
    onMemberChosen();
}

bool BallotPage::showMember(qint64 memberId)
{
    const int index = m_memberCombo->findData(memberId);
    if (index < 0)
        return false;
    m_memberCombo->setCurrentIndex(index);
    onMemberChosen();
    return true;
}

void BallotPage::onMemberChosen()
{
    const qint64 memberId = m_memberCombo->memberId();
    showMessage({});
    if (memberId != m_model->memberId())
        m_model->setMemberId(memberId);
    else
        updateStatus();
}

void BallotPage::onPaperMode()
{
    const bool compare = m_paperBar->mode() == PaperEntryBar::Compare;
    m_stack->setCurrentIndex(compare ? 1 : 0);
    m_comparePanel->setMemberId(compare ? m_model->memberId() : 0);
    updateStatus();
}

void BallotPage::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const bool cell = m_model->isCriterionColumn(current.column());
    const bool conflict = cell && current.data(BallotModel::ConflictRole).toBool();
    const bool editable = cell && (m_model->flags(current) & Qt::ItemIsEditable);
    QString range = cell ? m_model->rangeText(current.column()) : QString();
    if (conflict)
        range += QStringLiteral(" · ") + tr("conflict of interest declared: recused");
    m_rangeLabel->setText(range);
    for (QWidget *w :
         {static_cast<QWidget *>(m_abstainButton), static_cast<QWidget *>(m_recuseButton)})
        w->setEnabled(editable);
    m_abstainAction->setEnabled(editable);
    m_recuseAction->setEnabled(editable);
    m_clearAction->setEnabled(editable);
    // A conflict's recusal may carry a comment; other cells once they are scored.
    const bool commentable = cell && m_model->lockReason().isEmpty() &&
                             (conflict || current.data(BallotModel::StateRole).toInt() >= 0);
    m_commentEdit->setEnabled(commentable);
    m_commentAction->setEnabled(commentable);
    if (!m_commentEdit->hasFocus())
        m_commentEdit->setText(cell ? current.data(BallotModel::CommentRole).toString()
                                    : QString());
}

void BallotPage::saveComment()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_model->isCriterionColumn(current.column()) || !m_commentEdit->isEnabled())
        return;
    if (m_commentEdit->text().trimmed() == current.data(BallotModel::CommentRole).toString())
        return;
    if (m_model->setComment(current, m_commentEdit->text()))
        showMessage({});
}

void BallotPage::abstainCurrent()
{
    if (m_model->setState(m_table->currentIndex(), ScoreState::Abstained)) {
        showMessage({});
        if (const QModelIndex next = m_table->nextCell(m_table->currentIndex()); next.isValid())
            m_table->setCurrentIndex(next);
    }
}

void BallotPage::recuseCurrent()
{
    if (m_model->setState(m_table->currentIndex(), ScoreState::Recused)) {
        showMessage({});
        if (const QModelIndex next = m_table->nextCell(m_table->currentIndex()); next.isValid())
            m_table->setCurrentIndex(next);
    }
}

void BallotPage::submitBallot()
{
    const qint64 memberId = m_model->memberId();
    if (memberId == 0)
        return;
    const BallotProgress progress = m_model->progress();
    if (MessageBox::question(
            this, tr("Submit the Ballot"),
            tr("Submit the ballot of %1 (%2 of %3 cells scored)?")
                    .arg(m_model->layout().member.fullName)
                    .arg(progress.scored)
                    .arg(progress.cells) +
                QStringLiteral("\n\n") +
                tr("A submitted ballot is locked; only the secretary can reopen it.")) !=
        QMessageBox::Yes)
        return;
    const EditResult result = BallotService(*document()).submit(memberId);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Submit the Ballot"), result.message);
        return;
    }
    showMessage({});
}

void BallotPage::reopenBallot()
{
    const qint64 memberId = m_model->memberId();
    if (memberId == 0)
        return;
    QString reason;
    if (!askReason(this, QStringLiteral("ballotReopenDialog"), tr("Reopen the Ballot"),
                   tr("Why is the ballot of %1 reopened? The reason is kept in the audit log.")
                       .arg(m_model->layout().member.fullName),
                   tr("Reopen"), &reason))
        return;
    const EditResult result = BallotService(*document()).reopen(memberId, reason);
    if (!result.ok()) {
        MessageBox::warning(this, tr("Reopen the Ballot"), result.message);
        return;
    }
    showMessage({});
}

void BallotPage::updateStatus()
{
    const bool shown = m_model->memberId() != 0 && m_model->layout().member.id != 0;
    const BallotProgress progress = m_model->progress();
    m_progressLabel->setText(shown ? tr("%1 of %2 scored").arg(progress.scored).arg(progress.cells)
                                   : QString());
    const Ballot &ballot = m_model->ballot();
    QString state;
    if (!document()->isOpen())
        state.clear();
    else if (m_memberCombo->count() == 0)
        state = tr("Sign in as a commission member to score your ballot, or as the secretary to "
                   "type a paper ballot.");
    else if (ballot.isSubmitted())
        state = tr("Submitted %1 by %2.")
                    .arg(labels::timestamp(ballot.submittedAt), ballot.submittedBy);
    else if (!m_model->lockReason().isEmpty())
        state = m_model->lockReason();
    else if (m_model->source() != BallotModel::Scores)
        state =
            tr("Paper ballot, %1: every cell is saved in the entry as soon as it is "
               "entered. Compare the entries once both are typed.")
                .arg(m_model->source() == BallotModel::FirstEntry ? tr("entry 1") : tr("entry 2"));
    else
        state = tr("Open: every cell is saved as soon as it is entered.");
    m_stateLabel->setText(state);
    // The comparison says for itself where the entries stand.
    const bool compare = m_paperBar->mode() == PaperEntryBar::Compare;
    m_stateLabel->setVisible(!compare);
    m_progressLabel->setVisible(!compare);
    const bool mayScore = shown && m_model->lockReason().isEmpty();
    m_submitButton->setEnabled(mayScore && progress.cells > 0);
    // A paper ballot under double entry is submitted by accepting its agreeing entries.
    m_submitButton->setVisible(!ballot.isSubmitted() && m_model->source() == BallotModel::Scores);
    const bool secretary = permits(Permission::ManageBallots);
    m_reopenButton->setVisible(secretary);
    m_reopenButton->setEnabled(secretary && shown && ballot.isSubmitted());
    onCurrentChanged();
}

void BallotPage::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

} // namespace akim
