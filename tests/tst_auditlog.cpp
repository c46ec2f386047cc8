#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void chainLinksEntries();
    void detectsEditedEntry();
    void detectsDeletedEntry();
    void detectsInsertedEntry();

private:
    void appendThree();
    void dropGuards();
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_fileNo = 0;
};

void TestAuditLog::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("a%1.akc").arg(++m_fileNo)),
                       Database::Mode::Create));
    appendThree();
}

void TestAuditLog::appendThree()
{
    AuditLog log(m_db->connection());
    for (const QString &name :
         {QStringLiteral("Әлібек"), QStringLiteral("Гүлнар"), QStringLiteral("Олег")}) {
        AuditEntry e;
        e.user = QStringLiteral("secretary");
        e.action = QStringLiteral("nominee.create");
        e.objectType = QStringLiteral("nominee");
        e.objectUuid = sql::newUuid();
        e.newValue = name;
        log.append(e);
    }
}

// What someone with the sqlite3 shell would do first.
void TestAuditLog::dropGuards()
{
    sql::exec(m_db->connection(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    sql::exec(m_db->connection(), QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

void TestAuditLog::chainLinksEntries()
{
    AuditLog log(m_db->connection());
    const QVector<AuditEntry> entries = log.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries[0].prevHash, AuditLog::genesisHash());
    QCOMPARE(entries[1].prevHash, entries[0].hash);
    QCOMPARE(entries[2].prevHash, entries[1].hash);
    QCOMPARE(entries[1].newValue, QStringLiteral("Гүлнар"));
    QCOMPARE(entries[2].hash.size(), 64);
    QVERIFY(log.verify().isEmpty());
}

void TestAuditLog::detectsEditedEntry()
{
    dropGuards();
    sql::exec(m_db->connection(),
              QStringLiteral("UPDATE audit_log SET new_value = 'Иван' WHERE id = 2"));
    const QStringList problems = AuditLog(m_db->connection()).verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("entry 2 was changed")),
             qPrintable(problems.first()));
}

void TestAuditLog::detectsDeletedEntry()
{
    dropGuards();
    sql::exec(m_db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
    const QStringList problems = AuditLog(m_db->connection()).verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("entry 2 is missing")),
             qPrintable(problems.first()));
}

void TestAuditLog::detectsInsertedEntry()
{
    dropGuards();
    // Shift entries up to make room, then insert a forged entry with a self-consistent hash.
    sql::exec(m_db->connection(),
              QStringLiteral("UPDATE audit_log SET id = id + 10 WHERE id >= 2"));
    AuditEntry forged;
    forged.id = 2;
    forged.at = sql::nowUtc();
    forged.user = QStringLiteral("intruder");
    forged.action = QStringLiteral("nominee.create");
    forged.objectType = QStringLiteral("nominee");
    forged.prevHash = AuditLog(m_db->connection()).entries().first().hash;
    forged.hash = AuditLog::computeHash(forged);
    sql::exec(
        m_db->connection(),
        QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, object_type, prev_hash, "
                       "hash) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {forged.id, forged.at, forged.user, forged.action, forged.objectType, forged.prevHash,
         forged.hash});
    const QStringList problems = AuditLog(m_db->connection()).verify();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("entry 3")), qPrintable(problems.first()));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
