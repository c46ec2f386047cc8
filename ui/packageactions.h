#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QTabWidget;
class QToolBar;

namespace akim {

class ContestDocument;
class MainMenus;

// Ballot packages in the main window. For the secretary: File > Export Ballot Packages and
// Import Ballot Packages (with the differences shown before anything is written). For a member:
// File > Open Ballot Package, and, while a package is open, only its Ballot tab under a bar
// that says whose ballot it is and what to do with the file when done.
class PackageActions : public QObject
{
    Q_OBJECT

public:
    PackageActions(QMainWindow *window, ContestDocument *document, MainMenus *menus,
                   QTabWidget *tabs, QWidget *ballotPage);

    QAction *openAction() const { return m_open; }
    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QLabel *bannerLabel() const { return m_banner; }

    void exportPackages();
    void importPackages();
    void retranslate();

signals:
    void openRequested(const QString &path);

private:
    void openPackage();
    void onOpened();
    void update();
    QString bannerText() const;

    QMainWindow *m_window;
    ContestDocument *m_document;
    QTabWidget *m_tabs;
    QWidget *m_ballotPage;
    QAction *m_open;
    QAction *m_export;
    QAction *m_import;
    QToolBar *m_bar;
    QLabel *m_banner;
};

} // namespace akim
