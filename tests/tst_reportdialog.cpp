// Reports > Protocols and Reports: the report dialog chooses a document and its fields, loads
// it on a worker, writes it as a PDF (file dialog answered), previews and prints it through the
// PrintDialogs hooks; progress and Cancel while the worker runs, errors in a message box with the
// dialog still usable, a cancelled or abandoned write leaves no file, the choices are remembered,
// and the main window's Reports menu opens it only when a contest is open and printing allowed.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "packagefixture.h"
#include "pdftext.h"
#include "printdialogs.h"
#include "reportactions.h"
#include "reportdialog.h"
#include "reportform.h"
#include "services/ballotservice.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QtTest>

using namespace akim;
using report::ReportKind;
using report::ReportRequest;

namespace {

// A document of `pages` pages that takes `msPerPage` to paint each: long enough to be
// cancelled in the middle.
class SlowDocument : public report::ReportDocument
{
public:
    SlowDocument(int pages, int msPerPage)
        : m_pages(pages)
        , m_ms(msPerPage)
    {}

    QString title() const override { return QStringLiteral("Slow test document"); }

    bool print(QPagedPaintDevice *device, const Progress &progress) const override
    {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, {}));
        QPainter painter(device);
        for (int page = 1; page <= m_pages; ++page) {
            if (page > 1)
                device->newPage();
            painter.drawText(QPointF(200, 200), QStringLiteral("Page %1").arg(page));
            QThread::msleep(m_ms);
            if (progress && !progress(page, m_pages)) {
                painter.end();
                return false;
            }
        }
        return painter.end();
    }

private:
    int m_pages;
    int m_ms;
};

ReportDialog::Loader slowLoader(int pages, int msPerPage)
{
    return
        [=](const QString &, const ReportRequest &, QString *, const BackgroundTask::Progress &) {
            return std::make_unique<SlowDocument>(pages, msPerPage);
        };
}

} // namespace

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fieldsFollowTheKind();
    void widgetsAreNamedAndAcceleratorsUnique();
    void blankBallotsSavedAsPdf();
    void previewShowsTheSamePages();
    void printWritesToThePrinter();
    void factoryErrorIsShownAndDialogStaysUsable();
    void cancelledWriteLeavesNoFile();
    void closingWhileWritingCancelsAndWaits();
    void choicesAreRememberedInTheSession();
    void preselectOpensAScoreCard();
    void allRegionalProtocolsIntoAFolder();
    void protocolDetailsOpenTheMeetingDialog();
    void reportsMenuFollowsTheContest();

private:
    ContestDocument &doc() { return m_contest->document(); }
    template<typename T>
    static T *child(const QWidget &dialog, const char *name)
    {
        return dialog.findChild<T *>(QLatin1String(name));
    }
    static QPushButton *button(const QWidget &dialog, const char *name)
    {
        return child<QPushButton>(dialog, name);
    }
    static void choose(ReportDialog &dialog, const char *combo, const QVariant &data)
    {
        auto *box = child<QComboBox>(dialog, combo);
        box->setCurrentIndex(box->findData(data));
    }
    ReportRequest blankBallots(const QString &language = QStringLiteral("en")) const
    {
        ReportRequest r;
        r.kind = ReportKind::BlankBallots;
        r.commissionId = m_commission.id;
        r.language = language;
        return r;
    }
    // Clicks Save as PDF with the file dialog answered and waits for the worker.
    bool saveAs(ReportDialog &dialog, const QString &path)
    {
        FileDialogs::setNextPath(path);
        QTest::mouseClick(button(dialog, "reportSaveButton"), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 60000);
    }

    std::unique_ptr<test::TemporaryContest> m_contest;
    Commission m_commission;     // a regional commission with members
    QString m_blankBallotsError; // empty once BlankBallotDocument loads
};

void TestReportDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 5;
    QCOMPARE(demo::DemoGenerator::generate(doc(), options), QString());
    for (const Commission &c : doc().commissions().commissions()) {
        if (c.stage == StageKind::Regional && !doc().commissions().members(c.id).isEmpty() &&
            !m_commission.id)
            m_commission = c;
    }
    QVERIFY(m_commission.id);
}

void TestReportDialog::init()
{
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
    MessageBox::resetLog();
    PrintDialogs::clearAnswers();
    QVERIFY(doc().signIn(QStringLiteral("secretary"), demo::DemoAccounts::password()).ok());
}

void TestReportDialog::cleanup()
{
    doc().signOut();
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
    PrintDialogs::clearAnswers();
    QLocale::setDefault(QLocale::c());
}

