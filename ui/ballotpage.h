#pragma once

#include "contestpage.h"

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace akim {

class BallotMemberCombo;
class BallotModel;
class BallotTableView;
class EmptyState;
class PaperComparePanel;
class PaperEntryBar;

// The Ballot tab: one commission member's ballot, nominees × the stage's commission criteria,
// typed with the keyboard only and saved cell by cell (see BallotTableView). A member or a
// chair signed in sees their own ballot; the secretary picks any member's, to type a paper
// ballot or to reopen a submitted one (with a reason, for the audit log). Below the grid: the
// current cell's allowed range and comment, abstain and recuse, and how many cells are scored.
// When the contest wants paper ballots entered twice, the secretary types entry 1 or entry 2 in
// the same grid and compares them (PaperEntryBar, PaperComparePanel) instead.
class BallotPage : public ContestPage
{
    Q_OBJECT

public:
    explicit BallotPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override { return false; }
    bool canDelete() const override { return false; }

    BallotModel *model() const { return m_model; }
    BallotTableView *table() const { return m_table; }
    PaperEntryBar *paperBar() const { return m_paperBar; }
    PaperComparePanel *comparePanel() const { return m_comparePanel; }
    // Shows this member's ballot, if the signed-in account may open it.
    bool showMember(qint64 memberId);

public slots:
    void addItem() override {}
    void editSelected() override {}
    void deleteSelected() override {}
    void abstainCurrent();
    void recuseCurrent();
    void submitBallot();
    void reopenBallot();

protected:
    void retranslateUi() override;
    void permissionsChanged() override;
    void showEvent(QShowEvent *event) override;

private:
    void fillMembers();
    void onMemberChosen();
    void onPaperMode();
    void onCurrentChanged();
    void saveComment();
    void updateStatus();
    void showMessage(const QString &message);

    BallotModel *m_model;
    QLabel *m_memberLabel;
    BallotMemberCombo *m_memberCombo;
    QLabel *m_stateLabel;
    QLabel *m_progressLabel;
    QPushButton *m_submitButton;
    QPushButton *m_reopenButton;
    QLabel *m_hintLabel;
    BallotTableView *m_table;
    EmptyState *m_emptyState = nullptr;
    PaperEntryBar *m_paperBar;
    PaperComparePanel *m_comparePanel;
    QStackedWidget *m_stack; // the grid, or the comparison of the entries
    QLabel *m_rangeLabel;
    QPushButton *m_abstainButton;
    QPushButton *m_recuseButton;
    QLabel *m_commentLabel;
    QLineEdit *m_commentEdit;
    QLabel *m_messageLabel;
    QAction *m_abstainAction;
    QAction *m_recuseAction;
    QAction *m_commentAction;
    QAction *m_clearAction;
};

} // namespace akim
