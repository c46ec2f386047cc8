// BallotModel over a small demo: the grid's shape (nominees × the stage's commission criteria and
// a total), what its cells show, edits through BallotService with refusals reported, and which
// cells are editable for whom and when; and the same grid over an entry of a paper ballot
// under double entry.
#include "demo/demogenerator.h"
#include "itemmodels/ballotmodel.h"
#include "services/doubleentryservice.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;
using scoring::ScoreState;

class TestBallotModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shape();
    void typedPointsGoThroughTheService();
    void refusalKeepsTheCell();
    void abstainRecuseAndComment();
    void conflictCellsLocked();
    void notEditableForOthersOrWhenSubmitted();
    void followsWritesElsewhere();
    void paperEntrySource();

private:
    void signIn(const QString &login);
    QModelIndex cell(int row, const QString &code) const;
    int conflictRow() const;
    int freeRow() const;
    int lockedCells() const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<BallotModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_member = 0; // a member with a declared conflict
    qint64 m_conflictNominee = 0;
};

void TestBallotModel::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    QSqlQuery q = sql::exec(m_contest->document().database().connection(),
                            QStringLiteral("SELECT member_id, nominee_id FROM member_conflict "
                                           "ORDER BY 1, 2 LIMIT 1"));
    QVERIFY(q.next());
    m_member = q.value(0).toLongLong();
    m_conflictNominee = q.value(1).toLongLong();
}

void TestBallotModel::init()
{
    m_contest->document().signOut();
    m_model = std::make_unique<BallotModel>(&m_contest->document());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    signIn(QStringLiteral("member%1").arg(m_member));
    m_model->setMemberId(m_member);
}

void TestBallotModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    // Each test starts from an empty ballot: clear it as the secretary.
    ContestDocument &doc = m_contest->document();
    QCOMPARE(doc.runInTransaction([&] {
        sql::exec(doc.database().connection(), QStringLiteral("DELETE FROM score"));
        sql::exec(doc.database().connection(), QStringLiteral("DELETE FROM ballot"));
        sql::exec(doc.database().connection(), QStringLiteral("DELETE FROM paper_cell"));
        sql::exec(doc.database().connection(), QStringLiteral("DELETE FROM paper_entry"));
        sql::exec(doc.database().connection(), QStringLiteral("DELETE FROM setting"));
    }),
             QString());
}

void TestBallotModel::signIn(const QString &login)
{
    const EditResult result = m_contest->document().signIn(login, QStringLiteral("demo"));
    QVERIFY2(result.ok(), qPrintable(result.message));
}

QModelIndex TestBallotModel::cell(int row, const QString &code) const
{
    for (int column = BallotModel::FirstCriterionColumn; column < m_model->totalColumn();
         ++column) {
        if (m_model->criterionAt(column)->code == code)
            return m_model->index(row, column);
    }
    return {};
}

int TestBallotModel::conflictRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(BallotModel::NomineeIdRole).toLongLong() ==
            m_conflictNominee)
            return row;
    }
    return -1;
}

int TestBallotModel::freeRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->index(row, 0).data(BallotModel::ConflictRole).toBool())
            return row;
    }
    return -1;
}

int TestBallotModel::lockedCells() const
{
    int locked = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        locked += m_model->index(row, 0).data(BallotModel::ConflictRole).toBool() ? 5 : 0;
    return locked;
}

void TestBallotModel::shape()
{
    const BallotLayout &layout = m_model->layout();
    QCOMPARE(m_model->rowCount(), int(layout.nominees.size()));
    QVERIFY(m_model->rowCount() >= 3); // 4 nominees, one may have withdrawn
    QCOMPARE(m_model->columnCount(), 2 + 5 + 1);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nominee"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Rural okrug"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("K1"));
    QCOMPARE(m_model->headerData(6, Qt::Horizontal).toString(), QStringLiteral("K5"));
    QCOMPARE(m_model->headerData(7, Qt::Horizontal).toString(), QStringLiteral("Total"));
    QVERIFY(m_model->headerData(2, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("0–10")));
    QCOMPARE(m_model->index(0, 0).data().toString(), layout.nominees.at(0).nominee.fullName);
    QCOMPARE(m_model->index(0, 1).data().toString(), layout.nominees.at(0).okrugRu);
    QCOMPARE(m_model->progress().cells, m_model->rowCount() * 5);
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
    QVERIFY(!(m_model->flags(m_model->index(0, 7)) & Qt::ItemIsEditable));
}

