#include "itemmodels/geographytreemodel.h"
#include "services/contestdocument.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

namespace {

const QString kKyzylordaKato = QStringLiteral("430000000");
const QString kAkmolaKato = QStringLiteral("110000000");

qint64 regionIdByKato(const ContestDocument &doc, const QString &kato)
{
    for (const Region &region : doc.geography().regions()) {
        if (region.kato == kato)
            return region.id;
    }
    return 0;
}

} // namespace

class TestGeographyTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newContestListsAllRegions();
    void countsFollowNomineesUndoAndRedo();
    void districtsAreChildrenWithIds();
    void namesFollowTheLanguage();
    void countChangesDoNotReset();
    void closeLeavesOnlyAllRegions();

private:
    void add(const QString &regionKato, const QString &districtRu, const QString &districtKk,
             const QString &okrugRu, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestGeographyTreeModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
}

void TestGeographyTreeModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

void TestGeographyTreeModel::add(const QString &regionKato, const QString &districtRu,
                                 const QString &districtKk, const QString &okrugRu,
                                 const QString &name)
{
    NomineeDraft draft;
    draft.regionId = regionIdByKato(*m_doc, regionKato);
    for (const District &district : m_doc->geography().districts(draft.regionId)) {
        if (district.nameRu == districtRu)
            draft.districtId = district.id;
    }
    draft.newDistrictRu = districtRu;
    draft.newDistrictKk = districtKk;
    draft.newOkrugRu = okrugRu;
    draft.newOkrugKk = okrugRu;
    draft.fullName = name;
    const EditResult result = m_doc->addNominee(draft);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestGeographyTreeModel::newContestListsAllRegions()
{
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.columnCount(), 1);
    const QModelIndex all = model.index(0, 0);
    QCOMPARE(all.data().toString(), QStringLiteral("All regions (0)"));
    QCOMPARE(all.data(GeographyTreeModel::RegionIdRole).toLongLong(), qint64(0));
    QCOMPARE(all.data(GeographyTreeModel::DistrictIdRole).toLongLong(), qint64(0));
    QCOMPARE(model.rowCount(all), 0);
    QCOMPARE(model.indexOfRegion(0), all);

    // Regions in the contest's order, each its own id.
    const QVector<Region> regions = m_doc->geography().regions();
    QCOMPARE(regions.size(), 17);
    for (int i = 0; i < regions.size(); ++i) {
        const QModelIndex region = model.index(i + 1, 0);
        QCOMPARE(region.data(GeographyTreeModel::RegionIdRole).toLongLong(), regions.at(i).id);
        QCOMPARE(region.data().toString(), regions.at(i).nameRu + QStringLiteral(" (0)"));
        QCOMPARE(model.indexOfRegion(regions.at(i).id), region);
        QVERIFY(!model.parent(region).isValid());
    }
    QVERIFY(!model.indexOfRegion(987654).isValid());
}

void TestGeographyTreeModel::countsFollowNomineesUndoAndRedo()
{
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Жосалинский с.о."), QStringLiteral("Әлімов Серік"));
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Иркольский с.о."), QStringLiteral("Нұрланов Ерлан"));
    add(kKyzylordaKato, QStringLiteral("Аральский район"), QStringLiteral("Арал ауданы"),
        QStringLiteral("Аманоткельский с.о."), QStringLiteral("Сейтов Бақыт"));
    add(kAkmolaKato, QStringLiteral("Аршалынский район"), QStringLiteral("Аршалы ауданы"),
        QStringLiteral("Турговский с.о."), QStringLiteral("Иванова Анна"));

    const qint64 kyzylordaId = regionIdByKato(*m_doc, kKyzylordaKato);
    const QModelIndex kyzylorda = model.indexOfRegion(kyzylordaId);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All regions (4)"));
    QCOMPARE(kyzylorda.data().toString(), QStringLiteral("Кызылординская область (3)"));
    QCOMPARE(kyzylorda.data(GeographyTreeModel::NomineeCountRole).toInt(), 3);
    QCOMPARE(model.indexOfRegion(regionIdByKato(*m_doc, kAkmolaKato)).data().toString(),
             QStringLiteral("Акмолинская область (1)"));
    QCOMPARE(model.rowCount(kyzylorda), 2);

    m_doc->undoStack()->undo(); // Иванова
    m_doc->undoStack()->undo(); // Сейтов, and the Аральский район created with him
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All regions (2)"));
    QCOMPARE(model.indexOfRegion(kyzylordaId).data().toString(),
             QStringLiteral("Кызылординская область (2)"));
    QCOMPARE(model.rowCount(model.indexOfRegion(kyzylordaId)), 1);
    QCOMPARE(model.indexOfRegion(regionIdByKato(*m_doc, kAkmolaKato)).data().toString(),
             QStringLiteral("Акмолинская область (0)"));

    m_doc->undoStack()->redo();
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All regions (3)"));
    QCOMPARE(model.rowCount(model.indexOfRegion(kyzylordaId)), 2);
    QCOMPARE(model.indexOfRegion(kyzylordaId).data().toString(),
             QStringLiteral("Кызылординская область (3)"));
}

