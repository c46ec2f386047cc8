// The Rankings tab's Export… button on a scored demo: it asks for a file (answered here through
// FileDialogs), writes the ranking shown (one region, every region, stage II) as XLSX or CSV on a
// worker, and says so; a cancelled dialog writes nothing, a failed write warns and leaves nothing.
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "itemmodels/rankingtablemodel.h"
#include "languagemanager.h"
#include "messagebox.h"
#include "rankingexportaction.h"
#include "rankingspage.h"
#include "report/reportlanguage.h"
#include "survey/csvreader.h"
#include "survey/xlsxreader.h"
#include "testsupport.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

namespace {

using Rows = QVector<QVector<QVariant>>;

Rows readXlsx(const QString &path, QStringList *sheets, const QString &sheet = {})
{
    survey::ReadError error;
    const std::unique_ptr<survey::XlsxReader> reader = survey::XlsxReader::open(path, {}, &error);
    if (!reader)
        return {};
    *sheets = reader->sheetNames();
    if (!sheet.isEmpty())
        reader->selectSheet(sheet);
    Rows rows;
    QVector<QVariant> cells;
    while (reader->readRow(cells))
        rows << cells;
    return rows;
}

int headerRow(const Rows &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isEmpty() && rows.at(i).first() == QStringLiteral("Place"))
            return i;
    }
    return -1;
}

} // namespace

class TestRankingExportAction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsTheRegionShown();
    void exportsEveryRegionAsCsv();
    void exportsStageTwo();
    void cancelledDialogWritesNothing();
    void failedExportWarns();

private:
    void waitForRanking();
    // Presses Export…, answering the file dialog with `path`, and waits for the end.
    void exportTo(const QString &path);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<RankingsPage> m_page;
    QTemporaryDir m_dir;
};

void TestRankingExportAction::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    // The export is written in the interface's language: English here, so that the headers
    // compare with the source texts.
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCOMPARE(report::ReportLanguage::codeFor(QLocale()), QStringLiteral("en"));
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 8;
    options.scores = true;
    options.surveyResponses = 1000;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
}

void TestRankingExportAction::init()
{
    FileDialogs::clearPendingPaths();
    MessageBox::clearAnswers();
    MessageBox::resetLog();
    m_page = std::make_unique<RankingsPage>(&m_contest->document());
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    waitForRanking();
}

void TestRankingExportAction::cleanup()
{
    m_page.reset();
    QCOMPARE(FileDialogs::pendingPaths(), 0);
    QCOMPARE(MessageBox::pendingAnswers(), 0);
}

void TestRankingExportAction::waitForRanking()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->isComputing() && m_page->model()->rowCount() > 0, 30000);
}

void TestRankingExportAction::exportTo(const QString &file)
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("exportRankingButton"));
    QVERIFY(button);
    QTRY_VERIFY(button->isEnabled());
    auto *action = m_page->findChild<RankingExportAction *>();
    QVERIFY(action);
    FileDialogs::setNextPath(file);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(FileDialogs::lastCaption(), QStringLiteral("Export Ranking"));
    QTRY_VERIFY_WITH_TIMEOUT(!action->isRunning(), 20000);
    QTRY_VERIFY(button->isEnabled());
}

void TestRankingExportAction::exportsTheRegionShown()
{
    const scoring::InputRegion region = m_page->snapshot().regions.first();
    m_page->setView(StageKind::Regional, region.id);
    const QString file = path(QStringLiteral("region.xlsx"));
    exportTo(file);
    QVERIFY(QFile::exists(file));
    auto *status = m_page->findChild<QLabel *>(QStringLiteral("rankingStatusLabel"));
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(file)), qPrintable(status->text()));

    QStringList sheets;
    const Rows rows = readXlsx(file, &sheets);
    QCOMPARE(sheets, QStringList{region.nameRu}); // English documents use the Russian names
    QCOMPARE(rows.first().value(0).toString(), m_contest->document().contest().contest().titleRu);
    const int header = headerRow(rows);
    QVERIFY(header > 0);
    const RankingTableModel *model = m_page->model();
    QCOMPARE(rows.size() - header - 1, model->rowCount());
    // In place order, whatever the table is sorted by, with the engine's numbers.
    for (int i = 0; i < model->rowCount(); ++i) {
        const scoring::NomineeResult *n = model->resultAt(i);
        const QVector<QVariant> &row = rows.at(header + 1 + i);
        QCOMPARE(row.value(0), QVariant(double(n->place)));
        QCOMPARE(row.value(1).toString(), n->name);
        const int total = int(rows.at(header).indexOf(QVariant(QStringLiteral("Total"))));
        QVERIFY(total > 0);
        QCOMPARE(row.value(total).toDouble(), n->total);
    }
}

void TestRankingExportAction::exportsEveryRegionAsCsv()
{
    m_page->setView(StageKind::Regional, 0);
    const QString file = path(QStringLiteral("every region.csv"));
    exportTo(file);
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.read(3) == "\xEF\xBB\xBF");
    survey::ReadError error;
    const std::unique_ptr<survey::CsvReader> reader = survey::CsvReader::open(file, {}, {}, &error);
    QVERIFY2(reader, qPrintable(error.toString()));
    QCOMPARE(reader->delimiter(), QLatin1Char(';'));
    QVector<QVariant> cells;
    QVERIFY(reader->readRow(cells));
    QCOMPARE(cells.value(0).toString(), QStringLiteral("Place"));
    int rows = 0;
    while (reader->readRow(cells)) {
        QCOMPARE(cells.value(1).toString(), m_page->model()->resultAt(rows)->name);
        ++rows;
    }
    QCOMPARE(rows, m_page->model()->rowCount());
    QCOMPARE(rows, 16);
}

void TestRankingExportAction::exportsStageTwo()
{
    m_page->setView(StageKind::National, 0);
    QVERIFY(m_page->model()->rowCount() > 0);
    const QString file = path(QStringLiteral("stage2.xlsx"));
    exportTo(file);
    QStringList sheets;
    const Rows rows = readXlsx(file, &sheets);
    QCOMPARE(sheets, QStringList{QStringLiteral("Stage II")});
    const int header = headerRow(rows);
    QVERIFY(rows.at(header).contains(QVariant(QStringLiteral("Stage I total"))));
    QCOMPARE(rows.size() - header - 1, m_page->model()->rowCount());
}

void TestRankingExportAction::cancelledDialogWritesNothing()
{
    const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("exportRankingButton"));
    FileDialogs::setNextPath(QString());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!m_page->findChild<RankingExportAction *>()->isRunning());
    QVERIFY(button->isEnabled());
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestRankingExportAction::failedExportWarns()
{
    const QString file = path(QStringLiteral("missing/ranking.xlsx"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    exportTo(file);
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastIcon(), QMessageBox::Warning);
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(file)),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("missing"))));
}

QTEST_MAIN(TestRankingExportAction)
#include "tst_rankingexportaction.moc"
