#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestCriterionRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersStageOneFirstThenBySortOrder();
    void constraintsRejectBadValues();
    void updateKeepsIdentity();

private:
    Criterion make(const QString &code, StageKind stage, int order) const;
    QTemporaryDir m_dir;
    Database m_db;
};

Criterion TestCriterionRepository::make(const QString &code, StageKind stage, int order) const
{
    Criterion c;
    c.code = code;
    c.stage = stage;
    c.titleRu = QStringLiteral("Критерий ") + code;
    c.titleKk = QStringLiteral("Өлшем ") + code;
    c.sortOrder = order;
    return c;
}

void TestCriterionRepository::initTestCase()
{
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("c.akc")), Database::Mode::Create));
}

void TestCriterionRepository::ordersStageOneFirstThenBySortOrder()
{
    CriterionRepository repo(m_db.connection());
    for (Criterion c : {make(QStringLiteral("R1"), StageKind::National, 1),
                        make(QStringLiteral("K2"), StageKind::Regional, 2),
                        make(QStringLiteral("K1"), StageKind::Regional, 1)})
        repo.insert(c);
    QStringList codes;
    for (const Criterion &c : repo.all())
        codes << c.code;
    QCOMPARE(codes,
             (QStringList{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("R1")}));
    const qint64 k2 = repo.idOfCode(QStringLiteral("K2"));
    repo.setSortOrder(k2, 0);
    QCOMPARE(repo.all().first().code, QStringLiteral("K2"));
    QCOMPARE(repo.idOfCode(QStringLiteral("K9")), 0);
    QCOMPARE(repo.count(), 3);
    QCOMPARE(repo.criterion(k2).titleKk, QStringLiteral("Өлшем K2"));
}

void TestCriterionRepository::constraintsRejectBadValues()
{
    CriterionRepository repo(m_db.connection());
    Criterion dup = make(QStringLiteral("K1"), StageKind::Regional, 9);
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(dup));
    Criterion zero = make(QStringLiteral("Z1"), StageKind::Regional, 9);
    zero.maxPoints = 0;
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(zero));
    Criterion negative = make(QStringLiteral("Z2"), StageKind::Regional, 9);
    negative.weight = -0.5;
    QVERIFY_THROWS_EXCEPTION(StorageError, repo.insert(negative));
    QCOMPARE(repo.count(), 3);
}

void TestCriterionRepository::updateKeepsIdentity()
{
    CriterionRepository repo(m_db.connection());
    Criterion c = repo.criterion(repo.idOfCode(QStringLiteral("R1")));
    const QString uuid = c.uuid;
    c.source = CriterionSource::Survey;
    c.maxPoints = 5;
    c.weight = 0.25;
    c.titleEn = QStringLiteral("Interview");
    repo.update(c);
    const Criterion back = repo.criterion(c.id);
    QCOMPARE(back, c);
    QCOMPARE(back.uuid, uuid);
    repo.remove(c.id);
    QCOMPARE(repo.criterion(c.id).id, 0);
}

QTEST_GUILESS_MAIN(TestCriterionRepository)
#include "tst_criterionrepository.moc"
