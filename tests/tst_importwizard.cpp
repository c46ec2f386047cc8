#include "filedialogs.h"
#include "importmappingpage.h"
#include "importmatchpage.h"
#include "importscalepage.h"
#include "importsheetpage.h"
#include "importspage.h"
#include "importsummarypage.h"
#include "importwizard.h"
#include "itemmodels/importlistmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "storage/surveyrepository.h"
#include "survey/nomineematcher.h"
#include "surveypage.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace akim;
using namespace akim::test;

namespace {

const QString kHeader =
    QStringLiteral("Отметка времени;Область;Район;Сельский округ;S1. Защита прав;S2. Госуслуги;"
                   "S3. Поддержка семей;S4. Занятость;S5. Инфраструктура;S6. Работа с населением;"
                   "Комментарий");

// Seven responses as Excel writes them in a Russian locale: cp1251, ';'. Row 4 answers with a
// phrase the scale does not know, rows 3–5 name the okrug "Жосалы" (no nominee has that name),
// row 6 has no okrug, row 7 repeats row 1.
const QStringList kRows = {
    QStringLiteral("15.06.2020 10:21;Кызылординская область;Жалагашский район;Мадениетский "
                   "сельский округ;5;4;4;3;5;Полностью удовлетворен;Хорошо"),
    QStringLiteral("15.06.2020 10:25;Кызылординская область;Жалагашский район;Мадениетский "
                   "с.о.;4;4;Затрудняюсь ответить;3;5;4;"),
    QStringLiteral("15.06.2020 11:00;Кызылординская область;Кармакшинский район;Жосалы;"
                   "5;5;5;5;5;5;"),
    QStringLiteral("15.06.2020 11:05;Кызылординская область;Кармакшинский район;Жосалы;"
                   "3;4;Скорее да;3;4;4;"),
    QStringLiteral("15.06.2020 11:07;Кызылординская область;Кармакшинский район;Жосалы;"
                   "4;4;4;4;4;4;"),
    QStringLiteral("16.06.2020 09:00;Кызылординская область;Казалинский район;;4;4;4;4;4;4;"),
    QStringLiteral("15.06.2020 10:21;Кызылординская область;Жалагашский район;Мадениетский "
                   "сельский округ;5;4;4;3;5;Полностью удовлетворен;Хорошо"),
};

bool writeCp1251(const QString &path, const QStringList &lines)
{
    QStringEncoder encoder("windows-1251");
    if (!encoder.isValid())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QString text = lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
    const QByteArray bytes = encoder.encode(text);
    return !encoder.hasError() && file.write(bytes) == bytes.size();
}

template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no child %s", qPrintable(name));
    return widget;
}

int rowOfText(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text().contains(text))
            return row;
    }
    return -1;
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void walksTheWizardAndImports();
    void cancelledImportWritesNothing();
    void savedProfileIsAppliedToTheNextFile();
    void undoThenImportAgainKeepsTheFileReadable();
    void droppedSpreadsheetOpensTheWizard();

private:
    // Opens the wizard on `csv` and goes as far as the summary page, resolving "Жосалы".
    void walkToSummary(ImportWizard &wizard, const QString &csv, bool firstTime, int extraRows = 0);

    std::unique_ptr<TemporaryContest> m_contest;
    qint64 m_madeniet = 0;
    qint64 m_akzhar = 0;
};

void TestImportWizard::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
}

void TestImportWizard::init()
{
    m_contest = std::make_unique<TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    m_madeniet = m_contest->addNominee(
        QStringLiteral("кызылорд"), QStringLiteral("Жалагашский район"),
        QStringLiteral("Мадениетский сельский округ"), QStringLiteral("Ахметов Серик Болатович"));
    m_akzhar = m_contest->addNominee(
        QStringLiteral("кызылорд"), QStringLiteral("Кармакшинский район"),
        QStringLiteral("Акжарский сельский округ"), QStringLiteral("Жумабаев Алибек Кайратович"));
    m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Казалинский район"),
                          QStringLiteral("Айтекебийский сельский округ"),
                          QStringLiteral("Сейткали Нурлан Ерланович"));
    QVERIFY(m_madeniet > 0 && m_akzhar > 0);
    QVERIFY(writeCp1251(m_contest->filePath(QStringLiteral("survey.csv")),
                        QStringList{kHeader} + kRows));
}

