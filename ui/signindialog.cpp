#include "signindialog.h"

#include "dialogbuttons.h"
#include "services/contestdocument.h"
#include "storage/accountrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QQueue>
#include <QVBoxLayout>

namespace akim {
namespace {

struct Answer
{
    QString login;
    QString password;
};

QQueue<Answer> &answers()
{
    static QQueue<Answer> queue;
    return queue;
}

} // namespace

SignInDialog::SignInDialog(ContestDocument *document, const QString &hint, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_login(new QComboBox)
    , m_password(new QLineEdit)
    , m_error(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In"));
    auto *intro = new QLabel(
        tr("%1 is protected: sign in to work on it.").arg(QFileInfo(document->path()).fileName()));
    intro->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_login->setEditable(true);
    m_login->setInsertPolicy(QComboBox::NoInsert);
    for (const Account &account : document->accounts().accounts()) {
        if (account.active)
            m_login->addItem(account.login);
    }
    // What is typed is what signs in: no inline completion turning "member2" into "member20".
    m_login->setCompleter(nullptr);
    m_login->setCurrentIndex(-1);
    m_login->setAccessibleName(tr("User name"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (!hint.isEmpty()) {
        auto *hintLabel = new QLabel(hint);
        hintLabel->setObjectName(QStringLiteral("signInHint"));
        hintLabel->setWordWrap(true);
        hintLabel->setEnabled(false);
        layout->addWidget(hintLabel);
    }
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setText(DialogButtons::text(QDialogButtonBox::Cancel));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_login->setFocus();
    setMinimumWidth(380);
}

void SignInDialog::accept()
{
    const EditResult result = m_document->signIn(m_login->currentText(), m_password->text());
    if (result.ok()) {
        QDialog::accept();
        return;
    }
    m_error->setText(result.message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

bool SignInDialog::signIn(QWidget *parent, ContestDocument *document, const QString &hint)
{
    if (!answers().isEmpty()) {
        const Answer answer = answers().dequeue();
        return !answer.login.isEmpty() && document->signIn(answer.login, answer.password).ok();
    }
    SignInDialog dialog(document, hint, parent);
    return dialog.exec() == QDialog::Accepted;
}

void SignInDialog::setNextAnswer(const QString &login, const QString &password)
{
    answers().enqueue({login, password});
}

void SignInDialog::clearAnswers()
{
    answers().clear();
}

} // namespace akim
