#include "storage/commissionrepository.h"
#include "storage/database.h"
#include "storage/geographyrepository.h"
#include "storage/nomineerepository.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestCommissionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionalBeforeRepublican();
    void regionalCommissionNeedsRegion();
    void membersInOrder();
    void conflictsAreReplacedAndRemovedWithMember();

private:
    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_regional = 0;
    qint64 m_nominee = 0;
};

void TestCommissionRepository::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("m.akc")), Database::Mode::Create));
    GeographyRepository geo(m_db.connection());
    Region region{0, {}, {}, QStringLiteral("Жамбылская область"), QStringLiteral("Жамбыл облысы"),
                  7};
    geo.insert(region);
    District district{0, {}, region.id, {}, QStringLiteral("Таласский район"), {}};
    geo.insert(district);
    Okrug okrug{0, {}, district.id, {}, QStringLiteral("Акколь с.о."), {}};
    geo.insert(okrug);
    Nominee nominee;
    nominee.okrugId = okrug.id;
    nominee.fullName = QStringLiteral("Тоқтарбай Назерке");
    NomineeRepository(m_db.connection()).insert(nominee);
    m_nominee = nominee.id;

    CommissionRepository repo(m_db.connection());
    Commission republican{0, {}, StageKind::National, 0, QStringLiteral("Республиканская"), {}};
    repo.insert(republican);
    Commission regional{0, {}, StageKind::Regional, region.id, QStringLiteral("Жамбылская"), {}};
    repo.insert(regional);
    m_regional = regional.id;
}

void TestCommissionRepository::regionalBeforeRepublican()
{
    const QVector<Commission> all = CommissionRepository(m_db.connection()).commissions();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].stage, StageKind::Regional);
    QCOMPARE(all[1].stage, StageKind::National);
    QCOMPARE(all[1].regionId, 0);
}

void TestCommissionRepository::regionalCommissionNeedsRegion()
{
    CommissionRepository repo(m_db.connection());
    Commission bad{0, {}, StageKind::Regional, 0, QStringLiteral("Без области"), {}};
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(bad));
}

void TestCommissionRepository::membersInOrder()
{
    CommissionRepository repo(m_db.connection());
    Member secretary{0, {}, m_regional, QStringLiteral("Ким Елена"), MemberRole::Secretary, {}, 3};
    Member chair{0,
                 {},
                 m_regional,
                 QStringLiteral("Сейтқали Айгүл"),
                 MemberRole::Chair,
                 QStringLiteral("депутат маслихата"),
                 1};
    repo.insert(secretary);
    repo.insert(chair);
    const QVector<Member> members = repo.members(m_regional);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0], chair);
    QCOMPARE(members[1].role, MemberRole::Secretary);
    QCOMPARE(repo.memberCount(), 2);
    chair.position = QStringLiteral("журналист");
    repo.update(chair);
    QCOMPARE(repo.member(chair.id).position, QStringLiteral("журналист"));
}

void TestCommissionRepository::conflictsAreReplacedAndRemovedWithMember()
{
    CommissionRepository repo(m_db.connection());
    const qint64 memberId = repo.members(m_regional).first().id;
    repo.setConflicts(memberId, {{memberId, m_nominee, QStringLiteral("двоюродный брат")}});
    QCOMPARE(repo.conflicts(memberId).size(), 1);
    QCOMPARE(repo.conflicts(memberId).first().reason, QStringLiteral("двоюродный брат"));
    repo.setConflicts(memberId, {{memberId, m_nominee, {}}});
    QCOMPARE(repo.conflicts(memberId).size(), 1);
    QCOMPARE(repo.conflicts(memberId).first().reason, QString());
    repo.remove(memberId);
    QCOMPARE(repo.conflicts(memberId).size(), 0);
    QCOMPARE(repo.member(memberId).id, 0);
}

QTEST_GUILESS_MAIN(TestCommissionRepository)
#include "tst_commissionrepository.moc"
