#include "mainwindow.h"

#include "accountactions.h"
#include "auditpage.h"
#include "ballotpage.h"
#include "commissionspage.h"
#include "contestfiles.h"
#include "criteriapage.h"
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "guidewindow.h"
#include "importfilepage.h"
#include "importspage.h"
#include "importwizard.h"
#include "languagemanager.h"
#include "mainmenus.h"
#include "messagebox.h"
#include "nomineespage.h"
#include "packageactions.h"
#include "rankingspage.h"
#include "recentfiles.h"
#include "registryimportdialog.h"
#include "reportactions.h"
#include "services/contestdocument.h"
#include "storage/database.h"
#include "surveypage.h"
#include "taskprogress.h"
#include "welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

namespace akim {
namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The demo the welcome page offers: every okrug, full ballots, a summer's worth of answers.
demo::DemoOptions demoOptions()
{
    demo::DemoOptions options;
    options.scores = true;
    options.surveyResponses = 100000;
    return options;
}

} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ContestDocument(this))
    , m_languages(languages ? languages : new LanguageManager(this))
    , m_stack(new QStackedWidget)
    , m_welcomePage(new WelcomePage)
    , m_tabs(new QTabWidget)
    , m_nomineesPage(new NomineesPage(m_document))
    , m_criteriaPage(new CriteriaPage(m_document))
    , m_commissionsPage(new CommissionsPage(m_document))
    , m_surveyPage(new SurveyPage(m_document))
    , m_rankingsPage(new RankingsPage(m_document))
    , m_importsPage(new ImportsPage(m_document))
    , m_countsLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_tabs->setObjectName(QStringLiteral("contestTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_nomineesPage, QString());
    m_tabs->addTab(m_criteriaPage, QString());
    m_tabs->addTab(m_commissionsPage, QString());
    m_tabs->addTab(m_surveyPage, QString());
    m_tabs->addTab(m_rankingsPage, QString());
    m_tabs->addTab(m_importsPage, QString());
    m_tabs->addTab(new AuditPage(m_document), QString());
    auto *ballotPage = new BallotPage(m_document);
    m_tabs->addTab(ballotPage, QString());
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    m_countsLabel->setObjectName(QStringLiteral("statusCountsLabel"));
    statusBar()->addPermanentWidget(m_countsLabel);

    m_menus = std::make_unique<MainMenus>(this);
    connectActions();

    connect(m_document, &ContestDocument::opened, this, &MainWindow::onDocumentOpened);
    connect(m_document, &ContestDocument::closed, this, &MainWindow::onDocumentClosed);
    // After onDocumentOpened: the sign-in dialog then shows over the contest's tabs.
    m_accountActions = new AccountActions(this, m_document, m_menus.get());
    statusBar()->addPermanentWidget(m_accountActions->statusLabel());
    m_packageActions = new PackageActions(this, m_document, m_menus.get(), m_tabs, ballotPage);
    connect(m_packageActions, &PackageActions::openRequested, this, &MainWindow::openFile);
    connect(m_welcomePage, &WelcomePage::openPackageRequested, m_packageActions->openAction(),
            &QAction::trigger);
    m_reportActions = new ReportActions(this, m_document, m_menus.get());
    connect(m_rankingsPage, &RankingsPage::scoreCardRequested, this,
            [this](StageKind stage, qint64 nomineeId) {
                report::ReportRequest request;
                request.kind = report::ReportKind::ScoreCard;
                request.stage = stage;
                request.nomineeId = nomineeId;
                m_reportActions->openReports(request);
            });
    connect(m_document, &ContestDocument::signedInChanged, this, &MainWindow::updateActions);
    connect(m_document, &ContestDocument::nomineesChanged, this, &MainWindow::updateCounts);
    connect(m_document, &ContestDocument::criteriaChanged, this, &MainWindow::updateCounts);
    connect(m_document, &ContestDocument::membersChanged, this, &MainWindow::updateCounts);
    connect(m_document, &ContestDocument::editFailed, this, [this](const QString &message) {
        MessageBox::warning(this, tr("Akim Contest"), message);
    });
    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoTexts);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoTexts);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::onLanguageChanged);

    connect(m_welcomePage, &WelcomePage::newContestRequested, this, &MainWindow::newContest);
    connect(m_welcomePage, &WelcomePage::openContestRequested, this, &MainWindow::openContest);
    connect(m_welcomePage, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcomePage, &WelcomePage::recentFileRequested, this, &MainWindow::openRecent);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    for (ContestPage *page :
         {static_cast<ContestPage *>(m_nomineesPage), static_cast<ContestPage *>(m_criteriaPage),
          static_cast<ContestPage *>(m_commissionsPage), static_cast<ContestPage *>(m_surveyPage),
          static_cast<ContestPage *>(m_rankingsPage), static_cast<ContestPage *>(m_importsPage)})
        connect(page, &ContestPage::selectionStateChanged, this, &MainWindow::updateActions);
    connect(m_surveyPage, &SurveyPage::importRequested, this,
            [this](survey::SurveyKind kind) { importSurvey(kind); });
    connect(m_importsPage, &ImportsPage::importRequested, this,
            [this] { importSurvey(survey::SurveyKind::Population); });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableSize() * 0.95));
    restoreState(settings.value(kStateKey).toByteArray());

    updateRecentFiles();
    onDocumentClosed();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The pages' models watch the document; close it while they still exist.
    m_document->close();
}

