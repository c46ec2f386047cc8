// The Audit tab over a contest with real edits and a survey import: newest first, each filter
// of the bar narrows the rows, the selected entry is shown in full, edits made elsewhere appear
// (at once when shown, on showing when hidden), and the status line says whether the hash chain
// holds. With AKIM_SCREENSHOT_DIR set it also saves what it shows, for checking the layout by
// eye (AKIM_SCREENSHOT_LANG=ru or kk for another language).
#include "auditpage.h"
#include "itemmodels/auditfilterproxymodel.h"
#include "itemmodels/audittablemodel.h"
#include "languagemanager.h"
#include "scoring/methodology.h"
#include "storage/sql.h"
#include "survey/surveyimporter.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QtTest>

using namespace akim;

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsNewestFirst();
    void textFilterNarrows();
    void userCategoryAndDateFilters();
    void selectedEntryInFull();
    void followsEdits();
    void statusShowsBrokenChain(); // last: it tampers with the shared contest

private:
    void screenshot(const QString &name);
    void importSurvey();
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QString chainText() const { return child<QLabel>("auditChainLabel")->text(); }
    int shownRows() const { return m_page->table()->model()->rowCount(); }
    int entriesOf(const QString &user) const;

    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<test::TemporaryContest> m_contest;
    std::unique_ptr<AuditPage> m_page;
    bool m_english = true;
};

void TestAuditPage::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    if (const QString language = qEnvironmentVariable("AKIM_SCREENSHOT_LANG");
        !language.isEmpty()) {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(language));
        m_english = language == QLatin1String("en");
    }
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    const QString district = QStringLiteral("Жалагашский район");
    for (const char *okrug : {"Аккумский с.о.", "Мадениетский с.о.", "Енбекский с.о."})
        QVERIFY(m_contest->addNominee(QStringLiteral("кызылорд"), district,
                                      QString::fromUtf8(okrug),
                                      QStringLiteral("Аким %1").arg(QString::fromUtf8(okrug))) > 0);
    importSurvey();
    // A second user renames one nominee and changes the methodology.
    doc.setUserName(QStringLiteral("aliya"));
    const NomineeRow first = doc.nominees().rows().first();
    NomineeDraft edit;
    edit.okrugId = first.nominee.okrugId;
    edit.fullName = QStringLiteral("Әбілқасымов Ерлан Серікұлы");
    QVERIFY(doc.editNominee(first.nominee.id, edit).ok());
    scoring::Methodology methodology = scoring::Methodology::defaults();
    methodology.criteria = doc.criteria().all();
    methodology.survey.minSample = 40;
    QVERIFY(doc.setMethodology(methodology.toJsonBytes()).ok());
    doc.setUserName(QStringLiteral("secretary"));
}

