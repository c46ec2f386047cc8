#include "commissionspage.h"
#include "criteriapage.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "itemmodels/nomineefilterproxymodel.h"
#include "itemmodels/nomineetablemodel.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "nomineedialog.h"
#include "nomineespage.h"
#include "recentfiles.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

using namespace akim;
using namespace akim::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsOnWelcomePage();
    void opensContestThroughFileDialog();
    void filterNarrowsToRegion();
    void deleteAsksAndUndoRestores();
    void addNomineeThroughDialog();
    void addMemberDeclaresConflict();
    void editCriterionThroughDialog();
    void openingNonSqliteFileShowsError();
    void failedOpenKeepsCurrentContest();
    void missingRecentFileIsRemoved();
    void newContestFromTemplate();
    void saveCopyWritesFile();
    void demoButtonCreatesThenOpensTheDemo();
    void demoCreationCanBeCancelled();
    void droppedContestOpens();
    void languageSwitchRetranslates();

private:
    // Kyzylorda: 3 nominees, Almaty: 2. The file is closed, ready for the window to open.
    static std::unique_ptr<TemporaryContest> makeContest();
    static bool openThroughDialog(MainWindow &window, const QString &path);
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    // The status bar's counts; the plural endings come from the catalogue, so only the numbers
    // and the stems are compared.
    static bool countsMatch(MainWindow &window, int nominees, int criteria, int members)
    {
        const QString text =
            window.findChild<QLabel *>(QStringLiteral("statusCountsLabel"))->text();
        const QRegularExpression pattern(QStringLiteral("^%1 nominee.* · %2 criteri.* · %3 "
                                                        "commission member")
                                             .arg(nominees)
                                             .arg(criteria)
                                             .arg(members));
        if (!pattern.match(text).hasMatch()) {
            qWarning("counts: %s", qUtf8Printable(text));
            return false;
        }
        return true;
    }
    static QWidget *currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("mainStack"))->currentWidget();
    }
};

void TestMainWindow::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
}

void TestMainWindow::init()
{
    MessageBox::clearAnswers();
    MessageBox::resetLog();
    FileDialogs::clearPendingPaths();
    RecentFiles::clear();
}

void TestMainWindow::cleanup()
{
    // Every preset answer must have been used: a left-over one means a dialog never came.
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(FileDialogs::pendingPaths(), 0);
}

std::unique_ptr<TemporaryContest> TestMainWindow::makeContest()
{
    auto contest = std::make_unique<TemporaryContest>();
    if (!contest->isValid())
        return contest;
    const QString kyzylorda = QStringLiteral("Қызылорда");
    const QString almaty = QStringLiteral("Алматы облысы");
    contest->addNominee(kyzylorda, QStringLiteral("Аральский район"),
                        QStringLiteral("Аманоткельский сельский округ"),
                        QStringLiteral("Ибраев Нурлан Серикович"));
    contest->addNominee(kyzylorda, QStringLiteral("Аральский район"),
                        QStringLiteral("Бекбаулский сельский округ"),
                        QStringLiteral("Жақсылықов Ерлан Маратұлы"));
    contest->addNominee(kyzylorda, QStringLiteral("Жалагашский район"),
                        QStringLiteral("Мадениетский сельский округ"),
                        QStringLiteral("Сейтқали Айгүл Бекенқызы"));
    contest->addNominee(almaty, QStringLiteral("Енбекшиказахский район"),
                        QStringLiteral("Бартогайский сельский округ"),
                        QStringLiteral("Омаров Данияр Асқарұлы"));
    contest->addNominee(almaty, QStringLiteral("Талгарский район"),
                        QStringLiteral("Гулдалинский сельский округ"),
                        QStringLiteral("Смагулова Жанар Болатовна"));
    contest->close();
    return contest;
}

bool TestMainWindow::openThroughDialog(MainWindow &window, const QString &path)
{
    FileDialogs::setNextPath(path);
    action(window, "openAction")->trigger();
    return window.document()->isOpen() && window.document()->path() == path;
}

