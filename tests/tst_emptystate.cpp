// EmptyState over a view: shown while the view has no rows, hidden with rows, another sentence
// when a filter hides every row, and a button that takes the next step. Then the main window's
// tabs on an empty contest: each says what to do next, naming menus that exist.
#include "emptystate.h"
#include "filedialogs.h"
#include "mainwindow.h"
#include "nomineespage.h"
#include "registryimportdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace akim;
using namespace akim::test;

namespace {

// A shown view over `model` with an EmptyState, in a window of its own.
struct Fixture
{
    explicit Fixture(QAbstractItemModel *model)
    {
        view->setObjectName(QStringLiteral("testView"));
        view->setModel(model);
        empty = new EmptyState(view);
        window.setCentralWidget(view);
        window.resize(600, 400);
        window.show();
    }
    QMainWindow window;
    QTableView *view = new QTableView;
    EmptyState *empty = nullptr;
};

QString withoutAmpersands(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// The "Menu ▸ Item…" paths a sentence names that the menu bar does not have.
QStringList unknownMenuPaths(const QString &text, QMenuBar *bar)
{
    QStringList unknown;
    static const QRegularExpression path(QStringLiteral("(\\w+) ▸ ([^,.)]+…)"));
    for (auto it = path.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bool found = false;
        for (QAction *menu : bar->actions()) {
            if (withoutAmpersands(menu->text()) != m.captured(1) || !menu->menu())
                continue;
            for (QAction *item : menu->menu()->actions())
                found = found || withoutAmpersands(item->text()) == m.captured(2);
        }
        if (!found)
            unknown << m.captured(0);
    }
    return unknown;
}

} // namespace

class TestEmptyState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsWhileTheViewHasNoRows();
    void rowsHideIt();
    void sayWhenAFilterHidesEveryRow();
    void filterTestForViewsFilteredInTheirModel();
    void buttonAsksForTheNextStep();
    void buttonTriggersTheWindowsAction();
    void coversTheViewportAndTellsScreenReaders();
    void emptyContestTabsSayWhatToDoNext();
    void nomineeSearchThatMatchesNothing();
};

void TestEmptyState::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
}

void TestEmptyState::showsWhileTheViewHasNoRows()
{
    QStandardItemModel model(0, 2);
    Fixture f(&model);
    QCOMPARE(EmptyState::of(f.view), f.empty);
    // No sentence yet: nothing to show.
    QCOMPARE(f.empty->state(), EmptyState::State::Hidden);
    QVERIFY(!f.empty->isVisible());
    f.empty->setEmptyText(QStringLiteral("No rows yet. Add one."), QStringLiteral("&Add…"));
    QCOMPARE(f.empty->state(), EmptyState::State::Empty);
    QVERIFY(f.empty->isVisible());
    QCOMPARE(f.empty->text(), QStringLiteral("No rows yet. Add one."));
    QVERIFY(f.empty->button()->isVisible());
    QCOMPARE(f.empty->button()->text(), QStringLiteral("&Add…"));
    // Without a button text, no button.
    f.empty->setEmptyText(QStringLiteral("No rows yet."));
    QVERIFY(f.empty->isVisible());
    QVERIFY(!f.empty->button()->isVisible());
}

void TestEmptyState::rowsHideIt()
{
    QStandardItemModel model(0, 1);
    Fixture f(&model);
    f.empty->setEmptyText(QStringLiteral("Nothing here."));
    QVERIFY(f.empty->isVisible());
    model.appendRow(new QStandardItem(QStringLiteral("one")));
    QCOMPARE(f.empty->state(), EmptyState::State::Hidden);
    QVERIFY(!f.empty->isVisible());
    QVERIFY(f.empty->text().isEmpty());
    model.removeRow(0);
    QVERIFY(f.empty->isVisible());
    model.appendRow(new QStandardItem(QStringLiteral("two")));
    QVERIFY(!f.empty->isVisible());
    model.clear(); // a reset
    QVERIFY(f.empty->isVisible());
}

