// Signing in by keyboard as a member would: the user name typed exactly (no completion picking a
// longer name), Tab, the password, Enter; a wrong password keeps the dialog open with the reason.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QtTest>

using namespace akim;

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboardSignIn();
};

void TestSignInDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
}

void TestSignInDialog::keyboardSignIn()
{
    test::TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(contest.document(), options), QString());
    ContestDocument &doc = contest.document();
    // "member2" is a prefix of "member20" and others: typing it must sign in as member2.
    QVERIFY(doc.accounts().findByLogin(QStringLiteral("member20")));

    SignInDialog dialog(&doc, QStringLiteral("hint"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *login = dialog.findChild<QComboBox *>(QStringLiteral("signInLogin"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("signInError"));
    login->setFocus();
    QTest::keyClicks(login, QStringLiteral("member2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), password);
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    QVERIFY(password->text().isEmpty());
    QVERIFY(!doc.account());

    QTest::keyClicks(password, demo::DemoAccounts::password());
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(doc.account()->login, QStringLiteral("member2"));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