void TestMainWindow::startsOnWelcomePage()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.objectName(), QStringLiteral("mainWindow"));
    QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Akim Contest"));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("newContestButton")));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openContestButton")));
    QVERIFY(!action(window, "closeAction")->isEnabled());
    QVERIFY(!action(window, "undoAction")->isEnabled());
}

void TestMainWindow::opensContestThroughFileDialog()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    QCOMPARE(FileDialogs::lastCaption(), QStringLiteral("Open Contest"));

    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("contestTabs"));
    QCOMPARE(currentPage(window), tabs);
    QCOMPARE(tabs->count(), 8);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Nominees"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Criteria"));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Commissions"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Survey"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Rankings"));
    QCOMPARE(tabs->tabText(5), QStringLiteral("Imports"));
    QCOMPARE(tabs->tabText(6), QStringLiteral("Audit"));
    QCOMPARE(tabs->tabText(7), QStringLiteral("Ballot"));
    QCOMPARE(tabs->widget(0), window.nomineesPage());
    QCOMPARE(window.windowTitle(), QStringLiteral("contest.akc — Akim Contest"));
    QCOMPARE(window.nomineesPage()->table()->model()->rowCount(), 5);
    QVERIFY(countsMatch(window, 5, 15, 0));
    QCOMPARE(RecentFiles::files().value(0), QFileInfo(contest->path()).canonicalFilePath());
    QVERIFY(window.findChild<QMenu *>(QStringLiteral("recentMenu"))->isEnabled());
    QVERIFY(action(window, "closeAction")->isEnabled());

    action(window, "closeAction")->trigger();
    QVERIFY(!window.document()->isOpen());
    QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
}

void TestMainWindow::filterNarrowsToRegion()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    QTableView *table = window.nomineesPage()->table();
    QCOMPARE(table->model()->rowCount(), 5);

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("nomineeFilterEdit"));
    QVERIFY(filter);
    QVERIFY(filter->isClearButtonEnabled());
    filter->setFocus();
    // Lower case, without the Kazakh letter: still finds «Қызылорда облысы».
    typeText(filter, QStringLiteral("кызылорда"));
    QCOMPARE(filter->text(), QStringLiteral("кызылорда"));
    QCOMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QString region =
            table->model()->index(row, NomineeTableModel::RegionColumn).data().toString();
        QVERIFY2(region.startsWith(QStringLiteral("Кызылорд")), qPrintable(region));
    }
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("nomineeCountLabel"))->text(),
             QStringLiteral("3 of 5 shown"));

    typeText(filter, QStringLiteral(" арал"));
    QCOMPARE(table->model()->rowCount(), 2);
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 5);
}

void TestMainWindow::deleteAsksAndUndoRestores()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    NomineesPage *page = window.nomineesPage();
    QTableView *table = page->table();
    auto *deleteButton = window.findChild<QPushButton *>(QStringLiteral("deleteNomineeButton"));
    QVERIFY(!deleteButton->isEnabled());

    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, NomineeTableModel::FullNameColumn).data().toString() ==
            QStringLiteral("Омаров Данияр Асқарұлы"))
            row = r;
    }
    QVERIFY(row >= 0);
    table->selectRow(row);
    QVERIFY(deleteButton->isEnabled());
    QVERIFY(action(window, "deleteAction")->isEnabled());

    // "No" keeps the nominee.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Question);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Омаров Данияр Асқарұлы")),
             qPrintable(MessageBox::lastText()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
    QCOMPARE(window.document()->nominees().count(), 4);
    QVERIFY(countsMatch(window, 4, 15, 0));

    QAction *undo = action(window, "undoAction");
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Delete nominee Омаров Данияр Асқарұлы"));
    undo->trigger();
    QCOMPARE(table->model()->rowCount(), 5);
    QCOMPARE(window.document()->nominees().count(), 5);
    QAction *redo = action(window, "redoAction");
    QVERIFY(redo->isEnabled());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Delete nominee Омаров Данияр Асқарұлы"));
}

