#pragma once

#include "contestpage.h"

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;

namespace akim {

class CommissionListModel;
class EmptyState;
class MemberTableModel;

// The commissions (one per region for stage I, the republican one for stage II) on the left and
// the members of the chosen one on the right, edited through MemberDialog; blank paper ballots
// of the chosen commission are printed from here.
class CommissionsPage : public ContestPage
{
    Q_OBJECT

public:
    explicit CommissionsPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override;
    bool canDelete() const override;
    qint64 currentCommissionId() const;
    void selectCommission(qint64 commissionId);

public slots:
    void addItem() override;
    void editSelected() override;
    void deleteSelected() override;
    // Asks for the language and the file, writes the selected commission's blank paper
    // ballots as one PDF on a worker thread, then offers to open it.
    void printBlankBallots();

protected:
    void retranslateUi() override;

private:
    void onCommissionChanged();
    void ensureCommissionSelected();
    void updateState();
    void permissionsChanged() override { updateState(); }
    void editRow(int row);
    // Printing only reads the file: a read-only contest prints too.
    bool mayPrint() const;

    CommissionListModel *m_commissions;
    MemberTableModel *m_members;
    QListView *m_commissionView;
    QLabel *m_titleLabel;
    QTableView *m_memberTable;
    EmptyState *m_emptyState;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_blankBallotsButton;
    QSplitter *m_splitter;
};

} // namespace akim
