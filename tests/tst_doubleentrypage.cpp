// Double entry of paper ballots on the Ballot tab, with the keyboard: the secretary switches
// double entry on, types entry 1 of a member's paper ballot in the grid; a second secretary
// types entry 2 with one cell misread; the comparison lists that cell with both values, Accept
// stays disabled until the disagreement is settled ("Use entry 1", with a reason), and
// accepting writes and submits the ballot. The entries and scores are read back from the file.
// With AKIM_SCREENSHOT_DIR set it also saves what it shows.
#include "ballotpage.h"
#include "ballottableview.h"
#include "demo/demogenerator.h"
#include "itemmodels/ballotmodel.h"
#include "itemmodels/paperdisagreementmodel.h"
#include "messagebox.h"
#include "papercomparepanel.h"
#include "paperentrybar.h"
#include "services/accountservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QtTest>

using namespace akim;
using scoring::ScoreState;

namespace {

const QString kSecond = QStringLiteral("secretary2");
const QString kSecondPassword = QStringLiteral("second-secretary-1");

} // namespace

class TestDoubleEntryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void switchOnAsSecretary();
    void firstSecretaryTypesEntryOne();
    void secondSecretaryTypesEntryTwo();
    void compareResolveAndAccept();
    void memberSeesNoDoubleEntry();

private:
    void signIn(const QString &login, const QString &password = QStringLiteral("demo"));
    void type(const QString &text); // digits into whatever has the focus, key by key
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Types every cell of the grid with the keyboard: `value` per cell, Enter after each.
    void typeGrid(const std::function<int(int row, int column)> &value);
    void screenshot(const QString &name);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    static int paper(int row, int column) { return (row * 3 + column * 2) % 11; }
    PaperEntryRepository entries() const
    {
        return PaperEntryRepository(m_contest->document().database().connection());
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<BallotPage> m_page;
    qint64 m_member = 0;
    int m_rows = 0;
    const int m_misreadRow = 1;
    const int m_misreadColumn = BallotModel::FirstCriterionColumn + 2; // K3
};

void TestDoubleEntryPage::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 2; // the first member's region declares no conflicts
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    for (const Member &m : doc.commissions().members()) {
        if (m.role == MemberRole::Member && m_member == 0)
            m_member = m.id;
    }
    QVERIFY(m_member);
    signIn(QStringLiteral("secretary"));
    const EditResult created = AccountService(doc).create(
        {kSecond, QStringLiteral("Second secretary"), AccountRole::Secretary, 0, kSecondPassword});
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_page = std::make_unique<BallotPage>(&doc);
    m_page->resize(1200, 600);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestDoubleEntryPage::cleanup()
{
    MessageBox::clearAnswers();
}

void TestDoubleEntryPage::signIn(const QString &login, const QString &password)
{
    m_contest->document().signOut();
    const EditResult result = m_contest->document().signIn(login, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestDoubleEntryPage::type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, Qt::Key(Qt::Key_0 + ch.digitValue()), Qt::NoModifier);
    }
}

void TestDoubleEntryPage::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestDoubleEntryPage::typeGrid(const std::function<int(int, int)> &value)
{
    BallotModel *model = m_page->model();
    BallotTableView *table = m_page->table();
    table->setFocus();
    table->setCurrentIndex(model->index(0, BallotModel::FirstCriterionColumn));
    const int last = model->totalColumn() - 1;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = BallotModel::FirstCriterionColumn; column <= last; ++column) {
            QCOMPARE(table->currentIndex(), model->index(row, column));
            type(QString::number(value(row, column)));
            key(Qt::Key_Return);
        }
    }
    if (table->isEditing())
        key(Qt::Key_Escape); // the last cell saved; nothing further to move to
}

void TestDoubleEntryPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestDoubleEntryPage::switchOnAsSecretary()
{
    auto *check = child<QCheckBox>("paperDoubleEntryCheck");
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked());
    QVERIFY(!child<QRadioButton>("paperFirstEntryRadio")->isVisible());
    QVERIFY(m_page->showMember(m_member));
    QCOMPARE(m_page->paperBar()->mode(), PaperEntryBar::SavedBallot);
    // Alt+D, the box's mnemonic (a mnemonic clicks a moment later, as a button shows it).
    key(Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(check->isChecked());
    QVERIFY(DoubleEntryService(m_contest->document()).isRequired());
    QCOMPARE(m_contest->document().audit().entries().constLast().action,
             QStringLiteral("paper.required"));
    QVERIFY(child<QRadioButton>("paperFirstEntryRadio")->isVisible());
    QCOMPARE(m_page->paperBar()->mode(), PaperEntryBar::FirstEntry);
    QCOMPARE(m_page->model()->source(), BallotModel::FirstEntry);
    QVERIFY(!child<QPushButton>("ballotSubmitButton")->isVisible());
    // The saved ballot is read-only for the secretary now, and says why.
    key(Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(m_page->paperBar()->mode(), PaperEntryBar::SavedBallot);
    QCOMPARE(m_page->model()->source(), BallotModel::Scores);
    QVERIFY(!(m_page->model()->flags(m_page->model()->index(0, BallotModel::FirstCriterionColumn)) &
              Qt::ItemIsEditable));
    QVERIFY2(child<QLabel>("ballotStateLabel")->text().contains(QLatin1String("double entry")),
             qPrintable(child<QLabel>("ballotStateLabel")->text()));
}

void TestDoubleEntryPage::firstSecretaryTypesEntryOne()
{
    key(Qt::Key_1, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>("paperFirstEntryRadio")->isChecked());
    QCOMPARE(m_page->model()->source(), BallotModel::FirstEntry);
    m_rows = m_page->model()->rowCount();
    QVERIFY(m_rows >= 3);
    typeGrid(paper);
    QCOMPARE(entries().cells(m_member, PaperSide::First).size(), m_rows * 5);
    QCOMPARE(ScoreRepository(m_contest->document().database().connection()).count(m_member), 0);
    QCOMPARE(child<QLabel>("ballotProgressLabel")->text(),
             QStringLiteral("%1 of %1 scored").arg(m_rows * 5));
    QVERIFY2(child<QLabel>("paperEntryStatusLabel")
                 ->text()
                 .contains(QStringLiteral("Entry 1: secretary, %1 of %1 cells").arg(m_rows * 5)),
             qPrintable(child<QLabel>("paperEntryStatusLabel")->text()));
    // Entry 2 is for another secretary.
    key(Qt::Key_2, Qt::AltModifier);
    QTRY_COMPARE(m_page->model()->source(), BallotModel::SecondEntry);
    const QModelIndex first = m_page->model()->index(0, BallotModel::FirstCriterionColumn);
    QVERIFY(!(m_page->model()->flags(first) & Qt::ItemIsEditable));
    QVERIFY2(child<QLabel>("ballotStateLabel")->text().contains(QLatin1String("another secretary")),
             qPrintable(child<QLabel>("ballotStateLabel")->text()));
    screenshot(QStringLiteral("double-entry-first"));
}

void TestDoubleEntryPage::secondSecretaryTypesEntryTwo()
{
    signIn(kSecond, kSecondPassword);
    QVERIFY(m_page->showMember(m_member));
    QCOMPARE(m_page->paperBar()->mode(), PaperEntryBar::SecondEntry); // the choice stays
    QVERIFY(m_page->model()->lockReason().isEmpty());
    typeGrid([this](int row, int column) {
        const int value = paper(row, column);
        return row == m_misreadRow && column == m_misreadColumn ? (value + 1) % 11 : value;
    });
    QCOMPARE(entries().cells(m_member, PaperSide::Second).size(), m_rows * 5);
    QCOMPARE(entries().entry(m_member, PaperSide::Second).typedBy, kSecond);
    QCOMPARE(ScoreRepository(m_contest->document().database().connection()).count(m_member), 0);
}

void TestDoubleEntryPage::compareResolveAndAccept()
{
    key(Qt::Key_C, Qt::AltModifier); // Compare (Alt+E is the Edit menu's)
    QTRY_COMPARE(m_page->paperBar()->mode(), PaperEntryBar::Compare);
    PaperComparePanel *panel = m_page->comparePanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!m_page->table()->isVisible());
    PaperDisagreementModel *model = panel->model();
    // Exactly the misread cell, with both values.
    QCOMPARE(model->rowCount(), 1);
    const QString right = QString::number(paper(m_misreadRow, m_misreadColumn));
    const QString wrong = QString::number((paper(m_misreadRow, m_misreadColumn) + 1) % 11);
    QCOMPARE(model->index(0, PaperDisagreementModel::CriterionColumn).data().toString(),
             QStringLiteral("K3"));
    QCOMPARE(model->index(0, PaperDisagreementModel::NomineeColumn).data().toString(),
             m_page->model()->index(m_misreadRow, 0).data().toString());
    QCOMPARE(model->index(0, PaperDisagreementModel::FirstEntryColumn).data().toString(), right);
    QCOMPARE(model->index(0, PaperDisagreementModel::SecondEntryColumn).data().toString(), wrong);
    auto *accept = child<QPushButton>("paperAcceptButton");
    QVERIFY(!accept->isEnabled());
    QVERIFY(child<QLabel>("paperCompareSummaryLabel")->text().contains(QLatin1String("disagree")));
    screenshot(QStringLiteral("double-entry-compare"));

    // Accepting now is refused by the service too, and changes nothing.
    const qint64 audits = m_contest->document().audit().count();
    QVERIFY(!DoubleEntryService(m_contest->document()).accept(m_member).ok());
    QCOMPARE(m_contest->document().audit().count(), audits);
    QCOMPARE(ScoreRepository(m_contest->document().database().connection()).count(m_member), 0);

    // The cell is current; Alt+U takes entry 1's value, with the reason typed in the dialog.
    auto *table = child<QTableView>("paperDisagreementTable");
    table->setFocus();
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(child<QPushButton>("paperUseFirstButton")->isEnabled());
    const auto answered = test::answerNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("paperResolveDialog"));
        QVERIFY(dialog->labelText().contains(QLatin1String("K3")));
        dialog->setTextValue(QStringLiteral("checked against the paper"));
        dialog->accept();
    });
    key(Qt::Key_U, Qt::AltModifier);
    QTRY_VERIFY(*answered);
    // The offscreen platform does not give the window back its activation after a dialog.
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QCOMPARE(QApplication::focusWidget(), table); // the keyboard stays on the list
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(m_contest->document().audit().entries().constLast().reason,
             QStringLiteral("checked against the paper"));
    QVERIFY(accept->isEnabled());
    QVERIFY(child<QLabel>("paperCompareSummaryLabel")
                ->text()
                .contains(QLatin1String("can be accepted")));

    // Alt+P accepts, after a confirmation (Alt+A is the Account menu's).
    MessageBox::resetLog();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    key(Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("agree")));
    const QVector<ScoreCell> cells =
        ScoreRepository(m_contest->document().database().connection()).ballot(m_member);
    QCOMPARE(cells.size(), m_rows * 5);
    const qint64 nominee =
        m_page->model()->index(m_misreadRow, 0).data(BallotModel::NomineeIdRole).toLongLong();
    const qint64 k3 = m_page->model()->criterionAt(m_misreadColumn)->id;
    bool found = false;
    for (const ScoreCell &c : cells) {
        if (c.nomineeId == nominee && c.criterionId == k3) {
            found = true;
            QCOMPARE(c.state, ScoreState::Entered);
            QCOMPARE(c.points, right.toDouble());
        }
    }
    QVERIFY(found);
    QVERIFY(m_page->model()->ballot().isSubmitted());
    QVERIFY(!accept->isEnabled());
    QVERIFY(child<QLabel>("paperCompareSummaryLabel")->text().contains(QLatin1String("submitted")));
    QCOMPARE(m_contest->document().audit().entries().constLast().action,
             QStringLiteral("paper.accept"));
    // The saved ballot shows what was accepted.
    key(Qt::Key_V, Qt::AltModifier);
    QTRY_COMPARE(m_page->paperBar()->mode(), PaperEntryBar::SavedBallot);
    QVERIFY(m_page->table()->isVisible());
    QCOMPARE(m_page->model()->source(), BallotModel::Scores);
    QCOMPARE(m_page->model()->index(m_misreadRow, m_misreadColumn).data().toString(), right);
    screenshot(QStringLiteral("double-entry-accepted"));
}

void TestDoubleEntryPage::memberSeesNoDoubleEntry()
{
    signIn(QStringLiteral("member%1").arg(m_member));
    QVERIFY(!m_page->paperBar()->isVisible());
    QCOMPARE(m_page->paperBar()->mode(), PaperEntryBar::SavedBallot);
    QCOMPARE(m_page->model()->source(), BallotModel::Scores);
    QVERIFY(m_page->table()->isVisible());
}

QTEST_MAIN(TestDoubleEntryPage)
#include "tst_doubleentrypage.moc"
