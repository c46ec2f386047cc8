#pragma once

#include <QObject>

class QLabel;
class QWidget;

namespace akim {

class ContestDocument;
class MainMenus;

// Who is working on the open contest, for the main window: asks to sign in when a protected
// file opens, offers to protect a new contest with the secretary's account, runs the Account
// menu (sign in, sign out, change password, manage accounts) and keeps the status bar's "signed
// in as" label current.
class AccountActions : public QObject
{
    Q_OBJECT

public:
    AccountActions(QWidget *window, ContestDocument *document, MainMenus *menus);

    QLabel *statusLabel() const { return m_statusLabel; }
    // The demo's file: its sign-in dialog tells the demo accounts' names and password.
    void setDemoPath(const QString &path) { m_demoPath = path; }

    void signIn();
    void signOut();
    void changePassword();
    void manageAccounts();
    // After a new contest is created: the secretary's account (Cancel leaves it unprotected).
    void protectNewContest();
    void retranslate();

private:
    void onOpened();
    void update();

    QWidget *m_window;
    ContestDocument *m_document;
    MainMenus *m_menus;
    QLabel *m_statusLabel;
    QString m_demoPath;
};

} // namespace akim
