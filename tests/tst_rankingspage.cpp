// The Rankings tab on a scored, surveyed demo: it computes on a worker when shown, lists every
// active nominee in place order, explains the selected one, narrows to a region, switches to
// stage II, and follows an edit by itself. With AKIM_SCREENSHOT_DIR set it also saves what it
// shows, for the people who check the layout by eye.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "itemmodels/rankingtablemodel.h"
#include "languagemanager.h"
#include "messagebox.h"
#include "rankingcharts.h"
#include "rankingspage.h"
#include "storage/finalisationrepository.h"
#include "testsupport.h"
#include "text/language.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QtTest>

using namespace akim;

class TestRankingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ranksWhenShown();
    void breakdownExplainsTheSelectedNominee();
    void regionAndStage();
    void followsEdits();
    void finaliseARegion();
    void scoreCardOfTheSelectedNominee();

private:
    int activeNominees() const;
    void waitForRanking();
    void screenshot(const QString &name);

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<RankingsPage> m_page;
};

void TestRankingsPage::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    // Screenshots in another language: AKIM_SCREENSHOT_LANG=kk (or ru). The checks below read
    // the model's data and numbers, which do not depend on the language, except where they
    // compare English words; those are skipped then.
    if (const QString language = qEnvironmentVariable("AKIM_SCREENSHOT_LANG");
        !language.isEmpty()) {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(language));
    }
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 15;
    options.scores = true;
    options.surveyResponses = 2000;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
}

void TestRankingsPage::init()
{
    m_page = std::make_unique<RankingsPage>(&m_contest->document());
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitForRanking();
}

void TestRankingsPage::cleanup()
{
    m_page.reset();
}

int TestRankingsPage::activeNominees() const
{
    int active = 0;
    for (const NomineeRow &row : m_contest->document().nominees().rows())
        active += row.nominee.status == NomineeStatus::Active ? 1 : 0;
    return active;
}

void TestRankingsPage::waitForRanking()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isComputing() && m_page->model()->rowCount() > 0, 30000);
}

void TestRankingsPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestRankingsPage::ranksWhenShown()
{
    RankingTableModel *model = m_page->model();
    QCOMPARE(model->rowCount(), activeNominees());
    // All regions, each from place 1; the table as shown is sorted by place.
    const QAbstractItemModel *shown = m_page->table()->model();
    QCOMPARE(shown->index(0, RankingTableModel::PlaceColumn).data().toString(),
             QStringLiteral("1"));
    int firsts = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        firsts += model->resultAt(row)->place == 1 ? 1 : 0;
    QVERIFY2(firsts >= 2, "one first place per region");
    // Totals of the ranking are the engine's, shown with two decimals.
    const scoring::NomineeResult *top = model->resultAt(0);
    QCOMPARE(model->index(0, RankingTableModel::TotalColumn).data().toString(),
             QLocale().toString(top->total, 'f', 2));
    screenshot(QStringLiteral("rankings-all-regions"));
}

void TestRankingsPage::breakdownExplainsTheSelectedNominee()
{
    QTableView *table = m_page->table();
    table->setCurrentIndex(table->model()->index(2, RankingTableModel::NomineeColumn));
    const qint64 id = table->currentIndex().data(RankingTableModel::IdRole).toLongLong();
    const scoring::NomineeResult *result = m_page->snapshot().regional.find(id);
    QVERIFY(result);
    const QString text = m_page->breakdown()->toPlainText();
    QVERIFY2(text.contains(result->name), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("K1")));
    QVERIFY(text.contains(QStringLiteral("S1")));
    QVERIFY(text.contains(QLocale().toString(result->total, 'f', 4)));
    // Every member's score of the first commission criterion is listed by name.
    for (const scoring::CriterionResult &c : result->criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        for (const scoring::ScoreExplanation &s : c.scores)
            QVERIFY2(text.contains(s.member), qPrintable(s.member));
        break;
    }
    screenshot(QStringLiteral("rankings-breakdown"));

    // The charts: every nominee shown is counted once in the distribution of totals, and the
    // selected nominee's survey criteria stand beside the region's averages.
    auto *charts = m_page->findChild<RankingCharts *>();
    QVERIFY(charts);
    auto *totals =
        qobject_cast<QBarSeries *>(charts->distributionView()->chart()->series().value(0));
    QVERIFY(totals);
    double counted = 0;
    for (int i = 0; i < totals->barSets().at(0)->count(); ++i)
        counted += totals->barSets().at(0)->at(i);
    QCOMPARE(int(counted), m_page->model()->rowCount());
    auto *nominee = qobject_cast<QBarSeries *>(charts->nomineeView()->chart()->series().value(0));
    QVERIFY(nominee);
    QCOMPARE(nominee->barSets().size(), 2);
    QCOMPARE(nominee->barSets().at(0)->count(), 6); // S1–S6
    m_page->findChild<QTabWidget *>(QStringLiteral("rankingDetails"))->setCurrentIndex(1);
    screenshot(QStringLiteral("rankings-charts"));
}