void TestAuditPage::importSurvey()
{
    ContestDocument &doc = m_contest->document();
    QFile file(m_contest->filePath(QStringLiteral("answers.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Район,Сельский округ,S1\n"
                              "Жалагашский район,Аккумский с.о.,5\n"
                              "Жалагашский район,Мадениетский с.о.,4\n")
                   .toUtf8());
    file.close();
    survey::ImportOptions options;
    options.filePath = file.fileName();
    options.mapping.kind = survey::SurveyKind::Population;
    options.mapping.columns = {{0, QString(), survey::ColumnRole::District, QString()},
                               {1, QString(), survey::ColumnRole::Okrug, QString()},
                               {2, QString(), survey::ColumnRole::Question, QStringLiteral("S1")}};
    options.userName = QStringLiteral("secretary");
    QString error;
    const survey::ImportSummary summary =
        survey::SurveyImporter(doc.database().connection()).run(options, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(summary.importId > 0);
    doc.notifyExternalWrite();
}

void TestAuditPage::init()
{
    m_page = std::make_unique<AuditPage>(&m_contest->document());
    m_page->resize(1400, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAuditPage::cleanup()
{
    m_page.reset();
}

void TestAuditPage::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

int TestAuditPage::entriesOf(const QString &user) const
{
    int count = 0;
    for (const AuditEntry &e : m_contest->document().audit().entries())
        count += e.user == user ? 1 : 0;
    return count;
}

void TestAuditPage::listsNewestFirst()
{
    const int entries = int(m_contest->document().audit().count());
    QVERIFY(entries >= 9); // contest, district, 3 × (okrug, nominee), survey, rename, methodology
    QCOMPARE(shownRows(), entries);
    const QAbstractItemModel *shown = m_page->table()->model();
    QCOMPARE(shown->index(0, 0).data(AuditTableModel::IdRole).toLongLong(), qint64(entries));
    QCOMPARE(shown->index(entries - 1, 0).data(AuditTableModel::IdRole).toLongLong(), qint64(1));
    QCOMPARE(shown->index(0, 0).data(AuditTableModel::ActionKeyRole).toString(),
             QStringLiteral("methodology.edit"));
    // No catalogue is loaded in English: the source's "(s)" plural form is what shows.
    if (m_english) {
        QCOMPARE(chainText(), QStringLiteral("%1 entry(s), chain verified").arg(entries));
        QCOMPARE(shown->index(0, AuditTableModel::ActionColumn).data().toString(),
                 QStringLiteral("Methodology changed"));
    }
    QVERIFY(child<QLabel>("auditCountLabel")->text().isEmpty()); // nothing filtered
    QCOMPARE(m_page->chainProblems(), QStringList());
    screenshot(QStringLiteral("audit-page"));
}

void TestAuditPage::textFilterNarrows()
{
    const int entries = shownRows();
    auto *filter = child<QLineEdit>("auditFilterEdit");
    QVERIFY(filter);
    // Typed without Kazakh letters; the old name finds the rename too, from its old value.
    test::typeText(filter, QStringLiteral("аккумский"));
    QTRY_VERIFY(shownRows() < entries);
    QStringList actions;
    for (int row = 0; row < shownRows(); ++row)
        actions << m_page->table()
                       ->model()
                       ->index(row, 0)
                       .data(AuditTableModel::ActionKeyRole)
                       .toString();
    actions.sort();
    QCOMPARE(actions, test::row({"nominee.create", "nominee.update", "okrug.create"}));
    if (m_english)
        QCOMPARE(child<QLabel>("auditCountLabel")->text(),
                 QStringLiteral("3 of %1 entry(s) shown").arg(entries));
    filter->clear();
    test::typeText(filter, QStringLiteral("answers.csv"));
    QCOMPARE(shownRows(), 1);
    filter->clear();
    QCOMPARE(shownRows(), entries);
}

void TestAuditPage::userCategoryAndDateFilters()
{
    const int entries = shownRows();
    auto *users = child<QComboBox>("auditUserCombo");
    auto *categories = child<QComboBox>("auditCategoryCombo");
    QVERIFY(users && categories);
    QCOMPARE(users->count(), 3); // all, aliya, secretary
    users->setCurrentIndex(users->findData(QStringLiteral("aliya")));
    QCOMPARE(shownRows(), entriesOf(QStringLiteral("aliya")));
    QCOMPARE(shownRows(), 2);
    users->setCurrentIndex(users->findData(QStringLiteral("secretary")));
    QCOMPARE(shownRows(), entries - 2);

    const int nominees = categories->findData(QStringLiteral("nominee"));
    QVERIFY(nominees > 0);
    if (m_english)
        QCOMPARE(categories->itemText(nominees), QStringLiteral("Nominees"));
    categories->setCurrentIndex(nominees);
    QCOMPARE(shownRows(), 3); // the secretary's three additions, not aliya's rename
    users->setCurrentIndex(0);
    QCOMPARE(shownRows(), 4);
    categories->setCurrentIndex(categories->findData(QStringLiteral("survey")));
    QCOMPARE(shownRows(), 1);
    categories->setCurrentIndex(0);
    QCOMPARE(shownRows(), entries);

    // Dates: unticked, the edits wait at the log's first and last day.
    auto *fromCheck = child<QCheckBox>("auditFromCheckBox");
    auto *from = child<QDateEdit>("auditFromDateEdit");
    auto *toCheck = child<QCheckBox>("auditToCheckBox");
    auto *to = child<QDateEdit>("auditToDateEdit");
    QCOMPARE(from->date(), QDate::currentDate());
    QVERIFY(!from->isEnabled());
    fromCheck->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(shownRows(), entries);
    from->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(shownRows(), 0);
    from->setDate(QDate::currentDate().addDays(-7));
    toCheck->setChecked(true);
    to->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(shownRows(), 0);
    to->setDate(QDate::currentDate());
    QCOMPARE(shownRows(), entries);
    fromCheck->setChecked(false);
    toCheck->setChecked(false);
    QVERIFY(!m_page->proxy()->isFiltering());
}

void TestAuditPage::selectedEntryInFull()
{
    auto *oldView = child<QPlainTextEdit>("auditOldView");
    auto *newView = child<QPlainTextEdit>("auditNewView");
    QVERIFY(oldView->toPlainText().isEmpty());
    QVERIFY(child<QLabel>("auditDetailHint")->isVisible());
    QVERIFY(!child<QWidget>("auditDetailForm")->isVisible());

    const AuditTableModel *model = m_page->model();
    int renameRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row).action == QLatin1String("nominee.update"))
            renameRow = row;
    }
    QVERIFY(renameRow >= 0);
    const AuditEntry &rename = model->entryAt(renameRow);
    QVERIFY(m_page->selectEntry(rename.id));
    QCOMPARE(m_page->selectedId(), rename.id);
    QCOMPARE(m_page->table()->selectionModel()->selectedRows().size(), 1);
    // Pretty-printed, one key a line.
    QVERIFY2(oldView->toPlainText().contains(QStringLiteral("\n    \"full_name\": \"Аким "
                                                            "Аккумский с.о.\"")),
             qPrintable(oldView->toPlainText()));
    QVERIFY(newView->toPlainText().contains(QStringLiteral("Әбілқасымов Ерлан Серікұлы")));
    QVERIFY(!child<QLabel>("auditDetailHint")->isVisible());
    QVERIFY(child<QWidget>("auditDetailForm")->isVisible());
    QCOMPARE(child<QLabel>("auditHashValue")->text(), rename.hash);
    QCOMPARE(child<QLabel>("auditPrevHashValue")->text(), rename.prevHash);
    QCOMPARE(child<QLabel>("auditUserValue")->text(), QStringLiteral("aliya"));
    QVERIFY(child<QLabel>("auditActionValue")->text().endsWith(QLatin1String("(nominee.update)")));
    QVERIFY(child<QLabel>("auditObjectValue")->text().contains(rename.objectUuid));
    if (m_english)
        QCOMPARE(child<QLabel>("auditChainProblemValue")->text(),
                 QStringLiteral("Holds here: the hash matches the entry and the one before it."));
    screenshot(QStringLiteral("audit-page-selected"));

    // The methodology: long, in full in the details only.
    const QModelIndex top = m_page->table()->model()->index(0, 0);
    m_page->table()->setCurrentIndex(top);
    QCOMPARE(top.data(AuditTableModel::ActionKeyRole).toString(),
             QStringLiteral("methodology.edit"));
    QVERIFY(newView->toPlainText().count(QLatin1Char('\n')) > 30);
    QVERIFY(newView->toPlainText().contains(QStringLiteral("\"min_sample\": 40")));
}

void TestAuditPage::followsEdits()
{
    ContestDocument &doc = m_contest->document();
    const int before = shownRows();
    QVERIFY(m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Жалагашский район"),
                                  QStringLiteral("Тан с.о."), QStringLiteral("Аким Тан")) > 0);
    QTRY_COMPARE(shownRows(), before + 2); // okrug and nominee
    QCOMPARE(m_page->table()->model()->index(0, 0).data(AuditTableModel::ActionKeyRole).toString(),
             QStringLiteral("nominee.create"));

    // Hidden, it only notes the change; it reads the log when shown again.
    m_page->hide();
    doc.undoStack()->undo();
    QVERIFY(m_page->isStale());
    QCoreApplication::processEvents();
    QCOMPARE(shownRows(), before + 2);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(shownRows(), before + 4); // the undo removed the nominee and the okrug
    QVERIFY(!m_page->isStale());
    QCOMPARE(m_page->table()->model()->index(0, 0).data(AuditTableModel::ActionKeyRole).toString(),
             QStringLiteral("okrug.delete"));

    // An entry written without any of the document's signals is found when the tab is shown.
    m_page->hide();
    QCOMPARE(doc.runInTransaction([&] {
        doc.recordAudit(QStringLiteral("future.action"), QStringLiteral("future"),
                        QStringLiteral("f-1"), {}, QStringLiteral("{\"n\":15}"));
    }),
             QString());
    QVERIFY(!m_page->isStale());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(shownRows(), before + 5);
    // An action this version has no words for shows its key.
    QCOMPARE(m_page->table()->model()->index(0, AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("future.action"));
}

void TestAuditPage::statusShowsBrokenChain()
{
    ContestDocument &doc = m_contest->document();
    const int entries = shownRows();
    // Changed behind the program's back, as with the sqlite3 shell.
    QSqlDatabase db = doc.database().connection();
    sql::exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    sql::exec(db, QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE id = 3"));
    m_page->reload();
    QCOMPARE(shownRows(), entries);
    QCOMPARE(m_page->model()->firstBrokenId(), qint64(3));
    QCOMPARE(m_page->chainProblems().size(), 1);
    QVERIFY(m_page->chainProblems().first().contains(QLatin1String(" 3 ")));
    if (m_english)
        QVERIFY2(chainText().contains(
                     QStringLiteral("%1 entry(s), chain broken at entry #3").arg(entries)),
                 qPrintable(chainText()));
    QVERIFY(!chainText().contains(QLatin1String("chain verified")));

    // Its link shows the entry, even when the filters hid it.
    test::typeText(child<QLineEdit>("auditFilterEdit"), QStringLiteral("methodology"));
    QVERIFY(shownRows() < entries);
    emit child<QLabel>("auditChainLabel")->linkActivated(QStringLiteral("#broken"));
    QCOMPARE(m_page->selectedId(), qint64(3));
    QCOMPARE(shownRows(), entries);
    QCOMPARE(child<QLabel>("auditUserValue")->text(), QStringLiteral("mallory"));
    if (m_english)
        QCOMPARE(child<QLabel>("auditChainProblemValue")->text(),
                 QStringLiteral("The hash chain is broken at entry 3: it was changed after it "
                                "was written."));
    const QModelIndex current = m_page->table()->currentIndex();
    QVERIFY(!current.data(AuditTableModel::ChainIntactRole).toBool());
    screenshot(QStringLiteral("audit-page-broken"));
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