void TestMainWindow::addNomineeThroughDialog()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    const qint64 abai = TemporaryContest::regionId(*window.document(), QStringLiteral("Абай"));
    QVERIFY(abai);

    QString dialogName;
    const auto answered = answerNextModal([&](QWidget *modal) {
        dialogName = modal->objectName();
        auto *region = modal->findChild<QComboBox *>(QStringLiteral("nomineeRegionCombo"));
        region->setCurrentIndex(region->findData(abai));
        typeText(modal->findChild<QComboBox *>(QStringLiteral("nomineeDistrictCombo"))->lineEdit(),
                 QStringLiteral("Аягозский район"));
        typeText(modal->findChild<QComboBox *>(QStringLiteral("nomineeOkrugCombo"))->lineEdit(),
                 QStringLiteral("Акшийский сельский округ"));
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("nomineeFullNameEdit")),
                 QStringLiteral("Нұрланұлы Әсет"));
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (modal->isVisible()) // refused: do not leave the test hanging in exec()
            static_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addNomineeButton")),
                      Qt::LeftButton);
    QVERIFY(*answered);
    QCOMPARE(dialogName, QStringLiteral("nomineeDialog"));
    QCOMPARE(window.document()->nominees().count(), 6);
    // The new nominee is selected in the table.
    const QModelIndexList selected = window.nomineesPage()->table()->selectionModel()->selectedRows(
        NomineeTableModel::FullNameColumn);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("Нұрланұлы Әсет"));
}

void TestMainWindow::addMemberDeclaresConflict()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    ContestDocument *doc = window.document();
    const qint64 kyzylorda = TemporaryContest::regionId(*doc, QStringLiteral("Қызылорда"));
    Commission commission;
    for (const Commission &c : doc->commissions().commissions()) {
        if (c.regionId == kyzylorda)
            commission = c;
    }
    QVERIFY(commission.id);
    window.findChild<QTabWidget *>(QStringLiteral("contestTabs"))
        ->setCurrentWidget(window.commissionsPage());
    window.commissionsPage()->selectCommission(commission.id);

    int listed = -1;
    const auto answered = answerNextModal([&](QWidget *modal) {
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("memberFullNameEdit")),
                 QStringLiteral("Әбенова Сәуле Қайратқызы"));
        auto *role = modal->findChild<QComboBox *>(QStringLiteral("memberRoleCombo"));
        role->setCurrentIndex(role->findData(int(MemberRole::Secretary)));
        auto *list = modal->findChild<QListWidget *>(QStringLiteral("memberConflictList"));
        listed = list->count();
        // The search narrows the list; ticking makes the nominee current for the reason.
        modal->findChild<QLineEdit *>(QStringLiteral("memberConflictFilterEdit"))
            ->setText(QStringLiteral("сейткали"));
        QListWidgetItem *target = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            if (!list->item(i)->isHidden())
                target = target ? nullptr : list->item(i);
        }
        if (target)
            target->setCheckState(Qt::Checked);
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("memberConflictReasonEdit")),
                 QStringLiteral("апасы"));
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (modal->isVisible())
            static_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("addMemberButton")),
                      Qt::LeftButton);
    QVERIFY(*answered);
    QCOMPARE(listed, 3); // the three nominees of the region, not the two of Almaty
    const QVector<Member> members = doc->commissions().members(commission.id);
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().fullName, QStringLiteral("Әбенова Сәуле Қайратқызы"));
    QCOMPARE(members.first().role, MemberRole::Secretary);
    const QVector<MemberConflict> conflicts = doc->commissions().conflicts(members.first().id);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(doc->nominees().nominee(conflicts.first().nomineeId).fullName,
             QStringLiteral("Сейтқали Айгүл Бекенқызы"));
    QCOMPARE(conflicts.first().reason, QStringLiteral("апасы"));
    QVERIFY(countsMatch(window, 5, 15, 1));
    QCOMPARE(window.findChild<QTableView *>(QStringLiteral("memberTableView"))->model()->rowCount(),
             1);
}