void TestEmptyState::sayWhenAFilterHidesEveryRow()
{
    QStandardItemModel source(0, 1);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    Fixture f(&proxy);
    f.empty->setSourceModel(&source);
    f.empty->setEmptyText(QStringLiteral("No nominees yet."), QStringLiteral("&Import…"));
    f.empty->setFilteredText(QStringLiteral("No nominee matches “zzz”."),
                             QStringLiteral("&Clear the Search"));
    QCOMPARE(f.empty->state(), EmptyState::State::Empty);
    for (const char *name : {"Абай", "Нурлан"})
        source.appendRow(new QStandardItem(QString::fromUtf8(name)));
    QCOMPARE(f.empty->state(), EmptyState::State::Hidden);
    proxy.setFilterFixedString(QStringLiteral("zzz"));
    QCOMPARE(f.empty->state(), EmptyState::State::Filtered);
    QVERIFY(f.empty->isVisible());
    QCOMPARE(f.empty->text(), QStringLiteral("No nominee matches “zzz”."));
    QCOMPARE(f.empty->button()->text(), QStringLiteral("&Clear the Search"));
    // The button clears the filter, not the empty state's step.
    QSignalSpy cleared(f.empty, &EmptyState::clearFilterRequested);
    QSignalSpy asked(f.empty, &EmptyState::actionRequested);
    connect(f.empty, &EmptyState::clearFilterRequested, &proxy,
            [&proxy] { proxy.setFilterFixedString(QString()); });
    QTest::mouseClick(f.empty->button(), Qt::LeftButton);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(asked.size(), 0);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(f.empty->state(), EmptyState::State::Hidden);
    // Setting a filter that hides nothing keeps it hidden; emptying the source says "empty".
    proxy.setFilterFixedString(QStringLiteral("Аб"));
    QCOMPARE(f.empty->state(), EmptyState::State::Hidden);
    source.clear();
    QCOMPARE(f.empty->state(), EmptyState::State::Empty);
    QCOMPARE(f.empty->text(), QStringLiteral("No nominees yet."));
}

void TestEmptyState::filterTestForViewsFilteredInTheirModel()
{
    QStandardItemModel model(0, 1);
    Fixture f(&model);
    bool chosen = false;
    f.empty->setFilterTest([&chosen] { return !chosen; });
    f.empty->setEmptyText(QStringLiteral("No members yet."));
    f.empty->setFilteredText(QStringLiteral("Choose a commission on the left."));
    QCOMPARE(f.empty->text(), QStringLiteral("Choose a commission on the left."));
    chosen = true;
    f.empty->refresh(); // the page says when its own state changes
    QCOMPARE(f.empty->text(), QStringLiteral("No members yet."));
}