void TestBallotModel::typedPointsGoThroughTheService()
{
    const int row = freeRow();
    const qint64 audits = m_contest->document().audit().count();
    QVERIFY(m_model->setData(cell(row, QStringLiteral("K1")), QStringLiteral("7,5")));
    QVERIFY(m_model->setData(cell(row, QStringLiteral("K2")), QStringLiteral("8")));
    QCOMPARE(cell(row, QStringLiteral("K1")).data().toString(), QStringLiteral("7.5"));
    QCOMPARE(cell(row, QStringLiteral("K1")).data(Qt::EditRole).toString(), QStringLiteral("7.5"));
    QCOMPARE(m_model->index(row, m_model->totalColumn()).data().toString(), QStringLiteral("15.5"));
    QCOMPARE(m_contest->document().audit().count(), audits + 2);
    const QVector<ScoreCell> stored =
        ScoreRepository(m_contest->document().database().connection()).ballot(m_member);
    QCOMPARE(stored.size(), 2);
    // An empty text clears the cell.
    QVERIFY(m_model->setData(cell(row, QStringLiteral("K2")), QString()));
    QCOMPARE(cell(row, QStringLiteral("K2")).data().toString(), QString());
    QCOMPARE(ScoreRepository(m_contest->document().database().connection()).count(m_member), 1);
}

void TestBallotModel::refusalKeepsTheCell()
{
    QSignalSpy refused(m_model.get(), &BallotModel::refused);
    const QModelIndex k3 = cell(freeRow(), QStringLiteral("K3"));
    QVERIFY(m_model->setData(k3, QStringLiteral("6")));
    QVERIFY(!m_model->setData(k3, QStringLiteral("12")));
    QCOMPARE(refused.count(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("0–10")),
             qPrintable(refused.at(0).at(0).toString()));
    QVERIFY(!m_model->setData(k3, QStringLiteral("seven")));
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.at(1).at(0).toString().contains(QLatin1String("not a number")));
    QCOMPARE(k3.data().toString(), QStringLiteral("6"));
}

void TestBallotModel::abstainRecuseAndComment()
{
    const int row = freeRow();
    QSignalSpy refused(m_model.get(), &BallotModel::refused);
    QVERIFY(!m_model->setComment(cell(row, QStringLiteral("K1")), QStringLiteral("early")));
    QCOMPARE(refused.count(), 1); // a comment needs a score first
    QVERIFY(m_model->setState(cell(row, QStringLiteral("K1")), ScoreState::Abstained));
    QCOMPARE(cell(row, QStringLiteral("K1")).data().toString(), QStringLiteral("—"));
    QCOMPARE(cell(row, QStringLiteral("K1")).data(BallotModel::StateRole).toInt(),
             int(ScoreState::Abstained));
    QVERIFY(m_model->setState(cell(row, QStringLiteral("K2")), ScoreState::Recused));
    QCOMPARE(cell(row, QStringLiteral("K2")).data().toString(), QStringLiteral("recused"));
    QVERIFY(m_model->setComment(cell(row, QStringLiteral("K1")), QStringLiteral("not present")));
    QCOMPARE(cell(row, QStringLiteral("K1")).data(BallotModel::CommentRole).toString(),
             QStringLiteral("not present"));
    QVERIFY(cell(row, QStringLiteral("K1"))
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("not present")));
    QCOMPARE(cell(row, QStringLiteral("K1")).data(BallotModel::StateRole).toInt(),
             int(ScoreState::Abstained));
    QCOMPARE(m_model->progress().scored, 2 + lockedCells()); // and the conflicts' rows
}

void TestBallotModel::conflictCellsLocked()
{
    const int row = conflictRow();
    QVERIFY(row >= 0);
    const QModelIndex k1 = cell(row, QStringLiteral("K1"));
    QVERIFY(k1.data(BallotModel::ConflictRole).toBool());
    QCOMPARE(k1.data().toString(), QStringLiteral("recused"));
    QVERIFY(!(m_model->flags(k1) & Qt::ItemIsEditable));
    QVERIFY(k1.data(Qt::ToolTipRole).toString().contains(QLatin1String("Conflict of interest")));
    QSignalSpy refused(m_model.get(), &BallotModel::refused);
    QVERIFY(!m_model->setData(k1, QStringLiteral("5")));
    QCOMPARE(refused.count(), 1);
    // The recusal may carry a comment.
    QVERIFY(m_model->setComment(k1, QStringLiteral("cousin")));
    QCOMPARE(k1.data(BallotModel::CommentRole).toString(), QStringLiteral("cousin"));
}

