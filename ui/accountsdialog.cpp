#include "accountsdialog.h"

#include "accountdialog.h"
#include "dialogbuttons.h"
#include "emptystate.h"
#include "itemmodels/accounttablemodel.h"
#include "messagebox.h"
#include "services/accountservice.h"
#include "services/contestdocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace akim {

AccountsDialog::AccountsDialog(ContestDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new AccountTableModel(document, this))
    , m_table(new QTableView)
    , m_addButton(new QPushButton(tr("&Add…")))
    , m_resetButton(new QPushButton(tr("&Reset Password…")))
    , m_activeButton(new QPushButton)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_activeButton->setObjectName(QStringLiteral("toggleAccountButton"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setTabKeyNavigation(false);
    auto *empty = new EmptyState(m_table);
    empty->setEmptyText(tr("No accounts yet, so anyone who opens this file may change it. Add "
                           "the secretary's account first with Add…: from then on everyone "
                           "signs in."));

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addButton);
    buttonRow->addWidget(m_resetButton);
    buttonRow->addWidget(m_activeButton);
    buttonRow->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    DialogButtons::relabel(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttonRow);
    layout->addWidget(m_table);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Tab follows the layout: the buttons above the table first.
    setTabOrder(m_addButton, m_resetButton);
    setTabOrder(m_resetButton, m_activeButton);
    setTabOrder(m_activeButton, m_table);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_resetButton, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_activeButton, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsDialog::updateButtons);
    // Every change reloads the model; the account that was selected stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = currentRow();
        m_selectedLogin = row >= 0 ? m_model->accountAt(row).login : QString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOfLogin(m_selectedLogin); row >= 0)
            m_table->selectRow(row);
        updateButtons();
    });
    resize(820, 480);
    updateButtons();
}

int AccountsDialog::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void AccountsDialog::updateButtons()
{
    const bool allowed = m_document->permit(Permission::ManageAccounts).isEmpty();
    const int row = currentRow();
    m_addButton->setEnabled(allowed);
    m_resetButton->setEnabled(allowed && row >= 0);
    m_activeButton->setEnabled(allowed && row >= 0);
    const bool active = row < 0 || m_model->accountAt(row).active;
    m_activeButton->setText(active ? tr("&Deactivate") : tr("A&ctivate"));
}

void AccountsDialog::addAccount()
{
    AccountDialog dialog(m_document, false, this);
    if (dialog.exec() == QDialog::Accepted)
        m_table->selectRow(m_model->rowOfLogin(dialog.draft().login.trimmed()));
}

void AccountsDialog::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Account account = m_model->accountAt(row);
    PasswordDialog dialog(tr("Reset Password"),
                          tr("A new password for %1. Tell it to its owner, who can change it "
                             "under Account → Change My Password.")
                              .arg(account.login),
                          false, this);
    while (dialog.exec() == QDialog::Accepted) {
        const EditResult result =
            AccountService(*m_document).resetPassword(account.id, dialog.newPassword());
        if (result.ok())
            return;
        MessageBox::warning(this, tr("Reset Password"), result.message);
    }
}

void AccountsDialog::toggleActive()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Account account = m_model->accountAt(row);
    const EditResult result = AccountService(*m_document).setActive(account.id, !account.active);
    if (!result.ok())
        MessageBox::warning(this, tr("Accounts"), result.message);
    m_table->selectRow(m_model->rowOfLogin(account.login));
}

} // namespace akim