void TestMainWindow::editCriterionThroughDialog()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    window.findChild<QTabWidget *>(QStringLiteral("contestTabs"))
        ->setCurrentWidget(window.criteriaPage());
    QTableView *table = window.criteriaPage()->table();
    table->selectRow(0);
    QVERIFY(action(window, "editAction")->isEnabled());
    const QString code = table->model()->index(0, 0).data().toString();

    const auto answered = answerNextModal([&](QWidget *modal) {
        modal->findChild<QDoubleSpinBox *>(QStringLiteral("criterionWeightSpin"))->setValue(2.5);
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (modal->isVisible())
            static_cast<QDialog *>(modal)->reject();
    });
    action(window, "editAction")->trigger();
    QVERIFY(*answered);
    const qint64 id = window.document()->criteria().idOfCode(code);
    QCOMPARE(window.document()->criteria().criterion(id).weight, 2.5);
    QCOMPARE(action(window, "undoAction")->text(),
             QStringLiteral("&Undo Edit criterion %1").arg(code));
    action(window, "undoAction")->trigger();
    QCOMPARE(window.document()->criteria().criterion(id).weight, 1.0);
}

void TestMainWindow::openingNonSqliteFileShowsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.akc"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Protocol of the meeting, typed in a text editor.\n");
    file.close();
    QString expected;
    {
        ContestDocument probe;
        QVERIFY(!probe.open(path));
        expected = probe.errorString();
    }
    QVERIFY(!expected.isEmpty());

    MainWindow window;
    window.show();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openThroughDialog(window, path));
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY2(MessageBox::lastText().contains(expected), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("notes.akc")));
    QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Akim Contest"));
    QVERIFY(RecentFiles::files().isEmpty());

    // A file that does not exist says so too.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openThroughDialog(window, dir.filePath(QStringLiteral("missing.akc"))));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
}

void TestMainWindow::failedOpenKeepsCurrentContest()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    const QString bad = contest->filePath(QStringLiteral("bad.akc"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!openThroughDialog(window, bad));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY(window.document()->isOpen());
    QCOMPARE(window.document()->path(), contest->path());
    QCOMPARE(window.nomineesPage()->table()->model()->rowCount(), 5);
}

void TestMainWindow::missingRecentFileIsRemoved()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("gone.akc"));
    RecentFiles::add(missing);
    MainWindow window;
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu->isEnabled());
    QAction *entry = menu->actions().value(0);
    QVERIFY(entry);
    QVERIFY(entry->text().contains(QStringLiteral("gone.akc")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    entry->trigger();
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("gone.akc")));
    QVERIFY(RecentFiles::files().isEmpty());
    QVERIFY(!menu->isEnabled());
    QVERIFY(!window.document()->isOpen());
}

