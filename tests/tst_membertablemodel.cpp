#include "itemmodels/membertablemodel.h"
#include "services/contestdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace akim;

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noCommissionNoRows();
    void listsTheMembersOfOneCommission();
    void rolesAreTranslatedLabels();
    void followsAddEditRemoveAndUndo();
    void countsDeclaredConflicts();
    void ignoresOtherCommissions();

private:
    qint64 addMember(qint64 commissionId, const QString &name, MemberRole role,
                     const QString &position = {});
    qint64 addNominee(const QString &okrug, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestMemberTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
    const QVector<Commission> commissions = m_doc->commissions().commissions();
    m_first = commissions.at(0).id;
    m_second = commissions.at(1).id;
}

void TestMemberTableModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

qint64 TestMemberTableModel::addMember(qint64 commissionId, const QString &name, MemberRole role,
                                       const QString &position)
{
    Member m;
    m.commissionId = commissionId;
    m.fullName = name;
    m.role = role;
    m.position = position;
    const EditResult result = m_doc->addMember(m);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message));
        return 0;
    }
    return m_doc->commissions().members(commissionId).last().id;
}

qint64 TestMemberTableModel::addNominee(const QString &okrug, const QString &name)
{
    NomineeDraft draft;
    draft.regionId = m_doc->geography().regions().first().id;
    const QVector<District> districts = m_doc->geography().districts(draft.regionId);
    draft.districtId = districts.isEmpty() ? 0 : districts.first().id;
    draft.newDistrictRu = QStringLiteral("Абайский район");
    draft.newOkrugRu = okrug;
    draft.fullName = name;
    if (!m_doc->addNominee(draft).ok())
        return 0;
    for (const NomineeRow &row : m_doc->nominees().rows()) {
        if (row.nominee.fullName == name)
            return row.nominee.id;
    }
    return 0;
}

