#pragma once

#include <QCoreApplication>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;

namespace akim {

// The main window's menus and actions (File, Edit, Reports, Account, Language, Help), created
// and translated in one place; MainWindow connects them (Reports: ReportActions).
class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)

public:
    explicit MainMenus(QMainWindow *window);

    // Texts of everything but Undo/Redo, which name the command they undo.
    void retranslate();
    void setCheckedLanguage(const QString &language);

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *reportsMenu = nullptr;
    QMenu *accountMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QAction *newAction = nullptr;
    QAction *openAction = nullptr;
    QAction *saveCopyAction = nullptr;
    QAction *importRegistryAction = nullptr;
    QAction *importSurveyAction = nullptr;
    QAction *importEthicsAction = nullptr;
    QAction *closeAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *undoAction = nullptr;
    QAction *redoAction = nullptr;
    QAction *addNomineeAction = nullptr;
    QAction *editAction = nullptr;
    QAction *deleteAction = nullptr;
    QAction *reportsAction = nullptr; // Reports > Protocols and Reports…
    QAction *signInAction = nullptr;
    QAction *signOutAction = nullptr;
    QAction *changePasswordAction = nullptr;
    QAction *accountsAction = nullptr;
    QAction *guideAction = nullptr; // Help > User Guide (F1)
    QAction *aboutAction = nullptr;
    QActionGroup *languageGroup = nullptr; // data(): "ru", "kk", "en"
};

} // namespace akim
