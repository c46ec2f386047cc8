#include "itemmodels/nomineetablemodel.h"
#include "services/contestdocument.h"
#include "text/textfold.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
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

// Adds a nominee through the service, reusing the district when the region already has it.
EditResult addNominee(ContestDocument &doc, const QString &regionKato, const QString &districtRu,
                      const QString &districtKk, const QString &okrugRu, const QString &okrugKk,
                      const QString &kato, const QString &name, const QDate &since = {},
                      NomineeStatus status = NomineeStatus::Active)
{
    NomineeDraft draft;
    draft.regionId = regionIdByKato(doc, regionKato);
    for (const District &district : doc.geography().districts(draft.regionId)) {
        if (district.nameRu == districtRu)
            draft.districtId = district.id;
    }
    draft.newDistrictRu = districtRu;
    draft.newDistrictKk = districtKk;
    draft.newOkrugRu = okrugRu;
    draft.newOkrugKk = okrugKk;
    draft.newOkrugKato = kato;
    draft.fullName = name;
    draft.inOfficeSince = since;
    draft.status = status;
    return doc.addNominee(draft);
}

} // namespace

class TestNomineeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyContestHasHeadersOnly();
    void followsAddUndoRedoAndRemove();
    void namesFollowTheLanguage();
    void datesStatusAndSortValues();
    void searchTextHoldsEveryName();
    void editKeepsRowsWithoutReset();
    void closeAndReopen();
    void loadsEveryOkrugQuickly();

private:
    void addTwo();

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestNomineeTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
}

void TestNomineeTableModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

void TestNomineeTableModel::addTwo()
{
    QVERIFY(addNominee(*m_doc, kKyzylordaKato, QStringLiteral("Кармакшинский район"),
                       QStringLiteral("Қармақшы ауданы"), QStringLiteral("Жосалинский с.о."),
                       QStringLiteral("Жосалы а.о."), QStringLiteral("434630000"),
                       QStringLiteral("Әлімов Серік Қайратұлы"), QDate(2019, 3, 15))
                .ok());
    QVERIFY(addNominee(*m_doc, kAkmolaKato, QStringLiteral("Аршалынский район"),
                       QStringLiteral("Аршалы ауданы"), QStringLiteral("Турговский с.о."),
                       QStringLiteral("Турген а.о."), QString(),
                       QStringLiteral("Иванова Анна Петровна"), {}, NomineeStatus::Withdrawn)
                .ok());
}

void TestNomineeTableModel::emptyContestHasHeadersOnly()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(NomineeTableModel::ColumnCount));
    QCOMPARE(model.headerData(NomineeTableModel::RegionColumn, Qt::Horizontal).toString(),
             QStringLiteral("Region"));
    QCOMPARE(model.headerData(NomineeTableModel::FullNameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Akim"));
    QCOMPARE(model.headerData(NomineeTableModel::InOfficeSinceColumn, Qt::Horizontal).toString(),
             QStringLiteral("In office since"));
    QCOMPARE(model.rowOfId(1), -1);
    QCOMPARE(model.rowAt(0).nominee.id, qint64(0));
}

void TestNomineeTableModel::followsAddUndoRedoAndRemove()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    QCOMPARE(model.rowCount(), 2);

    // Rows come in region order: Akmola (11) before Kyzylorda (43).
    QCOMPARE(model.rowAt(0).nominee.fullName, QStringLiteral("Иванова Анна Петровна"));
    const NomineeRow kyzylorda = model.rowAt(1);
    QCOMPARE(kyzylorda.nominee.fullName, QStringLiteral("Әлімов Серік Қайратұлы"));
    QCOMPARE(model.rowOfId(kyzylorda.nominee.id), 1);
    const QModelIndex cell = model.index(1, NomineeTableModel::FullNameColumn);
    QCOMPARE(cell.data(NomineeTableModel::IdRole).toLongLong(), kyzylorda.nominee.id);
    QCOMPARE(cell.data(NomineeTableModel::RegionIdRole).toLongLong(),
             regionIdByKato(*m_doc, kKyzylordaKato));
    QCOMPARE(cell.data(NomineeTableModel::DistrictIdRole).toLongLong(), kyzylorda.districtId);
    QCOMPARE(model.index(1, NomineeTableModel::KatoColumn).data().toString(),
             QStringLiteral("434630000"));

    const qint64 ivanova = model.rowAt(0).nominee.id;
    m_doc->undoStack()->undo(); // the second add: Иванова
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOfId(ivanova), -1);
    QCOMPARE(model.rowOfId(kyzylorda.nominee.id), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfId(kyzylorda.nominee.id), -1);
    m_doc->undoStack()->redo();
    m_doc->undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOfId(kyzylorda.nominee.id), 1);

    QVERIFY(m_doc->removeNominees({kyzylorda.nominee.id}).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowAt(0).nominee.fullName, QStringLiteral("Иванова Анна Петровна"));
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Әлімов Серік Қайратұлы"));
}