void MainWindow::connectActions()
{
    MainMenus &m = *m_menus;
    connect(m.newAction, &QAction::triggered, this, &MainWindow::newContest);
    connect(m.openAction, &QAction::triggered, this, &MainWindow::openContest);
    connect(m.saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m.closeAction, &QAction::triggered, this, &MainWindow::closeContest);
    connect(m.importRegistryAction, &QAction::triggered, this, [this] { importRegistry(); });
    connect(m.importSurveyAction, &QAction::triggered, this,
            [this] { importSurvey(survey::SurveyKind::Population); });
    connect(m.importEthicsAction, &QAction::triggered, this,
            [this] { importSurvey(survey::SurveyKind::Ethics); });
    connect(m.quitAction, &QAction::triggered, this, &QWidget::close);
    // Own undo/redo actions rather than QUndoStack::createUndoAction(): that one fixes its
    // "Undo" prefix at creation, so it would not follow a language switch.
    connect(m.undoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(m.redoAction, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(m.addNomineeAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_nomineesPage);
        m_nomineesPage->addItem();
    });
    connect(m.editAction, &QAction::triggered, this, [this] {
        if (ContestPage *page = currentPage())
            page->editSelected();
    });
    connect(m.deleteAction, &QAction::triggered, this, [this] {
        if (ContestPage *page = currentPage())
            page->deleteSelected();
    });
    connect(m.languageGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString language = action->data().toString();
        if (m_languages->setLanguage(language))
            LanguageManager::storeLanguage(language);
    });
    connect(m.guideAction, &QAction::triggered, this, [this] { GuideWindow::showFor(this); });
    connect(m.aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::retranslateUi()
{
    m_menus->retranslate();
    m_accountActions->retranslate();
    m_packageActions->retranslate();
    m_tabs->setTabText(m_tabs->indexOf(m_nomineesPage), tr("Nominees"));
    m_tabs->setTabText(m_tabs->indexOf(m_criteriaPage), tr("Criteria"));
    m_tabs->setTabText(m_tabs->indexOf(m_commissionsPage), tr("Commissions"));
    m_tabs->setTabText(m_tabs->indexOf(m_surveyPage), tr("Survey"));
    m_tabs->setTabText(m_tabs->indexOf(m_rankingsPage), tr("Rankings"));
    m_tabs->setTabText(m_tabs->indexOf(m_importsPage), tr("Imports"));
    m_tabs->setTabText(m_tabs->indexOf(m_tabs->findChild<AuditPage *>()), tr("Audit"));
    m_tabs->setTabText(m_tabs->indexOf(m_tabs->findChild<BallotPage *>()), tr("Ballot"));
    m_menus->setCheckedLanguage(m_languages->language());
    updateUndoTexts();
    updateRecentFiles();
    updateCounts();
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::onLanguageChanged()
{
    m_menus->setCheckedLanguage(m_languages->language());
}

void MainWindow::setDemoPath(const QString &path)
{
    m_demoPath = path;
    m_accountActions->setDemoPath(path);
    m_welcomePage->setDemoAvailable(!path.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString path = m_document->isOpen() ? m_document->path() : QString();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("Akim Contest")
                                  : tr("%1 — Akim Contest").arg(QFileInfo(path).fileName()));
}

void MainWindow::updateUndoTexts()
{
    QUndoStack *stack = m_document->undoStack();
    m_menus->undoAction->setEnabled(stack->canUndo());
    m_menus->undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                  : tr("&Undo"));
    m_menus->redoAction->setEnabled(stack->canRedo());
    m_menus->redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                  : tr("&Redo"));
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    const bool writable = open && !m_document->isReadOnly();
    m_menus->saveCopyAction->setEnabled(open);
    m_menus->closeAction->setEnabled(open);
    const bool setUp = writable && m_document->permit(Permission::EditSetup).isEmpty();
    const bool imports = writable && m_document->permit(Permission::ImportData).isEmpty();
    m_menus->addNomineeAction->setEnabled(setUp);
    m_menus->importRegistryAction->setEnabled(imports);
    m_menus->importSurveyAction->setEnabled(imports);
    m_menus->importEthicsAction->setEnabled(imports);
    ContestPage *page = currentPage();
    m_menus->editAction->setEnabled(writable && page && page->canEdit());
    m_menus->deleteAction->setEnabled(writable && page && page->canDelete());
}