void TestMainWindow::newContestFromTemplate()
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    FileDialogs::setNextPath(dir.filePath(QStringLiteral("stage-one")));
    // A new contest asks for its secretary's account first; a mismatched repeat is refused in
    // the dialog, which stays open.
    QString refusal;
    const auto answered = answerNextModal([&](QWidget *modal) {
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountLogin")),
                 QStringLiteral("aigerim"));
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountFullName")),
                 QStringLiteral("Сәрсенова Әйгерім"));
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountPassword")),
                 QStringLiteral("kyzylorda"));
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountPasswordRepeat")),
                 QStringLiteral("kyzylord"));
        auto *ok = modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        refusal = modal->findChild<QLabel *>(QStringLiteral("accountError"))->text();
        typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountPasswordRepeat")),
                 QStringLiteral("a"));
        QTest::mouseClick(ok, Qt::LeftButton);
        if (modal->isVisible())
            static_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("newContestButton")),
                      Qt::LeftButton);
    QVERIFY(*answered);
    QCOMPARE(refusal, QStringLiteral("The two passwords differ."));
    const QString path = dir.filePath(QStringLiteral("stage-one.akc"));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(window.document()->isOpen());
    QVERIFY(window.document()->hasAccounts());
    QCOMPARE(window.document()->account()->login, QStringLiteral("aigerim"));
    QCOMPARE(window.document()->account()->role, AccountRole::Secretary);
    QCOMPARE(window.document()->path(), path);
    QCOMPARE(window.document()->criteria().count(), 15);
    QCOMPARE(window.criteriaPage()->table()->model()->rowCount(), 15);
    // What the welcome page says the template holds: the regions and their commissions.
    QCOMPARE(window.document()->geography().regionCount(), 17);
    QCOMPARE(int(window.document()->commissions().commissions().size()), 18);
    // An empty contest explains itself instead of showing an empty table.
    auto *hint = EmptyState::of(window.findChild<QTableView *>(QStringLiteral("nomineeTableView")));
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().startsWith(QStringLiteral("No nominees yet.")));

    // An existing file is never overwritten.
    window.closeContest();
    FileDialogs::setNextPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, "newAction")->trigger();
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Critical);
    QVERIFY(!window.document()->isOpen());
}

void TestMainWindow::saveCopyWritesFile()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    const QString copy = contest->filePath(QStringLiteral("copy.akc"));
    FileDialogs::setNextPath(copy);
    action(window, "saveCopyAction")->trigger();
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(MessageBox::shownCount(), 0);
    ContestDocument reader;
    QVERIFY2(reader.open(copy, Database::Mode::ReadOnly), qPrintable(reader.errorString()));
    QCOMPARE(reader.nominees().count(), 5);
    // The window still works on the original.
    QCOMPARE(window.document()->path(), contest->path());
}

void TestMainWindow::demoButtonCreatesThenOpensTheDemo()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    auto *demo = window.findChild<QPushButton *>(QStringLiteral("openDemoButton"));
    QVERIFY(demo->isHidden()); // no demo path: nothing to offer
    const QString demoPath = contest->filePath(QStringLiteral("data/demo.akc"));
    window.setDemoPath(demoPath);
    QVERIFY(!demo->isHidden());
    // The demo is protected like a real contest: the secretary signs in with the demo password.
    SignInDialog::setNextAnswer(QStringLiteral("secretary"), QStringLiteral("wrong"));
    QTest::mouseClick(demo, Qt::LeftButton);
    QVERIFY2(window.document()->isOpen(), qPrintable(MessageBox::lastText()));
    QVERIFY(!window.document()->account());
    auto *signedIn = window.findChild<QLabel *>(QStringLiteral("signedInLabel"));
    QCOMPARE(signedIn->text(), QStringLiteral("Not signed in: viewing only"));
    QVERIFY(!action(window, "addNomineeAction")->isEnabled());
    QVERIFY(!action(window, "importSurveyAction")->isEnabled());
    SignInDialog::setNextAnswer(QStringLiteral("secretary"), QStringLiteral("demo"));
    action(window, "signInAction")->trigger();
    QCOMPARE(window.document()->account()->login, QStringLiteral("secretary"));
    QCOMPARE(signedIn->text(), QStringLiteral("Signed in: secretary (Secretary)"));
    QVERIFY(action(window, "addNomineeAction")->isEnabled());
    QVERIFY(action(window, "accountsAction")->isEnabled());
    action(window, "signOutAction")->trigger();
    QVERIFY(!window.document()->account());
    QVERIFY(!action(window, "addNomineeAction")->isEnabled());
    QCOMPARE(window.document()->path(), QFileInfo(demoPath).absoluteFilePath());
    QCOMPARE(window.document()->nominees().count(), 2287);
    QCOMPARE(window.document()->geography().regionCount(), 17);
    // Ballots and both questionnaires, so that the demo ranks end to end.
    const ContestCounts counts = window.document()->contest().counts();
    QVERIFY(counts.scores > 50000);
    QCOMPARE(counts.surveyResponses, 100000);
    QVERIFY(counts.ethicsResponses > 2000 * 8);
}

