// PaperDisagreementModel over a small demo: the disagreements between the two entries of a paper
// ballot, one row per cell with both values ("not typed" where an entry lacks the cell), what
// stands between the entries and acceptance, and that it follows resolving and accepting.
#include "demo/demogenerator.h"
#include "itemmodels/paperdisagreementmodel.h"
#include "services/accountservice.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;
using scoring::ScoreState;

namespace {

const QString kSecond = QStringLiteral("secretary2");
const QString kSecondPassword = QStringLiteral("second-secretary-1");

} // namespace

class TestPaperDisagreementModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void nothingTypedYet();
    void rowPerDisagreement();
    void followsResolvingAndAccepting();
    void noMemberNoRows();

private:
    void signIn(const QString &login, const QString &password = QStringLiteral("demo"));
    // Entry 1 by the secretary; entry 2 by the second secretary with K2 of m_nominee different
    // and its last cell left out.
    void typeBoth();
    qint64 criterion(const QString &code) const
    {
        return m_contest->document().criteria().idOfCode(code);
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<PaperDisagreementModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_member = 0;
    qint64 m_nominee = 0; // the first nominee of the ballot without a conflict
    QString m_nomineeName;
    std::pair<qint64, qint64> m_last; // the ballot's last cell: nominee, criterion
};

void TestPaperDisagreementModel::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    QSqlQuery q = sql::exec(doc.database().connection(),
                            QStringLiteral("SELECT member_id FROM member_conflict ORDER BY 1 "
                                           "LIMIT 1"));
    QVERIFY(q.next());
    m_member = q.value(0).toLongLong();
    const BallotLayout layout = BallotService(doc).layout(m_member);
    for (const NomineeRow &row : layout.nominees) {
        if (layout.isConflict(row.nominee.id))
            continue;
        if (m_nominee == 0) {
            m_nominee = row.nominee.id;
            m_nomineeName = row.nominee.fullName;
        }
        m_last = {row.nominee.id, layout.criteria.constLast().id};
    }
    QVERIFY(m_nominee && m_last.first != m_nominee);
    signIn(QStringLiteral("secretary"));
    const EditResult created = AccountService(doc).create(
        {kSecond, QStringLiteral("Second secretary"), AccountRole::Secretary, 0, kSecondPassword});
    QVERIFY2(created.ok(), qPrintable(created.message));
}

void TestPaperDisagreementModel::init()
{
    m_model = std::make_unique<PaperDisagreementModel>(&m_contest->document());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    signIn(QStringLiteral("secretary"));
}

void TestPaperDisagreementModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    // Each test starts without entries or scores.
    ContestDocument &doc = m_contest->document();
    QCOMPARE(doc.runInTransaction([&] {
        for (const char *table : {"paper_cell", "paper_entry", "score", "ballot"})
            sql::exec(doc.database().connection(),
                      QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)));
    }),
             QString());
}

