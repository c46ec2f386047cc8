#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace akim {

// The one place that knows the contest file is SQLite: opening, PRAGMAs, schema migrations
// (PRAGMA user_version), backups and integrity checks. Repositories only see the connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int kSchemaVersion = 8;
    // PRAGMA application_id marks our files, so an unrelated SQLite database is never migrated.
    static constexpr int kApplicationId = 0x414B4331; // "AKC1"

    enum class Mode {
        ReadWrite,
        ReadOnly,
        Create, // the file must not exist yet (an empty file is accepted)
    };

    enum class Error {
        None,
        NotFound,
        AlreadyExists,
        NotSqlite,
        NotAContest,
        NewerSchema,
        ReadOnlyFile,
        Corrupt,
        Io,
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // A member's ballot package (schema 6) rather than a whole contest: it has a manifest.
    bool isBallotPackage() const;

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    // A consistent copy of the whole file (VACUUM INTO), also while it is open for writing.
    bool saveCopy(const QString &targetPath, QString *errorMessage) const;

    // PRAGMA integrity_check and foreign_key_check; one line per problem, empty when sound.
    QStringList structuralProblems() const;

    // Deletes a contest file and what SQLite keeps beside it (-wal, -shm, -journal): for a file
    // that was never finished, such as a failed or cancelled demo. No connection may have it open.
    static void removeFiles(const QString &path);

    // The SQL that upgrades a file from version - 1 to `version`, split into statements.
    static QString migrationScript(int version);
    static QStringList splitStatements(const QString &script);

private:
    bool fail(Error error, const QString &message);
    bool applyPragmas();
    bool migrate(int fromVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace akim
