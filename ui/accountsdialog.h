#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace akim {

class AccountTableModel;
class ContestDocument;

// The secretary's list of the contest's accounts: add one, reset a password, deactivate or
// activate. Accounts are never deleted: the audit log names them.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(ContestDocument *document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void addAccount();
    void resetPassword();
    void toggleActive();
    void updateButtons();
    int currentRow() const;

    ContestDocument *m_document;
    AccountTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_resetButton;
    QPushButton *m_activeButton;
    QString m_selectedLogin;
};

} // namespace akim
