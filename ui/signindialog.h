#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace akim {

class ContestDocument;

// Asks who is acting on a contest file that has accounts, and signs the document in. A wrong
// password keeps the dialog open with the reason; Cancel leaves the document signed out.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(ContestDocument *document, const QString &hint, QWidget *parent = nullptr);

    // Shows the dialog (or takes the next test answer) until the document is signed in or the
    // user cancels. True when signed in.
    static bool signIn(QWidget *parent, ContestDocument *document, const QString &hint = {});

    // For tests: the next signIn() uses these without showing anything; an empty login cancels.
    static void setNextAnswer(const QString &login, const QString &password);
    static void clearAnswers();

    void accept() override;

private:
    ContestDocument *m_document;
    QComboBox *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
