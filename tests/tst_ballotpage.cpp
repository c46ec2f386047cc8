// The Ballot tab as a member uses it, with the keyboard only: signed in on a small demo, the
// member types a whole ballot (digits, then Enter or Tab moves on), abstains on one cell, has an
// out-of-range value refused and a typed value reverted with Esc, and submits. The scores are
// read back from the file. The secretary then picks the ballot among all and reopens it with a
// reason. With AKIM_SCREENSHOT_DIR set it also saves what it shows.
#include "ballotpage.h"
#include "ballottableview.h"
#include "demo/demogenerator.h"
#include "itemmodels/ballotmodel.h"
#include "messagebox.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

#include <algorithm>

using namespace akim;
using scoring::ScoreState;

class TestBallotPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void memberSeesOwnBallotOnly();
    void escRevertsAndRangeIsEnforced();
    void typesFullBallotWithKeyboard();
    void commentsTheCurrentCell();
    void submitLocksTheGrid();
    void secretaryReopensWithReason();
    void conflictCellsLocked();

private:
    void signIn(const QString &login);
    void type(const QString &text); // into whatever has the focus, key by key
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void screenshot(const QString &name);
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QString expected(int row, int column) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<BallotPage> m_page;
    qint64 m_member = 0;
    QPersistentModelIndex m_abstained;
};

void TestBallotPage::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2; // the member's region declares no conflicts, the other one does
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    for (const Member &m : m_contest->document().commissions().members()) {
        if (m.role == MemberRole::Member && m_member == 0)
            m_member = m.id;
    }
    QVERIFY(m_member);
    m_page = std::make_unique<BallotPage>(&m_contest->document());
    m_page->resize(1100, 520);
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    signIn(QStringLiteral("member%1").arg(m_member));
}

void TestBallotPage::cleanup()
{
    MessageBox::clearAnswers();
}

void TestBallotPage::signIn(const QString &login)
{
    const EditResult result = m_contest->document().signIn(login, QStringLiteral("demo"));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestBallotPage::type(const QString &text)
{
    for (const QChar ch : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        const int code = ch.isDigit() ? Qt::Key_0 + ch.digitValue() : Qt::Key_Period;
        QTest::keyClick(focus, Qt::Key(code), Qt::NoModifier);
    }
}

void TestBallotPage::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestBallotPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(); // the layout follows the labels' new texts
    QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString TestBallotPage::expected(int row, int column) const
{
    // Whole points, two digits, and a decimal now and then.
    const int n = (row * 3 + column * 2) % 11;
    return n == 4 ? QStringLiteral("6.5") : QString::number(n);
}

void TestBallotPage::memberSeesOwnBallotOnly()
{
    auto *combo = child<QComboBox>("ballotMemberCombo");
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentData().toLongLong(), m_member);
    QVERIFY(!combo->isEnabled());
    QVERIFY(!child<QPushButton>("ballotReopenButton")->isVisible());
    BallotModel *model = m_page->model();
    QCOMPARE(model->rowCount(), int(model->layout().nominees.size()));
    QCOMPARE(model->columnCount(), 2 + 5 + 1);
    QCOMPARE(child<QLabel>("ballotProgressLabel")->text(),
             QStringLiteral("0 of %1 scored").arg(model->rowCount() * 5));
    // The grid starts on the first cell to score, and says what it takes.
    QCOMPARE(m_page->table()->currentIndex(), model->index(0, BallotModel::FirstCriterionColumn));
    QVERIFY2(child<QLabel>("ballotRangeLabel")->text().contains(QStringLiteral("K1: from 0–10")),
             qPrintable(child<QLabel>("ballotRangeLabel")->text()));
}