void TestEmptyState::buttonAsksForTheNextStep()
{
    QStandardItemModel model(0, 1);
    Fixture f(&model);
    QSignalSpy asked(f.empty, &EmptyState::actionRequested);
    f.empty->setEmptyText(QStringLiteral("No criteria yet."), QStringLiteral("Add the &First…"));
    QTest::mouseClick(f.empty->button(), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    // The keyboard way: its mnemonic.
    QApplication::setActiveWindow(&f.window);
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    f.view->setFocus();
    QTest::keyClick(f.view, Qt::Key_F, Qt::AltModifier);
    QTRY_COMPARE(asked.size(), 2); // a mnemonic animates the click first
    // A user who may not take the step sees the button disabled.
    f.empty->setButtonEnabled(false);
    QVERIFY(!f.empty->button()->isEnabled());
    QTest::mouseClick(f.empty->button(), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
}

void TestEmptyState::buttonTriggersTheWindowsAction()
{
    QStandardItemModel model(0, 1);
    Fixture f(&model);
    f.empty->setEmptyText(QStringLiteral("No nominees yet."), QStringLiteral("Import Re&gistry…"));
    f.empty->setButtonAction(QStringLiteral("importRegistryAction"));
    // No such action in the window: no button that would do nothing.
    QVERIFY(!f.empty->button()->isVisible());

    auto *action = new QAction(QStringLiteral("Import &Registry…"), &f.window);
    action->setObjectName(QStringLiteral("importRegistryAction"));
    QSignalSpy triggered(action, &QAction::triggered);
    QSignalSpy asked(f.empty, &EmptyState::actionRequested);
    f.empty->refresh();
    QVERIFY(f.empty->button()->isVisible());
    QVERIFY(f.empty->button()->isEnabled());
    QTest::mouseClick(f.empty->button(), Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    QCOMPARE(asked.size(), 0);
    // Enabled as the action is (e.g. after signing out).
    action->setEnabled(false);
    QVERIFY(!f.empty->button()->isEnabled());
    action->setEnabled(true);
    QVERIFY(f.empty->button()->isEnabled());
}

void TestEmptyState::coversTheViewportAndTellsScreenReaders()
{
    QStandardItemModel model(0, 1);
    Fixture f(&model);
    f.view->setAccessibleDescription(QStringLiteral("The table"));
    auto *again = new EmptyState(new QTableView(&f.window)); // unrelated view: no interference
    Q_UNUSED(again);
    f.empty->setEmptyText(QStringLiteral("Nothing yet."));
    QCOMPARE(f.empty->geometry(), f.view->viewport()->rect());
    f.window.resize(800, 500);
    QTRY_COMPARE(f.empty->geometry(), f.view->viewport()->rect());
    QCOMPARE(f.view->accessibleDescription(), QStringLiteral("Nothing yet."));
    model.appendRow(new QStandardItem(QStringLiteral("row")));
    QCOMPARE(f.view->accessibleDescription(), QStringLiteral("The table"));
}

void TestEmptyState::emptyContestTabsSayWhatToDoNext()
{
    TemporaryContest contest; // the template: regions, commissions, criteria; no nominees
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    contest.close();
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    FileDialogs::setNextPath(contest.path());
    window.findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    QVERIFY(window.document()->isOpen());
    auto *tabs = window.findChild<QTabWidget *>();
    QVERIFY(tabs);

    // The views that are empty in a new contest, with a word of what each must say.
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("nomineeTableView"), QStringLiteral("File ▸ Import Registry…")},
        {QStringLiteral("memberTableView"), QStringLiteral("Add Member…")},
        {QStringLiteral("surveyStatsTable"), QStringLiteral("File ▸ Import Survey…")},
        {QStringLiteral("rankingTable"), QStringLiteral("File ▸ Import Registry…")},
        {QStringLiteral("importsTable"), QStringLiteral("File ▸ Import Ethics Questionnaire…")},
        {QStringLiteral("ballotTable"), QStringLiteral("Account ▸ Sign In…")},
    };
    for (const auto &[viewName, words] : expected) {
        auto *view = window.findChild<QAbstractItemView *>(viewName);
        QVERIFY2(view, qPrintable(viewName));
        tabs->setCurrentIndex(tabs->indexOf(tabs->widget(0)));
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i)->isAncestorOf(view))
                tabs->setCurrentIndex(i);
        }
        EmptyState *empty = EmptyState::of(view);
        QVERIFY2(empty, qPrintable(viewName));
        QTRY_VERIFY2(empty->isVisible(), qPrintable(viewName));
        // The ranking is computed in the background first.
        QTRY_VERIFY2(empty->text().contains(words),
                     qPrintable(viewName + QLatin1Char(' ') + empty->text()));
        const QStringList unknown = unknownMenuPaths(empty->text(), window.menuBar());
        QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QStringLiteral(", "))));
    }

    // The nominees' button opens the registry import, as File ▸ Import Registry… does.
    tabs->setCurrentIndex(0);
    EmptyState *nominees =
        EmptyState::of(window.findChild<QTableView *>(QStringLiteral("nomineeTableView")));
    QVERIFY(nominees->button()->isVisible());
    QVERIFY(nominees->button()->isEnabled());
    QString opened;
    const auto answered = answerNextModal([&opened](QWidget *dialog) {
        opened = dialog->objectName();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(nominees->button(), Qt::LeftButton);
    QVERIFY(*answered);
    QCOMPARE(opened, QStringLiteral("registryImportDialog"));
}

void TestEmptyState::nomineeSearchThatMatchesNothing()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    QVERIFY(contest.addNominee(QStringLiteral("Қызылорда"), QStringLiteral("Аральский район"),
                               QStringLiteral("Аманоткельский сельский округ"),
                               QStringLiteral("Ибраев Нурлан Серикович")));
    contest.close();
    MainWindow window;
    window.show();
    FileDialogs::setNextPath(contest.path());
    window.findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    QVERIFY(window.document()->isOpen());
    NomineesPage *page = window.nomineesPage();
    EmptyState *empty = EmptyState::of(page->table());
    QVERIFY(!empty->isVisible());
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("nomineeFilterEdit"));
    search->setText(QStringLiteral("Жумабаев"));
    QCOMPARE(empty->state(), EmptyState::State::Filtered);
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().startsWith(QStringLiteral("No nominee matches “Жумабаев”.")),
             qPrintable(empty->text()));
    QCOMPARE(empty->button()->text(), QStringLiteral("&Clear the Search"));
    QTest::mouseClick(empty->button(), Qt::LeftButton);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY(!empty->isVisible());
}

QTEST_MAIN(TestEmptyState)
#include "tst_emptystate.moc"
