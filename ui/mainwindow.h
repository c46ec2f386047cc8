#pragma once

#include "survey/importmapping.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QMimeData;
class QStackedWidget;
class QTabWidget;

namespace akim {

class AccountActions;
class PackageActions;
class CommissionsPage;
class ContestDocument;
class ContestPage;
class CriteriaPage;
class ImportsPage;
class LanguageManager;
class MainMenus;
class NomineesPage;
class RankingsPage;
class ReportActions;
class SurveyPage;
class WelcomePage;

// The main window: owns the one open ContestDocument, shows the welcome page while none is open
// and the contest's pages (nominees, criteria, commissions) while one is.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `languages` switches the interface language from the Language menu; without one the
    // window makes its own.
    explicit MainWindow(LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ContestDocument *document() const { return m_document; }
    // The demo contest offered on the welcome page; created on first use when missing.
    void setDemoPath(const QString &path);
    QString demoPath() const { return m_demoPath; }

    // Opens a contest file; on failure says why and leaves the current state as it was.
    bool openFile(const QString &path);
    // Creates a contest from a template at `path` (which must not exist yet) and opens it.
    bool createContest(const QString &path, const QString &templateName);
    void closeContest();

    NomineesPage *nomineesPage() const { return m_nomineesPage; }
    CriteriaPage *criteriaPage() const { return m_criteriaPage; }
    CommissionsPage *commissionsPage() const { return m_commissionsPage; }
    SurveyPage *surveyPage() const { return m_surveyPage; }
    RankingsPage *rankingsPage() const { return m_rankingsPage; }
    ImportsPage *importsPage() const { return m_importsPage; }
    AccountActions *accountActions() const { return m_accountActions; }
    PackageActions *packageActions() const { return m_packageActions; }
    ReportActions *reportActions() const { return m_reportActions; }

    // The import wizard for a survey or ethics export (`path` pre-filled when given), and the
    // registry import dialog; modal, on the open contest.
    void importSurvey(survey::SurveyKind kind, const QString &path = QString());
    void importRegistry(const QString &path = QString());

public slots:
    void newContest();
    void openContest();
    void openDemo();
    void saveCopy();
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void retranslateUi();
    void updateTitle();
    void updateActions();
    void updateUndoTexts();
    void updateCounts();
    void updateRecentFiles();
    void openRecent(const QString &path);
    void onDocumentOpened();
    void onDocumentClosed();
    void onLanguageChanged();
    ContestPage *currentPage() const;
    static QString droppedContest(const QMimeData *data);
    static QString droppedSpreadsheet(const QMimeData *data);

    ContestDocument *m_document;
    LanguageManager *m_languages;
    QString m_demoPath;

    QStackedWidget *m_stack;
    WelcomePage *m_welcomePage;
    QTabWidget *m_tabs;
    NomineesPage *m_nomineesPage;
    CriteriaPage *m_criteriaPage;
    CommissionsPage *m_commissionsPage;
    SurveyPage *m_surveyPage;
    RankingsPage *m_rankingsPage;
    ImportsPage *m_importsPage;
    QLabel *m_countsLabel;
    AccountActions *m_accountActions = nullptr;
    PackageActions *m_packageActions = nullptr;
    ReportActions *m_reportActions = nullptr;

    std::unique_ptr<MainMenus> m_menus;
};

} // namespace akim
