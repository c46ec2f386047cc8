#include "storage/auditlog.h"

#include "storage/sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace akim {
namespace {

constexpr auto kColumns = "id, at, user_name, action, object_type, object_uuid, old_value, "
                          "new_value, reason, prev_hash, hash";

AuditEntry entryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = q.value(1).toString();
    e.user = q.value(2).toString();
    e.action = q.value(3).toString();
    e.objectType = q.value(4).toString();
    e.objectUuid = q.value(5).toString();
    e.oldValue = q.value(6).toString();
    e.newValue = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

} // namespace

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // The unit separator cannot occur in typed text, so no two field lists hash alike.
    const QChar sep(0x1f);
    const QString material = e.prevHash + sep + QString::number(e.id) + sep + e.at + sep + e.user +
                             sep + e.action + sep + e.objectType + sep + e.objectUuid + sep +
                             e.oldValue + sep + e.newValue + sep + e.reason;
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditLog::append(AuditEntry entry)
{
    QSqlQuery last =
        sql::exec(m_db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        entry.prevHash = last.value(1).toString();
    } else {
        entry.id = 1;
        entry.prevHash = genesisHash();
    }
    if (entry.at.isEmpty())
        entry.at = sql::nowUtc();
    entry.hash = computeHash(entry);
    sql::exec(m_db,
              QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), "
                             "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, ?)")
                  .arg(QLatin1String(kColumns)),
              {entry.id, entry.at, entry.user, entry.action, entry.objectType, entry.objectUuid,
               entry.oldValue, entry.newValue, entry.reason, entry.prevHash, entry.hash});
}

QVector<AuditEntry> AuditLog::entries() const
{
    QVector<AuditEntry> result;
    QSqlQuery q = sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)));
    q.setForwardOnly(true);
    sql::exec(q);
    while (q.next())
        result.push_back(entryFrom(q));
    return result;
}

qint64 AuditLog::count() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
}

QStringList AuditLog::verify() const
{
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    for (const AuditEntry &e : entries()) {
        // Entries are numbered 1, 2, 3 … by the program; a number below that was written by
        // someone else.
        if (e.id < expectedId)
            return {tr("Audit log: an entry numbered %1 stands before entry %2; the program never "
                       "writes such a number (inserted behind its back).")
                        .arg(e.id)
                        .arg(expectedId)};
        if (e.id != expectedId)
            return {tr("Audit log: entry %1 is missing (the next one present is %2).")
                        .arg(expectedId)
                        .arg(e.id)};
        if (e.prevHash != expectedPrev)
            return {tr("Audit log: entry %1 does not follow entry %2 (chain broken).")
                        .arg(e.id)
                        .arg(e.id - 1)};
        if (computeHash(e) != e.hash)
            return {tr("Audit log: entry %1 was changed after it was written.").arg(e.id)};
        expectedPrev = e.hash;
        ++expectedId;
    }
    return {};
}

} // namespace akim