void TestImportWizard::cleanup()
{
    FileDialogs::clearPendingPaths();
    m_contest.reset();
}

void TestImportWizard::walkToSummary(ImportWizard &wizard, const QString &csv, bool firstTime,
                                     int extraRows)
{
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // File: chosen through the (preset) file dialog.
    FileDialogs::setNextPath(csv);
    QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("browseImportFileButton")),
                      Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&wizard, QStringLiteral("importFileEdit"))->text(),
             QDir::toNativeSeparators(csv));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // Sheet: the detected encoding and delimiter are shown, the header is row 1.
    auto *sheetPage = qobject_cast<ImportSheetPage *>(wizard.currentPage());
    QVERIFY(sheetPage);
    QTRY_VERIFY_WITH_TIMEOUT(!sheetPage->isLoading(), 60000);
    auto *encoding = child<QComboBox>(&wizard, QStringLiteral("encodingCombo"));
    QCOMPARE(encoding->currentData().toString(), QStringLiteral("windows-1251"));
    QVERIFY(encoding->currentText().contains(QLatin1String("detected")));
    QCOMPARE(child<QComboBox>(&wizard, QStringLiteral("delimiterCombo"))->currentData().toString(),
             QStringLiteral(";"));
    // cp1251 has no Kazakh letters: the page says so.
    QVERIFY(child<QLabel>(&wizard, QStringLiteral("csvWarningsLabel"))->isVisibleTo(&wizard));
    QCOMPARE(child<QSpinBox>(&wizard, QStringLiteral("headerFirstRowSpin"))->value(), 1);
    QCOMPARE(child<QSpinBox>(&wizard, QStringLiteral("headerRowCountSpin"))->value(), 1);
    auto *preview = child<QTableView>(&wizard, QStringLiteral("sheetPreviewTable"));
    // The header and the data rows, up to the preview's limit.
    QCOMPARE(preview->model()->rowCount(),
             std::min(int(ImportSheetPage::kPreviewRows), int(kRows.size()) + 1 + extraRows));
    QCOMPARE(preview->model()->index(1, 3).data().toString(),
             QStringLiteral("Мадениетский сельский округ"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // Mapping: recognised from the headings (or the profile).
    auto *mappingPage = qobject_cast<ImportMappingPage *>(wizard.currentPage());
    QVERIFY(mappingPage);
    const QStringList expected = {
        QStringLiteral("timestamp"),   QStringLiteral("region"),      QStringLiteral("district"),
        QStringLiteral("okrug"),       QStringLiteral("question:S1"), QStringLiteral("question:S2"),
        QStringLiteral("question:S3"), QStringLiteral("question:S4"), QStringLiteral("question:S5"),
        QStringLiteral("question:S6"), QStringLiteral("free_text")};
    for (int column = 0; column < expected.size(); ++column)
        QCOMPARE(mappingPage->comboOf(column)->currentData().toString(), expected.at(column));
    if (firstTime) {
        QVERIFY(mappingPage->appliedProfile().isEmpty());
        typeText(child<QLineEdit>(&wizard, QStringLiteral("profileNameEdit")),
                 QStringLiteral("Сайт акимата"));
    } else {
        QCOMPARE(mappingPage->appliedProfile(), QStringLiteral("Сайт акимата"));
    }
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();

    // Answers: the texts with their counts; "Скорее да" is not a phrase of the scale.
    auto *scalePage = qobject_cast<ImportScalePage *>(wizard.currentPage());
    QVERIFY(scalePage);
    QTRY_VERIFY_WITH_TIMEOUT(!scalePage->isScanning(), 60000);
    auto *scaleTable = child<QTableWidget>(&wizard, QStringLiteral("answerScaleTable"));
    const int full = rowOfText(scaleTable, 0, QStringLiteral("Полностью удовлетворен"));
    QVERIFY(full >= 0);
    QCOMPARE(scaleTable->item(full, 1)->text(), QStringLiteral("2"));
    auto *fullCombo = qobject_cast<QComboBox *>(scaleTable->cellWidget(full, 2));
    QCOMPARE(fullCombo->currentData().toDouble(), 5.0);
    const int hard = rowOfText(scaleTable, 0, QStringLiteral("Затрудняюсь ответить"));
    QVERIFY(hard >= 0);
    QCOMPARE(qobject_cast<QComboBox *>(scaleTable->cellWidget(hard, 2))->currentData().toString(),
             ImportScalePage::notCountedKey());
    const int rather = rowOfText(scaleTable, 0, QStringLiteral("Скорее да"));
    QVERIFY(rather >= 0);
    auto *ratherCombo = qobject_cast<QComboBox *>(scaleTable->cellWidget(rather, 2));
    if (firstTime) {
        QCOMPARE(ratherCombo->currentData().toString(), ImportScalePage::rejectKey());
        ratherCombo->setCurrentIndex(ratherCombo->findData(4.0));
    } else {
        // Remembered in the profile.
        QCOMPARE(ratherCombo->currentData().toDouble(), 4.0);
    }
    wizard.next();

    // Places: "Жосалы" ×3 is resolved once.
    auto *matchPage = qobject_cast<ImportMatchPage *>(wizard.currentPage());
    QVERIFY(matchPage);
    QTRY_VERIFY_WITH_TIMEOUT(!matchPage->isRunning(), 20000);
    auto *groups = child<QTableWidget>(&wizard, QStringLiteral("unmatchedTable"));
    const int zhosaly = rowOfText(groups, 0, QStringLiteral("Жосалы"));
    if (!firstTime) {
        // The alias saved by the first import matches it now.
        QCOMPARE(zhosaly, -1);
    } else {
        QVERIFY2(zhosaly >= 0,
                 qPrintable(child<QLabel>(&wizard, QStringLiteral("matchStatusLabel"))->text()));
        QCOMPARE(groups->item(zhosaly, 1)->text(), QStringLiteral("×3"));
        groups->setCurrentCell(zhosaly, 0);
        auto *nominee = child<QComboBox>(&wizard, QStringLiteral("resolveNomineeCombo"));
        const int index = nominee->findData(m_akzhar);
        QVERIFY(index >= 0);
        nominee->setCurrentIndex(index);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("resolveButton")),
                          Qt::LeftButton);
        QCOMPARE(matchPage->decisions().value(matchPage->groups().at(zhosaly).key), m_akzhar);
        QVERIFY(groups->item(zhosaly, 3)->text().contains(QStringLiteral("Акжарский")));
    }
    wizard.next();

    auto *summaryPage = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    QVERIFY(summaryPage);
    QTRY_VERIFY_WITH_TIMEOUT(!summaryPage->isRunning(), 20000);
}

