#include "demo/demogenerator.h"
#include "services/contestdocument.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace akim;

class TestIntegrityChecker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cleanFileHasNoProblems();
    void consistentSurveyTotals();
    void tamperedAggregate();
    void tamperedPackedAnswer();
    void missingAggregate();
    void aggregateWithoutAnswers();
    void manyMismatchesAreCapped();
    void foreignKeyOrphan();
    void editedAuditEntry();
    void deletedAuditEntry();
    void droppedAuditTable();
    void worksReadOnly();

private:
    bool exec(const QString &statement);
    // One population import: `answers` values of S1 for the first nominee and matching totals.
    void addSurvey(const QVector<double> &answers);
    QStringList problems() const { return IntegrityChecker(m_doc->database()).problems(); }
    qint64 firstNominee() const;
    qint64 criterion(const QString &code) const { return m_doc->criteria().idOfCode(code); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ContestDocument> m_doc;
};

void TestIntegrityChecker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->create(m_dir->filePath(QStringLiteral("c.akc"))),
             qPrintable(m_doc->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(*m_doc, options), QString());
}

void TestIntegrityChecker::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

bool TestIntegrityChecker::exec(const QString &statement)
{
    QSqlQuery query(m_doc->database().connection());
    if (!query.exec(statement)) {
        qWarning() << statement << query.lastError().text();
        return false;
    }
    return true;
}

qint64 TestIntegrityChecker::firstNominee() const
{
    return sql::scalar(m_doc->database().connection(),
                       QStringLiteral("SELECT min(id) FROM nominee"))
        .toLongLong();
}

void TestIntegrityChecker::addSurvey(const QVector<double> &answers)
{
    const QSqlDatabase db = m_doc->database().connection();
    const qint64 nominee = firstNominee();
    const qint64 s1 = criterion(QStringLiteral("S1"));
    QString error = m_doc->runInTransaction([&] {
        QSqlQuery import = sql::exec(
            db,
            QStringLiteral("INSERT INTO survey_import (uuid, kind, file_name, sha256, imported_at, "
                           "imported_by) VALUES (?, 'population', 'survey.csv', 'x', ?, 'test')"),
            {sql::newUuid(), sql::nowUtc()});
        const qint64 importId = sql::lastId(import);
        double total = 0;
        for (int i = 0; i < answers.size(); ++i) {
            sql::exec(db,
                      QStringLiteral("INSERT INTO survey_response (import_id, nominee_id, kind, "
                                     "source_row, answers) VALUES (?, ?, 'population', ?, "
                                     "json_object(CAST(? AS TEXT), ?))"),
                      {importId, nominee, i + 2, s1, answers.at(i)});
            total += answers.at(i);
        }
        sql::exec(
            db,
            QStringLiteral("INSERT INTO survey_aggregate (nominee_id, criterion_id, n, total) "
                           "VALUES (?, ?, ?, ?)"),
            {nominee, s1, int(answers.size()), total});
    });
    QCOMPARE(error, QString());
}

void TestIntegrityChecker::cleanFileHasNoProblems()
{
    QCOMPARE(problems(), QStringList());
    // An empty contest, with no demo data, is sound too.
    ContestDocument empty;
    QVERIFY(empty.create(m_dir->filePath(QStringLiteral("empty.akc"))));
    QCOMPARE(IntegrityChecker(empty.database()).problems(), QStringList());
}

void TestIntegrityChecker::consistentSurveyTotals()
{
    addSurvey({5, 4, 4, 3, 1});
    QCOMPARE(problems(), QStringList());
}

void TestIntegrityChecker::tamperedAggregate()
{
    addSurvey({5, 4, 4, 3, 1});
    QVERIFY(exec(QStringLiteral("UPDATE survey_aggregate SET total = total + 1")));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("S1")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QLatin1String("sum = 18")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QLatin1String("sum = 17")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QString::number(firstNominee())), qPrintable(found.first()));

    QVERIFY(exec(QStringLiteral("UPDATE survey_aggregate SET total = 17, n = 4")));
    QCOMPARE(problems().size(), 1);
    QVERIFY(exec(QStringLiteral("UPDATE survey_aggregate SET n = 5")));
    QCOMPARE(problems(), QStringList());
}