void TestReportDialog::fieldsFollowTheKind()
{
    QLocale::setDefault(QLocale(QLocale::Kazakh));
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // The interface's language, unless the session chose another before (it has not yet).
    QCOMPARE(dialog.request().language, QStringLiteral("kk"));
    auto *language = child<QComboBox>(dialog, "reportLanguageCombo");
    QStringList codes;
    for (int i = 0; i < language->count(); ++i)
        codes << language->itemData(i).toString();
    QCOMPARE(codes,
             (QStringList{QStringLiteral("kk"), QStringLiteral("ru"), QStringLiteral("en")}));

    const auto shown = [&](const char *name) {
        return child<QWidget>(dialog, name)->isVisibleTo(&dialog);
    };
    choose(dialog, "reportKindCombo", int(ReportKind::Protocol));
    choose(dialog, "reportStageCombo", int(StageKind::Regional));
    QVERIFY(shown("reportStageCombo") && shown("reportRegionCombo"));
    QVERIFY(!shown("reportNomineeCombo") && !shown("reportCommissionCombo"));
    QVERIFY(shown("reportAllRegionsButton") && shown("reportDetailsButton"));
    // A protocol is one region's: no "All regions" entry, every region of the contest.
    auto *region = child<QComboBox>(dialog, "reportRegionCombo");
    QCOMPARE(region->count(), int(doc().geography().regions().size()));
    QVERIFY(dialog.isComplete());
    choose(dialog, "reportStageCombo", int(StageKind::National));
    QVERIFY(!shown("reportRegionCombo"));
    QCOMPARE(dialog.request().regionId, 0);

    choose(dialog, "reportKindCombo", int(ReportKind::ScoreCard));
    QVERIFY(shown("reportStageCombo") && shown("reportNomineeCombo"));
    QVERIFY(!shown("reportRegionCombo") && !shown("reportAllRegionsButton"));
    QVERIFY(!dialog.isComplete()); // no nominee chosen yet
    QVERIFY(!button(dialog, "reportSaveButton")->isEnabled());

    choose(dialog, "reportKindCombo", int(ReportKind::ImportReport));
    QVERIFY(shown("reportRegionCombo") && !shown("reportStageCombo"));
    QCOMPARE(region->count(), int(doc().geography().regions().size()) + 1);
    QCOMPARE(region->itemData(0).toLongLong(), 0); // all regions, first
    QVERIFY(dialog.isComplete());
    // The region chosen for the protocol stays chosen.
    choose(dialog, "reportKindCombo", int(ReportKind::Protocol));
    choose(dialog, "reportStageCombo", int(StageKind::Regional));
    const qint64 second = doc().geography().regions().value(1).id;
    choose(dialog, "reportRegionCombo", second);
    choose(dialog, "reportKindCombo", int(ReportKind::ImportReport));
    QCOMPARE(dialog.request().regionId, second);
    choose(dialog, "reportRegionCombo", 0);
    QCOMPARE(dialog.request().regionId, 0);
    QVERIFY(dialog.isComplete());

    choose(dialog, "reportKindCombo", int(ReportKind::BlankBallots));
    QVERIFY(shown("reportCommissionCombo") && !shown("reportRegionCombo"));
    choose(dialog, "reportCommissionCombo", m_commission.id);
    QCOMPARE(dialog.request().commissionId, m_commission.id);
    QVERIFY(button(dialog, "reportSaveButton")->isEnabled());
    // Idle: no progress bar, no Cancel.
    QVERIFY(!shown("reportProgressBar") && !shown("reportCancelButton"));

    // English is offered, and the dialog says it is not the official document.
    choose(dialog, "reportLanguageCombo", QStringLiteral("en"));
    QVERIFY(child<QLabel>(dialog, "reportHintLabel")->text().contains(QStringLiteral("reading")));
}

void TestReportDialog::widgetsAreNamedAndAcceleratorsUnique()
{
    ReportDialog dialog(doc());
    QStringList letters;
    const auto mnemonic = [](const QString &text) {
        const int at = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        return at < 0 ? QString() : text.mid(at + 1, 1).toLower();
    };
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->focusPolicy() != Qt::NoFocus && !qobject_cast<QLineEdit *>(w) &&
            !w->inherits("QComboBoxListView") && !w->inherits("QAbstractItemView"))
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QProgressBar *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        const QString key = mnemonic(text);
        if (key.isEmpty())
            continue;
        QVERIFY2(!letters.contains(key),
                 qPrintable(QStringLiteral("Alt+%1 twice: %2").arg(key, text)));
        letters << key;
    }
    QVERIFY(letters.size() >= 11); // six fields and five buttons
}