void TestBallotPage::escRevertsAndRangeIsEnforced()
{
    BallotTableView *table = m_page->table();
    table->setFocus();
    const QModelIndex first = m_page->model()->index(0, BallotModel::FirstCriterionColumn);
    table->setCurrentIndex(first);
    type(QStringLiteral("9"));
    QVERIFY(table->isEditing());
    key(Qt::Key_Escape);
    QVERIFY(!table->isEditing());
    QCOMPARE(first.data().toString(), QString());
    QCOMPARE(table->currentIndex(), first);

    type(QStringLiteral("15"));
    key(Qt::Key_Return);
    // Refused: the editor stays on the cell, the message names the allowed range.
    QVERIFY(table->isEditing());
    QCOMPARE(table->currentIndex(), first);
    auto *message = child<QLabel>("ballotMessageLabel");
    QVERIFY2(message->text().contains(QStringLiteral("outside the allowed range 0–10")),
             qPrintable(message->text()));
    key(Qt::Key_Escape);
    QCOMPARE(ScoreRepository(m_contest->document().database().connection()).count(m_member), 0);
}

void TestBallotPage::typesFullBallotWithKeyboard()
{
    BallotModel *model = m_page->model();
    BallotTableView *table = m_page->table();
    table->setFocus();
    table->setCurrentIndex(model->index(0, BallotModel::FirstCriterionColumn));
    const int rows = model->rowCount();
    const int last = model->totalColumn() - 1;
    for (int row = 0; row < rows; ++row) {
        for (int column = BallotModel::FirstCriterionColumn; column <= last; ++column) {
            QCOMPARE(table->currentIndex(), model->index(row, column));
            if (row == 1 && column == BallotModel::FirstCriterionColumn + 2) {
                m_abstained = model->index(row, column);
                key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
                continue;
            }
            type(expected(row, column));
            // Tab at the end of some rows, Enter elsewhere: both save and move on.
            key(column == last && row % 2 == 0 ? Qt::Key_Tab : Qt::Key_Return);
            if (row == rows - 1 && column == last)
                break;
        }
    }
    // The last cell saved; nothing further to move to.
    if (table->isEditing())
        key(Qt::Key_Escape);

    const QVector<ScoreCell> cells =
        ScoreRepository(m_contest->document().database().connection()).ballot(m_member);
    QCOMPARE(cells.size(), rows * 5);
    double total = 0;
    for (int row = 0; row < rows; ++row) {
        const qint64 nominee = model->index(row, 0).data(BallotModel::NomineeIdRole).toLongLong();
        for (int column = BallotModel::FirstCriterionColumn; column <= last; ++column) {
            const qint64 criterion = model->criterionAt(column)->id;
            const auto found = std::find_if(cells.begin(), cells.end(), [&](const ScoreCell &c) {
                return c.nomineeId == nominee && c.criterionId == criterion;
            });
            QVERIFY(found != cells.end());
            if (model->index(row, column) == m_abstained) {
                QCOMPARE(found->state, ScoreState::Abstained);
                QCOMPARE(model->index(row, column).data().toString(), QStringLiteral("—"));
                continue;
            }
            QCOMPARE(found->state, ScoreState::Entered);
            QCOMPARE(found->points, expected(row, column).toDouble());
            if (row == 0)
                total += found->points;
        }
    }
    QCOMPARE(model->index(0, model->totalColumn()).data().toString(),
             BallotService::formatPoints(total));
    QCOMPARE(child<QLabel>("ballotProgressLabel")->text(),
             QStringLiteral("%1 of %1 scored").arg(rows * 5));
    child<QLineEdit>("ballotCommentEdit")->clear();
    screenshot(QStringLiteral("ballot-typed"));
}

void TestBallotPage::commentsTheCurrentCell()
{
    BallotModel *model = m_page->model();
    BallotTableView *table = m_page->table();
    table->setFocus();
    const QModelIndex k2 = model->index(2, BallotModel::FirstCriterionColumn + 1);
    table->setCurrentIndex(k2);
    key(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *edit = child<QLineEdit>("ballotCommentEdit");
    QCOMPARE(QApplication::focusWidget(), edit);
    test::typeText(edit, QStringLiteral("Проект без сметы"));
    key(Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), table); // back to the grid
    QCOMPARE(k2.data(BallotModel::CommentRole).toString(), QStringLiteral("Проект без сметы"));
    const std::optional<ScoreCell> stored =
        ScoreRepository(m_contest->document().database().connection())
            .find(m_member, k2.data(BallotModel::NomineeIdRole).toLongLong(),
                  model->criterionAt(k2.column())->id);
    QVERIFY(stored);
    QCOMPARE(stored->comment, QStringLiteral("Проект без сметы"));
    QCOMPARE(stored->points, expected(2, k2.column()).toDouble()); // the points stay
}

