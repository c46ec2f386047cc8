// The secretary's Accounts dialog, driven as a secretary would: add a member's account through
// the New Account dialog, reset its password, deactivate it; a chair sees the buttons disabled.
#include "accountsdialog.h"
#include "itemmodels/accounttablemodel.h"
#include "services/accountservice.h"
#include "services/passwords.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace akim;

class TestAccountsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void secretaryManagesAccounts();
};

void TestAccountsDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
}

void TestAccountsDialog::secretaryManagesAccounts()
{
    test::TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    Member chair;
    chair.commissionId = doc.commissions().commissions().constFirst().id;
    chair.fullName = QStringLiteral("Төлеуов Ерғали");
    chair.role = MemberRole::Chair;
    QVERIFY(doc.addMember(chair).ok());
    QVERIFY(
        AccountService(doc)
            .create(
                {QStringLiteral("sec"), {}, AccountRole::Secretary, 0, QStringLiteral("secret")})
            .ok());

    AccountsDialog dialog(&doc);
    dialog.show();
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addAccountButton"));
    auto *reset = dialog.findChild<QPushButton *>(QStringLiteral("resetPasswordButton"));
    auto *toggle = dialog.findChild<QPushButton *>(QStringLiteral("toggleAccountButton"));
    QVERIFY(add->isEnabled());
    QVERIFY(!reset->isEnabled()); // nothing selected

    // A chair's account bound to the commission's chair.
    const auto added = test::answerNextModal([](QWidget *modal) {
        test::typeText(modal->findChild<QLineEdit *>(QStringLiteral("accountLogin")),
                       QStringLiteral("yergali"));
        auto *role = modal->findChild<QComboBox *>(QStringLiteral("accountRole"));
        role->setCurrentIndex(role->findData(int(AccountRole::Chair)));
        auto *member = modal->findChild<QComboBox *>(QStringLiteral("accountMember"));
        const int index = member->findText(QStringLiteral("Төлеуов Ерғали"), Qt::MatchContains);
        member->setCurrentIndex(index);
        for (const char *name : {"accountPassword", "accountPasswordRepeat"})
            test::typeText(modal->findChild<QLineEdit *>(QLatin1String(name)),
                           QStringLiteral("chairpass"));
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        if (modal->isVisible())
            static_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(*added);
    const std::optional<Account> account = doc.accounts().findByLogin(QStringLiteral("yergali"));
    QVERIFY(account);
    QCOMPARE(account->role, AccountRole::Chair);
    QCOMPARE(doc.commissions().member(account->memberId).fullName,
             QStringLiteral("Төлеуов Ерғали"));
    // The new account is selected.
    QVERIFY(reset->isEnabled());

    const auto resetDone = test::answerNextModal([](QWidget *modal) {
        for (const char *name : {"newPassword", "newPasswordRepeat"})
            test::typeText(modal->findChild<QLineEdit *>(QLatin1String(name)),
                           QStringLiteral("another"));
        QTest::mouseClick(modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    });
    QTest::mouseClick(reset, Qt::LeftButton);
    QVERIFY(*resetDone);
    QVERIFY(passwords::verify(doc.accounts().findByLogin(QStringLiteral("yergali"))->passwordHash,
                              QStringLiteral("another")));

    QCOMPARE(toggle->text(), QStringLiteral("&Deactivate"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!doc.accounts().findByLogin(QStringLiteral("yergali"))->active);
    QCOMPARE(toggle->text(), QStringLiteral("A&ctivate"));
    dialog.close();

    // Signed in as that chair (active again), the dialog offers nothing.
    QVERIFY(AccountService(doc).setActive(account->id, true).ok());
    QVERIFY(doc.signIn(QStringLiteral("yergali"), QStringLiteral("another")).ok());
    AccountsDialog chairs(&doc);
    QVERIFY(!chairs.findChild<QPushButton *>(QStringLiteral("addAccountButton"))->isEnabled());
    chairs.table()->selectRow(0);
    QVERIFY(!chairs.findChild<QPushButton *>(QStringLiteral("resetPasswordButton"))->isEnabled());
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
