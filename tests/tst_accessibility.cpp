// Keyboard and screen-reader use of the main window and the dialogs, on a small demo contest:
// every input has an accessible name (a buddy label or its own), Tab reaches every control of a
// tab without getting stuck in a table, Alt+letter is unique on each tab (the menu bar's
// letters included), and a larger system font clips no text.
#include "accountdialog.h"
#include "accountsdialog.h"
#include "blankballotsdialog.h"
#include "chairdecisiondialog.h"
#include "criteriapage.h"
#include "criteriondialog.h"
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "meetingdialog.h"
#include "memberdialog.h"
#include "methodologydialog.h"
#include "nomineedialog.h"
#include "packageexportdialog.h"
#include "packageimportdialog.h"
#include "registryimportdialog.h"
#include "reportdialog.h"
#include "scoring/methodology.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QtTest>

#include <memory>

using namespace akim;
using namespace akim::test;

namespace {

// Where a widget is, for a failure message: its class, object name and named ancestors.
QString describeWidget(const QWidget *widget, const QWidget *root)
{
    QStringList path;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            path.prepend(w->objectName());
    }
    return QStringLiteral("%1 \"%2\" in %3 (%4)")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName(),
             root->objectName(), path.join(QLatin1Char('/')));
}

// Inside a compound input (a spin box's line edit, a combo box's list, a table's editor): named
// through that input, not on its own.
bool isInsideInput(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget->parentWidget(); w && w != root; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
            qobject_cast<const QAbstractItemView *>(w))
            return true;
    }
    return false;
}

bool isInput(const QWidget *w)
{
    if (const auto *check = qobject_cast<const QCheckBox *>(w))
        return check->text().isEmpty();
    return qobject_cast<const QLineEdit *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractItemView *>(w);
}

// The inputs under `root` (visible or not) that a screen reader would announce without a name.
QStringList unnamedInputs(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!isInput(w) || isInsideInput(w, root) || w->isWindow())
            continue;
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            problems << describeWidget(w, root);
    }
    return problems;
}

// The Alt+letter of a text ("Re&compute" → "C"); empty when it has none.
QString mnemonic(const QString &text)
{
    static const QRegularExpression amp(QStringLiteral("&([^&])"));
    const QRegularExpressionMatch m =
        amp.match(QString(text).replace(QLatin1String("&&"), QString()));
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

// Alt+letters used twice among the menu bar and the visible buttons and labels under `root`.
QStringList mnemonicClashes(QMenuBar *bar, QWidget *root)
{
    QHash<QString, QString> taken;
    QStringList clashes;
    const auto take = [&](const QString &text, const QString &owner) {
        const QString key = mnemonic(text);
        if (key.isEmpty())
            return;
        if (taken.contains(key))
            clashes << QStringLiteral("Alt+%1: %2 and %3").arg(key, taken.value(key), owner);
        else
            taken.insert(key, owner);
    };
    for (QAction *menu : bar->actions())
        take(menu->text(), QStringLiteral("menu \"%1\"").arg(menu->text()));
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisible())
            take(button->text(), QStringLiteral("button \"%1\"").arg(button->text()));
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            take(label->text(), QStringLiteral("label \"%1\"").arg(label->text()));
    }
    return clashes;
}

// Texts that do not fit their widget: a button, label or check box narrower than the least its
// text needs (a fixed or maximum width set in pixels).
QStringList clippedTexts(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || isInsideInput(w, root))
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const bool text = (label && !label->wordWrap() && !label->text().isEmpty()) ||
                          qobject_cast<QAbstractButton *>(w);
        if (text && w->width() < w->minimumSizeHint().width())
            problems << QStringLiteral("%1: %2 px wide, needs %3")
                            .arg(describeWidget(w, root))
                            .arg(w->width())
                            .arg(w->minimumSizeHint().width());
    }
    return problems;
}

// Each problem as a warning of its own (QVERIFY2's message is cut at a kilobyte); true when
// there is none.
bool noProblems(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning("%s", qUtf8Printable(problem));
    return problems.isEmpty();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void welcomePageIsNamedAndKeyboardReady();
    void everyTabNamesItsInputs();
    void tabReachesEveryControlOfEachTab();
    void mnemonicsAreUniqueOnEachTab();
    void tablesActivateWithEnter();
    void dialogsNameTheirInputs();
    void largerSystemFontClipsNothing();

private:
    // The main window on the demo, signed in as the secretary.
    std::unique_ptr<MainWindow> openWindow();
    QTabWidget *tabs(MainWindow &window) { return window.findChild<QTabWidget *>(); }

    std::unique_ptr<TemporaryContest> m_contest;
    QFont m_font;
};