void MainWindow::updateCounts()
{
    if (!m_document->isOpen()) {
        m_countsLabel->clear();
        return;
    }
    const int nominees = int(m_document->nominees().count());
    const int criteria = int(m_document->criteria().count());
    const int members = int(m_document->commissions().memberCount());
    m_countsLabel->setText(tr("%n nominee(s)", nullptr, nominees) + QStringLiteral(" · ") +
                           tr("%n criterion(s)", nullptr, criteria) + QStringLiteral(" · ") +
                           tr("%n commission member(s)", nullptr, members));
}

ContestPage *MainWindow::currentPage() const
{
    if (!m_document->isOpen())
        return nullptr;
    return qobject_cast<ContestPage *>(m_tabs->currentWidget());
}

void MainWindow::onDocumentOpened()
{
    m_stack->setCurrentWidget(m_tabs);
    RecentFiles::add(m_document->path());
    updateRecentFiles();
    updateTitle();
    updateCounts();
    updateActions();
    updateUndoTexts();
}

void MainWindow::onDocumentClosed()
{
    m_stack->setCurrentWidget(m_welcomePage);
    updateTitle();
    updateCounts();
    updateActions();
    updateUndoTexts();
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = RecentFiles::files();
    m_welcomePage->setRecentFiles(files);
    m_menus->recentMenu->clear();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        // &1 … &8: the keyboard picks a recent file by its number.
        QAction *action = m_menus->recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(file).fileName()));
        action->setToolTip(nativePath(file));
        action->setStatusTip(nativePath(file));
        connect(action, &QAction::triggered, this, [this, file] { openRecent(file); });
    }
    if (!files.isEmpty()) {
        m_menus->recentMenu->addSeparator();
        QAction *clear = m_menus->recentMenu->addAction(tr("Clear the List"));
        clear->setObjectName(QStringLiteral("clearRecentAction"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentFiles::clear();
            updateRecentFiles();
        });
    }
    m_menus->recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        RecentFiles::remove(path);
        updateRecentFiles();
        MessageBox::warning(this, tr("Open Recent"),
                            tr("%1 no longer exists; it has been removed from the recent "
                               "contests.")
                                .arg(nativePath(path)));
        return;
    }
    openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    if (!ContestFiles::open(this, m_document, path))
        return false;
    statusBar()->showMessage(tr("Opened %1").arg(nativePath(path)), 5000);
    return true;
}

bool MainWindow::createContest(const QString &path, const QString &templateName)
{
    if (ContestFiles::create(this, m_document, path, templateName))
        return true;
    // A failed create() has closed whatever was open: show the welcome page again.
    onDocumentClosed();
    return false;
}

void MainWindow::closeContest()
{
    m_document->close();
}

void MainWindow::newContest()
{
    const QString templateName = ContestFiles::chooseTemplate(this, m_languages->language());
    if (templateName.isEmpty())
        return;
    const QString path =
        FileDialogs::saveContest(this, tr("New Contest"), ContestFiles::suggestedNewName());
    if (!path.isEmpty() && createContest(path, templateName))
        m_accountActions->protectNewContest();
}