void TestImportWizard::walksTheWizardAndImports()
{
    ContestDocument &doc = m_contest->document();
    const QString csv = m_contest->filePath(QStringLiteral("survey.csv"));
    ImportWizard wizard(&doc, survey::SurveyKind::Population);
    QSignalSpy committed(&wizard, &ImportWizard::importCommitted);
    QSignalSpy surveyChanged(&doc, &ContestDocument::surveyDataChanged);
    walkToSummary(wizard, csv, true);
    if (QTest::currentTestFailed())
        return;

    // The dry run: 7 read, 5 to import (with the resolved spelling and the mapped phrase), the
    // row without an okrug rejected, the repeated row a duplicate. Nothing written yet.
    auto *summaryPage = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    const survey::ImportSummary &dry = summaryPage->dryRun();
    QCOMPARE(dry.read, 7);
    QCOMPARE(dry.imported, 5);
    QCOMPARE(dry.rejected, 1);
    QCOMPARE(dry.duplicates, 1);
    QCOMPARE(child<QTableWidget>(&wizard, QStringLiteral("rejectedRowsTable"))->rowCount(), 1);
    QCOMPARE(child<QTableWidget>(&wizard, QStringLiteral("regionCountsTable"))->rowCount(), 1);
    QVERIFY(child<QLabel>(&wizard, QStringLiteral("importCountsLabel"))
                ->text()
                .contains(QLatin1String(">5<")));
    SurveyRepository repository(doc.database().connection());
    QCOMPARE(repository.responseCount(), 0);

    // The rejected rows can be saved.
    const QString rejectedPath = m_contest->filePath(QStringLiteral("rejected.csv"));
    FileDialogs::setNextPath(rejectedPath);
    QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("saveRejectedButton")),
                      Qt::LeftButton);
    QFile rejected(rejectedPath);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(rejected.readAll()).contains(QStringLiteral("Казалинский")));

    // Import.
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
    QCOMPARE(wizard.result().imported, 5);
    QCOMPARE(wizard.result().aliasesSaved, 1);
    QCOMPARE(committed.count(), 1);
    QVERIFY(surveyChanged.count() >= 1);
    QVERIFY(!wizard.isVisible());

    QCOMPARE(repository.responseCount(QStringLiteral("population")), 5);
    QCOMPARE(repository.imports().size(), 1);
    const QHash<QString, qint64> aliases = repository.aliasMap();
    survey::PlaceInput place;
    place.region = QStringLiteral("Кызылординская область");
    place.district = QStringLiteral("Кармакшинский район");
    place.okrug = QStringLiteral("Жосалы");
    QCOMPARE(aliases.value(survey::NomineeMatcher::aliasKey(place)), m_akzhar);
    bool profileSaved = false;
    for (const ImportProfile &profile : repository.profiles())
        profileSaved |= profile.name == QStringLiteral("Сайт акимата");
    QVERIFY(profileSaved);
}