void TestAccessibility::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
    m_font = QApplication::font();
    m_contest = std::make_unique<TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    // Small: two regions of three nominees with their ballots and a few survey answers, so that
    // every tab has rows.
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 3;
    options.scores = true;
    options.surveyResponses = 60;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    m_contest->close();
}

void TestAccessibility::cleanup()
{
    QApplication::setFont(m_font);
}

std::unique_ptr<MainWindow> TestAccessibility::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return {};
    SignInDialog::setNextAnswer(QStringLiteral("secretary"), QStringLiteral("demo"));
    FileDialogs::setNextPath(m_contest->path());
    window->findChild<QAction *>(QStringLiteral("openAction"))->trigger();
    if (!window->document()->isOpen() || !window->document()->account())
        return {};
    return window;
}

void TestAccessibility::welcomePageIsNamedAndKeyboardReady()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(page);
    const QStringList unnamed = unnamedInputs(page);
    QVERIFY2(noProblems(unnamed),
             qPrintable(QString::number(unnamed.size()) + QStringLiteral(" problem(s)")));
    const QStringList clashes = mnemonicClashes(window.menuBar(), page);
    QVERIFY2(noProblems(clashes),
             qPrintable(QString::number(clashes.size()) + QStringLiteral(" problem(s)")));
    // The four ways in, each with a sentence a screen reader reads with the button.
    for (const char *name :
         {"newContestButton", "openContestButton", "openPackageButton", "openDemoButton"}) {
        auto *button = page->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!mnemonic(button->text()).isEmpty(), qPrintable(button->text()));
        QVERIFY2(!button->accessibleDescription().isEmpty(), name);
    }
    QCOMPARE(page->findChild<QPushButton *>(QStringLiteral("newContestButton"))->text(),
             QStringLiteral("&New contest from template…"));
    // What the template holds, read from the template itself.
    const QString summary = page->findChild<QLabel *>(QStringLiteral("templateHintLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("«Best Rural Akim 2020»")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("17 region")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("S1–S6, E1, K1–K5, R1–R3")), qPrintable(summary));
}

void TestAccessibility::everyTabNamesItsInputs()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTabWidget *tabWidget = tabs(*window);
    QVERIFY(tabWidget && tabWidget->count() >= 8);
    QStringList problems;
    for (int i = 0; i < tabWidget->count(); ++i) {
        tabWidget->setCurrentIndex(i);
        QCoreApplication::processEvents();
        problems << unnamedInputs(tabWidget->widget(i));
    }
    // The window's own inputs outside the tabs (the status bar, the paper-entry bar …).
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (isInput(w) && !tabWidget->isAncestorOf(w) && !isInsideInput(w, window.get()) &&
            w->window() == window.get()) {
            QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
            if (!face || face->text(QAccessible::Name).trimmed().isEmpty())
                problems << describeWidget(w, window.get());
        }
    }
    QVERIFY2(noProblems(problems),
             qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s)")));
}

void TestAccessibility::tabReachesEveryControlOfEachTab()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTabWidget *tabWidget = tabs(*window);
    QStringList problems;
    for (int i = 0; i < tabWidget->count(); ++i) {
        tabWidget->setCurrentIndex(i);
        QWidget *page = tabWidget->widget(i);
        // A row selected in each view, so that Edit, Delete and the like are enabled and
        // counted too.
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 &&
                view->selectionModel() && !view->selectionModel()->hasSelection())
                view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                        QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        }
        QCoreApplication::processEvents();
        QSet<QWidget *> wanted;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                !isInsideInput(w, page) && !w->focusProxy())
                wanted.insert(w);
        }
        // From the tab bar, as a keyboard user starts; twice the number of controls is plenty
        // unless something keeps the focus.
        tabWidget->tabBar()->setFocus(Qt::TabFocusReason);
        const int presses = 2 * int(wanted.size()) + 10;
        for (int press = 0; press < presses && !wanted.isEmpty(); ++press) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                break;
            QTest::keyClick(focus, Qt::Key_Tab);
            wanted.remove(QApplication::focusWidget());
        }
        for (QWidget *missed : std::as_const(wanted))
            problems << QStringLiteral("tab %1: %2 not reached with Tab")
                            .arg(tabWidget->tabText(i), describeWidget(missed, page));
    }
    QVERIFY2(noProblems(problems),
             qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s)")));
}