void TestBallotModel::notEditableForOthersOrWhenSubmitted()
{
    const QModelIndex k1 = cell(freeRow(), QStringLiteral("K1"));
    QVERIFY(m_model->flags(k1) & Qt::ItemIsEditable);
    // The chair (not bound to this member) may look, not write.
    signIn(QStringLiteral("chair"));
    QVERIFY(!(m_model->flags(k1) & Qt::ItemIsEditable));
    QVERIFY(!m_model->lockReason().isEmpty());
    QSignalSpy refused(m_model.get(), &BallotModel::refused);
    QVERIFY(!m_model->setData(k1, QStringLiteral("5")));
    QCOMPARE(refused.count(), 1);
    // The secretary may (paper ballots) …
    signIn(QStringLiteral("secretary"));
    QVERIFY(m_model->flags(k1) & Qt::ItemIsEditable);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = BallotModel::FirstCriterionColumn; column < m_model->totalColumn();
             ++column) {
            if (m_model->flags(m_model->index(row, column)) & Qt::ItemIsEditable)
                QVERIFY(m_model->setData(m_model->index(row, column), QStringLiteral("5")));
        }
    }
    QCOMPARE(m_model->progress().missing(), 0);
    QVERIFY(BallotService(m_contest->document()).submit(m_member).ok());
    // … until it is submitted.
    QVERIFY(m_model->ballot().isSubmitted());
    QVERIFY(!(m_model->flags(k1) & Qt::ItemIsEditable));
    QVERIFY(m_model->lockReason().contains(QLatin1String("submitted")));
}

void TestBallotModel::followsWritesElsewhere()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const qint64 nominee =
        m_model->index(freeRow(), 0).data(BallotModel::NomineeIdRole).toLongLong();
    BallotService service(m_contest->document());
    QVERIFY(service
                .setCell(m_member, nominee,
                         m_contest->document().criteria().idOfCode(QStringLiteral("K5")),
                         ScoreState::Entered, 3)
                .ok());
    QVERIFY(changed.count() >= 1);
    QCOMPARE(reset.count(), 0); // the view keeps its current cell
    QCOMPARE(cell(freeRow(), QStringLiteral("K5")).data().toString(), QStringLiteral("3"));
}

void TestBallotModel::paperEntrySource()
{
    signIn(QStringLiteral("secretary"));
    QVERIFY(DoubleEntryService(m_contest->document()).setRequired(true).ok());
    m_model->reload();
    // The saved ballot is no longer the secretary's to type …
    const int row = freeRow();
    QVERIFY(!(m_model->flags(cell(row, QStringLiteral("K1"))) & Qt::ItemIsEditable));
    QVERIFY2(m_model->lockReason().contains(QLatin1String("double entry")),
             qPrintable(m_model->lockReason()));
    // … entry 1 is, through the same grid.
    QSignalSpy changed(m_model.get(), &BallotModel::ballotChanged);
    m_model->setSource(BallotModel::FirstEntry);
    QCOMPARE(m_model->source(), BallotModel::FirstEntry);
    QVERIFY(changed.count() >= 1);
    QVERIFY(m_model->lockReason().isEmpty());
    QVERIFY(m_model->setData(cell(row, QStringLiteral("K1")), QStringLiteral("6,5")));
    QVERIFY(m_model->setState(cell(row, QStringLiteral("K2")), ScoreState::Abstained));
    QCOMPARE(cell(row, QStringLiteral("K1")).data().toString(), QStringLiteral("6.5"));
    QCOMPARE(cell(row, QStringLiteral("K2")).data().toString(), QStringLiteral("—"));
    QCOMPARE(m_model->index(row, m_model->totalColumn()).data().toString(), QStringLiteral("6.5"));
    QCOMPARE(m_model->progress().scored, 2 + lockedCells());
    const QSqlDatabase db = m_contest->document().database().connection();
    QCOMPARE(PaperEntryRepository(db).cells(m_member, PaperSide::First).size(), 2);
    QCOMPARE(ScoreRepository(db).count(m_member), 0); // nothing counts yet
    QSignalSpy refused(m_model.get(), &BallotModel::refused);
    QVERIFY(!m_model->setData(cell(row, QStringLiteral("K3")), QStringLiteral("12")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(m_model->clear(cell(row, QStringLiteral("K2"))));
    QCOMPARE(PaperEntryRepository(db).cells(m_member, PaperSide::First).size(), 1);
    // Entry 2 is another secretary's: shown empty and locked for the typist of entry 1.
    m_model->setSource(BallotModel::SecondEntry);
    QCOMPARE(cell(row, QStringLiteral("K1")).data().toString(), QString());
    QVERIFY(!(m_model->flags(cell(row, QStringLiteral("K1"))) & Qt::ItemIsEditable));
    QVERIFY2(m_model->lockReason().contains(QLatin1String("another secretary")),
             qPrintable(m_model->lockReason()));
    QVERIFY(!m_model->setData(cell(row, QStringLiteral("K1")), QStringLiteral("6.5")));
    QCOMPARE(PaperEntryRepository(db).cells(m_member, PaperSide::Second).size(), 0);
    m_model->setSource(BallotModel::Scores);
    QCOMPARE(cell(row, QStringLiteral("K1")).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestBallotModel)
#include "tst_ballotmodel.moc"
