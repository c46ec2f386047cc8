#include "storage/database.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList tables(const Database &db)
{
    QStringList names;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE "
                                                            "type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// A plain SQLite file as another program would leave it.
void makeForeignSqlite(const QString &path, int userVersion, int applicationId)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE other (x INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createMigratesFromEmpty();
    void reopenKeepsVersionAndPragmas();
    void migratesVersionOneFileKeepingData();
    void createRefusesExistingFile();
    void refusesNonSqlite();
    void refusesEmptyFile();
    void refusesForeignSqlite();
    void refusesNewerSchema();
    void refusesMissingFile();
    void readOnlyModeCannotWrite();
    void auditLogIsAppendOnly();
    void saveCopyIsAConsistentContestFile();
    void structuralProblemsFindOrphans();
    void secondConnectionKeepsTheFirstOnesLocks();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestDatabase::createMigratesFromEmpty()
{
    Database db;
    QVERIFY2(db.open(path(QStringLiteral("new.akc")), Database::Mode::Create),
             qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    const QStringList expected{QStringLiteral("account"),
                               QStringLiteral("audit_log"),
                               QStringLiteral("ballot"),
                               QStringLiteral("ballot_package"),
                               QStringLiteral("commission"),
                               QStringLiteral("contest"),
                               QStringLiteral("criterion"),
                               QStringLiteral("district"),
                               QStringLiteral("finalisation"),
                               QStringLiteral("import_profile"),
                               QStringLiteral("meeting"),
                               QStringLiteral("meeting_absence"),
                               QStringLiteral("meeting_award"),
                               QStringLiteral("member"),
                               QStringLiteral("member_conflict"),
                               QStringLiteral("methodology"),
                               QStringLiteral("nominee"),
                               QStringLiteral("okrug"),
                               QStringLiteral("okrug_alias"),
                               QStringLiteral("package_manifest"),
                               QStringLiteral("paper_cell"),
                               QStringLiteral("paper_entry"),
                               QStringLiteral("region"),
                               QStringLiteral("score"),
                               QStringLiteral("setting"),
                               QStringLiteral("stage"),
                               QStringLiteral("survey_aggregate"),
                               QStringLiteral("survey_import"),
                               QStringLiteral("survey_response")};
    QCOMPARE(tables(db), expected);
    QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt(),
             Database::kApplicationId);
    QVERIFY(db.structuralProblems().isEmpty());
}

void TestDatabase::reopenKeepsVersionAndPragmas()
{
    const QString file = path(QStringLiteral("reopen.akc"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::Create));
    }
    Database db;
    QVERIFY2(db.open(file, Database::Mode::ReadWrite), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // Foreign keys are enforced: a district in a region that does not exist is refused.
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO district (uuid, region_id, name_ru) VALUES "
                                   "('u', 999, 'x')")));
}

