// MeetingDialog, offscreen over a small scored demo: the secretary fills a stage I protocol's
// particulars with the keyboard (typed Cyrillic, Space on check boxes and on the attendance
// table, F2 for a reason), the quorum line follows, and what was accepted is what the repository
// reads back; a refused save shows the service's message and keeps the dialog open with what
// was typed; stage II awards nominations and changes the contest's quorum rule; a stored
// meeting is shown as stored; a member may look but not save; every input is named and every
// accelerator unique.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "itemmodels/attendancemodel.h"
#include "meetingdialog.h"
#include "messagebox.h"
#include "services/meetingservice.h"
#include "storage/meetingrepository.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QtTest>

using namespace akim;

class TestMeetingDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stageOneFilledWithKeyboardAndSaved();
    void refusedSaveKeepsDialogOpen();
    void stageTwoAwardsAndQuorumRule();
    void showsStoredMeeting();
    void memberMayNotSave();
    void inputsNamedAndAcceleratorsUnique();

private:
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    static QPushButton *okButton(QWidget *dialog)
    {
        return child<QDialogButtonBox>(dialog, "meetingButtonBox")->button(QDialogButtonBox::Ok);
    }
    static QString quorumText(QWidget *dialog)
    {
        return child<QLabel>(dialog, "meetingQuorumLabel")->text();
    }
    // Unticks the attendance of row `row` with the Space key.
    static void markAbsent(QWidget *dialog, int row);
    std::optional<Meeting> stored(StageKind stage, qint64 regionId) const
    {
        return MeetingRepository(m_doc->database().connection()).find(stage, regionId);
    }
    void signIn(const QString &login);

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    int m_copies = 0;
    std::unique_ptr<ContestDocument> m_doc;
    qint64 m_region = 0;
    QVector<Member> m_voting;
};

void TestMeetingDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    options.scores = true;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    m_base = m_contest->path();
    m_contest->close();
}

void TestMeetingDialog::init()
{
    const QString path = m_contest->filePath(QStringLiteral("copy-%1.akc").arg(++m_copies));
    QVERIFY(QFile::copy(m_base, path));
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->open(path), qPrintable(m_doc->errorString()));
    m_region = m_doc->geography().regions().constFirst().id;
    m_voting = MeetingService(*m_doc).votingMembers(StageKind::Regional, m_region);
    QVERIFY(m_voting.size() >= 4);
    signIn(QStringLiteral("secretary"));
    MessageBox::clearAnswers();
    MessageBox::resetLog();
}

void TestMeetingDialog::cleanup()
{
    QCOMPARE(MessageBox::pendingAnswers(), 0);
    m_doc.reset();
}