void TestImportWizard::cancelledImportWritesNothing()
{
    ContestDocument &doc = m_contest->document();
    // Long enough that the worker is still reading when Cancel is pressed.
    QStringList lines = QStringList{kHeader} + kRows;
    for (int i = 0; i < 30000; ++i) {
        lines << QStringLiteral("%1.07.2020 %2:%3;Кызылординская область;Жалагашский район;"
                                "Мадениетский сельский округ;%4;4;4;3;5;4;")
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(1 + i % 5);
    }
    const QString csv = m_contest->filePath(QStringLiteral("big.csv"));
    QVERIFY(writeCp1251(csv, lines));
    ImportWizard wizard(&doc, survey::SurveyKind::Population);
    walkToSummary(wizard, csv, true, 30000);
    if (QTest::currentTestFailed())
        return;
    auto *summaryPage = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    QCOMPARE(summaryPage->dryRun().read, 30007);
    const qint64 auditBefore = doc.audit().count();

    // Import, then Cancel before it can commit.
    summaryPage->startImport();
    QVERIFY(summaryPage->isRunning());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    auto *cancel = child<QPushButton>(&wizard, QStringLiteral("importCancelButton"));
    QVERIFY(cancel->isVisibleTo(&wizard) && cancel->isEnabled());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!summaryPage->isRunning(), 20000);
    QVERIFY(!wizard.imported());
    QVERIFY(wizard.isVisible());
    QVERIFY(child<QLabel>(&wizard, QStringLiteral("importStatusLabel"))
                ->text()
                .contains(QLatin1String("cancelled")));

    SurveyRepository repository(doc.database().connection());
    QCOMPARE(repository.responseCount(), 0);
    QCOMPARE(repository.imports().size(), 0);
    QVERIFY(repository.aliasMap().isEmpty());
    QVERIFY(repository.profiles().isEmpty());
    QCOMPARE(doc.audit().count(), auditBefore);
    // Import can be pressed again.
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // Closing the wizard mid-run cancels too.
    summaryPage->startImport();
    wizard.reject();
    QVERIFY(!summaryPage->isRunning());
    QCOMPARE(repository.responseCount(), 0);
}