void TestGeographyTreeModel::districtsAreChildrenWithIds()
{
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Жосалинский с.о."), QStringLiteral("Әлімов Серік"));
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Иркольский с.о."), QStringLiteral("Нұрланов Ерлан"));

    const qint64 kyzylordaId = regionIdByKato(*m_doc, kKyzylordaKato);
    const QVector<District> districts = m_doc->geography().districts(kyzylordaId);
    QCOMPARE(districts.size(), 1);
    const QModelIndex region = model.indexOfRegion(kyzylordaId);
    const QModelIndex district = model.index(0, 0, region);
    QCOMPARE(model.parent(district), region);
    QCOMPARE(district.data().toString(), QStringLiteral("Кармакшинский район (2)"));
    QCOMPARE(district.data(GeographyTreeModel::RegionIdRole).toLongLong(), kyzylordaId);
    QCOMPARE(district.data(GeographyTreeModel::DistrictIdRole).toLongLong(), districts.at(0).id);
    QCOMPARE(district.data(GeographyTreeModel::NomineeCountRole).toInt(), 2);
    QCOMPARE(model.indexOfDistrict(districts.at(0).id), district);
    QCOMPARE(model.rowCount(district), 0);
    QVERIFY(!model.indexOfDistrict(987654).isValid());

    // A district whose only okrug has no nominee is still listed, with 0.
    const QString error = m_doc->runInTransaction([&] {
        District empty{0,
                       {},
                       kyzylordaId,
                       {},
                       QStringLiteral("Шиелийский район"),
                       QStringLiteral("Шиелі ауданы")};
        m_doc->geography().insert(empty);
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    model.reload();
    QCOMPARE(model.rowCount(model.indexOfRegion(kyzylordaId)), 2);
    QCOMPARE(model.indexOfDistrict(m_doc->geography().districts(kyzylordaId).last().id)
                 .data()
                 .toString(),
             QStringLiteral("Шиелийский район (0)"));
}

void TestGeographyTreeModel::namesFollowTheLanguage()
{
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Жосалинский с.о."), QStringLiteral("Әлімов Серік"));
    const QModelIndex region = model.indexOfRegion(regionIdByKato(*m_doc, kKyzylordaKato));
    const QModelIndex district = model.index(0, 0, region);

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    QCOMPARE(region.data().toString(), QStringLiteral("Кызылординская область (1)"));
    QCOMPARE(district.data().toString(), QStringLiteral("Кармакшинский район (1)"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    model.retranslate();
    QVERIFY(changed.count() >= 2); // the top level and the district level
    QCOMPARE(region.data().toString(), QStringLiteral("Қызылорда облысы (1)"));
    QCOMPARE(district.data().toString(), QStringLiteral("Қармақшы ауданы (1)"));
}

void TestGeographyTreeModel::countChangesDoNotReset()
{
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Жосалинский с.о."), QStringLiteral("Әлімов Серік"));
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex district =
        model.index(0, 0, model.indexOfRegion(regionIdByKato(*m_doc, kKyzylordaKato)));

    // A second nominee in an existing okrug-less place: same districts, new counts.
    const District existing =
        m_doc->geography()
            .districts(district.data(GeographyTreeModel::RegionIdRole).toLongLong())
            .first();
    NomineeDraft draft;
    draft.regionId = existing.regionId;
    draft.districtId = existing.id;
    draft.newOkrugRu = QStringLiteral("Иркольский с.о.");
    draft.fullName = QStringLiteral("Нұрланов Ерлан");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->addNominee(draft).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(district.isValid());
    QCOMPARE(district.data().toString(), QStringLiteral("Кармакшинский район (2)"));

    m_doc->undoStack()->undo(); // removes the okrug, not the district
    QCOMPARE(resets.count(), 0);
    QCOMPARE(district.data().toString(), QStringLiteral("Кармакшинский район (1)"));
}

void TestGeographyTreeModel::closeLeavesOnlyAllRegions()
{
    add(kKyzylordaKato, QStringLiteral("Кармакшинский район"), QStringLiteral("Қармақшы ауданы"),
        QStringLiteral("Жосалинский с.о."), QStringLiteral("Әлімов Серік"));
    GeographyTreeModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString path = m_doc->path();
    m_doc->close();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All regions (0)"));
    QVERIFY(m_doc->open(path));
    QCOMPARE(model.rowCount(), 18);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All regions (1)"));
}

QTEST_GUILESS_MAIN(TestGeographyTreeModel)
#include "tst_geographytreemodel.moc"
