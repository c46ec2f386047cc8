// The Audit tab's model and filter over real entries, written by ContestDocument edits: order,
// labels, the one-line old → new of an edit, the chain marked where a row was changed or
// deleted behind the program's back, and each filter of the filter bar.
#include "itemmodels/auditfilterproxymodel.h"
#include "itemmodels/audittablemodel.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QtTest>

using namespace akim;
using namespace akim::test;

class TestAuditTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyAndDetached();
    void listsEditsOldestFirst();
    void editShowsOnlyWhatChanged();
    void undoIsRecordedToo();
    void followsOpenAndClose();
    void marksChangedEntry();
    void marksDeletedEntry();
    void filtersByText();
    void filtersByUserAndCategory();
    void filtersByDate();
    void thousandsOfEntries();

private:
    // Adds "Ахметов Ерлан" (district, okrug and nominee entries), then renames him and records
    // the change under another user name.
    void addAndRename();
    void tamper(const QStringList &statements);
    int rowOfAction(const AuditTableModel &model, const QString &action) const;

    std::unique_ptr<TemporaryContest> m_contest;
    qint64 m_nomineeId = 0;
};

void TestAuditTableModel::initTestCase()
{
    isolateSettings();
}

void TestAuditTableModel::init()
{
    m_contest = std::make_unique<TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
}

void TestAuditTableModel::cleanup()
{
    m_contest.reset();
    m_nomineeId = 0;
}

void TestAuditTableModel::addAndRename()
{
    ContestDocument &doc = m_contest->document();
    m_nomineeId =
        m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Тестовый район"),
                              QStringLiteral("Тестовый с.о."), QStringLiteral("Ахметов Ерлан"));
    QVERIFY(m_nomineeId > 0);
    doc.setUserName(QStringLiteral("aliya"));
    const Nominee before = doc.nominees().nominee(m_nomineeId);
    NomineeDraft edit;
    edit.okrugId = before.okrugId;
    edit.fullName = QStringLiteral("Әбілқасымов Ерлан");
    edit.status = before.status;
    QVERIFY(doc.editNominee(m_nomineeId, edit).ok());
}

void TestAuditTableModel::tamper(const QStringList &statements)
{
    // As the sqlite3 shell would: the append-only triggers dropped first.
    QSqlDatabase db = m_contest->document().database().connection();
    for (const QString &statement : statements)
        sql::exec(db, statement);
}

int TestAuditTableModel::rowOfAction(const AuditTableModel &model, const QString &action) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entryAt(row).action == action)
            return row;
    }
    return -1;
}

