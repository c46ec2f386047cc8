#include "accountdialog.h"

#include "dialogbuttons.h"
#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "text/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {
namespace {

QLabel *errorLabel()
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("accountError"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->hide();
    return label;
}

QLineEdit *passwordEdit(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AccountDialog::AccountDialog(ContestDocument *document, bool firstAccount, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_login(new QLineEdit)
    , m_fullName(new QLineEdit)
    , m_role(new QComboBox)
    , m_member(new QComboBox)
    , m_password(passwordEdit(QStringLiteral("accountPassword"), tr("Password")))
    , m_repeat(passwordEdit(QStringLiteral("accountPasswordRepeat"), tr("Repeat the password")))
    , m_error(errorLabel())
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(firstAccount ? tr("The Secretary's Account") : tr("New Account"));
    m_login->setObjectName(QStringLiteral("accountLogin"));
    m_fullName->setObjectName(QStringLiteral("accountFullName"));
    m_role->setObjectName(QStringLiteral("accountRole"));
    m_member->setObjectName(QStringLiteral("accountMember"));
    for (AccountRole role : {AccountRole::Secretary, AccountRole::Chair, AccountRole::Member})
        m_role->addItem(AccessPolicy::roleName(role), int(role));
    if (firstAccount)
        m_role->setEnabled(false);
    else
        m_role->setCurrentIndex(2);

    auto *layout = new QVBoxLayout(this);
    if (firstAccount) {
        auto *intro = new QLabel(
            tr("Protect the contest: create the secretary's account. From now on the contest "
               "asks who is working on it; the secretary then creates the chair's and the "
               "members' accounts (Account → Manage Accounts)."));
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Scores as:"), m_member);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Re&peat:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    DialogButtons::relabel(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::updateMembers);
    updateMembers();
    setMinimumWidth(460);
}

void AccountDialog::updateMembers()
{
    const auto role = AccountRole(m_role->currentData().toInt());
    m_member->clear();
    if (role == AccountRole::Secretary) {
        m_member->setEnabled(false);
        return;
    }
    m_member->setEnabled(true);
    if (role == AccountRole::Chair)
        m_member->addItem(tr("Any commission (not a member)"), 0);
    for (const Commission &commission : m_document->commissions().commissions()) {
        for (const Member &member : m_document->commissions().members(commission.id)) {
            if (member.role == MemberRole::Secretary)
                continue;
            if (role == AccountRole::Chair && member.role != MemberRole::Chair &&
                member.role != MemberRole::Deputy)
                continue;
            m_member->addItem(tr("%1: %2 (%3)")
                                  .arg(text::pick(commission.nameRu, commission.nameKk),
                                       member.fullName, labels::role(member.role)),
                              member.id);
        }
    }
}

AccountDraft AccountDialog::draft() const
{
    AccountDraft draft;
    draft.login = m_login->text();
    draft.fullName = m_fullName->text();
    draft.role = AccountRole(m_role->currentData().toInt());
    draft.memberId = m_member->currentData().toLongLong();
    draft.password = m_password->text();
    return draft;
}

void AccountDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void AccountDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The two passwords differ."));
        return;
    }
    const EditResult result = AccountService(*m_document).create(draft());
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(const QString &title, const QString &intro, bool askCurrent,
                               QWidget *parent)
    : QDialog(parent)
    , m_password(passwordEdit(QStringLiteral("newPassword"), tr("New password")))
    , m_repeat(passwordEdit(QStringLiteral("newPasswordRepeat"), tr("Repeat the new password")))
    , m_error(errorLabel())
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    auto *form = new QFormLayout;
    if (askCurrent) {
        m_current = passwordEdit(QStringLiteral("currentPassword"), tr("Current password"));
        form->addRow(tr("&Current password:"), m_current);
    }
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("Re&peat:"), m_repeat);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    DialogButtons::relabel(buttons);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(400);
}

QString PasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString PasswordDialog::newPassword() const
{
    return m_password->text();
}

void PasswordDialog::accept()
{
    QString problem = AccountService::passwordProblem(m_password->text());
    if (problem.isEmpty() && m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace akim
