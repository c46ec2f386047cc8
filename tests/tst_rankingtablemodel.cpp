// The Rankings table shows the engine's result as it is: places, two-decimal components with a
// dash where there is no data, flags in words, unrounded values for sorting, advancing nominees
// in bold, and no way to edit anything.
#include "itemmodels/rankingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace akim;
using scoring::NomineeResult;

namespace {

NomineeResult result(qint64 id, int place, const QString &name, double total)
{
    NomineeResult n;
    n.nomineeId = id;
    n.place = place;
    n.name = name;
    n.regionRu = QStringLiteral("Кызылординская область");
    n.regionKk = QStringLiteral("Қызылорда облысы");
    n.districtRu = QStringLiteral("Аральский район");
    n.okrugRu = QStringLiteral("Аманоткельский с.о.");
    n.total = total;
    n.components.survey = 71.875;
    n.components.ethics = 92.0;
    n.components.commission = total;
    return n;
}

scoring::Ranking sample()
{
    scoring::Ranking ranking;
    NomineeResult first = result(11, 1, QStringLiteral("Нурлан Ахметов"), 81.23456);
    first.advances = true;
    first.flags = {QLatin1String(scoring::flag::advances),
                   QStringLiteral("tie_broken_by:commission")};
    NomineeResult second = result(12, 2, QStringLiteral("Айгерим Садыкова"), 79.5);
    second.components.survey = scoring::kNoValue;
    second.flags = {QLatin1String(scoring::flag::noSurveyData)};
    NomineeResult third = result(13, 2, QStringLiteral("Ержан Бекович"), 79.5);
    third.tieShared = true;
    third.flags = {QLatin1String(scoring::flag::tieShared),
                   QLatin1String(scoring::flag::insufficientSample)};
    ranking.nominees = {first, second, third};
    return ranking;
}

} // namespace

class TestRankingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheRanking();
    void numbersAndDashes();
    void flagsInWords();
    void sortValuesAreUnrounded();
    void advancingInBold();
    void nothingIsEditable();
};

void TestRankingTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestRankingTableModel::showsTheRanking()
{
    RankingTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRanking(sample());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(RankingTableModel::ColumnCount));
    QCOMPARE(model.index(0, RankingTableModel::PlaceColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(2, RankingTableModel::PlaceColumn).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(1, RankingTableModel::NomineeColumn).data().toString(),
             QStringLiteral("Айгерим Садыкова"));
    QCOMPARE(model.index(1, RankingTableModel::NomineeColumn).data(RankingTableModel::IdRole),
             QVariant(qint64(12)));
    QCOMPARE(model.rowOfId(13), 2);
    QCOMPARE(model.rowOfId(99), -1);
    QCOMPARE(model.resultAt(0)->nomineeId, 11);
    QVERIFY(model.resultAt(3) == nullptr);
    QCOMPARE(model.headerData(RankingTableModel::TotalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Total"));
    QVERIFY(!model.headerData(RankingTableModel::CommissionColumn, Qt::Horizontal, Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestRankingTableModel::numbersAndDashes()
{
    RankingTableModel model;
    model.setRanking(sample());
    QCOMPARE(model.index(0, RankingTableModel::TotalColumn).data().toString(),
             QStringLiteral("81.23"));
    QCOMPARE(model.index(0, RankingTableModel::SurveyColumn).data().toString(),
             QStringLiteral("71.88"));
    QCOMPARE(model.index(1, RankingTableModel::SurveyColumn).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(0, RankingTableModel::Stage1Column).data().toString(),
             QStringLiteral("—"));
    QCOMPARE(model.index(0, RankingTableModel::TotalColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestRankingTableModel::flagsInWords()
{
    RankingTableModel model;
    model.setRanking(sample());
    // "advances" is shown by the bold type, not repeated in the notes.
    QCOMPARE(model.index(0, RankingTableModel::FlagsColumn).data().toString(),
             QStringLiteral("tie broken by the commission index"));
    QCOMPARE(model.index(2, RankingTableModel::FlagsColumn).data().toString(),
             QStringLiteral("shares the place; insufficient survey sample"));
    QVERIFY(model.index(0, RankingTableModel::PlaceColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("advances")));
    QCOMPARE(RankingTableModel::flagText(QStringLiteral("something_new")),
             QStringLiteral("something_new"));
    // Every tie-break component the methodology allows has words, none shows its key.
    for (const scoring::TieComponent component :
         {scoring::TieComponent::Commission, scoring::TieComponent::Survey,
          scoring::TieComponent::Ethics, scoring::TieComponent::SurveyN,
          scoring::TieComponent::EthicsN, scoring::TieComponent::Stage1Total}) {
        const QString key = scoring::tieComponentKey(component);
        const QString text =
            RankingTableModel::flagText(QLatin1String(scoring::flag::tieBrokenByPrefix) + key);
        QVERIFY2(!text.endsWith(key), qPrintable(text));
    }
    QCOMPARE(RankingTableModel::flagText(QStringLiteral("tie_broken_by:survey_n")),
             QStringLiteral("tie broken by the number of survey responses"));
}

void TestRankingTableModel::sortValuesAreUnrounded()
{
    RankingTableModel model;
    model.setRanking(sample());
    QCOMPARE(model.index(0, RankingTableModel::TotalColumn).data(RankingTableModel::SortRole),
             QVariant(81.23456));
    // No data sorts below every value.
    const double missing = model.index(1, RankingTableModel::SurveyColumn)
                               .data(RankingTableModel::SortRole)
                               .toDouble();
    QVERIFY(std::isinf(missing) && missing < 0);
    QCOMPARE(model.index(2, RankingTableModel::PlaceColumn).data(RankingTableModel::SortRole),
             QVariant(2));
}

void TestRankingTableModel::advancingInBold()
{
    RankingTableModel model;
    model.setRanking(sample());
    QVERIFY(
        model.index(0, RankingTableModel::TotalColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, RankingTableModel::TotalColumn).data(Qt::FontRole).isValid());
    QCOMPARE(model.index(0, 0).data(RankingTableModel::AdvancesRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(RankingTableModel::AdvancesRole).toBool(), false);
}

void TestRankingTableModel::nothingIsEditable()
{
    RankingTableModel model;
    model.setRanking(sample());
    const QModelIndex total = model.index(0, RankingTableModel::TotalColumn);
    QVERIFY(!(model.flags(total) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(total, 100.0));
    QCOMPARE(total.data(RankingTableModel::SortRole), QVariant(81.23456));
}

QTEST_MAIN(TestRankingTableModel)
#include "tst_rankingtablemodel.moc"
