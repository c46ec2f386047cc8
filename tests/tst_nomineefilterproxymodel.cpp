#include "itemmodels/nomineefilterproxymodel.h"
#include "itemmodels/nomineetablemodel.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

namespace {

const QString kKatoCsv = QStringLiteral(AKIM_SHARED_DIR "/data/kato/rural-okrugs.csv");

qint64 regionIdByKato(const ContestDocument &doc, const QString &kato)
{
    for (const Region &region : doc.geography().regions()) {
        if (region.kato == kato)
            return region.id;
    }
    return 0;
}

// The KATO list has no quoted fields (checked by the column count of every row).
// Rows of 7 fields: kato, region_ru/kk, district_ru/kk, okrug_ru/kk.
QVector<QStringList> readKato(QString *error)
{
    QFile file(kKatoCsv);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() ||
        lines.first().trimmed() !=
            QLatin1String("kato,region_ru,region_kk,district_ru,district_kk,okrug_ru,okrug_kk")) {
        *error = QStringLiteral("unexpected header");
        return {};
    }
    QVector<QStringList> rows;
    for (int i = 1; i < lines.size(); ++i) {
        rows.push_back(lines.at(i).trimmed().split(QLatin1Char(',')));
        if (rows.last().size() != 7) {
            *error = QStringLiteral("line %1 has %2 fields").arg(i + 1).arg(rows.last().size());
            return {};
        }
    }
    return rows;
}

// Every okrug of the list gets a nominee, written straight through the repositories in one
// transaction (the services would make 2,287 undo steps).
QString loadKato(ContestDocument &doc, const QVector<QStringList> &rows)
{
    QHash<QString, qint64> regionOfPrefix; // first two KATO digits → region id
    for (const Region &region : doc.geography().regions())
        regionOfPrefix.insert(region.kato.left(2), region.id);
    return doc.runInTransaction([&] {
        GeographyRepository geography = doc.geography();
        NomineeRepository nominees = doc.nominees();
        QHash<QString, qint64> districtIds; // region id + district name → id
        int serial = 0;
        for (const QStringList &row : rows) {
            const qint64 regionId = regionOfPrefix.value(row[0].left(2));
            if (regionId == 0)
                throw StorageError(QStringLiteral("no region for KATO %1").arg(row[0]));
            const QString key = QString::number(regionId) + QLatin1Char('|') + row[3];
            qint64 districtId = districtIds.value(key);
            if (districtId == 0) {
                District district{0, {}, regionId, {}, row[3], row[4]};
                geography.insert(district);
                districtId = districtIds[key] = district.id;
            }
            Okrug okrug{0, {}, districtId, row[0], row[5], row[6]};
            geography.insert(okrug);
            Nominee nominee;
            nominee.okrugId = okrug.id;
            // Synthetic names that cannot match a place name searched below.
            nominee.fullName = QStringLiteral("Тестов Аким №%1").arg(++serial);
            nominees.insert(nominee);
        }
    });
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

// Counts how often the filter runs, to see invalidations.
class CountingProxy : public NomineeFilterProxyModel
{
public:
    mutable int calls = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++calls;
        return NomineeFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
};

} // namespace

class TestNomineeFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filterTextIsFoldedAndNeedsAllWords();
    void regionAndDistrictFilters();
    void invalidatesOnlyOnChange();
    void followsSourceChanges();
    void sortsKazakhNamesWithCollator();
    void sortsNumbersNaturally();

    void realKatoList();

private:
    void add(const QString &regionKato, const QString &districtRu, const QString &districtKk,
             const QString &okrugRu, const QString &okrugKk, const QString &name);
    void addInAral(const QString &okrug, const QString &name);
    // Әлімов in Жосалы (Kyzylorda), Нұрланов in Аманөткел (Kyzylorda), Иванова in Турген (Akmola).
    void addSamples(bool amanotkel = true);

    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestNomineeFilterProxyModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_doc = std::make_unique<ContestDocument>();
    const QString path =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".akc"));
    QVERIFY2(m_doc->create(path), qPrintable(m_doc->errorString()));
}