void TestAccessibility::mnemonicsAreUniqueOnEachTab()
{
    const auto window = openWindow();
    QVERIFY(window);
    QTabWidget *tabWidget = tabs(*window);
    QStringList problems;
    for (int i = 0; i < tabWidget->count(); ++i) {
        tabWidget->setCurrentIndex(i);
        QCoreApplication::processEvents();
        for (const QString &clash : mnemonicClashes(window->menuBar(), tabWidget->widget(i)))
            problems << tabWidget->tabText(i) + QStringLiteral(": ") + clash;
    }
    QVERIFY2(noProblems(problems),
             qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s)")));
}

void TestAccessibility::tablesActivateWithEnter()
{
    // What a double click opens, Enter on the current row opens too: the criterion's dialog.
    const auto window = openWindow();
    QVERIFY(window);
    QTabWidget *tabWidget = tabs(*window);
    tabWidget->setCurrentWidget(window->criteriaPage());
    auto *table = window->findChild<QTableView *>(QStringLiteral("criterionTableView"));
    QVERIFY(table && table->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QString title;
    const auto answered = answerNextModal([&title](QWidget *dialog) {
        title = dialog->windowTitle();
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(*answered);
    QVERIFY2(title.contains(QStringLiteral("Criterion")), qPrintable(title));
}

void TestAccessibility::dialogsNameTheirInputs()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &document = contest.document();
    const Commission commission = document.commissions().commissions().value(0);
    QVERIFY(commission.id != 0);
    scoring::Methodology methodology = scoring::Methodology::defaults();
    methodology.criteria = document.criteria().all();

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new NomineeDialog(&document));
    dialogs.emplace_back(new CriterionDialog(&document));
    dialogs.emplace_back(new MemberDialog(&document, commission));
    dialogs.emplace_back(new AccountDialog(&document, true));
    dialogs.emplace_back(new AccountsDialog(&document));
    dialogs.emplace_back(new PasswordDialog(QStringLiteral("Password"), QString(), true));
    dialogs.emplace_back(new SignInDialog(&document, QString()));
    dialogs.emplace_back(new MethodologyDialog(methodology, false));
    dialogs.emplace_back(new MeetingDialog(document, StageKind::Regional, commission.regionId));
    dialogs.emplace_back(new ReportDialog(document));
    dialogs.emplace_back(new PackageExportDialog(&document));
    dialogs.emplace_back(new PackageImportDialog({}));
    dialogs.emplace_back(new BlankBallotsDialog(QStringLiteral("Commission"), 3));
    dialogs.emplace_back(
        new ChairDecisionDialog({{1, QStringLiteral("A")}, {2, QStringLiteral("B")}}, 1));
    dialogs.emplace_back(new RegistryImportDialog(&document));
    dialogs.emplace_back(new ImportWizard(&document, survey::SurveyKind::Population));
    QStringList problems;
    for (const auto &dialog : dialogs) {
        QVERIFY(!dialog->objectName().isEmpty());
        problems << unnamedInputs(dialog.get());
    }
    QVERIFY2(noProblems(problems),
             qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s)")));
}

void TestAccessibility::largerSystemFontClipsNothing()
{
    // 14 pt, as a user who set a larger font in the system's settings has.
    QFont large = m_font;
    large.setPointSizeF(14);
    QApplication::setFont(large);
    const auto window = openWindow();
    QVERIFY(window);
    window->resize(1600, 1000);
    QTabWidget *tabWidget = tabs(*window);
    QStringList problems;
    for (int i = 0; i < tabWidget->count(); ++i) {
        tabWidget->setCurrentIndex(i);
        QCoreApplication::processEvents();
        problems << clippedTexts(tabWidget->widget(i));
        if (const QByteArray dir = qgetenv("AKIM_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(
                QStringLiteral("%1/large-font-%2.png").arg(QString::fromLocal8Bit(dir)).arg(i));
    }
    QVERIFY2(noProblems(problems),
             qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s)")));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
