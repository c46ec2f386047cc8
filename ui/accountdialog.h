#pragma once

#include "services/accountservice.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace akim {

class ContestDocument;

// A new account: user name, full name, role, the commission member it scores as, and the
// password typed twice. The first account of a contest is its secretary's, so then the role is
// fixed. AccountService validates and writes; a refusal keeps the dialog open with the reason.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(ContestDocument *document, bool firstAccount, QWidget *parent = nullptr);

    AccountDraft draft() const;
    void accept() override;

private:
    void updateMembers();
    void showError(const QString &message);

    ContestDocument *m_document;
    QLineEdit *m_login;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QComboBox *m_member;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

// A new password typed twice, and for one's own account the current one first.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(const QString &title, const QString &intro, bool askCurrent,
                   QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    void accept() override;

private:
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
};

} // namespace akim