// A file written by the first release (schema 1) opens, is upgraded in one transaction, keeps
// its rows, and the pre-upgrade file is kept beside it.
void TestDatabase::migratesVersionOneFileKeepingData()
{
    const QString file = path(QStringLiteral("v1.akc"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const QString &statement : Database::splitStatements(Database::migrationScript(1)))
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO region (uuid, name_ru, name_kk) VALUES "
                                      "('r1', 'область Ұлытау', 'Ұлытау облысы')")));
        // Version 1 kept one survey_answer row per answer; version 2 packs them per response.
        const QStringList survey{
            QStringLiteral("INSERT INTO district (id, uuid, region_id, name_ru) VALUES "
                           "(1, 'd1', 1, 'Жанааркинский')"),
            QStringLiteral("INSERT INTO okrug (id, uuid, district_id, name_ru) VALUES "
                           "(1, 'o1', 1, 'Актубек')"),
            QStringLiteral("INSERT INTO nominee (id, uuid, okrug_id, full_name) VALUES "
                           "(1, 'n1', 1, 'Аким')"),
            QStringLiteral("INSERT INTO criterion (id, uuid, stage_kind, code, title_ru, source, "
                           "max_points) VALUES (7, 'c7', 'regional', 'S1', 'S1', 'survey', 100)"),
            QStringLiteral("INSERT INTO criterion (id, uuid, stage_kind, code, title_ru, source, "
                           "max_points) VALUES (8, 'c8', 'regional', 'S2', 'S2', 'survey', 100)"),
            QStringLiteral("INSERT INTO survey_import (id, uuid, kind, file_name, sha256, "
                           "imported_at, imported_by) VALUES (1, 'i1', 'population', 'a.csv', "
                           "'00', '2020-07-01', 'x')"),
            QStringLiteral("INSERT INTO survey_response (id, import_id, nominee_id, kind, "
                           "submitted_at, source_row) VALUES (1, 1, 1, 'population', "
                           "'2020-06-15T10:00:00', 2), (2, 1, 1, 'population', NULL, 3)"),
            QStringLiteral("INSERT INTO survey_answer (response_id, criterion_id, value) VALUES "
                           "(1, 7, 4), (1, 8, 2.5), (2, 8, 1)"),
        };
        for (const QString &statement : survey)
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    Database db;
    QVERIFY2(db.open(file, Database::Mode::ReadWrite), qPrintable(db.errorString()));
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT name_kk FROM region")).toString(),
             QStringLiteral("Ұлытау облысы"));
    QVERIFY(tables(db).contains(QStringLiteral("okrug_alias")));
    QCOMPARE(sql::scalar(db.connection(),
                         QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('survey_response') "
                                        "WHERE name IN ('row_hash', 'answers')"))
                 .toInt(),
             2);
    QVERIFY(!tables(db).contains(QStringLiteral("survey_answer")));
    // The answers of each response, packed; responses, times and rows as they were.
    QCOMPARE(sql::scalar(db.connection(),
                         QStringLiteral("SELECT group_concat(id || ' ' || coalesce(submitted_at, "
                                        "'-') || ' ' || source_row || ' ' || answers || ' ' || "
                                        "coalesce(row_hash, 'none'), '; ') FROM "
                                        "(SELECT * FROM survey_response ORDER BY id)"))
                 .toString(),
             QStringLiteral("1 2020-06-15T10:00:00 2 {\"7\":4.0,\"8\":2.5} none; "
                            "2 - 3 {\"8\":1.0} none"));
    QCOMPARE(
        sql::scalar(db.connection(), QStringLiteral("SELECT SUM(a.value) FROM survey_response r, "
                                                    "json_each(r.answers) a WHERE a.key = '8'"))
            .toDouble(),
        3.5);
    QVERIFY(db.structuralProblems().isEmpty());
    // The kept copy is still version 1 (a read-only open refuses it for that very reason).
    Database backup;
    QVERIFY(!backup.open(file + QStringLiteral(".v1.bak"), Database::Mode::ReadOnly));
    QVERIFY(backup.errorString().contains(QStringLiteral("older file format")));
}

void TestDatabase::createRefusesExistingFile()
{
    const QString file = path(QStringLiteral("existing.akc"));
    writeFile(file, "precious data");
    const QByteArray before = sha256Of(file);
    Database db;
    QVERIFY(!db.open(file, Database::Mode::Create));
    QCOMPARE(db.error(), Database::Error::AlreadyExists);
    QCOMPARE(sha256Of(file), before);
}

void TestDatabase::refusesNonSqlite()
{
    const QString file = path(QStringLiteral("notes.akc"));
    writeFile(file, QByteArray("Область;Район;Аким\n").repeated(50));
    const QByteArray before = sha256Of(file);
    Database db;
    QVERIFY(!db.open(file, Database::Mode::ReadWrite));
    QCOMPARE(db.error(), Database::Error::NotSqlite);
    QVERIFY(db.errorString().contains(QStringLiteral("not an SQLite database")));
    QVERIFY(db.errorString().contains(file));
    QCOMPARE(sha256Of(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestDatabase::refusesEmptyFile()
{
    const QString file = path(QStringLiteral("empty.akc"));
    writeFile(file, QByteArray());
    Database db;
    QVERIFY(!db.open(file, Database::Mode::ReadWrite));
    QCOMPARE(db.error(), Database::Error::NotAContest);
    QCOMPARE(QFileInfo(file).size(), 0);
}

void TestDatabase::refusesForeignSqlite()
{
    const QString file = path(QStringLiteral("foreign.sqlite"));
    makeForeignSqlite(file, 3, 0);
    const QByteArray before = sha256Of(file);
    Database db;
    QVERIFY(!db.open(file, Database::Mode::ReadWrite));
    QCOMPARE(db.error(), Database::Error::NotAContest);
    QCOMPARE(sha256Of(file), before);
}

void TestDatabase::refusesNewerSchema()
{
    const QString file = path(QStringLiteral("future.akc"));
    makeForeignSqlite(file, Database::kSchemaVersion + 5, Database::kApplicationId);
    const QByteArray before = sha256Of(file);
    Database db;
    QVERIFY(!db.open(file, Database::Mode::ReadWrite));
    QCOMPARE(db.error(), Database::Error::NewerSchema);
    QVERIFY(db.errorString().contains(QStringLiteral("newer version")));
    QCOMPARE(sha256Of(file), before);
}

void TestDatabase::refusesMissingFile()
{
    Database db;
    QVERIFY(!db.open(path(QStringLiteral("nowhere.akc")), Database::Mode::ReadWrite));
    QCOMPARE(db.error(), Database::Error::NotFound);
    QVERIFY(!QFile::exists(path(QStringLiteral("nowhere.akc"))));
}

void TestDatabase::readOnlyModeCannotWrite()
{
    const QString file = path(QStringLiteral("ro.akc"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::Create));
    }
    Database db;
    QVERIFY2(db.open(file, Database::Mode::ReadOnly), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO region (uuid, name_ru) VALUES ('u', 'x')")));
    QCOMPARE(sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM region")).toInt(),
             0);
}

void TestDatabase::auditLogIsAppendOnly()
{
    Database db;
    QVERIFY(db.open(path(QStringLiteral("audit.akc")), Database::Mode::Create));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, action, object_type, "
                                  "prev_hash, hash) VALUES ('t', 'u', 'a', 'o', 'p', 'h')")));
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'x'")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(
        sql::scalar(db.connection(), QStringLiteral("SELECT user_name FROM audit_log")).toString(),
        QStringLiteral("u"));
}