void TestNomineeFilterProxyModel::cleanup()
{
    m_doc.reset();
    QLocale::setDefault(QLocale::c());
}

void TestNomineeFilterProxyModel::add(const QString &regionKato, const QString &districtRu,
                                      const QString &districtKk, const QString &okrugRu,
                                      const QString &okrugKk, const QString &name)
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
    draft.newOkrugKk = okrugKk;
    draft.fullName = name;
    const EditResult result = m_doc->addNominee(draft);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestNomineeFilterProxyModel::addInAral(const QString &okrug, const QString &name)
{
    add(QStringLiteral("430000000"), QStringLiteral("Аральский район"),
        QStringLiteral("Арал ауданы"), okrug, okrug, name);
}

void TestNomineeFilterProxyModel::addSamples(bool amanotkel)
{
    add(QStringLiteral("430000000"), QStringLiteral("Кармакшинский район"),
        QStringLiteral("Қармақшы ауданы"), QStringLiteral("Жосалинский с.о."),
        QStringLiteral("Жосалы а.о."), QStringLiteral("Әлімов Серік"));
    if (amanotkel) {
        add(QStringLiteral("430000000"), QStringLiteral("Аральский район"),
            QStringLiteral("Арал ауданы"), QStringLiteral("Аманоткельский с.о."),
            QStringLiteral("Аманөткел а.о."), QStringLiteral("Нұрланов Ерлан"));
    }
    add(QStringLiteral("110000000"), QStringLiteral("Аршалынский район"),
        QStringLiteral("Аршалы ауданы"), QStringLiteral("Турговский с.о."),
        QStringLiteral("Турген а.о."), QStringLiteral("Иванова Анна"));
}