// The raw answers are packed per response as {"<criterion id>": value}; `check` unpacks them.
void TestIntegrityChecker::tamperedPackedAnswer()
{
    addSurvey({5, 4, 4, 3, 1});
    const QString key = QStringLiteral("$.\"%1\"").arg(criterion(QStringLiteral("S1")));
    QVERIFY(exec(QStringLiteral("UPDATE survey_response SET answers = json_set(answers, '%1', 2) "
                                "WHERE source_row = 2")
                     .arg(key)));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("the answers give n = 5, sum = 14")),
             qPrintable(found.first()));
    // An answer removed from a response counts one fewer.
    QVERIFY(exec(QStringLiteral("UPDATE survey_response SET answers = '{}' WHERE source_row = 2")));
    QVERIFY2(problems().first().contains(QLatin1String("the answers give n = 4, sum = 12")),
             qPrintable(problems().first()));
}

void TestIntegrityChecker::missingAggregate()
{
    addSurvey({2, 3});
    QVERIFY(exec(QStringLiteral("DELETE FROM survey_aggregate")));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("stored n = 0")), qPrintable(found.first()));
    QVERIFY2(found.first().contains(QLatin1String("give n = 2")), qPrintable(found.first()));
}

void TestIntegrityChecker::aggregateWithoutAnswers()
{
    const qint64 nominee = firstNominee();
    QVERIFY(exec(QStringLiteral("INSERT INTO survey_aggregate (nominee_id, criterion_id, n, total) "
                                "VALUES (%1, %2, 3, 12)")
                     .arg(nominee)
                     .arg(criterion(QStringLiteral("S2")))));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("S2")), qPrintable(found.first()));
    // An all-zero row says "no answers" and is consistent.
    QVERIFY(exec(QStringLiteral("UPDATE survey_aggregate SET n = 0, total = 0")));
    QCOMPARE(problems(), QStringList());
}

void TestIntegrityChecker::manyMismatchesAreCapped()
{
    QVERIFY(exec(QStringLiteral(
        "INSERT INTO survey_aggregate (nominee_id, criterion_id, n, total) "
        "SELECT n.id, c.id, 1, 4 FROM nominee n, criterion c WHERE c.source = 'survey'")));
    const qint64 rows = sql::scalar(m_doc->database().connection(),
                                    QStringLiteral("SELECT COUNT(*) FROM survey_aggregate"))
                            .toLongLong();
    QCOMPARE(rows, 8 * 6);
    const QStringList found = problems();
    QCOMPARE(found.size(), IntegrityChecker::kMaxListedAggregateProblems + 1);
    QVERIFY2(found.last().contains(
                 QString::number(rows - IntegrityChecker::kMaxListedAggregateProblems)),
             qPrintable(found.last()));
}

void TestIntegrityChecker::foreignKeyOrphan()
{
    // As the sqlite3 shell would do it: with foreign keys off.
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(QStringLiteral("DELETE FROM region WHERE id = 1")));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    const QStringList found = problems();
    QVERIFY(!found.isEmpty());
    bool namesRegion = false;
    for (const QString &problem : found)
        namesRegion = namesRegion || problem.contains(QLatin1String("in region"));
    QVERIFY2(namesRegion, qPrintable(found.join(QLatin1Char('\n'))));
}

void TestIntegrityChecker::editedAuditEntry()
{
    QSqlQuery refused(m_doc->database().connection());
    QVERIFY(!refused.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1")));
    QVERIFY(refused.lastError().text().contains(QLatin1String("append-only")));
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1")));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("entry 1")), qPrintable(found.first()));
}

void TestIntegrityChecker::deletedAuditEntry()
{
    QVERIFY(exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("entry 1 is missing")),
             qPrintable(found.first()));
}

void TestIntegrityChecker::droppedAuditTable()
{
    QVERIFY(exec(QStringLiteral("DROP TABLE audit_log")));
    const QStringList found = problems();
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().startsWith(QLatin1String("Audit log cannot be read")),
             qPrintable(found.first()));
}

void TestIntegrityChecker::worksReadOnly()
{
    addSurvey({1, 2, 3});
    QVERIFY(exec(QStringLiteral("UPDATE survey_aggregate SET n = 2")));
    const QString path = m_doc->path();
    m_doc->close();
    Database database;
    QVERIFY2(database.open(path, Database::Mode::ReadOnly), qPrintable(database.errorString()));
    QCOMPARE(IntegrityChecker(database).problems().size(), 1);
}

QTEST_GUILESS_MAIN(TestIntegrityChecker)
#include "tst_integritychecker.moc"