void TestReportDialog::blankBallotsSavedAsPdf()
{
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.preselect(blankBallots());
    const QString out = m_contest->filePath(QStringLiteral("ballots-en"));
    QVERIFY(saveAs(dialog, out)); // without a suffix: ".pdf" is added
    QCOMPARE(FileDialogs::lastCaption(), QStringLiteral("Save as PDF"));
    const QString pdf = out + QStringLiteral(".pdf");
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(QFileInfo::exists(pdf));
    const QStringList pages = test::pdfPages(pdf);
    const QVector<Member> voters = BallotService(doc()).votingMembers(m_commission.id);
    QVERIFY(pages.size() >= voters.size());
    QVERIFY(pages.join(QLatin1Char('\n')).contains(voters.constFirst().fullName));
    auto *status = child<QLabel>(dialog, "reportStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("ballots-en.pdf")), qPrintable(status->text()));
    // Idle again: Cancel and the bar gone, the buttons back.
    QVERIFY(!child<QWidget>(dialog, "reportProgressBar")->isVisible());
    QVERIFY(!child<QWidget>(dialog, "reportCancelButton")->isVisible());
    QVERIFY(button(dialog, "reportSaveButton")->isEnabled());
}

void TestReportDialog::previewShowsTheSamePages()
{
    ReportDialog dialog(doc());
    dialog.preselect(blankBallots());
    const QString saved = m_contest->filePath(QStringLiteral("preview-saved.pdf"));
    QVERIFY(saveAs(dialog, saved));
    QVERIFY(QFileInfo::exists(saved));

    // The preview would show what the hook renders: the document into a PDF printer.
    const QString rendered = m_contest->filePath(QStringLiteral("preview-rendered.pdf"));
    QString title;
    PrintDialogs::setNextPreview([&](QPrinter &printer, const report::ReportDocument &document) {
        title = document.title();
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(rendered);
        QVERIFY(document.print(&printer));
    });
    const int before = PrintDialogs::previewsShown();
    QTest::mouseClick(button(dialog, "reportPreviewButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(PrintDialogs::previewsShown(), before + 1, 30000);
    QCOMPARE(PrintDialogs::pendingAnswers(), 0);
    QVERIFY(!title.isEmpty());
    QCOMPARE(test::pdfPages(rendered).size(), test::pdfPages(saved).size());
}

void TestReportDialog::printWritesToThePrinter()
{
    // The fake document: printing does not depend on which documents have landed.
    ReportDialog dialog(doc());
    dialog.setLoader(slowLoader(3, 0));
    dialog.preselect(blankBallots());
    const QString out = m_contest->filePath(QStringLiteral("printed.pdf"));
    PrintDialogs::setNextPrint([&](QPrinter &printer) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(out);
        return true;
    });
    QTest::mouseClick(button(dialog, "reportPrintButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(PrintDialogs::pendingAnswers() == 0 && !dialog.isBusy(), 30000);
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(test::pdfPages(out).size(), 3);
    QVERIFY(child<QLabel>(dialog, "reportStatusLabel")->text().contains(QStringLiteral("printer")));

    // A cancelled print dialog prints nothing and says nothing.
    PrintDialogs::setNextPrint([](QPrinter &) { return false; });
    QTest::mouseClick(button(dialog, "reportPrintButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(PrintDialogs::pendingAnswers() == 0 && !dialog.isBusy(), 30000);
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestReportDialog::factoryErrorIsShownAndDialogStaysUsable()
{
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // A nominee's stage II score card, when nobody has reached stage II: the factory refuses
    // with a sentence.
    ReportRequest card;
    card.kind = ReportKind::ScoreCard;
    card.stage = StageKind::National;
    card.nomineeId = doc().nominees().rows().constFirst().nominee.id;
    dialog.preselect(card);
    QVERIFY(dialog.isComplete());
    const QString out = m_contest->filePath(QStringLiteral("never-card.pdf"));
    FileDialogs::setNextPath(out);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(dialog, "reportSaveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(FileDialogs::pendingPaths(), 1); // no file was asked for
    QVERIFY(!QFileInfo::exists(out));
    FileDialogs::clearPendingPaths();

    // Still usable: another document is made from the same dialog.
    QVERIFY(child<QWidget>(dialog, "reportKindCombo")->isEnabled());
    dialog.setLoader(slowLoader(2, 0));
    const QString next = m_contest->filePath(QStringLiteral("after-error.pdf"));
    QVERIFY(saveAs(dialog, next));
    QCOMPARE(test::pdfPages(next).size(), 2);
}

void TestReportDialog::cancelledWriteLeavesNoFile()
{
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setLoader(slowLoader(400, 25));
    dialog.preselect(blankBallots());
    const QString out = m_contest->filePath(QStringLiteral("cancelled.pdf"));
    FileDialogs::setNextPath(out);
    QTest::mouseClick(button(dialog, "reportSaveButton"), Qt::LeftButton);
    auto *bar = child<QProgressBar>(dialog, "reportProgressBar");
    auto *cancel = button(dialog, "reportCancelButton");
    // Writing: the bar moves, Cancel is offered, the fields and actions wait.
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
    QVERIFY(dialog.isBusy());
    QVERIFY(bar->isVisible() && cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!child<QWidget>(dialog, "reportKindCombo")->isEnabled());
    QVERIFY(!button(dialog, "reportSaveButton")->isEnabled());
    QVERIFY(!button(dialog, "reportPreviewButton")->isEnabled());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(
        child<QLabel>(dialog, "reportStatusLabel")->text().contains(QStringLiteral("Cancelled")));
    QVERIFY(!bar->isVisible() && !cancel->isVisible());
    QVERIFY(button(dialog, "reportSaveButton")->isEnabled());
    // QSaveFile leaves no temporary file behind either.
    QCOMPARE(QDir(QFileInfo(out).absolutePath())
                 .entryList({QStringLiteral("cancelled*")}, QDir::Files)
                 .size(),
             0);
}

void TestReportDialog::closingWhileWritingCancelsAndWaits()
{
    const QString out = m_contest->filePath(QStringLiteral("abandoned.pdf"));
    {
        ReportDialog dialog(doc());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setLoader(slowLoader(400, 25));
        dialog.preselect(blankBallots());
        FileDialogs::setNextPath(out);
        QTest::mouseClick(button(dialog, "reportSaveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(dialog, "reportProgressBar")->value() > 0,
                                 30000);
        QElapsedTimer timer;
        timer.start();
        dialog.reject(); // Close, Esc or the window's X
        QVERIFY(!dialog.isBusy());
        QVERIFY(timer.elapsed() < 5000); // cancelled, not painted to the end
        QVERIFY(!dialog.isVisible());
    }
    QTest::qWait(100); // nothing queued from the worker may show anything now
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestReportDialog::choicesAreRememberedInTheSession()
{
    {
        ReportDialog dialog(doc());
        dialog.preselect(blankBallots(QStringLiteral("ru")));
        dialog.reject();
    }
    ReportDialog again(doc());
    QCOMPARE(again.request().kind, ReportKind::BlankBallots);
    QCOMPARE(again.request().commissionId, m_commission.id);
    QCOMPARE(again.request().language, QStringLiteral("ru"));
}

void TestReportDialog::preselectOpensAScoreCard()
{
    const NomineeRow nominee = doc().nominees().rows().value(3);
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ReportRequest card;
    card.kind = ReportKind::ScoreCard;
    card.nomineeId = nominee.nominee.id;
    card.language = QStringLiteral("kk");
    dialog.preselect(card);
    QCOMPARE(dialog.request().kind, ReportKind::ScoreCard);
    QCOMPARE(dialog.request().nomineeId, nominee.nominee.id);
    QCOMPARE(dialog.request().language, QStringLiteral("kk"));
    auto *combo = child<QComboBox>(dialog, "reportNomineeCombo");
    QVERIFY(combo->currentText().startsWith(nominee.nominee.fullName));
    QVERIFY(button(dialog, "reportSaveButton")->isEnabled());

    // The completer finds a nominee by a part of the okrug, wherever it stands.
    QCompleter *completer = combo->completer();
    QVERIFY(completer);
    completer->setCompletionPrefix(nominee.okrugRu.mid(2, 5));
    QVERIFY(completer->completionCount() >= 1);
    // A part of a name is no nominee: nothing to print until one is picked.
    combo->lineEdit()->setText(nominee.nominee.fullName.left(4));
    QCOMPARE(dialog.request().nomineeId, 0);
    QVERIFY(!button(dialog, "reportSaveButton")->isEnabled());
    combo->setCurrentIndex(combo->findData(nominee.nominee.id));
    QCOMPARE(dialog.request().nomineeId, nominee.nominee.id);
}

void TestReportDialog::allRegionalProtocolsIntoAFolder()
{
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ReportRequest protocol;
    protocol.kind = ReportKind::Protocol;
    protocol.language = QStringLiteral("ru");
    dialog.preselect(protocol);
    QDir folder(m_contest->filePath(QStringLiteral("protocols")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    FileDialogs::setNextPath(folder.absolutePath());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(button(dialog, "reportAllRegionsButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 120000);
    QCOMPARE(MessageBox::shownCount(), 1);
    const QStringList pdfs = folder.entryList({QStringLiteral("*.pdf")}, QDir::Files);
    const QString text = MessageBox::lastText();
    // Says how many were written, and where.
    QVERIFY2(text.contains(QDir::toNativeSeparators(folder.absolutePath())), qPrintable(text));
    QVERIFY2(text.contains(QString::number(pdfs.size())), qPrintable(text));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Information);
    QCOMPARE(pdfs.size(), int(doc().geography().regions().size()));
    QVERIFY(button(dialog, "reportAllRegionsButton")->isEnabled());
}

void TestReportDialog::protocolDetailsOpenTheMeetingDialog()
{
    ReportDialog dialog(doc());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ReportRequest protocol;
    protocol.kind = ReportKind::Protocol;
    protocol.regionId = m_commission.regionId;
    dialog.preselect(protocol);
    QPushButton *details = button(dialog, "reportDetailsButton");
    QVERIFY(details->isVisible() && details->isEnabled());
    QString opened;
    QString scope;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        opened = modal->objectName();
        if (auto *label = modal->findChild<QLabel *>(QStringLiteral("meetingScopeLabel")))
            scope = label->text();
        qobject_cast<QDialog *>(modal)->reject();
    });
    QTest::mouseClick(details, Qt::LeftButton);
    QTRY_VERIFY(*answered);
    QCOMPARE(opened, QStringLiteral("meetingDialog"));
    const Region region = [&] {
        for (const Region &r : doc().geography().regions()) {
            if (r.id == m_commission.regionId)
                return r;
        }
        return Region();
    }();
    QVERIFY2(scope.contains(region.nameRu) || scope.contains(region.nameKk), qPrintable(scope));

    // Details belong to protocols only.
    choose(dialog, "reportKindCombo", int(ReportKind::BlankBallots));
    QVERIFY(!details->isVisible());
}

void TestReportDialog::reportsMenuFollowsTheContest()
{
    test::PackageFixture fixture;
    QCOMPARE(fixture.setUp(), QString());
    const QString contest = fixture.freshContest();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("reportsMenu"));
    QVERIFY(menu);
    // After Edit in the menu bar.
    const QList<QAction *> bar = window.menuBar()->actions();
    const auto edit = window.findChild<QMenu *>(QStringLiteral("editMenu"))->menuAction();
    QCOMPARE(bar.indexOf(menu->menuAction()), bar.indexOf(edit) + 1);
    QAction *reports = window.reportActions()->reportsAction();
    QCOMPARE(reports->objectName(), QStringLiteral("reportsAction"));
    QCOMPARE(reports->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!reports->isEnabled()); // no contest

    SignInDialog::setNextAnswer(QStringLiteral("secretary"), demo::DemoAccounts::password());
    QVERIFY(window.openFile(contest));
    QVERIFY(reports->isEnabled());
    QString opened;
    const auto answered = test::answerNextModal([&](QWidget *modal) {
        opened = modal->objectName();
        qobject_cast<QDialog *>(modal)->reject();
    });
    reports->trigger();
    QTRY_VERIFY(*answered);
    QCOMPARE(opened, QStringLiteral("reportDialog"));

    // A member scores and prints nothing.
    QVERIFY(window.document()
                ->signIn(test::PackageFixture::login(fixture.member()),
                         QString::fromLatin1(test::PackageFixture::kPassword))
                .ok());
    QVERIFY(!reports->isEnabled());
    QVERIFY(
        window.document()->signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    QVERIFY(reports->isEnabled());

    // A member's ballot package has nothing to report.
    const QString package = fixture.filePath(QStringLiteral("menu.akb"));
    QVERIFY(test::PackageFixture::exportPackage(contest, fixture.member(), package).ok());
    SignInDialog::setNextAnswer(test::PackageFixture::login(fixture.member()),
                                QString::fromLatin1(test::PackageFixture::kPassword));
    QVERIFY(window.openFile(package));
    QVERIFY(window.document()->isBallotPackage());
    QVERIFY(!reports->isEnabled());
    window.closeContest();
    QVERIFY(!reports->isEnabled());
    SignInDialog::clearAnswers();
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