void TestMemberTableModel::noCommissionNoRows()
{
    QVERIFY(addMember(m_first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair) != 0);
    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.commissionId(), qint64(0));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(MemberTableModel::ColumnCount));
    QCOMPARE(model.headerData(MemberTableModel::ConflictsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Conflicts of interest"));
    QCOMPARE(model.headerData(MemberTableModel::RoleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Role"));
    QCOMPARE(model.memberAt(0).id, qint64(0));
}

void TestMemberTableModel::listsTheMembersOfOneCommission()
{
    const qint64 chair = addMember(m_first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair,
                                   QStringLiteral("Руководитель аппарата акима области"));
    const qint64 member = addMember(m_first, QStringLiteral("Ким Виктор"), MemberRole::Member,
                                    QStringLiteral("Журналист"));
    addMember(m_second, QStringLiteral("Омаров Нурлан"), MemberRole::Chair);

    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommissionId(m_first);
    QCOMPARE(model.commissionId(), m_first);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MemberTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Сейткали Айгерим"));
    QCOMPARE(model.index(0, MemberTableModel::PositionColumn).data().toString(),
             QStringLiteral("Руководитель аппарата акима области"));
    QCOMPARE(model.index(0, MemberTableModel::ConflictsColumn).data().toInt(), 0);
    QCOMPARE(model.index(1, 0).data(MemberTableModel::IdRole).toLongLong(), member);
    QCOMPARE(model.memberAt(0).id, chair);
    QCOMPARE(model.memberAt(1).position, QStringLiteral("Журналист"));
    QCOMPARE(model.rowOfId(member), 1);

    model.setCommissionId(m_second);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberAt(0).fullName, QStringLiteral("Омаров Нурлан"));
    QCOMPARE(model.rowOfId(member), -1);
    model.setCommissionId(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestMemberTableModel::rolesAreTranslatedLabels()
{
    addMember(m_first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair);
    addMember(m_first, QStringLiteral("Ахметов Бауыржан"), MemberRole::Deputy);
    addMember(m_first, QStringLiteral("Ли Елена"), MemberRole::Secretary);
    addMember(m_first, QStringLiteral("Ким Виктор"), MemberRole::Member);
    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommissionId(m_first);
    QStringList roles;
    for (int row = 0; row < model.rowCount(); ++row)
        roles << model.index(row, MemberTableModel::RoleColumn).data().toString();
    QCOMPARE(roles, QStringList({QStringLiteral("Chair"), QStringLiteral("Deputy chair"),
                                 QStringLiteral("Secretary"), QStringLiteral("Member")}));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(cells.count(), 1);
}

void TestMemberTableModel::followsAddEditRemoveAndUndo()
{
    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommissionId(m_first);
    const qint64 chair = addMember(m_first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair);
    const qint64 kim = addMember(m_first, QStringLiteral("Ким Виктор"), MemberRole::Member);
    QCOMPARE(model.rowCount(), 2);

    // A second chair is refused and nothing changes.
    QTest::ignoreMessage(QtWarningMsg, "The commission already has a chair: Сейткали Айгерим.");
    QCOMPARE(addMember(m_first, QStringLiteral("Второй Председатель"), MemberRole::Chair), 0);
    QCOMPARE(model.rowCount(), 2);

    Member edited = model.memberAt(1);
    edited.role = MemberRole::Secretary;
    edited.position = QStringLiteral("Главный специалист");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->editMember(edited).ok());
    QCOMPARE(resets.count(), 0); // the selection stays
    QCOMPARE(model.index(1, MemberTableModel::RoleColumn).data().toString(),
             QStringLiteral("Secretary"));
    QCOMPARE(model.index(1, MemberTableModel::PositionColumn).data().toString(),
             QStringLiteral("Главный специалист"));
    m_doc->undoStack()->undo();
    QCOMPARE(model.index(1, MemberTableModel::RoleColumn).data().toString(),
             QStringLiteral("Member"));

    QVERIFY(m_doc->removeMember(chair).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberAt(0).id, kim);
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.memberAt(0).id, chair);

    // Moved to another commission: leaves this table; undo brings it back.
    Member moved = model.memberAt(1);
    moved.commissionId = m_second;
    QVERIFY(m_doc->editMember(moved).ok());
    QCOMPARE(model.rowCount(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    // The move replaced the undone removal on the stack: next comes Kim's add.
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.memberAt(0).id, chair);
    m_doc->undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
}

void TestMemberTableModel::countsDeclaredConflicts()
{
    const qint64 a =
        addNominee(QStringLiteral("Карааульский с.о."), QStringLiteral("Әлімов Серік"));
    const qint64 b = addNominee(QStringLiteral("Архатский с.о."), QStringLiteral("Нұрланов Ерлан"));
    QVERIFY(a != 0 && b != 0);
    const qint64 kim = addMember(m_first, QStringLiteral("Ким Виктор"), MemberRole::Member);
    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommissionId(m_first);
    const QModelIndex conflicts = model.index(0, MemberTableModel::ConflictsColumn);
    QCOMPARE(conflicts.data().toInt(), 0);

    QVERIFY(m_doc
                ->setConflicts(kim, {{kim, a, QStringLiteral("родственник")},
                                     {kim, b, QStringLiteral("бывший коллега")}})
                .ok());
    QCOMPARE(conflicts.data().toInt(), 2);
    QCOMPARE(model.conflictCountAt(0), 2);
    QCOMPARE(conflicts.data(Qt::ToolTipRole).toString(),
             QStringLiteral("Declared conflicts of interest: 2 nominee(s)"));
    QVERIFY(m_doc->setConflicts(kim, {{kim, b, QStringLiteral("бывший коллега")}}).ok());
    QCOMPARE(conflicts.data().toInt(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(conflicts.data().toInt(), 2);
    m_doc->undoStack()->undo();
    QCOMPARE(conflicts.data().toInt(), 0);
}

void TestMemberTableModel::ignoresOtherCommissions()
{
    addMember(m_first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair);
    MemberTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCommissionId(m_first);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    addMember(m_second, QStringLiteral("Омаров Нурлан"), MemberRole::Chair);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(cells.count(), 0);
    QCOMPARE(model.rowCount(), 1);

    const QString path = m_doc->path();
    m_doc->close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_doc->open(path));
    QCOMPARE(model.rowCount(), 1); // the same commission, read again
}

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
