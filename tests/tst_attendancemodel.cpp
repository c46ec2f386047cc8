// AttendanceModel under QAbstractItemModelTester: one row per voting member with a "present"
// check box and, for the absent, an editable reason; ticking and unticking edits the Meeting it
// holds (and nothing else), a reason typed before a member is marked present again comes back,
// and absences the table cannot show are dropped on reset.
#include "itemmodels/attendancemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace akim;

namespace {

Member member(qint64 id, const char *name, MemberRole role, const char *position)
{
    Member m;
    m.id = id;
    m.commissionId = 5;
    m.fullName = QString::fromUtf8(name);
    m.role = role;
    m.position = QString::fromUtf8(position);
    return m;
}

} // namespace

class TestAttendanceModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rowsFromMembersAndAbsences();
    void untickingRecordsAnAbsence();
    void reasonOnlyForTheAbsent();
    void unlistedAbsencesDropped();
    void headers();

private:
    QVector<Member> m_members;
    Meeting m_meeting;
    std::unique_ptr<AttendanceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAttendanceModel::initTestCase()
{
    test::isolateSettings();
    m_members = {member(11, "Сейтқали Айгүл", MemberRole::Chair, "аким района"),
                 member(12, "Иванов Пётр", MemberRole::Deputy, "депутат маслихата"),
                 member(13, "Омаров Ерлан", MemberRole::Member, "журналист")};
}

void TestAttendanceModel::init()
{
    m_meeting = Meeting{};
    m_meeting.stage = StageKind::Regional;
    m_meeting.regionId = 3;
    m_meeting.number = QStringLiteral("3");
    m_meeting.absences = {{12, QStringLiteral("в отпуске")}};
    m_model = std::make_unique<AttendanceModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reset(m_members, m_meeting);
}

void TestAttendanceModel::rowsFromMembersAndAbsences()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(AttendanceModel::ColumnCount));
    QCOMPARE(m_model->votingCount(), 3);
    QCOMPARE(m_model->presentCount(), 2);
    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return m_model->index(row, column).data(role);
    };
    QCOMPARE(at(0, AttendanceModel::NameColumn).toString(), QStringLiteral("Сейтқали Айгүл"));
    QCOMPARE(at(0, AttendanceModel::RoleColumn).toString(), QStringLiteral("Chair"));
    QCOMPARE(at(1, AttendanceModel::PositionColumn).toString(),
             QStringLiteral("депутат маслихата"));
    QCOMPARE(at(0, AttendanceModel::PresentColumn, Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(at(1, AttendanceModel::PresentColumn, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(at(1, AttendanceModel::PresentColumn).toString(), QStringLiteral("Absent"));
    QCOMPARE(at(0, AttendanceModel::PresentColumn).toString(), QStringLiteral("Present"));
    QCOMPARE(at(1, AttendanceModel::ReasonColumn).toString(), QStringLiteral("в отпуске"));
    QCOMPARE(at(0, AttendanceModel::ReasonColumn).toString(), QString());
    QCOMPARE(at(2, AttendanceModel::NameColumn, AttendanceModel::MemberIdRole).toLongLong(), 13);
    QCOMPARE(m_model->rowOf(13), 2);
    QCOMPARE(m_model->rowOf(99), -1);
    // The rest of the meeting is carried along untouched.
    QCOMPARE(m_model->meeting().number, QStringLiteral("3"));
    QCOMPARE(m_model->meeting().regionId, 3);
}

void TestAttendanceModel::untickingRecordsAnAbsence()
{
    QSignalSpy attendance(m_model.get(), &AttendanceModel::attendanceChanged);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const QModelIndex present = m_model->index(2, AttendanceModel::PresentColumn);
    QVERIFY(m_model->flags(present) & Qt::ItemIsUserCheckable);
    QVERIFY(
        !(m_model->flags(m_model->index(2, AttendanceModel::ReasonColumn)) & Qt::ItemIsEditable));

    QVERIFY(m_model->setData(present, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(attendance.count(), 1);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(m_model->presentCount(), 1);
    QVERIFY(m_model->meeting().isAbsent(13));
    QVERIFY(m_model->flags(m_model->index(2, AttendanceModel::ReasonColumn)) & Qt::ItemIsEditable);

    QVERIFY(m_model->setData(m_model->index(2, AttendanceModel::ReasonColumn),
                             QStringLiteral("болен")));
    QCOMPARE(attendance.count(), 1); // a reason does not change the quorum
    QCOMPARE(m_model->meeting().absences,
             (QVector<MeetingAbsence>{{12, QStringLiteral("в отпуске")},
                                      {13, QStringLiteral("болен")}}));

    // Present again: the absence goes; marked absent anew, the reason comes back.
    QVERIFY(m_model->setData(present, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(attendance.count(), 2);
    QVERIFY(!m_model->meeting().isAbsent(13));
    QCOMPARE(m_model->presentCount(), 2);
    QVERIFY(m_model->setPresent(2, false));
    QCOMPARE(m_model->index(2, AttendanceModel::ReasonColumn).data().toString(),
             QStringLiteral("болен"));
    // Setting what is already so changes nothing.
    QVERIFY(m_model->setPresent(2, false));
    QCOMPARE(attendance.count(), 3);
    QCOMPARE(m_model->meeting().absences.size(), 2);
}

void TestAttendanceModel::reasonOnlyForTheAbsent()
{
    const QModelIndex reason = m_model->index(0, AttendanceModel::ReasonColumn);
    QVERIFY(!m_model->setData(reason, QStringLiteral("должен был быть")));
    QCOMPARE(m_model->meeting().absences, m_meeting.absences);
    QVERIFY(reason.data().toString().isEmpty());
    // Only the check box and the reason can be edited, and only in their roles.
    QVERIFY(!m_model->setData(m_model->index(0, AttendanceModel::NameColumn), QStringLiteral("x")));
    QVERIFY(
        !m_model->setData(m_model->index(0, AttendanceModel::PresentColumn), QStringLiteral("x")));
    QVERIFY(!m_model->setPresent(7, false));
    QCOMPARE(m_model->index(0, AttendanceModel::NameColumn).data().toString(),
             QStringLiteral("Сейтқали Айгүл"));
}

void TestAttendanceModel::unlistedAbsencesDropped()
{
    Meeting stale = m_meeting;
    // A member who left the commission, and one listed twice.
    stale.absences = {
        {99, QStringLiteral("left")}, {11, QStringLiteral("ill")}, {11, QStringLiteral("again")}};
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->reset(m_members, stale);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->meeting().absences, (QVector<MeetingAbsence>{{11, QStringLiteral("ill")}}));
    QCOMPARE(m_model->presentCount(), 2);

    m_model->reset({}, stale);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->meeting().absences.isEmpty());
    QCOMPARE(m_model->presentCount(), 0);
}

void TestAttendanceModel::headers()
{
    QStringList names;
    for (int c = 0; c < m_model->columnCount(); ++c)
        names << m_model->headerData(c, Qt::Horizontal).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Member"), QStringLiteral("Role"),
                                 QStringLiteral("Position"), QStringLiteral("Attendance"),
                                 QStringLiteral("Reason for absence")}));
    QVERIFY(m_model->index(1, AttendanceModel::ReasonColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Иванов Пётр")));
}

QTEST_MAIN(TestAttendanceModel)
#include "tst_attendancemodel.moc"