void TestNomineeTableModel::namesFollowTheLanguage()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    const QModelIndex region = model.index(1, NomineeTableModel::RegionColumn);
    const QModelIndex district = model.index(1, NomineeTableModel::DistrictColumn);
    const QModelIndex okrug = model.index(1, NomineeTableModel::OkrugColumn);

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    QCOMPARE(region.data().toString(), QStringLiteral("Кызылординская область"));
    QCOMPARE(district.data().toString(), QStringLiteral("Кармакшинский район"));
    QCOMPARE(okrug.data().toString(), QStringLiteral("Жосалинский с.о."));

    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(cells.count(), 1);
    QCOMPARE(cells.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(cells.at(0).at(1).value<QModelIndex>(),
             model.index(1, NomineeTableModel::ColumnCount - 1));
    QCOMPARE(region.data().toString(), QStringLiteral("Қызылорда облысы"));
    QCOMPARE(district.data().toString(), QStringLiteral("Қармақшы ауданы"));
    QCOMPARE(okrug.data().toString(), QStringLiteral("Жосалы а.о."));
    // The sort value is what is shown.
    QCOMPARE(region.data(NomineeTableModel::SortRole).toString(),
             QStringLiteral("Қызылорда облысы"));

    // English users see the official Russian names.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(region.data().toString(), QStringLiteral("Кызылординская область"));
}

void TestNomineeTableModel::datesStatusAndSortValues()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    const QModelIndex since = model.index(1, NomineeTableModel::InOfficeSinceColumn);
    // The year in full in every language: "3/15/19" could be 1919.
    QCOMPARE(since.data().toString(), QStringLiteral("3/15/2019"));
    QCOMPARE(since.data(NomineeTableModel::SortRole).toString(), QStringLiteral("2019-03-15"));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QCOMPARE(since.data().toString(), QStringLiteral("15.03.2019"));
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    QCOMPARE(since.data().toString(), QStringLiteral("15.03.2019"));

    // Unknown date: blank, sorted first.
    const QModelIndex unknown = model.index(0, NomineeTableModel::InOfficeSinceColumn);
    QCOMPARE(unknown.data().toString(), QString());
    QCOMPARE(unknown.data(NomineeTableModel::SortRole).toString(), QString());

    QCOMPARE(model.index(0, NomineeTableModel::StatusColumn).data().toString(),
             QStringLiteral("Withdrawn"));
    QCOMPARE(model.index(1, NomineeTableModel::StatusColumn).data().toString(),
             QStringLiteral("Active"));
    QVERIFY(
        model.index(1, NomineeTableModel::StatusColumn).data(NomineeTableModel::SortRole).toInt() <
        model.index(0, NomineeTableModel::StatusColumn).data(NomineeTableModel::SortRole).toInt());
}

