#include "mainmenus.h"

#include "languagemanager.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace akim {
namespace {

QAction *makeAction(QObject *parent, const char *objectName,
                    const QKeySequence &shortcut = QKeySequence())
{
    auto *action = new QAction(parent);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
}

} // namespace

MainMenus::MainMenus(QMainWindow *window)
{
    newAction = makeAction(window, "newAction", QKeySequence::New);
    openAction = makeAction(window, "openAction", QKeySequence::Open);
    saveCopyAction = makeAction(window, "saveCopyAction", QKeySequence::SaveAs);
    importRegistryAction = makeAction(window, "importRegistryAction");
    importSurveyAction =
        makeAction(window, "importSurveyAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    importEthicsAction = makeAction(window, "importEthicsAction");
    closeAction = makeAction(window, "closeAction", QKeySequence::Close);
    quitAction = makeAction(window, "quitAction", QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    undoAction = makeAction(window, "undoAction", QKeySequence::Undo);
    redoAction = makeAction(window, "redoAction", QKeySequence::Redo);
    addNomineeAction = makeAction(window, "addNomineeAction", QKeySequence(Qt::Key_Insert));
    editAction = makeAction(window, "editAction", QKeySequence(Qt::Key_F2));
    deleteAction = makeAction(window, "deleteAction", QKeySequence::Delete);
    reportsAction = makeAction(window, "reportsAction", QKeySequence::Print);
    signInAction = makeAction(window, "signInAction");
    signOutAction = makeAction(window, "signOutAction");
    changePasswordAction = makeAction(window, "changePasswordAction");
    accountsAction = makeAction(window, "accountsAction");
    guideAction = makeAction(window, "guideAction", QKeySequence::HelpContents);
    aboutAction = makeAction(window, "aboutAction");
    aboutAction->setMenuRole(QAction::AboutRole);

    languageGroup = new QActionGroup(window);
    languageGroup->setExclusive(true);
    for (const QString &language : LanguageManager::languages()) {
        // Each language is named in itself, so it is found whatever the current language.
        auto *action = new QAction(LanguageManager::nativeName(language), languageGroup);
        action->setObjectName(QStringLiteral("language_%1_Action").arg(language));
        action->setCheckable(true);
        action->setData(language);
    }

    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(newAction);
    fileMenu->addAction(openAction);
    recentMenu = fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addSeparator();
    fileMenu->addAction(importRegistryAction);
    fileMenu->addAction(importSurveyAction);
    fileMenu->addAction(importEthicsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(saveCopyAction);
    fileMenu->addAction(closeAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    editMenu = bar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    editMenu->addAction(addNomineeAction);
    editMenu->addAction(editAction);
    editMenu->addAction(deleteAction);

    reportsMenu = bar->addMenu(QString());
    reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    reportsMenu->addAction(reportsAction);

    accountMenu = bar->addMenu(QString());
    accountMenu->setObjectName(QStringLiteral("accountMenu"));
    accountMenu->addAction(signInAction);
    accountMenu->addAction(signOutAction);
    accountMenu->addAction(changePasswordAction);
    accountMenu->addSeparator();
    accountMenu->addAction(accountsAction);

    languageMenu = bar->addMenu(QString());
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    languageMenu->addActions(languageGroup->actions());

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(guideAction);
    helpMenu->addAction(aboutAction);

    retranslate();
}

void MainMenus::retranslate()
{
    fileMenu->setTitle(tr("&File"));
    newAction->setText(tr("&New Contest…"));
    openAction->setText(tr("&Open…"));
    recentMenu->setTitle(tr("Open &Recent"));
    saveCopyAction->setText(tr("Save a &Copy…"));
    importRegistryAction->setText(tr("Import &Registry…"));
    importSurveyAction->setText(tr("Import &Survey…"));
    importEthicsAction->setText(tr("Import &Ethics Questionnaire…"));
    closeAction->setText(tr("&Close"));
    quitAction->setText(tr("&Quit"));
    editMenu->setTitle(tr("&Edit"));
    addNomineeAction->setText(tr("&Add Nominee…"));
    editAction->setText(tr("&Edit…"));
    deleteAction->setText(tr("&Delete"));
    reportsMenu->setTitle(tr("&Reports"));
    reportsAction->setText(tr("&Protocols and Reports…"));
    reportsAction->setStatusTip(
        tr("Preview, print or save as PDF a protocol, a score card, the import report or blank "
           "ballots"));
    accountMenu->setTitle(tr("&Account"));
    signInAction->setText(tr("&Sign In…"));
    signOutAction->setText(tr("Sign &Out"));
    changePasswordAction->setText(tr("&Change My Password…"));
    accountsAction->setText(tr("&Manage Accounts…"));
    languageMenu->setTitle(tr("&Language"));
    helpMenu->setTitle(tr("&Help"));
    guideAction->setText(tr("&User Guide"));
    aboutAction->setText(tr("&About Akim Contest"));
}

void MainMenus::setCheckedLanguage(const QString &language)
{
    const QList<QAction *> actions = languageGroup->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == language);
}

} // namespace akim
