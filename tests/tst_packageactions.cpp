// Ballot packages in the main window: the secretary exports a commission's packages into a
// folder and imports the scored ones after seeing the differences; a member opens a package and
// sees only its ballot under a bar that says whose it is and what to do with the file.
#include "filedialogs.h"
#include "itemmodels/cellchangemodel.h"
#include "itemmodels/packageimportmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "packageactions.h"
#include "packageexportdialog.h"
#include "packagefixture.h"
#include "packageimportdialog.h"
#include "services/accountservice.h"
#include "services/ballotservice.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QtTest>

using namespace akim;

class TestPackageActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void memberSeesOnlyTheBallot();
    void secretaryImportsAfterSeeingTheDifferences();
    void refusedPackageIsShownAndNotImported();
    void exportDialogWritesACommissionsPackages();

private:
    QString scoredPackage(const QString &contest, const QString &name);

    test::PackageFixture m_fixture;
};

void TestPackageActions::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    const QString error = m_fixture.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPackageActions::cleanup()
{
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
    SignInDialog::clearAnswers();
}

QString TestPackageActions::scoredPackage(const QString &contest, const QString &name)
{
    const QString package = m_fixture.filePath(name);
    if (const EditResult r =
            test::PackageFixture::exportPackage(contest, m_fixture.member(), package);
        !r.ok())
        return r.message;
    const QString scored = test::PackageFixture::scorePackage(package, m_fixture.member(), 9);
    return scored.isEmpty() ? package : scored;
}

void TestPackageActions::memberSeesOnlyTheBallot()
{
    const QString contest = m_fixture.freshContest();
    const QString package = m_fixture.filePath(QStringLiteral("member.akb"));
    QVERIFY(test::PackageFixture::exportPackage(contest, m_fixture.member(), package).ok());
    MainWindow window;
    window.show();
    SignInDialog::setNextAnswer(test::PackageFixture::login(m_fixture.member()),
                                QString::fromLatin1(test::PackageFixture::kPassword));
    QVERIFY(window.openFile(package));
    QVERIFY(window.document()->isBallotPackage());
    QVERIFY(window.document()->account());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("contestTabs"));
    int visible = 0;
    for (int i = 0; i < tabs->count(); ++i)
        visible += tabs->isTabVisible(i) ? 1 : 0;
    QCOMPARE(visible, 1);
    QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Ballot"));
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("packageBar"));
    QVERIFY(bar && bar->isVisible());
    auto *banner = window.findChild<QLabel *>(QStringLiteral("packageBanner"));
    const QString member = window.document()->commissions().member(m_fixture.member()).fullName;
    QVERIFY2(banner->text().contains(member), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("press Submit")));
    QVERIFY(!window.packageActions()->exportAction()->isEnabled());
    QVERIFY(!window.packageActions()->importAction()->isEnabled());

    // Submitting in the package: the bar says where the file to send back is.
    BallotService ballots(*window.document());
    const BallotLayout layout = ballots.layout(m_fixture.member());
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            const bool conflict = layout.isConflict(row.nominee.id);
            QVERIFY(
                ballots
                    .setCell(m_fixture.member(), row.nominee.id, c.id,
                             conflict ? scoring::ScoreState::Recused : scoring::ScoreState::Entered,
                             conflict ? 0 : 5)
                    .ok());
        }
    }
    QVERIFY(ballots.submit(m_fixture.member()).ok());
    QVERIFY2(banner->text().contains(QStringLiteral("Submitted. Send this file back")),
             qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QDir::toNativeSeparators(window.document()->path())));

    // A contest file again: every tab, no bar.
    SignInDialog::setNextAnswer(QStringLiteral("secretary"),
                                QString::fromLatin1(test::PackageFixture::kPassword));
    QVERIFY(window.openFile(contest));
    visible = 0;
    for (int i = 0; i < tabs->count(); ++i)
        visible += tabs->isTabVisible(i) ? 1 : 0;
    QCOMPARE(visible, tabs->count());
    QVERIFY(!bar->isVisible());
    QVERIFY(window.packageActions()->importAction()->isEnabled());
}