void TestImportWizard::savedProfileIsAppliedToTheNextFile()
{
    ContestDocument &doc = m_contest->document();
    const QString csv = m_contest->filePath(QStringLiteral("survey.csv"));
    {
        ImportWizard wizard(&doc, survey::SurveyKind::Population);
        walkToSummary(wizard, csv, true);
        if (QTest::currentTestFailed())
            return;
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
    }
    // A second batch of the same form: the profile sets the columns and the phrase, the alias
    // matches "Жосалы", and every row is a duplicate of the first import.
    const QString second = m_contest->filePath(QStringLiteral("survey-2.csv"));
    QVERIFY(writeCp1251(second, QStringList{kHeader} + kRows));
    ImportWizard wizard(&doc, survey::SurveyKind::Population);
    walkToSummary(wizard, second, false);
    if (QTest::currentTestFailed())
        return;
    auto *summaryPage = qobject_cast<ImportSummaryPage *>(wizard.currentPage());
    QCOMPARE(summaryPage->dryRun().read, 7);
    QCOMPARE(summaryPage->dryRun().imported, 0);
    QCOMPARE(summaryPage->dryRun().duplicates, 6);
    // Nothing new to import: Import stays disabled.
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestImportWizard::undoThenImportAgainKeepsTheFileReadable()
{
    ContestDocument &doc = m_contest->document();
    const QString csv = m_contest->filePath(QStringLiteral("survey.csv"));
    {
        ImportWizard wizard(&doc, survey::SurveyKind::Population);
        walkToSummary(wizard, csv, true);
        if (QTest::currentTestFailed())
            return;
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
    }
    // Undone from the Imports tab, on its worker thread.
    ImportsPage page(&doc);
    page.table()->selectRow(0);
    QVERIFY(page.canDelete());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.undoSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isUndoing(), 20000);
    SurveyRepository repository(doc.database().connection());
    QCOMPARE(repository.responseCount(), 0);
    QVERIFY(page.model()->index(0, 0).data(ImportListModel::UndoneRole).toBool());

    // Imported again: the rows are no longer duplicates of an import that counts.
    ImportWizard wizard(&doc, survey::SurveyKind::Population);
    walkToSummary(wizard, csv, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(qobject_cast<ImportSummaryPage *>(wizard.currentPage())->dryRun().imported, 5);
    wizard.button(QWizard::FinishButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
    QCOMPARE(repository.responseCount(), 5);
    QCOMPARE(doc.nominees().count(), 3);
    QCOMPARE(page.model()->rowCount(), 2);
}

void TestImportWizard::droppedSpreadsheetOpensTheWizard()
{
    const QString csv = m_contest->filePath(QStringLiteral("survey.csv"));
    const QString path = m_contest->path();
    m_contest->close();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("contestTabs"));
    QVERIFY(tabs->indexOf(window.surveyPage()) >= 0);
    QVERIFY(tabs->indexOf(window.importsPage()) >= 0);
    QCOMPARE(tabs->tabText(tabs->indexOf(window.surveyPage())), QStringLiteral("Survey"));
    for (const char *name : {"importRegistryAction", "importSurveyAction", "importEthicsAction"})
        QVERIFY(window.findChild<QAction *>(QLatin1String(name))->isEnabled());

    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(csv)});
    const QPointF at(window.width() / 2.0, window.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QString shownPath;
    const auto answered = answerNextModal([&](QWidget *modal) {
        auto *wizard = qobject_cast<ImportWizard *>(modal);
        shownPath = wizard ? wizard->filePath() : QStringLiteral("not the wizard");
        modal->close();
    });
    QDropEvent drop(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QTRY_VERIFY(*answered);
    QCOMPARE(shownPath, csv);
    // The contest file is still what a drop opens.
    QVERIFY(window.document()->isOpen());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
