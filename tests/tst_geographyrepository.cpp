#include "storage/database.h"
#include "storage/geographyrepository.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestGeographyRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void insertAndReadBack();
    void keepsGivenIdAndUuid();
    void katoIsUnique();
    void districtNeedsExistingRegion();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestGeographyRepository::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("geo.akc")), Database::Mode::Create));
}

void TestGeographyRepository::insertAndReadBack()
{
    GeographyRepository repo(m_db.connection());
    Region region{0,
                  {},
                  QStringLiteral("430000000"),
                  QStringLiteral("Кызылординская область"),
                  QStringLiteral("Қызылорда облысы"),
                  11};
    repo.insert(region);
    QVERIFY(region.id > 0);
    QCOMPARE(region.uuid.size(), 36);
    District district{0,
                      {},
                      region.id,
                      QStringLiteral("434600000"),
                      QStringLiteral("Кармакшинский район"),
                      QStringLiteral("Қармақшы ауданы")};
    repo.insert(district);
    Okrug a{0,
            {},
            district.id,
            QStringLiteral("434630000"),
            QStringLiteral("Жосалинский с.о."),
            QStringLiteral("Жосалы а.о.")};
    Okrug b{0,
            {},
            district.id,
            QStringLiteral("434645000"),
            QStringLiteral("Жосалинский с.о."),
            QStringLiteral("Жосалы а.о.")};
    repo.insert(a);
    repo.insert(b); // the real classifier has this very pair in one district
    QCOMPARE(repo.okrugs(district.id).size(), 2);
    QCOMPARE(repo.okrug(b.id).kato, QStringLiteral("434645000"));
    QCOMPARE(repo.district(district.id).nameKk, QStringLiteral("Қармақшы ауданы"));
    QCOMPARE(repo.region(region.id).nameKk, QStringLiteral("Қызылорда облысы"));
    QCOMPARE(repo.regionCount(), 1);
    QCOMPARE(repo.districtCount(), 1);
    QCOMPARE(repo.okrugCount(), 2);

    a.nameKk = QStringLiteral("Жосалы ауылдық округі");
    repo.update(a);
    QCOMPARE(repo.okrug(a.id).nameKk, QStringLiteral("Жосалы ауылдық округі"));
    repo.removeOkrug(a.id);
    QCOMPARE(repo.okrug(a.id).id, 0);
}

void TestGeographyRepository::keepsGivenIdAndUuid()
{
    GeographyRepository repo(m_db.connection());
    Region region{500,
                  QStringLiteral("11111111-2222-3333-4444-555555555555"),
                  {},
                  QStringLiteral("область Ұлытау"),
                  QStringLiteral("Ұлытау облысы"),
                  16};
    repo.insert(region);
    QCOMPARE(region.id, 500);
    QCOMPARE(repo.region(500).uuid, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(repo.region(500).kato, QString()); // stored as NULL, read back empty
}

void TestGeographyRepository::katoIsUnique()
{
    GeographyRepository repo(m_db.connection());
    Region duplicate{0, {}, QStringLiteral("430000000"), QStringLiteral("Другая"), {}, 0};
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(duplicate));
    // Regions without a KATO code do not collide with each other.
    Region x{0, {}, {}, QStringLiteral("X"), {}, 0};
    Region y{0, {}, {}, QStringLiteral("Y"), {}, 0};
    repo.insert(x);
    repo.insert(y);
    QVERIFY(y.id > x.id);
}

void TestGeographyRepository::districtNeedsExistingRegion()
{
    GeographyRepository repo(m_db.connection());
    District orphan{0, {}, 9999, {}, QStringLiteral("Нигде"), {}};
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(orphan));
}

QTEST_GUILESS_MAIN(TestGeographyRepository)
#include "tst_geographyrepository.moc"
