#include "storage/database.h"
#include "storage/geographyrepository.h"
#include "storage/nomineerepository.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestNomineeRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insertJoinsPlaceNames();
    void oneNomineePerOkrug();
    void updateAndRemove();
    void nameMustNotBeBlank();

private:
    QTemporaryDir m_dir;
    Database m_db;
    Okrug m_okrug;
    Okrug m_otherOkrug;
};

void TestNomineeRepository::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("n.akc")), Database::Mode::Create));
    GeographyRepository geo(m_db.connection());
    Region region{0, {}, {}, QStringLiteral("область Абай"), QStringLiteral("Абай облысы"), 1};
    geo.insert(region);
    District district{
        0, {}, region.id, {}, QStringLiteral("Аягозский район"), QStringLiteral("Аягөз ауданы")};
    geo.insert(district);
    m_okrug = {0,
               {},
               district.id,
               QStringLiteral("100000001"),
               QStringLiteral("Мадениетский с.о."),
               QStringLiteral("Мәдениет а.о.")};
    geo.insert(m_okrug);
    m_otherOkrug = {
        0, {}, district.id, {}, QStringLiteral("Акшийский с.о."), QStringLiteral("Ақши а.о.")};
    geo.insert(m_otherOkrug);
}

void TestNomineeRepository::insertJoinsPlaceNames()
{
    NomineeRepository repo(m_db.connection());
    Nominee n;
    n.okrugId = m_okrug.id;
    n.fullName = QStringLiteral("Нұрмағанбетов Дәулет Серікұлы");
    n.inOfficeSince = QDate(2019, 9, 1);
    repo.insert(n);
    QVERIFY(n.id > 0);
    const NomineeRow row = repo.row(n.id);
    QCOMPARE(row.nominee, n);
    QCOMPARE(row.regionKk, QStringLiteral("Абай облысы"));
    QCOMPARE(row.districtRu, QStringLiteral("Аягозский район"));
    QCOMPARE(row.okrugKk, QStringLiteral("Мәдениет а.о."));
    QCOMPARE(row.okrugKato, QStringLiteral("100000001"));
    QCOMPARE(repo.nomineeOfOkrug(m_okrug.id), n.id);
    QCOMPARE(repo.nomineeOfOkrug(m_otherOkrug.id), 0);
    QCOMPARE(repo.count(), 1);
    QCOMPARE(repo.dependentRows(n.id), 0);
}

void TestNomineeRepository::oneNomineePerOkrug()
{
    NomineeRepository repo(m_db.connection());
    Nominee second;
    second.okrugId = m_okrug.id;
    second.fullName = QStringLiteral("Иванов Иван Иванович");
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(second));
    QCOMPARE(repo.count(), 1);
}

void TestNomineeRepository::updateAndRemove()
{
    NomineeRepository repo(m_db.connection());
    Nominee n;
    n.okrugId = m_otherOkrug.id;
    n.fullName = QStringLiteral("Жақыпова Мәдина");
    repo.insert(n);
    n.status = NomineeStatus::Disqualified;
    n.notes = QStringLiteral("решение комиссии № 2");
    n.inOfficeSince = QDate(2020, 1, 2);
    repo.update(n);
    QCOMPARE(repo.nominee(n.id), n);
    QCOMPARE(repo.rows().size(), 2);
    repo.remove(n.id);
    QCOMPARE(repo.nominee(n.id).id, 0);
    QCOMPARE(repo.count(), 1);
}

void TestNomineeRepository::nameMustNotBeBlank()
{
    NomineeRepository repo(m_db.connection());
    Nominee blank;
    blank.okrugId = m_otherOkrug.id;
    blank.fullName = QStringLiteral("   ");
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(blank));
}

QTEST_GUILESS_MAIN(TestNomineeRepository)
#include "tst_nomineerepository.moc"
