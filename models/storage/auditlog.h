#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace akim {

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString user;
    QString action;
    QString objectType;
    QString objectUuid;
    QString oldValue;
    QString newValue;
    QString reason;
    QString prevHash;
    QString hash;
};

// Append-only, hash-chained record of every change. Each entry's hash covers its own fields and
// the previous entry's hash, so editing, deleting or inserting a row behind the program's back
// breaks the chain at that row. append() runs inside the caller's transaction.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db);

    void append(AuditEntry entry);
    QVector<AuditEntry> entries() const;
    qint64 count() const;

    // One line per problem; the first broken entry is named by its id.
    QStringList verify() const;

    static QString computeHash(const AuditEntry &entry);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
};

} // namespace akim