void TestNomineeFilterProxyModel::filterTextIsFoldedAndNeedsAllWords()
{
    addSamples();

    NomineeTableModel source(m_doc.get());
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setFilterText(QStringLiteral("кызылорда"));
    QCOMPARE(proxy.filterText(), QStringLiteral("кызылорда"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterText(QStringLiteral("  ҚЫЗЫЛОРДА   аманоткел "));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Нұрланов Ерлан"));
    proxy.setFilterText(QStringLiteral("нурланов кармакшы")); // words from two rows: none
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QStringLiteral("алимов"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, NomineeTableModel::OkrugColumn).data().toString(),
             QStringLiteral("Жосалинский с.о."));
    proxy.setFilterText(QStringLiteral("турген"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestNomineeFilterProxyModel::regionAndDistrictFilters()
{
    addSamples();

    NomineeTableModel source(m_doc.get());
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 kyzylorda = regionIdByKato(*m_doc, QStringLiteral("430000000"));
    const qint64 akmola = regionIdByKato(*m_doc, QStringLiteral("110000000"));

    proxy.setRegionId(kyzylorda);
    QCOMPARE(proxy.regionId(), kyzylorda);
    QCOMPARE(proxy.rowCount(), 2);
    const qint64 aral =
        source.rowAt(source.rowOfId(proxy.index(0, 0).data(NomineeTableModel::IdRole).toLongLong()))
            .districtId;
    proxy.setDistrictId(aral);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, NomineeTableModel::DistrictColumn).data().toString(),
             QStringLiteral("Аральский район"));
    proxy.setPlace(akmola, 0);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Иванова Анна"));
    // Text and place filters combine.
    proxy.setRegionId(kyzylorda);
    proxy.setFilterText(QStringLiteral("анна"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setRegionId(0);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestNomineeFilterProxyModel::invalidatesOnlyOnChange()
{
    addSamples();
    NomineeTableModel source(m_doc.get());
    CountingProxy proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("жосалы"));
    QCOMPARE(proxy.rowCount(), 1);

    // Every invalidation re-runs filterAcceptsRow over the source rows; none may happen here.
    proxy.calls = 0;
    proxy.setFilterText(QStringLiteral("ЖОСАЛЫ")); // same folded text
    proxy.setFilterText(QStringLiteral(" жосалы "));
    proxy.setRegionId(0);
    proxy.setDistrictId(0);
    proxy.setPlace(0, 0);
    QCOMPARE(proxy.calls, 0);
    QCOMPARE(proxy.filterText(), QStringLiteral(" жосалы "));

    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    proxy.setFilterText(QStringLiteral("нигде"));
    QVERIFY(proxy.calls > 0);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(removed.count(), 1);

    proxy.calls = 0;
    proxy.setRegionId(regionIdByKato(*m_doc, QStringLiteral("430000000")));
    QVERIFY(proxy.calls > 0);
    proxy.calls = 0;
    proxy.setRegionId(regionIdByKato(*m_doc, QStringLiteral("430000000")));
    QCOMPARE(proxy.calls, 0);
}

void TestNomineeFilterProxyModel::followsSourceChanges()
{
    NomineeTableModel source(m_doc.get());
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterText(QStringLiteral("кармакшы"));
    QCOMPARE(proxy.rowCount(), 0);
    addSamples(false);
    QCOMPARE(source.rowCount(), 2);
    QCOMPARE(proxy.rowCount(), 1);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(proxy.rowCount(), 1);
}

void TestNomineeFilterProxyModel::sortsKazakhNamesWithCollator()
{
    const QStringList names = {QStringLiteral("Яковлев Иван"),    QStringLiteral("Өмірзақов Бақыт"),
                               QStringLiteral("Әлімов Серік"),    QStringLiteral("Бекұлы Нұр"),
                               QStringLiteral("Ахметов Асқар"),   QStringLiteral("Оспанов Ерлан"),
                               QStringLiteral("Ұлықбеков Дамир"), QStringLiteral("Усенов Марат")};
    for (int i = 0; i < names.size(); ++i) {
        addInAral(QStringLiteral("Округ %1").arg(i), names.at(i));
    }
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    NomineeTableModel source(m_doc.get());
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NomineeTableModel::FullNameColumn, Qt::AscendingOrder);

    // Kazakh order: А Ә Б … О Ө … У Ұ Ү … Я. Code points would put Ә, Ө, Ұ after Я.
    const QStringList expected = {
        QStringLiteral("Ахметов Асқар"),   QStringLiteral("Әлімов Серік"),
        QStringLiteral("Бекұлы Нұр"),      QStringLiteral("Оспанов Ерлан"),
        QStringLiteral("Өмірзақов Бақыт"), QStringLiteral("Усенов Марат"),
        QStringLiteral("Ұлықбеков Дамир"), QStringLiteral("Яковлев Иван")};
    QCOMPARE(column(proxy, NomineeTableModel::FullNameColumn), expected);

    proxy.sort(NomineeTableModel::FullNameColumn, Qt::DescendingOrder);
    QStringList reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(column(proxy, NomineeTableModel::FullNameColumn), reversed);

    // A new nominee lands in its sorted place (dynamic sort).
    proxy.sort(NomineeTableModel::FullNameColumn, Qt::AscendingOrder);
    addInAral(QStringLiteral("Округ 99"), QStringLiteral("Әбдірахманов Ғалым"));
    QCOMPARE(proxy.index(1, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Әбдірахманов Ғалым"));
}

void TestNomineeFilterProxyModel::sortsNumbersNaturally()
{
    for (int i : {10, 2, 1, 21}) {
        addInAral(QStringLiteral("Округ %1").arg(i), QStringLiteral("Аким %1").arg(i));
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    NomineeTableModel source(m_doc.get());
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.updateCollator();
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NomineeTableModel::OkrugColumn);
    QCOMPARE(column(proxy, NomineeTableModel::OkrugColumn),
             QStringList({QStringLiteral("Округ 1"), QStringLiteral("Округ 2"),
                          QStringLiteral("Округ 10"), QStringLiteral("Округ 21")}));
}

void TestNomineeFilterProxyModel::realKatoList()
{
    if (!QFile::exists(kKatoCsv))
        QSKIP(qPrintable(QStringLiteral("The KATO list %1 is absent; the real-data filter test "
                                        "needs it (it is not copied into the repository).")
                             .arg(kKatoCsv)));
    QString error;
    const QVector<QStringList> rows = readKato(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2287);
    error = loadKato(*m_doc, rows);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    NomineeTableModel source(m_doc.get());
    QCOMPARE(source.rowCount(), 2287);
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.updateCollator();
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(NomineeTableModel::KatoColumn);

    QElapsedTimer timer;
    timer.start();
    proxy.setFilterText(QStringLiteral("кызылорда"));
    qInfo("filtering 2,287 rows: %lld ms", timer.elapsed());
    QCOMPARE(proxy.rowCount(), 144);
    const QStringList regions = column(proxy, NomineeTableModel::RegionColumn);
    QCOMPARE(QSet<QString>(regions.begin(), regions.end()),
             QSet<QString>({QStringLiteral("Кызылординская область")}));
    QLocale::setDefault(QLocale(QLocale::Kazakh, QLocale::Kazakhstan));
    source.retranslate();
    QCOMPARE(proxy.index(0, NomineeTableModel::RegionColumn).data().toString(),
             QStringLiteral("Қызылорда облысы"));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    source.retranslate();

    // Жосалы: the two okrugs of Кармакшинский район, and Сырым's Жосалы in West Kazakhstan.
    proxy.setFilterText(QStringLiteral("жосалы"));
    QCOMPARE(column(proxy, NomineeTableModel::KatoColumn),
             QStringList({QStringLiteral("275847000"), QStringLiteral("434630000"),
                          QStringLiteral("434645000")}));
    proxy.setFilterText(QStringLiteral("жосалы кармакшы"));
    QCOMPARE(column(proxy, NomineeTableModel::KatoColumn),
             QStringList({QStringLiteral("434630000"), QStringLiteral("434645000")}));
    QCOMPARE(column(proxy, NomineeTableModel::OkrugColumn),
             QStringList({QStringLiteral("Жосалинский с.о."), QStringLiteral("Жосалинский с.о.")}));

    proxy.setFilterText(QString());
    proxy.setRegionId(regionIdByKato(*m_doc, QStringLiteral("620000000")));
    QCOMPARE(proxy.rowCount(), 35);
    QCOMPARE(proxy.index(0, NomineeTableModel::RegionColumn).data().toString(),
             QStringLiteral("область Ұлытау"));
    proxy.setFilterText(QStringLiteral("улытау")); // and the text agrees
    QCOMPARE(proxy.rowCount(), 35);

    proxy.setRegionId(0);
    proxy.setFilterText(QStringLiteral("434645000"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 2287);

    // One edit in the full list, sorted by name: the models refresh without a reset, quickly.
    proxy.sort(NomineeTableModel::FullNameColumn);
    const NomineeRow row = source.rowAt(
        source.rowOfId(proxy.index(0, 0).data(NomineeTableModel::IdRole).toLongLong()));
    NomineeDraft draft;
    draft.regionId = row.regionId;
    draft.districtId = row.districtId;
    draft.okrugId = row.nominee.okrugId;
    draft.fullName = QStringLiteral("Яковлев Иван");
    QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
    timer.restart();
    QVERIFY(m_doc->editNominee(row.nominee.id, draft).ok());
    const qint64 editMs = timer.elapsed();
    qInfo("one edit with 2,287 rows shown: %lld ms", editMs);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, NomineeTableModel::FullNameColumn).data().toString(),
             QStringLiteral("Яковлев Иван"));
    QVERIFY2(editMs < 1000, qPrintable(QString::number(editMs)));
}

QTEST_GUILESS_MAIN(TestNomineeFilterProxyModel)
#include "tst_nomineefilterproxymodel.moc"
