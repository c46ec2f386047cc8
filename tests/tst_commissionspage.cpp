// The Commissions tab's "Blank Ballots…": the language dialog, the save dialog and the closing
// question answered as a user would, the PDF written on the worker and read back; Cancel writes
// nothing; and the button follows the PrintReports permission of whoever is signed in.
#include "commissionspage.h"
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "messagebox.h"
#include "pdftext.h"
#include "services/ballotservice.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QPushButton>
#include <QtTest>

using namespace akim;

class TestCommissionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void blankBallotsWritesThePdf();
    void cancelledDialogWritesNothing();
    void buttonFollowsPrintPermission();

private:
    ContestDocument &doc() { return m_contest->document(); }
    QPushButton *button(CommissionsPage &page) const
    {
        return page.findChild<QPushButton *>(QStringLiteral("blankBallotsButton"));
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
    Commission m_commission; // the demo's regional commission
};

void TestCommissionsPage::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 1;
    options.nomineesPerRegion = 6;
    QCOMPARE(demo::DemoGenerator::generate(doc(), options), QString());
    for (const Commission &c : doc().commissions().commissions()) {
        if (c.stage == StageKind::Regional && !doc().commissions().members(c.id).isEmpty())
            m_commission = c;
    }
    QVERIFY(m_commission.id);
}

void TestCommissionsPage::init()
{
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
    MessageBox::resetLog();
    QVERIFY(doc().signIn(QStringLiteral("secretary"), demo::DemoAccounts::password()).ok());
}

void TestCommissionsPage::cleanup()
{
    doc().signOut();
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
}

void TestCommissionsPage::blankBallotsWritesThePdf()
{
    CommissionsPage page(&doc());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCommission(m_commission.id);
    QPushButton *blank = button(page);
    QVERIFY(blank);
    QVERIFY(blank->isEnabled());

    const QString out = m_contest->filePath(QStringLiteral("Ballots kk"));
    FileDialogs::setNextPath(out);              // without a suffix: the dialog adds ".pdf"
    MessageBox::setNextAnswer(QMessageBox::No); // "Open the file now?"
    QStringList offered;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        QCOMPARE(modal->objectName(), QStringLiteral("blankBallotsDialog"));
        auto *language = modal->findChild<QComboBox *>(QStringLiteral("blankBallotsLanguage"));
        QVERIFY(language);
        for (int i = 0; i < language->count(); ++i)
            offered << language->itemData(i).toString();
        language->setCurrentIndex(language->findData(QStringLiteral("kk")));
        qobject_cast<QDialog *>(modal)->accept();
    });
    QTest::mouseClick(blank, Qt::LeftButton);
    QTRY_VERIFY(*answered);
    QCOMPARE(offered,
             (QStringList{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));
    QCOMPARE(FileDialogs::lastCaption(), QStringLiteral("Save Blank Ballots"));

    const QString pdf = out + QStringLiteral(".pdf");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(pdf), 30000);
    QTRY_COMPARE(MessageBox::pendingAnswers(), 0);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Question);
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(pdf)),
             qPrintable(MessageBox::lastText()));

    // One ballot per voting member, in Kazakh names, the secretary's own name nowhere.
    const QStringList pages = test::pdfPages(pdf);
    const QString text = pages.join(QLatin1Char('\n'));
    const QVector<Member> voters = BallotService(doc()).votingMembers(m_commission.id);
    // Labels are Kazakh once translated, so ballots are counted by their members' names.
    QVERIFY(pages.size() >= voters.size());
    for (const Member &m : voters)
        QVERIFY2(text.contains(m.fullName), qPrintable(m.fullName));
    for (const Member &m : doc().commissions().members(m_commission.id)) {
        if (m.role == MemberRole::Secretary)
            QVERIFY(!text.contains(m.fullName));
    }
    QVERIFY(text.contains(m_commission.nameKk));
}

void TestCommissionsPage::cancelledDialogWritesNothing()
{
    CommissionsPage page(&doc());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.selectCommission(m_commission.id);
    const QString out = m_contest->filePath(QStringLiteral("never.pdf"));
    FileDialogs::setNextPath(out);
    const auto answered =
        test::answerNextModal([](QWidget *modal) { qobject_cast<QDialog *>(modal)->reject(); });
    QTest::mouseClick(button(page), Qt::LeftButton);
    QTRY_VERIFY(*answered);
    QCOMPARE(FileDialogs::pendingPaths(), 1); // no file was asked for
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestCommissionsPage::buttonFollowsPrintPermission()
{
    CommissionsPage page(&doc());
    page.selectCommission(m_commission.id);
    QVERIFY(button(page)->isEnabled()); // the secretary

    qint64 memberId = 0;
    for (const Member &m : BallotService(doc()).votingMembers(m_commission.id)) {
        if (m.role == MemberRole::Member)
            memberId = m.id;
    }
    QVERIFY(memberId);
    QVERIFY(doc()
                .signIn(demo::DemoAccounts::memberLogin(memberId), demo::DemoAccounts::password())
                .ok());
    QVERIFY(!button(page)->isEnabled()); // a member scores, and prints nothing

    QVERIFY(doc().signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    QVERIFY(button(page)->isEnabled());

    doc().signOut();
    QVERIFY(!button(page)->isEnabled()); // a file with accounts: sign in first
}

QTEST_MAIN(TestCommissionsPage)
#include "tst_commissionspage.moc"