void TestPackageActions::secretaryImportsAfterSeeingTheDifferences()
{
    const QString contest = m_fixture.freshContest();
    const QString package = scoredPackage(contest, QStringLiteral("import.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    MainWindow window;
    window.show();
    SignInDialog::setNextAnswer(QStringLiteral("secretary"),
                                QString::fromLatin1(test::PackageFixture::kPassword));
    QVERIFY(window.openFile(contest));
    const int cells = BallotService(*window.document()).layout(m_fixture.member()).cellCount();

    FileDialogs::setNextPath(package);
    int listed = 0;
    int changes = 0;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PackageImportDialog *>(modal);
        QVERIFY(dialog);
        QAbstractItemModelTester packages(dialog->packageView()->model());
        QAbstractItemModelTester cellChanges(dialog->changeView()->model());
        listed = dialog->packageView()->model()->rowCount();
        changes = dialog->changeView()->model()->rowCount();
        const QModelIndex result =
            dialog->packageView()->model()->index(0, PackageImportModel::ResultColumn);
        QVERIFY(result.data().toString().startsWith(QStringLiteral("Ready:")));
        const QModelIndex after =
            dialog->changeView()->model()->index(0, CellChangeModel::AfterColumn);
        QVERIFY(after.data().toString() == QStringLiteral("9") ||
                after.data().toString() == QStringLiteral("recused"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")),
                          Qt::LeftButton);
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.packageActions()->importPackages();
    QVERIFY(*answered);
    QCOMPARE(listed, 1);
    QCOMPARE(changes, cells);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Imported and submitted")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(BallotService(*window.document()).ballot(m_fixture.member()).isSubmitted());
}

void TestPackageActions::refusedPackageIsShownAndNotImported()
{
    const QString contest = m_fixture.freshContest();
    const QString package = scoredPackage(contest, QStringLiteral("refused.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    QVERIFY(test::rawSql(package, {QStringLiteral("UPDATE score SET comment = 'x'")}));
    MainWindow window;
    window.show();
    SignInDialog::setNextAnswer(QStringLiteral("secretary"),
                                QString::fromLatin1(test::PackageFixture::kPassword));
    QVERIFY(window.openFile(contest));
    const qint64 audit = window.document()->audit().count();
    FileDialogs::setNextPath(package);
    bool importEnabled = true;
    QString changesText;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<PackageImportDialog *>(modal);
        QVERIFY(dialog);
        importEnabled =
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
        changesText = dialog->findChild<QLabel *>(QStringLiteral("changesLabel"))->text();
        dialog->reject();
    });
    window.packageActions()->importPackages();
    QVERIFY(*answered);
    QVERIFY(!importEnabled);
    QVERIFY2(changesText.contains(QStringLiteral("changed outside Akim Contest")),
             qPrintable(changesText));
    QCOMPARE(window.document()->audit().count(), audit);
    QVERIFY(!BallotService(*window.document()).ballot(m_fixture.member()).isSubmitted());
}

void TestPackageActions::exportDialogWritesACommissionsPackages()
{
    const QString contest = m_fixture.freshContest();
    ContestDocument doc;
    QVERIFY(doc.open(contest));
    QVERIFY(doc.signIn(QStringLiteral("secretary"),
                       QString::fromLatin1(test::PackageFixture::kPassword))
                .ok());
    // The colleague has no active account: listed, greyed, with the reason.
    QVERIFY(AccountService(doc)
                .setActive(doc.accounts().findByMember(m_fixture.colleague())->id, false)
                .ok());
    const qint64 commissionId = doc.commissions().member(m_fixture.member()).commissionId;
    const int voting = int(BallotService(doc).votingMembers(commissionId).size());

    PackageExportDialog dialog(&doc);
    dialog.show();
    auto *commission = dialog.commissionBox();
    commission->setCurrentIndex(commission->findData(commissionId));
    QListWidget *members = dialog.memberList();
    QCOMPARE(members->count(), voting);
    int checked = 0;
    for (int i = 0; i < members->count(); ++i) {
        QListWidgetItem *item = members->item(i);
        if (item->data(Qt::UserRole).toLongLong() == m_fixture.colleague()) {
            QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
            QVERIFY(item->text().contains(QStringLiteral("no active account")));
        } else {
            QCOMPARE(item->checkState(), Qt::Checked);
            ++checked;
        }
    }
    auto *exportButton = dialog.findChild<QPushButton *>(QStringLiteral("exportButton"));
    QVERIFY(!exportButton->isEnabled()); // no folder yet
    const QString folder = m_fixture.filePath(QStringLiteral("packages"));
    QVERIFY(QDir().mkpath(folder));
    FileDialogs::setNextPath(folder);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("browseButton")),
                      Qt::LeftButton);
    QCOMPARE(QDir::fromNativeSeparators(dialog.folderEdit()->text()), folder);
    QVERIFY(exportButton->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog.written().size(), checked);
    const QStringList files =
        QDir(folder).entryList({QStringLiteral("*.akb")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), checked);
    const QString member = doc.commissions().member(m_fixture.member()).fullName;
    QVERIFY2(files.join(QLatin1Char('\n')).contains(member),
             qPrintable(files.join(QLatin1Char('\n'))));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("%1 package(s) written").arg(checked)) ||
            MessageBox::lastText().contains(QStringLiteral("packages written")));
}

QTEST_MAIN(TestPackageActions)
#include "tst_packageactions.moc"