void MainWindow::openContest()
{
    const QString path = FileDialogs::openContest(this);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openDemo()
{
    if (m_demoPath.isEmpty())
        return;
    if (!QFileInfo::exists(m_demoPath)) {
        // Made on first use, as `akimcontest demo --scores --survey` would, on a worker thread:
        // the ballots and the two questionnaire imports take a few seconds.
        QDir().mkpath(QFileInfo(m_demoPath).absolutePath());
        const QString path = m_demoPath;
        const QString userName = m_document->userName();
        bool cancelled = false;
        const QString error = TaskProgress::run(
            this, tr("Creating the demo contest"),
            [path, userName](const BackgroundTask::Progress &progress) {
                ContestDocument demoDocument;
                demoDocument.setUserName(userName);
                if (!demoDocument.create(path))
                    return demoDocument.errorString();
                const QString failure =
                    demo::DemoGenerator::generate(demoDocument, demoOptions(), progress);
                demoDocument.close();
                return failure;
            },
            &cancelled);
        if (!error.isEmpty()) {
            Database::removeFiles(m_demoPath);
            if (!cancelled)
                MessageBox::critical(this, tr("Demo contest"),
                                     tr("The demo contest could not be created: %1").arg(error));
            return;
        }
    }
    openFile(m_demoPath);
}

void MainWindow::saveCopy()
{
    const QString path = ContestFiles::saveCopy(this, m_document);
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Saved a copy to %1").arg(nativePath(path)), 8000);
}

void MainWindow::about()
{
    MessageBox::information(
        this, tr("About Akim Contest"),
        tr("Akim Contest %1\n\nNominees, commissions, scores, rankings and protocols for the "
           "republican contest «Best Rural Akim» («Үздік ауыл әкімі»).\n\nThe default "
           "methodology is a recommendation that each contest can change.")
            .arg(QStringLiteral(AKIM_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}

QString MainWindow::droppedContest(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).suffix().compare(FileDialogs::contestSuffix(),
                                                                Qt::CaseInsensitive) == 0)
            return path;
    }
    return {};
}

QString MainWindow::droppedSpreadsheet(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && ImportFilePage::isSpreadsheet(path) && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const bool writable = m_document->isOpen() && !m_document->isReadOnly();
    if (!droppedContest(event->mimeData()).isEmpty() ||
        (writable && !droppedSpreadsheet(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedContest(event->mimeData());
    const QString sheet = droppedSpreadsheet(event->mimeData());
    if (path.isEmpty() && (sheet.isEmpty() || !m_document->isOpen()))
        return;
    event->acceptProposedAction();
    // Open after the drag has finished: a message box inside a drop handler would run a modal
    // loop in the middle of the drag and drop protocol.
    if (!path.isEmpty())
        QTimer::singleShot(0, this, [this, path] { openFile(path); });
    else
        QTimer::singleShot(0, this,
                           [this, sheet] { importSurvey(survey::SurveyKind::Population, sheet); });
}

void MainWindow::importSurvey(survey::SurveyKind kind, const QString &path)
{
    if (!m_document->isOpen() || m_document->isReadOnly())
        return;
    ImportWizard wizard(m_document, kind, this);
    // A dropped file is pre-filled; the first page still asks what it holds.
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() != QDialog::Accepted || !wizard.imported())
        return;
    const survey::ImportSummary &result = wizard.result();
    m_tabs->setCurrentWidget(m_surveyPage);
    statusBar()->showMessage(tr("Imported %1 responses from %2 (%3 rejected, %4 duplicates).")
                                 .arg(QLocale().toString(result.imported), result.fileName,
                                      QLocale().toString(result.rejected),
                                      QLocale().toString(result.duplicates)),
                             15000);
}

void MainWindow::importRegistry(const QString &path)
{
    if (!m_document->isOpen() || m_document->isReadOnly())
        return;
    RegistryImportDialog dialog(m_document, this);
    if (!path.isEmpty())
        dialog.setFilePath(path);
    dialog.exec();
    if (dialog.result().error.isEmpty() && dialog.result().added > 0) {
        m_tabs->setCurrentWidget(m_nomineesPage);
        statusBar()->showMessage(
            tr("%n nominee(s) added from the registry.", nullptr, dialog.result().added), 15000);
    }
}

} // namespace akim