void TestMeetingDialog::signIn(const QString &login)
{
    m_doc->signOut();
    const EditResult result = m_doc->signIn(login, demo::DemoAccounts::password());
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestMeetingDialog::markAbsent(QWidget *dialog, int row)
{
    auto *view = child<QTableView>(dialog, "meetingAttendanceView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, AttendanceModel::PresentColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(
        view->model()->index(row, AttendanceModel::PresentColumn).data(Qt::CheckStateRole).toInt(),
        int(Qt::Unchecked));
}

void TestMeetingDialog::stageOneFilledWithKeyboardAndSaved()
{
    MeetingDialog dialog(*m_doc, StageKind::Regional, m_region);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const int voting = int(m_voting.size());
    QVERIFY2(quorumText(&dialog).startsWith(QStringLiteral("%1 of %1 voting").arg(voting)),
             qPrintable(quorumText(&dialog)));
    QVERIFY(!child<QGroupBox>(&dialog, "meetingAwardsBox")->isVisibleTo(&dialog));
    QVERIFY(okButton(&dialog)->isEnabled());

    test::typeText(child<QLineEdit>(&dialog, "meetingNumberEdit"), QStringLiteral("3-П"));
    auto *dateEdit = child<QDateEdit>(&dialog, "meetingDateEdit");
    QVERIFY(!dateEdit->isEnabled()); // not set yet
    QTest::keyClick(child<QCheckBox>(&dialog, "meetingDateCheck"), Qt::Key_Space);
    QVERIFY(dateEdit->isEnabled());
    dateEdit->setDate(QDate(2025, 7, 2));
    QTest::keyClick(child<QCheckBox>(&dialog, "meetingStartCheck"), Qt::Key_Space);
    child<QTimeEdit>(&dialog, "meetingStartEdit")->setTime(QTime(10, 0));
    QTest::keyClick(child<QCheckBox>(&dialog, "meetingEndCheck"), Qt::Key_Space);
    child<QTimeEdit>(&dialog, "meetingEndEdit")->setTime(QTime(11, 30));
    test::typeText(child<QLineEdit>(&dialog, "meetingPlaceRuEdit"), QStringLiteral("Кызылорда"));
    test::typeText(child<QLineEdit>(&dialog, "meetingPlaceKkEdit"), QStringLiteral("Қызылорда"));
    test::typeText(child<QLineEdit>(&dialog, "meetingOrganisationKkEdit"),
                   QStringLiteral("Мемлекеттік қызмет істері департаменті"));
    auto *invited = child<QPlainTextEdit>(&dialog, "meetingInvitedEdit");
    test::typeText(invited, QStringLiteral("Ахметов А. — наблюдатель"));
    QTest::keyClick(invited, Qt::Key_Return);
    test::typeText(invited, QStringLiteral("Сеитова Б."));

    // The first voting member was absent, on leave: Space unticks, F2 opens the reason.
    markAbsent(&dialog, 0);
    QVERIFY2(quorumText(&dialog).startsWith(QStringLiteral("%1 of %2").arg(voting - 1).arg(voting)),
             qPrintable(quorumText(&dialog)));
    QVERIFY(quorumText(&dialog).endsWith(QStringLiteral("— met")));
    auto *view = child<QTableView>(&dialog, "meetingAttendanceView");
    view->setCurrentIndex(view->model()->index(0, AttendanceModel::ReasonColumn));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    test::typeText(editor, QStringLiteral("в отпуске"));
    QCOMPARE(editor->text(), QStringLiteral("в отпуске"));
    QTest::keyClick(editor, Qt::Key_Return); // commits on the next turn of the event loop
    QTRY_COMPARE(view->model()->index(0, AttendanceModel::ReasonColumn).data().toString(),
                 QStringLiteral("в отпуске"));

    // One voted against.
    auto *unanimous = child<QCheckBox>(&dialog, "meetingUnanimousCheck");
    QVERIFY(unanimous->isChecked());
    auto *votesFor = child<QSpinBox>(&dialog, "meetingVotesForSpin");
    QVERIFY(!votesFor->isEnabled());
    QCOMPARE(votesFor->value(), voting - 1); // what "unanimous" will print
    QTest::keyClick(unanimous, Qt::Key_Space);
    QVERIFY(votesFor->isEnabled());
    votesFor->setValue(voting - 2);
    child<QSpinBox>(&dialog, "meetingVotesAgainstSpin")->setValue(1);

    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(MessageBox::shownCount(), 0);

    const std::optional<Meeting> m = stored(StageKind::Regional, m_region);
    QVERIFY(m);
    QCOMPARE(m->number, QStringLiteral("3-П"));
    QCOMPARE(m->heldOn, QDate(2025, 7, 2));
    QCOMPARE(m->startedAt, QTime(10, 0));
    QCOMPARE(m->endedAt, QTime(11, 30));
    QCOMPARE(m->placeRu, QStringLiteral("Кызылорда"));
    QCOMPARE(m->placeKk, QStringLiteral("Қызылорда"));
    QCOMPARE(m->organisationRu, QString());
    QCOMPARE(m->organisationKk, QStringLiteral("Мемлекеттік қызмет істері департаменті"));
    QCOMPARE(m->invited, QStringLiteral("Ахметов А. — наблюдатель\nСеитова Б."));
    QCOMPARE(m->absences,
             (QVector<MeetingAbsence>{{m_voting.at(0).id, QStringLiteral("в отпуске")}}));
    QCOMPARE(m->votesFor, std::optional<int>(voting - 2));
    QCOMPARE(m->votesAgainst, std::optional<int>(1));
    QCOMPARE(m->votesAbstained, std::optional<int>(0));
    QVERIFY(m->awards.isEmpty());
    QCOMPARE(m->updatedBy, QStringLiteral("secretary"));
    QCOMPARE(m_doc->audit().entries().constLast().action, QStringLiteral("meeting.save"));
}

void TestMeetingDialog::refusedSaveKeepsDialogOpen()
{
    const qint64 entries = m_doc->audit().count();
    MeetingDialog dialog(*m_doc, StageKind::Regional, m_region);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    test::typeText(child<QLineEdit>(&dialog, "meetingNumberEdit"), QStringLiteral("5"));
    markAbsent(&dialog, 1);
    markAbsent(&dialog, 2);
    const int present = int(m_voting.size()) - 2;
    QTest::keyClick(child<QCheckBox>(&dialog, "meetingUnanimousCheck"), Qt::Key_Space);
    auto *votesFor = child<QSpinBox>(&dialog, "meetingVotesForSpin");
    votesFor->setValue(present + 1); // one more than were there

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(
                 QStringLiteral("only %1 of the voting members are present").arg(present)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY(dialog.isVisible());
    QVERIFY(!stored(StageKind::Regional, m_region));
    QCOMPARE(m_doc->audit().count(), entries);
    // What was typed is still there to correct.
    QCOMPARE(child<QLineEdit>(&dialog, "meetingNumberEdit")->text(), QStringLiteral("5"));

    votesFor->setValue(present);
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(stored(StageKind::Regional, m_region)->votesFor, std::optional<int>(present));
    QCOMPARE(stored(StageKind::Regional, m_region)->absences.size(), 2);
    QCOMPARE(m_doc->audit().count(), entries + 1);
}

void TestMeetingDialog::stageTwoAwardsAndQuorumRule()
{
    const QVector<AwardCandidate> candidates = MeetingService(*m_doc).awardCandidates();
    QVERIFY(!candidates.isEmpty());
    MeetingDialog dialog(*m_doc, StageKind::National, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(child<QGroupBox>(&dialog, "meetingAwardsBox")->isVisibleTo(&dialog));
    auto *second = child<QComboBox>(&dialog, "meetingAwardCombo1");
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("meetingAwardCombo2")));
    QVERIFY(!dialog.findChild<QComboBox *>(QStringLiteral("meetingAwardCombo3")));
    QCOMPARE(second->count(), int(candidates.size()) + 1); // and "not awarded"
    QCOMPARE(second->currentData().toLongLong(), 0);
    QCOMPARE(second->accessibleName(), QStringLiteral("Akim open to the people"));
    second->setFocus();
    QTest::keyClick(second, Qt::Key_Down);
    QCOMPARE(second->currentData().toLongLong(), candidates.constFirst().nomineeId);

    auto *rule = child<QComboBox>(&dialog, "meetingQuorumRuleCombo");
    QVERIFY(rule->isEnabled());
    QVERIFY(quorumText(&dialog).contains(QLatin1String("(more than half)")));
    rule->setFocus();
    QTest::keyClick(rule, Qt::Key_Down);
    QVERIFY2(quorumText(&dialog).contains(QLatin1String("(two thirds)")),
             qPrintable(quorumText(&dialog)));

    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(MessageBox::shownCount(), 0);
    const std::optional<Meeting> m = stored(StageKind::National, 0);
    QVERIFY(m);
    QCOMPARE(m->awards, (QVector<MeetingAward>{{1, candidates.constFirst().nomineeId}}));
    QCOMPARE(MeetingRepository(m_doc->database().connection()).quorumRule(), QuorumRule::TwoThirds);
    QStringList actions;
    for (const AuditEntry &e : m_doc->audit().entries())
        actions << e.action;
    QCOMPARE(actions.mid(actions.size() - 2),
             (QStringList{QStringLiteral("protocol.quorum"), QStringLiteral("meeting.save")}));
}

void TestMeetingDialog::showsStoredMeeting()
{
    Meeting m;
    m.stage = StageKind::Regional;
    m.regionId = m_region;
    m.number = QStringLiteral("12");
    m.heldOn = QDate(2024, 6, 14);
    m.startedAt = QTime(15, 0);
    m.placeKk = QStringLiteral("Қызылорда");
    m.invited = QStringLiteral("Байқаушы");
    m.absences = {{m_voting.at(1).id, QStringLiteral("ауырып қалды")}};
    m.votesFor = 2;
    m.votesAgainst = 1;
    m.votesAbstained = 0;
    QVERIFY(MeetingService(*m_doc).save(m).ok());

    MeetingDialog dialog(*m_doc, StageKind::Regional, m_region);
    QCOMPARE(child<QLineEdit>(&dialog, "meetingNumberEdit")->text(), QStringLiteral("12"));
    QVERIFY(child<QCheckBox>(&dialog, "meetingDateCheck")->isChecked());
    QCOMPARE(child<QDateEdit>(&dialog, "meetingDateEdit")->date(), QDate(2024, 6, 14));
    QVERIFY(child<QCheckBox>(&dialog, "meetingStartCheck")->isChecked());
    QCOMPARE(child<QTimeEdit>(&dialog, "meetingStartEdit")->time(), QTime(15, 0));
    QVERIFY(!child<QCheckBox>(&dialog, "meetingEndCheck")->isChecked());
    QVERIFY(!child<QTimeEdit>(&dialog, "meetingEndEdit")->isEnabled());
    QCOMPARE(child<QLineEdit>(&dialog, "meetingPlaceKkEdit")->text(), QStringLiteral("Қызылорда"));
    QCOMPARE(child<QPlainTextEdit>(&dialog, "meetingInvitedEdit")->toPlainText(),
             QStringLiteral("Байқаушы"));
    const QAbstractItemModel *attendance =
        child<QTableView>(&dialog, "meetingAttendanceView")->model();
    QCOMPARE(attendance->index(1, AttendanceModel::ReasonColumn).data().toString(),
             QStringLiteral("ауырып қалды"));
    QVERIFY(!child<QCheckBox>(&dialog, "meetingUnanimousCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(&dialog, "meetingVotesForSpin")->value(), 2);
    QCOMPARE(child<QSpinBox>(&dialog, "meetingVotesAgainstSpin")->value(), 1);

    // Accepted unchanged: nothing new is written.
    const qint64 entries = m_doc->audit().count();
    dialog.show();
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(m_doc->audit().count(), entries);
}

void TestMeetingDialog::memberMayNotSave()
{
    QString login;
    for (const Member &member : m_voting) {
        if (member.role == MemberRole::Member)
            login = demo::DemoAccounts::memberLogin(member.id);
    }
    signIn(login);
    MeetingDialog dialog(*m_doc, StageKind::Regional, m_region);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(&dialog)->isEnabled());
    auto *state = child<QLabel>(&dialog, "meetingStateLabel");
    QVERIFY(state->isVisible());
    QVERIFY2(state->text().contains(QLatin1String("may not")), qPrintable(state->text()));
    QVERIFY(!child<QComboBox>(&dialog, "meetingQuorumRuleCombo")->isEnabled());
    // Even accepted by force, nothing is written.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(!stored(StageKind::Regional, m_region));
}

void TestMeetingDialog::inputsNamedAndAcceleratorsUnique()
{
    MeetingDialog dialog(*m_doc, StageKind::National, 0);
    QSet<QWidget *> buddies;
    QMap<QChar, QString> accelerators;
    const auto accelerator = [&](const QString &text) {
        const int amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp < 0)
            return;
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!accelerators.contains(key), qPrintable(QStringLiteral("&%1 in “%2” and “%3”")
                                                             .arg(key)
                                                             .arg(text, accelerators.value(key))));
        accelerators.insert(key, text);
    };
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        accelerator(label->text());
        if (label->buddy())
            buddies.insert(label->buddy());
    }
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        accelerator(button->text());
    QVERIFY(accelerators.size() >= 14);

    QList<QWidget *> inputs;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QTableView *>(w) || qobject_cast<QCheckBox *>(w))
            inputs << w;
    }
    QVERIFY(inputs.size() >= 20);
    for (QWidget *w : std::as_const(inputs)) {
        const auto *box = qobject_cast<QCheckBox *>(w);
        QVERIFY2(w->objectName().startsWith(QLatin1String("meeting")),
                 w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty() || buddies.contains(w) ||
                     (box && !box->text().isEmpty()),
                 qPrintable(w->objectName()));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->objectName()));
    }
}

QTEST_MAIN(TestMeetingDialog)
#include "tst_meetingdialog.moc"