void TestDatabase::saveCopyIsAConsistentContestFile()
{
    const QString copy = path(QStringLiteral("copy.akc"));
    Database db;
    QVERIFY(db.open(path(QStringLiteral("original.akc")), Database::Mode::Create));
    sql::exec(db.connection(),
              QStringLiteral("INSERT INTO region (uuid, name_ru, name_kk) VALUES (?, ?, ?)"),
              {sql::newUuid(), QStringLiteral("Кызылординская область"),
               QStringLiteral("Қызылорда облысы")});
    QString error;
    QVERIFY2(db.saveCopy(copy, &error), qPrintable(error));
    QVERIFY(!db.saveCopy(db.path(), &error));

    Database reopened;
    QVERIFY2(reopened.open(copy, Database::Mode::ReadOnly), qPrintable(reopened.errorString()));
    QCOMPARE(
        sql::scalar(reopened.connection(), QStringLiteral("SELECT name_kk FROM region")).toString(),
        QStringLiteral("Қызылорда облысы"));
}

void TestDatabase::structuralProblemsFindOrphans()
{
    const QString file = path(QStringLiteral("orphans.akc"));
    {
        Database db;
        QVERIFY(db.open(file, Database::Mode::Create));
        sql::exec(db.connection(),
                  QStringLiteral("INSERT INTO region (id, uuid, name_ru) VALUES (1, 'r', 'R')"));
        sql::exec(db.connection(), QStringLiteral("INSERT INTO district (uuid, region_id, name_ru) "
                                                  "VALUES ('d', 1, 'D')"));
        QVERIFY(db.structuralProblems().isEmpty());
        // What the sqlite3 shell does by default: foreign keys off, the row simply goes.
        sql::exec(db.connection(), QStringLiteral("PRAGMA foreign_keys = OFF"));
        sql::exec(db.connection(), QStringLiteral("DELETE FROM region WHERE id = 1"));
    }
    Database db;
    QVERIFY(db.open(file, Database::Mode::ReadOnly));
    const QStringList problems = db.structuralProblems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("district")), qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral("region")));
}

// POSIX locks belong to the process: closing ANY descriptor of the file drops them all. Opening a
// second connection (as an import worker does) must not leave the first one unlocked, or another
// process believes it is alone, checkpoints and deletes the WAL under the running program.
void TestDatabase::secondConnectionKeepsTheFirstOnesLocks()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell (package sqlite3) is needed to play the other process");
    const QString file = path(QStringLiteral("locks.akc"));
    Database first;
    QVERIFY(first.open(file, Database::Mode::Create));
    sql::exec(first.connection(),
              QStringLiteral("INSERT INTO region (uuid, name_ru) VALUES ('a', 'A')"));
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    {
        Database second;
        QVERIFY2(second.open(file, Database::Mode::ReadWrite), qPrintable(second.errorString()));
        QCOMPARE(
            sql::scalar(second.connection(), QStringLiteral("SELECT COUNT(*) FROM region")).toInt(),
            1);
    }
    QProcess other;
    other.start(sqlite3, {file, QStringLiteral("SELECT COUNT(*) FROM region;")});
    QVERIFY(other.waitForFinished(10000));
    QCOMPARE(QString::fromUtf8(other.readAllStandardOutput()).trimmed(), QStringLiteral("1"));
    // The other process saw a connection still open and left the WAL alone.
    QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
    sql::exec(first.connection(),
              QStringLiteral("INSERT INTO region (uuid, name_ru) VALUES ('b', 'B')"));
    QCOMPARE(sql::scalar(first.connection(), QStringLiteral("SELECT COUNT(*) FROM region")).toInt(),
             2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