void TestPaperDisagreementModel::signIn(const QString &login, const QString &password)
{
    m_contest->document().signOut();
    const EditResult result = m_contest->document().signIn(login, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestPaperDisagreementModel::typeBoth()
{
    ContestDocument &doc = m_contest->document();
    const BallotLayout layout = BallotService(doc).layout(m_member);
    DoubleEntryService service(doc);
    for (const PaperSide side : {PaperSide::First, PaperSide::Second}) {
        signIn(side == PaperSide::First ? QStringLiteral("secretary") : kSecond,
               side == PaperSide::First ? QStringLiteral("demo") : kSecondPassword);
        for (const NomineeRow &row : layout.nominees) {
            if (layout.isConflict(row.nominee.id))
                continue;
            for (const Criterion &c : layout.criteria) {
                if (side == PaperSide::Second && row.nominee.id == m_last.first &&
                    c.id == m_last.second)
                    continue;
                const bool differs = side == PaperSide::Second && row.nominee.id == m_nominee &&
                                     c.code == QLatin1String("K2");
                const EditResult r = service.setCell(m_member, side, row.nominee.id, c.id,
                                                     ScoreState::Entered, differs ? 3 : 7);
                QVERIFY2(r.ok(), qPrintable(r.message));
            }
        }
    }
}

void TestPaperDisagreementModel::nothingTypedYet()
{
    m_model->setMemberId(m_member);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(PaperDisagreementModel::ColumnCount));
    QCOMPARE(
        m_model->headerData(PaperDisagreementModel::FirstEntryColumn, Qt::Horizontal).toString(),
        QStringLiteral("Entry 1"));
    QCOMPARE(m_model->summary().size(), 1);
    QVERIFY2(m_model->summary().constFirst().startsWith(QLatin1String("Neither entry")),
             qPrintable(m_model->summary().join(QLatin1Char('\n'))));
    QVERIFY(!m_model->canAccept());
    QVERIFY(m_model->lockReason().isEmpty());
}

void TestPaperDisagreementModel::rowPerDisagreement()
{
    typeBoth();
    m_model->setMemberId(m_member);
    QCOMPARE(m_model->rowCount(), 2);
    // In the ballot's order: the misread cell of the first nominee, then the missing last cell.
    const int misread = m_model->rowOf(m_nominee, criterion(QStringLiteral("K2")));
    QCOMPARE(misread, 0);
    QCOMPARE(m_model->rowOf(m_last.first, m_last.second), 1);
    QCOMPARE(m_model->rowOf(m_nominee, criterion(QStringLiteral("K1"))), -1);
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, PaperDisagreementModel::NomineeColumn), m_nomineeName);
    QVERIFY(!text(0, PaperDisagreementModel::OkrugColumn).isEmpty());
    QCOMPARE(text(0, PaperDisagreementModel::CriterionColumn), QStringLiteral("K2"));
    QCOMPARE(text(0, PaperDisagreementModel::FirstEntryColumn), QStringLiteral("7"));
    QCOMPARE(text(0, PaperDisagreementModel::SecondEntryColumn), QStringLiteral("3"));
    QVERIFY(m_model->index(0, 0).data(PaperDisagreementModel::BothTypedRole).toBool());
    QCOMPARE(m_model->index(0, 0).data(PaperDisagreementModel::NomineeIdRole).toLongLong(),
             m_nominee);
    QCOMPARE(text(1, PaperDisagreementModel::FirstEntryColumn), QStringLiteral("7"));
    QCOMPARE(text(1, PaperDisagreementModel::SecondEntryColumn), QStringLiteral("not typed"));
    QVERIFY(!m_model->index(1, 0).data(PaperDisagreementModel::BothTypedRole).toBool());
    QCOMPARE(
        m_model->headerData(PaperDisagreementModel::SecondEntryColumn, Qt::Horizontal).toString(),
        QStringLiteral("Entry 2 (secretary2)"));
    const QStringList summary = m_model->summary();
    QCOMPARE(summary.size(), 2);
    QVERIFY2(summary.at(0).startsWith(QLatin1String("Entry 2 (typed by secretary2)")),
             qPrintable(summary.at(0)));
    QVERIFY2(summary.at(1).contains(QLatin1String("disagree on 2 cell")),
             qPrintable(summary.at(1)));
    QVERIFY(!m_model->canAccept());
    QVERIFY(!m_model->comparison().complete());
}

void TestPaperDisagreementModel::followsResolvingAndAccepting()
{
    typeBoth();
    m_model->setMemberId(m_member);
    QCOMPARE(m_model->rowCount(), 2);
    ContestDocument &doc = m_contest->document();
    DoubleEntryService service(doc);
    // The second secretary types the missing cell; any secretary settles K2 with a reason.
    QVERIFY(service
                .setCell(m_member, PaperSide::Second, m_last.first, m_last.second,
                         ScoreState::Entered, 7)
                .ok());
    QVERIFY(service
                .useValue(m_member, m_nominee, criterion(QStringLiteral("K2")), PaperSide::First,
                          QStringLiteral("the paper says 7"))
                .ok());
    // The entries have no signal of their own: the view asks again.
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy compared(m_model.get(), &PaperDisagreementModel::comparisonChanged);
    m_model->refresh();
    QCOMPARE(compared.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->canAccept());
    QVERIFY(m_model->summary().constLast().contains(QLatin1String("can be accepted")));
    // Accepting submits the ballot, which the model hears of and shows as the lock.
    QVERIFY(service.accept(m_member).ok());
    QCOMPARE(compared.size(), 2);
    QVERIFY2(m_model->lockReason().contains(QLatin1String("submitted")),
             qPrintable(m_model->lockReason()));
    QVERIFY(!m_model->canAccept());
    QCOMPARE(m_model->summary().constLast(), m_model->lockReason());
}

void TestPaperDisagreementModel::noMemberNoRows()
{
    typeBoth();
    m_model->setMemberId(m_member);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setMemberId(0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->summary().isEmpty());
    QVERIFY(!m_model->canAccept());
    QVERIFY(!m_model->disagreementAt(0));
}

QTEST_MAIN(TestPaperDisagreementModel)
#include "tst_paperdisagreementmodel.moc"
