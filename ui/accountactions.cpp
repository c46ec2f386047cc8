#include "accountactions.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "mainmenus.h"
#include "messagebox.h"
#include "services/accountservice.h"
#include "services/contestdocument.h"
#include "signindialog.h"

#include <QAction>
#include <QFileInfo>
#include <QLabel>

namespace akim {

AccountActions::AccountActions(QWidget *window, ContestDocument *document, MainMenus *menus)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_menus(menus)
    , m_statusLabel(new QLabel)
{
    m_statusLabel->setObjectName(QStringLiteral("signedInLabel"));
    connect(menus->signInAction, &QAction::triggered, this, &AccountActions::signIn);
    connect(menus->signOutAction, &QAction::triggered, this, &AccountActions::signOut);
    connect(menus->changePasswordAction, &QAction::triggered, this,
            &AccountActions::changePassword);
    connect(menus->accountsAction, &QAction::triggered, this, &AccountActions::manageAccounts);
    connect(document, &ContestDocument::opened, this, &AccountActions::onOpened);
    connect(document, &ContestDocument::closed, this, &AccountActions::update);
    connect(document, &ContestDocument::signedInChanged, this, &AccountActions::update);
    connect(document, &ContestDocument::accountsChanged, this, &AccountActions::update);
    update();
}

void AccountActions::onOpened()
{
    update();
    if (m_document->hasAccounts() && !m_document->account())
        signIn();
}

void AccountActions::signIn()
{
    if (!m_document->isOpen())
        return;
    const bool demo =
        !m_demoPath.isEmpty() && QFileInfo(m_demoPath).canonicalFilePath() ==
                                     QFileInfo(m_document->path()).canonicalFilePath();
    const QString hint = demo ? tr("Demo contest: sign in as “secretary” or “chair”, or as a "
                                   "member (“member1”, …), with the password “demo”.")
                              : QString();
    SignInDialog::signIn(m_window, m_document, hint);
    update();
}

void AccountActions::signOut()
{
    m_document->signOut();
}

void AccountActions::changePassword()
{
    if (!m_document->account())
        return;
    PasswordDialog dialog(tr("Change My Password"),
                          tr("The new password of %1.").arg(m_document->account()->login), true,
                          m_window);
    while (dialog.exec() == QDialog::Accepted) {
        const EditResult result =
            AccountService(*m_document)
                .changeOwnPassword(dialog.currentPassword(), dialog.newPassword());
        if (result.ok()) {
            MessageBox::information(m_window, tr("Change My Password"),
                                    tr("The password is changed."));
            return;
        }
        MessageBox::warning(m_window, tr("Change My Password"), result.message);
    }
}

void AccountActions::manageAccounts()
{
    if (!m_document->isOpen())
        return;
    if (!m_document->hasAccounts()) {
        protectNewContest();
        return;
    }
    AccountsDialog dialog(m_document, m_window);
    dialog.exec();
}

void AccountActions::protectNewContest()
{
    if (!m_document->isOpen() || m_document->hasAccounts())
        return;
    AccountDialog dialog(m_document, true, m_window);
    dialog.exec();
    update();
}

void AccountActions::retranslate()
{
    update();
}

void AccountActions::update()
{
    const bool open = m_document->isOpen();
    const bool protectedFile = open && m_document->hasAccounts();
    const std::optional<Account> &account = m_document->account();
    m_menus->signInAction->setEnabled(protectedFile);
    m_menus->signOutAction->setEnabled(account.has_value());
    m_menus->changePasswordAction->setEnabled(account.has_value());
    m_menus->accountsAction->setEnabled(open && !m_document->isReadOnly() &&
                                        m_document->permit(Permission::ManageAccounts).isEmpty());
    if (!open) {
        m_statusLabel->clear();
        m_statusLabel->setToolTip({});
    } else if (account) {
        m_statusLabel->setText(
            tr("Signed in: %1 (%2)").arg(account->login, AccessPolicy::roleName(account->role)));
        m_statusLabel->setToolTip(account->fullName);
    } else if (protectedFile) {
        m_statusLabel->setText(tr("Not signed in: viewing only"));
        m_statusLabel->setToolTip(tr("Account → Sign In to make changes."));
    } else {
        m_statusLabel->setText(tr("Not protected"));
        m_statusLabel->setToolTip(tr("The contest has no accounts yet: anyone who opens the "
                                     "file can change it. Account → Manage Accounts creates the "
                                     "secretary's account."));
    }
}

} // namespace akim