void TestNomineeTableModel::searchTextHoldsEveryName()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    const QString search = model.index(1, NomineeTableModel::StatusColumn)
                               .data(NomineeTableModel::SearchTextRole)
                               .toString();
    QCOMPARE(search, text::fold(search)); // already folded
    for (const char *word : {"алимов", "серик", "кайратулы", "кызылорда", "кызылординская",
                             "кармакшинский", "кармакшы", "жосалинский", "жосалы", "434630000"}) {
        QVERIFY2(text::containsAllWords(search, QString::fromUtf8(word)), word);
    }
    QVERIFY(!text::containsAllWords(search, QStringLiteral("аршалы")));
    // The same for every column of the row.
    QCOMPARE(model.index(1, 0).data(NomineeTableModel::SearchTextRole).toString(), search);
}

void TestNomineeTableModel::editKeepsRowsWithoutReset()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    const NomineeRow row = model.rowAt(1);
    NomineeDraft draft;
    draft.regionId = row.regionId;
    draft.districtId = row.districtId;
    draft.okrugId = row.nominee.okrugId;
    draft.fullName = QStringLiteral("Әлімов Серік");
    draft.status = NomineeStatus::Disqualified;

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->editNominee(row.nominee.id, draft).ok());
    QCOMPARE(resets.count(), 0);
    QVERIFY(cells.count() >= 1);
    QCOMPARE(model.index(1, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Әлімов Серік"));
    QCOMPARE(model.index(1, NomineeTableModel::StatusColumn).data().toString(),
             QStringLiteral("Disqualified"));
    QCOMPARE(model.index(1, NomineeTableModel::InOfficeSinceColumn).data().toString(), QString());
    QVERIFY(!model.index(1, 0)
                 .data(NomineeTableModel::SearchTextRole)
                 .toString()
                 .contains(QStringLiteral("кайратулы")));
    m_doc->undoStack()->undo();
    QCOMPARE(model.index(1, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Әлімов Серік Қайратұлы"));
}

void TestNomineeTableModel::closeAndReopen()
{
    NomineeTableModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addTwo();
    const QString path = m_doc->path();
    m_doc->close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_doc->open(path));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowAt(1).nominee.fullName, QStringLiteral("Әлімов Серік Қайратұлы"));
}

void TestNomineeTableModel::loadsEveryOkrugQuickly()
{
    // The stress case: a nominee in each of ~2,300 okrugs, loaded with one query.
    constexpr int kCount = 2300;
    const QVector<Region> regions = m_doc->geography().regions();
    const QString error = m_doc->runInTransaction([&] {
        GeographyRepository geography = m_doc->geography();
        NomineeRepository nominees = m_doc->nominees();
        for (int i = 0; i < kCount; ++i) {
            const Region &region = regions.at(i % regions.size());
            District district{0,
                              {},
                              region.id,
                              {},
                              QStringLiteral("Район %1").arg(i),
                              QStringLiteral("Аудан %1").arg(i)};
            geography.insert(district);
            Okrug okrug{0,
                        {},
                        district.id,
                        {},
                        QStringLiteral("Округ %1").arg(i),
                        QStringLiteral("Округ %1").arg(i)};
            geography.insert(okrug);
            Nominee nominee;
            nominee.okrugId = okrug.id;
            nominee.fullName = QStringLiteral("Аким %1").arg(i);
            nominees.insert(nominee);
        }
    });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    NomineeTableModel model(m_doc.get());
    QCOMPARE(model.rowCount(), kCount);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QElapsedTimer timer;
    timer.start();
    m_doc->close();
    QVERIFY(m_doc->open(m_dir.filePath(QStringLiteral("loadsEveryOkrugQuickly.akc"))));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), kCount);
    qInfo("closing, reopening and loading %d nominees: %lld ms", kCount, elapsed);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_GUILESS_MAIN(TestNomineeTableModel)
#include "tst_nomineetablemodel.moc"