void TestMainWindow::demoCreationCanBeCancelled()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    const QString demoPath = contest->filePath(QStringLiteral("data/demo.akc"));
    window.setDemoPath(demoPath);
    MessageBox::resetLog();
    bool pressed = false;
    QTimer::singleShot(300, &window, [&window, &pressed] {
        auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("taskProgressDialog"));
        // What the user does: press the dialog's Cancel button (QProgressDialog::cancel()
        // would only reset the dialog, without telling anyone).
        auto *button = progress ? progress->findChild<QPushButton *>() : nullptr;
        if (button) {
            button->click();
            pressed = true;
        }
    });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("openDemoButton")),
                      Qt::LeftButton);
    QVERIFY(pressed);
    QVERIFY2(!window.document()->isOpen(), qPrintable(window.document()->path()));
    QVERIFY2(!QFile::exists(demoPath), "a cancelled demo leaves no file behind");
    QVERIFY(!QFile::exists(demoPath + QStringLiteral("-wal")));
    // The user asked for it: no error box.
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestMainWindow::droppedContestOpens()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(contest->path())});
    const QPointF at(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isOpen(), 30000);
    QCOMPARE(window.document()->path(), contest->path());

    // Anything but a contest file is refused at the door.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(contest->filePath(QStringLiteral("list.xlsx")))});
    QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::languageSwitchRetranslates()
{
    const auto contest = makeContest();
    QVERIFY2(contest->isValid(), qPrintable(contest->errorString()));
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    MainWindow window(&languages);
    window.show();
    QVERIFY(openThroughDialog(window, contest->path()));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("contestTabs"));
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    const auto texts = [&] {
        return QStringList{tabs->tabText(0), tabs->tabText(1), tabs->tabText(2), fileMenu->title(),
                           action(window, "openAction")->text()};
    };
    const QStringList english = texts();
    QCOMPARE(english.value(0), QStringLiteral("Nominees"));
    QVERIFY(action(window, "language_en_Action")->isChecked());

    // Find a Kyzylorda row: its region is shown in Russian in English and Russian, in Kazakh
    // in Kazakh.
    QTableView *table = window.nomineesPage()->table();
    table->sortByColumn(NomineeTableModel::FullNameColumn, Qt::AscendingOrder);
    const auto regionOf = [&](const QString &name) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, NomineeTableModel::FullNameColumn).data() == name)
                return table->model()->index(r, NomineeTableModel::RegionColumn).data().toString();
        }
        return QString();
    };
    const QString nurlan = QStringLiteral("Ибраев Нурлан Серикович");
    QCOMPARE(regionOf(nurlan), QStringLiteral("Кызылординская область"));

    action(window, "language_kk_Action")->trigger();
    QCOMPARE(languages.language(), QStringLiteral("kk"));
    QCOMPARE(QLocale().language(), QLocale::Kazakh);
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("kk"));
    QTRY_VERIFY(action(window, "language_kk_Action")->isChecked());
    QTRY_COMPARE(regionOf(nurlan), QStringLiteral("Қызылорда облысы"));
    QVERIFY(languages.appTranslator() && !languages.appTranslator()->isEmpty());
    // The LanguageChange events are posted; wait until the window has retranslated itself.
    QTRY_VERIFY(texts().first() != english.first());
    const QStringList kazakh = texts();
    for (int i = 0; i < english.size(); ++i)
        QVERIFY2(kazakh.at(i) != english.at(i), qPrintable(english.at(i)));

    action(window, "language_en_Action")->trigger();
    QCOMPARE(QLocale().language(), QLocale::English);
    QTRY_COMPARE(texts(), english);
    QTRY_COMPARE(regionOf(nurlan), QStringLiteral("Кызылординская область"));
    QVERIFY(action(window, "language_en_Action")->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
