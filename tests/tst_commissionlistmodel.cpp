#include "itemmodels/commissionlistmodel.h"
#include "services/contestdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace akim;

class TestCommissionListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void regionalCommissionsThenRepublican();
    void namesFollowTheLanguage();
    void memberCountsFollowEditsAndUndo();
    void closeAndReopen();

private:
    Member member(qint64 commissionId, const QString &name, MemberRole role = MemberRole::Member);

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestCommissionListModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
}

void TestCommissionListModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

Member TestCommissionListModel::member(qint64 commissionId, const QString &name, MemberRole role)
{
    Member m;
    m.commissionId = commissionId;
    m.fullName = name;
    m.role = role;
    return m;
}

void TestCommissionListModel::regionalCommissionsThenRepublican()
{
    CommissionListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 18);

    const QVector<Region> regions = m_doc->geography().regions();
    for (int i = 0; i < regions.size(); ++i) {
        const Commission c = model.commissionAt(i);
        QCOMPARE(c.stage, StageKind::Regional);
        QCOMPARE(c.regionId, regions.at(i).id);
        QCOMPARE(model.index(i).data(CommissionListModel::IdRole).toLongLong(), c.id);
        QCOMPARE(model.rowOfId(c.id), i);
        QCOMPARE(model.index(i).data().toString(), QStringLiteral("Конкурсная комиссия: ") +
                                                       regions.at(i).nameRu +
                                                       QStringLiteral(" (0)"));
    }
    const Commission republican = model.commissionAt(17);
    QCOMPARE(republican.stage, StageKind::National);
    QCOMPARE(republican.regionId, qint64(0));
    QCOMPARE(model.index(17).data().toString(),
             QStringLiteral("Республиканская конкурсная комиссия (0)"));
    QCOMPARE(model.index(17).data(CommissionListModel::StageRole).toInt(),
             int(StageKind::National));
    QCOMPARE(model.commissionAt(18).id, qint64(0));
    QCOMPARE(model.rowOfId(987654), -1);
}

void TestCommissionListModel::namesFollowTheLanguage()
{
    CommissionListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    int kyzylorda = -1;
    const QVector<Region> regions = m_doc->geography().regions();
    for (int i = 0; i < regions.size(); ++i) {
        if (regions.at(i).kato == QLatin1String("430000000"))
            kyzylorda = i;
    }
    QVERIFY(kyzylorda >= 0);

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    QCOMPARE(model.index(kyzylorda).data().toString(),
             QStringLiteral("Конкурсная комиссия: Кызылординская область (0)"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    model.retranslate();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(kyzylorda).data().toString(),
             QStringLiteral("Қызылорда облысы облыстық конкурстық комиссиясы (0)"));
    QCOMPARE(model.index(17).data().toString(),
             QStringLiteral("Республикалық конкурстық комиссия (0)"));
}

void TestCommissionListModel::memberCountsFollowEditsAndUndo()
{
    CommissionListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 first = model.commissionAt(0).id;
    const qint64 republican = model.commissionAt(17).id;

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->addMember(member(first, QStringLiteral("Сейткали Айгерим"), MemberRole::Chair))
                .ok());
    QVERIFY(m_doc->addMember(member(first, QStringLiteral("Ким Виктор"))).ok());
    QVERIFY(m_doc->addMember(member(republican, QStringLiteral("Омаров Нурлан"))).ok());
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0));
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 2);
    QVERIFY(model.index(0).data().toString().endsWith(QStringLiteral(" (2)")));
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), QStringLiteral("2 member(s)"));
    QCOMPARE(model.index(17).data().toString(),
             QStringLiteral("Республиканская конкурсная комиссия (1)"));
    QCOMPARE(model.index(1).data(CommissionListModel::MemberCountRole).toInt(), 0);

    // A member moved to another commission changes both counts.
    Member kim = m_doc->commissions().members(first).last();
    kim.commissionId = republican;
    QVERIFY(m_doc->editMember(kim).ok());
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 1);
    QCOMPARE(model.index(17).data(CommissionListModel::MemberCountRole).toInt(), 2);

    m_doc->undoStack()->undo();
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 2);
    QCOMPARE(model.index(17).data(CommissionListModel::MemberCountRole).toInt(), 1);
    QVERIFY(m_doc->removeMember(kim.id).ok());
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 1);
    m_doc->undoStack()->undo(); // the removal
    m_doc->undoStack()->undo(); // Омаров's add
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 2);
    QCOMPARE(model.index(17).data(CommissionListModel::MemberCountRole).toInt(), 0);
    m_doc->undoStack()->undo(); // Ким's add
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 1);
    QCOMPARE(resets.count(), 0);
}

void TestCommissionListModel::closeAndReopen()
{
    const qint64 first = m_doc->commissions().commissions().first().id;
    QVERIFY(m_doc->addMember(member(first, QStringLiteral("Сейткали Айгерим"))).ok());
    CommissionListModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 1);
    const QString path = m_doc->path();
    m_doc->close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_doc->open(path));
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.index(0).data(CommissionListModel::MemberCountRole).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestCommissionListModel)
#include "tst_commissionlistmodel.moc"
