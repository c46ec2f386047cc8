#pragma once

#include "contestpage.h"

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;

namespace akim {

class CommissionListModel;
class MemberTableModel;

// The commissions (one per region for stage I, the republican one for stage II) on the left and
// the members of the chosen one on the right, edited through MemberDialog.
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

protected:
    void retranslateUi() override;

private:
    void onCommissionChanged();
    void ensureCommissionSelected();
    void updateState();
    void permissionsChanged() override { updateState(); }
    void editRow(int row);

    CommissionListModel *m_commissions;
    MemberTableModel *m_members;
    QListView *m_commissionView;
    QLabel *m_titleLabel;
    QLabel *m_emptyLabel;
    QTableView *m_memberTable;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QSplitter *m_splitter;
};

} // namespace akim