void TestBallotPage::submitLocksTheGrid()
{
    auto *submit = child<QPushButton>("ballotSubmitButton");
    QVERIFY(submit->isEnabled());
    MessageBox::resetLog();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Submit the ballot")));
    BallotModel *model = m_page->model();
    QVERIFY(model->ballot().isSubmitted());
    QVERIFY(
        !(model->flags(model->index(0, BallotModel::FirstCriterionColumn)) & Qt::ItemIsEditable));
    QVERIFY(child<QLabel>("ballotStateLabel")->text().startsWith(QLatin1String("Submitted")));
    QVERIFY(!submit->isVisible());
    screenshot(QStringLiteral("ballot-submitted"));
}

void TestBallotPage::secretaryReopensWithReason()
{
    signIn(QStringLiteral("secretary"));
    auto *combo = child<QComboBox>("ballotMemberCombo");
    QVERIFY(combo->count() > 1);
    QVERIFY(combo->isEnabled());
    QVERIFY(m_page->showMember(m_member));
    auto *reopen = child<QPushButton>("ballotReopenButton");
    QVERIFY(reopen->isVisible());
    QVERIFY(reopen->isEnabled());
    const auto answered = test::answerNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("ballotReopenDialog"));
        dialog->setTextValue(QStringLiteral("K3 of the second nominee was missed"));
        dialog->accept();
    });
    QTest::mouseClick(reopen, Qt::LeftButton);
    QTRY_VERIFY(*answered);
    QVERIFY(!m_page->model()->ballot().isSubmitted());
    QCOMPARE(m_page->model()->ballot().version, 2);
    const AuditEntry last = m_contest->document().audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("ballot.reopen"));
    QCOMPARE(last.reason, QStringLiteral("K3 of the second nominee was missed"));
    // The secretary may now correct the paper ballot.
    QVERIFY(m_page->model()->flags(m_abstained) & Qt::ItemIsEditable);
}

void TestBallotPage::conflictCellsLocked()
{
    // Still the secretary: a member of the other region who declared a conflict.
    QSqlQuery q = sql::exec(m_contest->document().database().connection(),
                            QStringLiteral("SELECT member_id, nominee_id FROM member_conflict "
                                           "ORDER BY 1, 2 LIMIT 1"));
    QVERIFY(q.next());
    QVERIFY(m_page->showMember(q.value(0).toLongLong()));
    BallotModel *model = m_page->model();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, 0).data(BallotModel::NomineeIdRole).toLongLong() !=
               q.value(1).toLongLong())
        ++row;
    QVERIFY(row < model->rowCount());
    const QModelIndex k2 = model->index(row, BallotModel::FirstCriterionColumn + 1);
    QCOMPARE(k2.data().toString(), QStringLiteral("recused"));
    QVERIFY(!(model->flags(k2) & Qt::ItemIsEditable));
    // Keyboard navigation passes over the locked row.
    const QModelIndex before = model->index(row, BallotModel::FirstCriterionColumn);
    const QModelIndex next = m_page->table()->nextCell(before);
    QVERIFY(next.isValid());
    QVERIFY(next.row() != row);
    m_page->table()->setCurrentIndex(k2);
    QVERIFY(child<QLabel>("ballotRangeLabel")->text().contains(QLatin1String("conflict")));
    QVERIFY(!child<QPushButton>("ballotAbstainButton")->isEnabled());
    screenshot(QStringLiteral("ballot-secretary-conflict"));
}

QTEST_MAIN(TestBallotPage)
#include "tst_ballotpage.moc"