void TestRankingsPage::scoreCardOfTheSelectedNominee()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("scoreCardButton"));
    QVERIFY(button);
    QTableView *table = m_page->table();
    table->clearSelection();
    table->setCurrentIndex({});
    QVERIFY(!button->isEnabled());
    QSignalSpy spy(m_page.get(), &RankingsPage::scoreCardRequested);
    table->setCurrentIndex(table->model()->index(1, RankingTableModel::NomineeColumn));
    QVERIFY(button->isEnabled());
    const qint64 id = table->currentIndex().data(RankingTableModel::IdRole).toLongLong();
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<StageKind>(), StageKind::Regional);
    QCOMPARE(spy.at(0).at(1).toLongLong(), id);
    // Enter on a row asks for the same (as a double click does: both activate the row).
    const QModelIndex row = table->model()->index(3, RankingTableModel::NomineeColumn);
    table->setCurrentIndex(row);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(1).toLongLong(), row.data(RankingTableModel::IdRole).toLongLong());
}

void TestRankingsPage::regionAndStage()
{
    const scoring::InputRegion region = m_page->snapshot().regions.at(1);
    m_page->setView(StageKind::Regional, region.id);
    RankingTableModel *model = m_page->model();
    QVERIFY(model->rowCount() > 0 && model->rowCount() < activeNominees());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->resultAt(row)->regionId, region.id);
    QVERIFY(m_page->table()->isColumnHidden(RankingTableModel::RegionColumn));
    QVERIFY(m_page->table()->isColumnHidden(RankingTableModel::Stage1Column));

    m_page->setView(StageKind::National, 0);
    QCOMPARE(model->ranking().stage, StageKind::National);
    QVERIFY(!m_page->table()->isColumnHidden(RankingTableModel::Stage1Column));
    QVERIFY(m_page->table()->isColumnHidden(RankingTableModel::SurveyColumn));
    // Stage II ranks the advanced nominees only: at most one per region here.
    QVERIFY2(model->rowCount() >= 1 && model->rowCount() <= 2,
             qPrintable(QString::number(model->rowCount())));
    screenshot(QStringLiteral("rankings-national"));
}

void TestRankingsPage::followsEdits()
{
    const int before = m_page->model()->rowCount();
    // Withdraw the nominee in first place of the first region.
    const scoring::NomineeResult *top = m_page->model()->resultAt(0);
    QVERIFY(top);
    const qint64 id = top->nomineeId;
    NomineeRow row;
    for (const NomineeRow &candidate : m_contest->document().nominees().rows()) {
        if (candidate.nominee.id == id)
            row = candidate;
    }
    NomineeDraft draft;
    draft.regionId = row.regionId;
    draft.districtId = row.districtId;
    draft.okrugId = row.nominee.okrugId;
    draft.fullName = row.nominee.fullName;
    draft.inOfficeSince = row.nominee.inOfficeSince;
    draft.status = NomineeStatus::Withdrawn;
    draft.notes = QStringLiteral("Заявка отозвана.");
    QVERIFY(m_contest->document()
                .signIn(QStringLiteral("secretary"), demo::DemoAccounts::password())
                .ok());
    QVERIFY(m_contest->document().editNominee(id, draft).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == before - 1, 30000);
    waitForRanking();
    QCOMPARE(m_page->model()->rowOfId(id), -1);
    // Undo brings the nominee back into the ranking.
    m_contest->document().undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() == before, 30000);
    QVERIFY(m_page->model()->rowOfId(id) >= 0);
}

void TestRankingsPage::finaliseARegion()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("finaliseButton"));
    QVERIFY(button);
    QVERIFY2(!button->isEnabled(), "all regions at once cannot be finalised");
    const scoring::InputRegion region = m_page->snapshot().regions.at(0);
    m_page->setView(StageKind::Regional, region.id);
    // Only a chair finalises: the button follows who is signed in.
    QVERIFY(m_contest->document()
                .signIn(QStringLiteral("secretary"), demo::DemoAccounts::password())
                .ok());
    QVERIFY(!button->isEnabled());
    QVERIFY(
        m_contest->document().signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    QVERIFY(button->isEnabled());

    // Asked first; "No" changes nothing.
    MessageBox::resetLog();
    MessageBox::setNextAnswer(QMessageBox::No);
    button->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(text::pick(region.nameRu, region.nameKk)));
    const QSqlDatabase db = m_contest->document().database().connection();
    QVERIFY(!FinalisationRepository(db).isRegionFinalised(region.id));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    button->click();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("SHA-256")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(FinalisationRepository(db).isRegionFinalised(region.id));
    waitForRanking();
    // The status names the finalised ranking's SHA-256, in whatever language.
    const QString sha =
        FinalisationRepository(db).find(StageKind::Regional, region.id)->rankingSha256;
    QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("rankingStatusLabel"))
                                 ->text()
                                 .contains(sha.left(12)),
                             30000);
    QVERIFY(!button->isEnabled());
    screenshot(QStringLiteral("rankings-finalised"));
}

QTEST_MAIN(TestRankingsPage)
#include "tst_rankingspage.moc"
