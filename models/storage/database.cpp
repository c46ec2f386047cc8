#include "storage/database.h"

#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace akim {
namespace {

QAtomicInteger<int> s_connectionCounter;

// Migrations are resources named ":/sql/NNN_what.sql", applied in order of NNN.
QString readMigration(int version)
{
    const QString prefix = QStringLiteral("%1_").arg(version, 3, 10, QLatin1Char('0'));
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("akim-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    close();
    return false;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    m_readOnly = mode == Mode::ReadOnly;

    const QFileInfo info(m_path);
    const bool creating = mode == Mode::Create;
    if (creating && info.exists() && info.size() > 0)
        return fail(Error::AlreadyExists, tr("%1 already exists.").arg(m_path));
    if (!creating) {
        if (!info.exists())
            return fail(Error::NotFound, tr("%1 does not exist.").arg(m_path));
        // The header is read by SQLite, never through a QFile of our own: closing any other
        // descriptor of the file would release every POSIX lock this process holds on it, and
        // another connection (an import worker, the GUI's own) would lose its locks silently.
        if (info.size() == 0)
            return fail(Error::NotAContest,
                        tr("%1 is an empty file, not a contest file.").arg(m_path));
        // SQLite needs to write the file and its -wal/-shm companions beside it; refusing up front
        // is clearer than failing on the first edit.
        if (mode == Mode::ReadWrite &&
            (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()))
            return fail(Error::ReadOnlyFile,
                        tr("%1 is read-only. Copy it to a folder where you may write, or ask "
                           "for write access.")
                            .arg(m_path));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (m_readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open())
        return fail(Error::Io, tr("Cannot open %1: %2").arg(m_path, m_db.lastError().text()));

    int applicationId = 0;
    {
        // Scoped: an unfinished SELECT holds a read transaction, and WAL cannot start under it.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("PRAGMA application_id")) || !probe.next()) {
            constexpr auto kSqliteNotADatabase = "26"; // SQLITE_NOTADB
            if (probe.lastError().nativeErrorCode() == QLatin1String(kSqliteNotADatabase))
                return fail(
                    Error::NotSqlite,
                    tr("%1 is not a contest file: it is not an SQLite database.").arg(m_path));
            return fail(Error::Corrupt, tr("%1 cannot be read as a contest file: %2")
                                            .arg(m_path, probe.lastError().text()));
        }
        applicationId = probe.value(0).toInt();
    }
    const int version = schemaVersion();
    if (creating) {
        if (version != 0)
            return fail(Error::AlreadyExists, tr("%1 already exists.").arg(m_path));
    } else if (applicationId != kApplicationId) {
        return fail(
            Error::NotAContest,
            tr("%1 is an SQLite database, but not a contest file of this program.").arg(m_path));
    }
    if (version > kSchemaVersion)
        return fail(Error::NewerSchema,
                    tr("%1 was written by a newer version of Akim Contest (file format %2; this "
                       "version reads up to %3). Install the newer version to open it.")
                        .arg(m_path)
                        .arg(version)
                        .arg(kSchemaVersion));
    if (!applyPragmas())
        return false;
    if (version < kSchemaVersion) {
        if (m_readOnly)
            return fail(Error::ReadOnlyFile,
                        tr("%1 uses an older file format and must be upgraded, which needs write "
                           "access.")
                            .arg(m_path));
        if (!migrate(version))
            return false;
    }
    return true;
}

bool Database::applyPragmas()
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!m_readOnly) {
        // WAL keeps readers consistent during a write; FULL makes every commit durable, so pulling
        // the plug loses at most the transaction in flight. A ballot package keeps a rollback
        // journal instead: it travels as one file, and with WAL its latest cells could be left
        // behind in the -wal file beside it.
        pragmas << (isBallotPackage() ? QStringLiteral("PRAGMA journal_mode = DELETE")
                                      : QStringLiteral("PRAGMA journal_mode = WAL"))
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    QSqlQuery query(m_db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(Error::Io,
                        tr("Cannot prepare %1: %2").arg(m_path, query.lastError().text()));
    }
    return true;
}

bool Database::isBallotPackage() const
{
    // Scoped queries: an unfinished SELECT would hold a read transaction open.
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                       "name = 'package_manifest'")) ||
            !query.next())
            return false;
    }
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM package_manifest)")) &&
           query.next() && query.value(0).toBool();
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

void Database::removeFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

QString Database::migrationScript(int version)
{
    return readMigration(version);
}

QStringList Database::splitStatements(const QString &script)
{
    // Statements end with ';' at the end of a line; a trigger body runs until its "END;".
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        const bool ends = inTrigger
                              ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                              : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool Database::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // Keep the pre-upgrade file: an upgrade is the one write a user did not ask for.
        QString ignored;
        saveCopy(m_path + QStringLiteral(".v%1.bak").arg(fromVersion), &ignored);
    }
    try {
        Transaction transaction(m_db);
        for (int version = fromVersion + 1; version <= kSchemaVersion; ++version) {
            const QString script = migrationScript(version);
            if (script.isEmpty())
                throw StorageError(tr("Migration %1 is missing from the program.").arg(version));
            for (const QString &statement : splitStatements(script))
                sql::exec(m_db, statement);
        }
        sql::exec(m_db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        sql::exec(m_db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        transaction.commit();
    } catch (const StorageError &e) {
        return fail(Error::Io, tr("Cannot upgrade %1: %2").arg(m_path, e.message()));
    }
    return true;
}

bool Database::saveCopy(const QString &targetPath, QString *errorMessage) const
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (target == m_path) {
        *errorMessage = tr("A copy cannot replace the open file itself.");
        return false;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        *errorMessage = tr("Cannot replace %1.").arg(target);
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        *errorMessage = query.lastError().text();
        return false;
    }
    return true;
}

QStringList Database::structuralProblems() const
{
    QStringList problems;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("Integrity check failed: %1").arg(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << tr("Integrity: %1").arg(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems << tr("Foreign key check failed: %1").arg(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        problems << tr("Table %1, row %2 refers to a missing row in %3.")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    }
    return problems;
}

} // namespace akim
