// The Accounts dialog's model: every account with its role and the member it scores as, kept
// current by the document's accountsChanged.
#include "itemmodels/accounttablemodel.h"
#include "services/accountservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace akim;

class TestAccountTableModel : public QObject
{
    Q_OBJECT

private slots:
    void listsAccountsAndFollowsChanges();
};

void TestAccountTableModel::listsAccountsAndFollowsChanges()
{
    test::TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    Member member;
    member.commissionId = doc.commissions().commissions().constFirst().id;
    member.fullName = QStringLiteral("Жұмабекова Әсел");
    QVERIFY(doc.addMember(member).ok());
    const qint64 memberId = doc.commissions().members(member.commissionId).constFirst().id;

    AccountTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(AccountTableModel::ColumnCount));

    AccountService service(doc);
    QVERIFY(service
                .create({QStringLiteral("sec"), QStringLiteral("Секретарь Қ."),
                         AccountRole::Secretary, 0, QStringLiteral("pass1")})
                .ok());
    QVERIFY(service
                .create({QStringLiteral("asel"),
                         {},
                         AccountRole::Member,
                         memberId,
                         QStringLiteral("pass2")})
                .ok());
    QCOMPARE(model.rowCount(), 2);
    // Secretaries first, then members.
    QCOMPARE(model.index(0, AccountTableModel::LoginColumn).data().toString(),
             QStringLiteral("sec"));
    QCOMPARE(model.index(0, AccountTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Секретарь Қ."));
    QCOMPARE(model.index(0, AccountTableModel::RoleColumn).data().toString(),
             QStringLiteral("Secretary"));
    QCOMPARE(model.index(0, AccountTableModel::MemberColumn).data().toString(), QString());
    const int asel = model.rowOfLogin(QStringLiteral("asel"));
    QCOMPARE(asel, 1);
    QVERIFY(model.index(asel, AccountTableModel::MemberColumn)
                .data()
                .toString()
                .endsWith(QStringLiteral(": Жұмабекова Әсел")));
    QCOMPARE(model.index(asel, AccountTableModel::ActiveColumn).data().toString(),
             QStringLiteral("Active"));
    QVERIFY(model.index(asel, 0).data(AccountTableModel::ActiveRole).toBool());

    QVERIFY(service.setActive(model.accountAt(asel).id, false).ok());
    QCOMPARE(model.index(asel, AccountTableModel::ActiveColumn).data().toString(),
             QStringLiteral("Deactivated"));
    QVERIFY(!model.index(asel, 0).data(AccountTableModel::ActiveRole).toBool());
    QVERIFY(model.index(asel, 0).data(Qt::ForegroundRole).isValid());

    doc.close();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAccountTableModel)
#include "tst_accounttablemodel.moc"