void TestAuditTableModel::emptyAndDetached()
{
    AuditTableModel detached(nullptr);
    QAbstractItemModelTester tester(&detached,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(detached.rowCount(), 0);
    QCOMPARE(detached.columnCount(), int(AuditTableModel::ColumnCount));
    QCOMPARE(detached.firstBrokenId(), 0);
    QVERIFY(detached.users().isEmpty());
    QCOMPARE(detached.headerData(AuditTableModel::OldColumn, Qt::Horizontal).toString(),
             QStringLiteral("Old value"));

    // A new contest: the one entry of its creation.
    AuditTableModel model(&m_contest->document());
    QAbstractItemModelTester fresh(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entryAt(0).action, QStringLiteral("contest.create"));
    QCOMPARE(model.index(0, AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("Contest created"));
    QCOMPARE(model.index(0, AuditTableModel::UserColumn).data().toString(),
             QStringLiteral("secretary"));
    QVERIFY(model.index(0, 0).data(AuditTableModel::ChainIntactRole).toBool());
}

void TestAuditTableModel::listsEditsOldestFirst()
{
    AuditTableModel model(&m_contest->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addAndRename();
    QCOMPARE(model.rowCount(), 1); // reloads when told, as the page does after a change
    model.reload();

    QStringList actions;
    qint64 lastId = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        actions << model.entryAt(row).action;
        QVERIFY(model.entryAt(row).id > lastId);
        lastId = model.entryAt(row).id;
        QCOMPARE(model.index(row, 0).data(AuditTableModel::IdRole).toLongLong(), lastId);
        QVERIFY(model.index(row, 0).data(AuditTableModel::ChainIntactRole).toBool());
    }
    QCOMPARE(actions, row({"contest.create", "district.create", "okrug.create", "nominee.create",
                           "nominee.update"}));
    QCOMPARE(model.firstBrokenId(), 0);
    QCOMPARE(model.brokenCount(), 0);

    const int created = rowOfAction(model, QStringLiteral("nominee.create"));
    QCOMPARE(model.index(created, AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("Nominee added"));
    QCOMPARE(model.index(created, AuditTableModel::ObjectColumn).data().toString(),
             QStringLiteral("Nominee: Ахметов Ерлан"));
    QCOMPARE(model.index(created, AuditTableModel::OldColumn).data().toString(), QString());
    const QString added = model.index(created, AuditTableModel::NewColumn).data().toString();
    QVERIFY2(added.contains(QStringLiteral("full_name: Ахметов Ерлан")), qPrintable(added));
    QVERIFY2(added.contains(QStringLiteral("status: active")), qPrintable(added));
    QVERIFY2(!added.contains(QStringLiteral("notes")), qPrintable(added)); // empty text left out
    // The object's UUID and the action key are in the tooltips.
    const AuditEntry &entry = model.entryAt(created);
    QVERIFY(!entry.objectUuid.isEmpty());
    QVERIFY(model.index(created, AuditTableModel::ObjectColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(entry.objectUuid));
    QCOMPARE(model.index(created, AuditTableModel::ActionColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("nominee.create"));
    QCOMPARE(
        model.index(created, AuditTableModel::TimeColumn).data(AuditTableModel::DateRole).toDate(),
        QDate::currentDate());

    QCOMPARE(model.users(), row({"aliya", "secretary"}));
    QCOMPARE(model.categories(), row({"contest", "district", "okrug", "nominee"}));
    QCOMPARE(model.rowOfId(entry.id), created);
    QCOMPARE(model.rowOfId(999), -1);
}

void TestAuditTableModel::editShowsOnlyWhatChanged()
{
    addAndRename();
    AuditTableModel model(&m_contest->document());
    const int row = rowOfAction(model, QStringLiteral("nominee.update"));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AuditTableModel::UserColumn).data().toString(),
             QStringLiteral("aliya"));
    QCOMPARE(model.index(row, AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("Nominee changed"));
    QCOMPARE(model.index(row, AuditTableModel::ObjectColumn).data().toString(),
             QStringLiteral("Nominee: Әбілқасымов Ерлан"));
    QCOMPARE(model.index(row, AuditTableModel::OldColumn).data().toString(),
             QStringLiteral("full_name: Ахметов Ерлан"));
    QCOMPARE(model.index(row, AuditTableModel::NewColumn).data().toString(),
             QStringLiteral("full_name: Әбілқасымов Ерлан"));
    // The tooltip has the whole old row, one key a line.
    const QString tip =
        model.index(row, AuditTableModel::OldColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("\"full_name\": \"Ахметов Ерлан\"")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\"okrug_id\"")), qPrintable(tip));
    QVERIFY(tip.count(QLatin1Char('\n')) >= 5);
    // The stored values are compact; the pretty form is made on demand.
    QVERIFY(!model.entryAt(row).oldValue.contains(QLatin1Char('\n')));
    QVERIFY(AuditTableModel::prettyValue(model.entryAt(row).oldValue)
                .contains(QStringLiteral("\n    \"full_name\"")));
    QCOMPARE(AuditTableModel::prettyValue(QStringLiteral("uzdik-auyl-akimi-2020")),
             QStringLiteral("uzdik-auyl-akimi-2020"));
}

void TestAuditTableModel::undoIsRecordedToo()
{
    addAndRename();
    ContestDocument &doc = m_contest->document();
    AuditTableModel model(&doc);
    const int before = model.rowCount();
    doc.undoStack()->undo(); // the rename, undone: an update back to the old name
    model.reload();
    QCOMPARE(model.rowCount(), before + 1);
    const int last = model.rowCount() - 1;
    QCOMPARE(model.entryAt(last).action, QStringLiteral("nominee.update"));
    QCOMPARE(model.index(last, AuditTableModel::OldColumn).data().toString(),
             QStringLiteral("full_name: Әбілқасымов Ерлан"));
    QCOMPARE(model.index(last, AuditTableModel::NewColumn).data().toString(),
             QStringLiteral("full_name: Ахметов Ерлан"));
}

void TestAuditTableModel::followsOpenAndClose()
{
    addAndRename();
    ContestDocument &doc = m_contest->document();
    AuditTableModel model(&doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const QString path = doc.path();
    doc.close();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(doc.open(path, Database::Mode::ReadOnly));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(resets.count(), 2);
}

void TestAuditTableModel::marksChangedEntry()
{
    addAndRename();
    tamper({QStringLiteral("DROP TRIGGER audit_log_no_update"),
            QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, 'Ахметов', "
                           "'Петров') WHERE action = 'nominee.create'")});
    AuditTableModel model(&m_contest->document());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOfAction(model, QStringLiteral("nominee.create"));
    const qint64 id = model.entryAt(row).id;
    QCOMPARE(model.firstBrokenId(), id);
    // Only the changed entry: the next one still follows its stored hash.
    QCOMPARE(model.brokenCount(), 1);
    QCOMPARE(model.chainStateAt(row), AuditTableModel::ChainState::Changed);
    QVERIFY(!model.index(row, 0).data(AuditTableModel::ChainIntactRole).toBool());
    QVERIFY(model.index(row + 1, 0).data(AuditTableModel::ChainIntactRole).toBool());
    QVERIFY(model.index(row, AuditTableModel::UserColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(row + 1, AuditTableModel::UserColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.chainProblemAt(row),
             QStringLiteral("The hash chain is broken at entry %1: it was changed after it was "
                            "written.")
                 .arg(id));
    QVERIFY(model.index(row, AuditTableModel::ReasonColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("broken at entry %1").arg(id)));
    // The same entry AuditLog::verify() (and `check`) names.
    const QStringList problems = m_contest->document().audit().verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("entry %1 ").arg(id)),
             qPrintable(problems.first()));
}

void TestAuditTableModel::marksDeletedEntry()
{
    addAndRename();
    tamper({QStringLiteral("DROP TRIGGER audit_log_no_delete"),
            QStringLiteral("DELETE FROM audit_log WHERE id = 3")});
    AuditTableModel model(&m_contest->document());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfId(3), -1);
    const int row = model.rowOfId(4);
    QCOMPARE(model.firstBrokenId(), 4);
    QCOMPARE(model.brokenCount(), 1);
    QCOMPARE(model.chainStateAt(row), AuditTableModel::ChainState::Missing);
    QVERIFY2(model.chainProblemAt(row).contains(QStringLiteral("entries 3 to 3 before it")),
             qPrintable(model.chainProblemAt(row)));
}

void TestAuditTableModel::filtersByText()
{
    addAndRename();
    AuditTableModel model(&m_contest->document());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 5);
    QVERIFY(!proxy.isFiltering());

    // Folded: typed without Kazakh letters, in any case; over the full stored values, so the
    // old name finds the entry that replaced it.
    proxy.setFilterText(QStringLiteral("АХМЕТОВ"));
    QVERIFY(proxy.isFiltering());
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found << proxy.index(row, 0).data(AuditTableModel::ActionKeyRole).toString();
    QCOMPARE(found, row({"nominee.create", "nominee.update"}));
    proxy.setFilterText(QStringLiteral("абилкасымов"));
    QCOMPARE(proxy.rowCount(), 1);
    // Words in any order, from different fields: the user and the translated action.
    proxy.setFilterText(QStringLiteral("changed aliya"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterText(QStringLiteral("тестовый с.о."));
    QCOMPARE(proxy.rowCount(), 1); // the okrug's creation
    proxy.setFilterText(QStringLiteral("nobody-like-this"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestAuditTableModel::filtersByUserAndCategory()
{
    addAndRename();
    AuditTableModel model(&m_contest->document());
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.setUser(QStringLiteral("aliya"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, AuditTableModel::ActionColumn).data().toString(),
             QStringLiteral("Nominee changed"));
    proxy.setUser(QStringLiteral("secretary"));
    QCOMPARE(proxy.rowCount(), 4);

    proxy.setCategory(QStringLiteral("nominee"));
    QCOMPARE(proxy.rowCount(), 1); // secretary's nominee.create
    proxy.setUser(QString());
    QCOMPARE(proxy.rowCount(), 2); // and aliya's nominee.update
    proxy.setCategory(QStringLiteral("okrug"));
    QCOMPARE(proxy.rowCount(), 1);
    // A category is a whole first part, not any prefix.
    proxy.setCategory(QStringLiteral("nom"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCategory(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestAuditTableModel::filtersByDate()
{
    addAndRename();
    // One entry made "last year", through the log itself as an import would.
    ContestDocument &doc = m_contest->document();
    QCOMPARE(doc.runInTransaction([&] {
        AuditEntry old;
        old.at = QDateTime(QDate::currentDate().addYears(-1), QTime(12, 0), Qt::UTC)
                     .toString(Qt::ISODateWithMs);
        old.user = QStringLiteral("secretary");
        old.action = QStringLiteral("survey.import");
        old.objectType = QStringLiteral("survey_import");
        old.newValue = QStringLiteral("{\"file\":\"answers.csv\",\"imported\":12}");
        doc.audit().append(old);
    }),
             QString());
    AuditTableModel model(&doc);
    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.earliestDate(), QDate::currentDate().addYears(-1));
    QCOMPARE(model.latestDate(), QDate::currentDate());
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, AuditTableModel::ObjectColumn).data().toString(),
             QStringLiteral("Questionnaire import: answers.csv"));

    const QDate today = QDate::currentDate();
    proxy.setDateRange(today, today);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setDateRange({}, today.addDays(-1)); // open start
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(AuditTableModel::ActionKeyRole).toString(),
             QStringLiteral("survey.import"));
    proxy.setDateRange(today.addDays(1), {});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setDateRange({}, {});
    QCOMPARE(proxy.rowCount(), 6);
}

void TestAuditTableModel::thousandsOfEntries()
{
    // An audit log after a large registry import: thousands of entries, read at once, with
    // nothing pretty-printed or folded until a row is shown or searched.
    ContestDocument &doc = m_contest->document();
    constexpr int kEntries = 20000;
    QCOMPARE(doc.runInTransaction([&] {
        for (int i = 0; i < kEntries; ++i)
            doc.recordAudit(QStringLiteral("nominee.create"), QStringLiteral("nominee"),
                            QStringLiteral("uuid-%1").arg(i), {},
                            QStringLiteral("{\"id\":%1,\"full_name\":\"Аким %1\","
                                           "\"status\":\"active\"}")
                                .arg(i));
    }),
             QString());
    QElapsedTimer timer;
    timer.start();
    AuditTableModel model(&doc);
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(model.rowCount(), kEntries + 1);
    QCOMPARE(model.brokenCount(), 0);
    QCOMPARE(model.index(kEntries, AuditTableModel::ObjectColumn).data().toString(),
             QStringLiteral("Nominee: Аким %1").arg(kEntries - 1));

    AuditFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    timer.restart();
    proxy.setFilterText(QStringLiteral("аким 1999"));
    const int shown = proxy.rowCount(); // the proxy filters when asked
    const qint64 filterMs = timer.elapsed();
    QCOMPARE(shown, 12); // 1999, 11999 and 19990 … 19999
    qInfo("%d entries: loaded and checked in %lld ms, first search in %lld ms", kEntries + 1,
          loadMs, filterMs);
    // Generous bounds, for slow CI machines; a quadratic slip would still exceed them.
    QVERIFY2(loadMs < 5000, qPrintable(QString::number(loadMs)));
    QVERIFY2(filterMs < 5000, qPrintable(QString::number(filterMs)));
}

QTEST_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
