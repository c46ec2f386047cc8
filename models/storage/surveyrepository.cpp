#include "storage/surveyrepository.h"

#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QSqlError>

namespace akim {
namespace {

const QString kImportColumns = QStringLiteral(
    "id, uuid, kind, coalesce(region_id, 0), file_name, sha256, rows_read, rows_imported, "
    "rows_rejected, rows_duplicate, rows_unmatched, mapping_json, imported_at, imported_by, "
    "coalesce(undone_at, '')");

SurveyImportRecord importFrom(const QSqlQuery &q)
{
    SurveyImportRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.regionId = q.value(3).toLongLong();
    r.fileName = q.value(4).toString();
    r.sha256 = q.value(5).toString();
    r.rowsRead = q.value(6).toLongLong();
    r.rowsImported = q.value(7).toLongLong();
    r.rowsRejected = q.value(8).toLongLong();
    r.rowsDuplicate = q.value(9).toLongLong();
    r.rowsUnmatched = q.value(10).toLongLong();
    r.mappingJson = q.value(11).toString();
    r.importedAt = q.value(12).toString();
    r.importedBy = q.value(13).toString();
    r.undoneAt = q.value(14).toString();
    return r;
}

ImportProfile profileFrom(const QSqlQuery &q)
{
    ImportProfile p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.kind = q.value(3).toString();
    p.headerSignature = q.value(4).toString();
    p.mappingJson = q.value(5).toString();
    p.updatedAt = q.value(6).toString();
    return p;
}

const QString kProfileColumns =
    QStringLiteral("id, uuid, name, kind, header_signature, mapping_json, updated_at");

QVector<SurveyAggregate> aggregatesFrom(QSqlQuery &q)
{
    QVector<SurveyAggregate> result;
    while (q.next()) {
        SurveyAggregate a;
        a.nomineeId = q.value(0).toLongLong();
        a.criterionId = q.value(1).toLongLong();
        a.n = q.value(2).toLongLong();
        a.total = q.value(3).toDouble();
        result.append(a);
    }
    return result;
}

} // namespace

SurveyRepository::SurveyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

void SurveyRepository::insertImport(SurveyImportRecord &record)
{
    if (record.uuid.isEmpty())
        record.uuid = sql::newUuid();
    if (record.importedAt.isEmpty())
        record.importedAt = sql::nowUtc();
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral(
            "INSERT INTO survey_import (uuid, kind, region_id, file_name, sha256, rows_read, "
            "rows_imported, rows_rejected, rows_duplicate, rows_unmatched, mapping_json, "
            "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {record.uuid, record.kind, sql::idOrNull(record.regionId), record.fileName, record.sha256,
         record.rowsRead, record.rowsImported, record.rowsRejected, record.rowsDuplicate,
         record.rowsUnmatched, record.mappingJson, record.importedAt, record.importedBy});
    record.id = sql::lastId(q);
}

void SurveyRepository::updateImportCounts(const SurveyImportRecord &record)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE survey_import SET rows_read = ?, rows_imported = ?, "
                             "rows_rejected = ?, rows_duplicate = ?, rows_unmatched = ?, "
                             "mapping_json = ?, region_id = ?, sha256 = ? WHERE id = ?"),
              {record.rowsRead, record.rowsImported, record.rowsRejected, record.rowsDuplicate,
               record.rowsUnmatched, record.mappingJson, sql::idOrNull(record.regionId),
               record.sha256, record.id});
}

QVector<SurveyImportRecord> SurveyRepository::imports() const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT ") + kImportColumns +
                                      QStringLiteral(" FROM survey_import ORDER BY id"));
    QVector<SurveyImportRecord> result;
    while (q.next())
        result.append(importFrom(q));
    return result;
}

SurveyImportRecord SurveyRepository::importRecord(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT ") + kImportColumns +
                                QStringLiteral(" FROM survey_import WHERE id = ?"),
                            {id});
    return q.next() ? importFrom(q) : SurveyImportRecord{};
}

void SurveyRepository::markUndone(qint64 importId, const QString &at)
{
    sql::exec(m_db, QStringLiteral("UPDATE survey_import SET undone_at = ? WHERE id = ?"),
              {at, importId});
}

qint64 SurveyRepository::responseCount(const QString &kind) const
{
    if (kind.isEmpty())
        return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_response"))
            .toLongLong();
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE kind = ?"),
                       {kind})
        .toLongLong();
}

qint64 SurveyRepository::answerCount() const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM survey_response r, "
                                            "json_each(r.answers)"))
        .toLongLong();
}

qint64 SurveyRepository::responseCountOfImport(qint64 importId) const
{
    return sql::scalar(m_db,
                       QStringLiteral("SELECT COUNT(*) FROM survey_response WHERE import_id = ?"),
                       {importId})
        .toLongLong();
}

QSet<quint64> SurveyRepository::rowHashPrefixes(const QString &kind) const
{
    // No index serves this: one scan of the responses per import is cheaper than keeping an
    // index of 64-bit hashes up to date on every one of them.
    QSqlQuery q = sql::prepare(m_db, QStringLiteral("SELECT row_hash FROM survey_response WHERE "
                                                    "kind = ? AND row_hash IS NOT NULL"));
    q.setForwardOnly(true);
    q.addBindValue(kind);
    sql::exec(q);
    QSet<quint64> result;
    while (q.next())
        result.insert(quint64(q.value(0).toLongLong()));
    return result;
}

QVector<AggregateDelta> SurveyRepository::importTotals(qint64 importId) const
{
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("SELECT r.nominee_id, CAST(a.key AS INTEGER) AS criterion_id, COUNT(*), "
                       "SUM(a.value) FROM survey_response r, json_each(r.answers) a "
                       "WHERE r.import_id = ? GROUP BY r.nominee_id, criterion_id "
                       "ORDER BY r.nominee_id, criterion_id"),
        {importId});
    QVector<AggregateDelta> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toDouble()});
    return result;
}

void SurveyRepository::deleteImportResponses(qint64 importId)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM survey_response WHERE import_id = ?"), {importId});
}

void SurveyRepository::applyAggregates(const QVector<AggregateDelta> &deltas, int sign)
{
    constexpr int kBatch = 128;
    const QString head =
        QStringLiteral("INSERT INTO survey_aggregate (nominee_id, criterion_id, n, total)");
    const QString tail = QStringLiteral(
        " ON CONFLICT (nominee_id, criterion_id) DO UPDATE SET n = survey_aggregate.n + "
        "excluded.n, total = survey_aggregate.total + excluded.total");
    QSqlQuery full;
    bool fullPrepared = false;
    for (qsizetype start = 0; start < deltas.size(); start += kBatch) {
        const int rows = int(std::min<qsizetype>(kBatch, deltas.size() - start));
        QSqlQuery partial;
        QSqlQuery *q = &full;
        if (rows == kBatch) {
            if (!fullPrepared) {
                full = sql::prepare(m_db, sql::multiRowInsert(head, 4, kBatch, tail));
                fullPrepared = true;
            }
        } else {
            partial = sql::prepare(m_db, sql::multiRowInsert(head, 4, rows, tail));
            q = &partial;
        }
        for (int i = 0; i < rows; ++i) {
            const AggregateDelta &d = deltas.at(start + i);
            q->bindValue(i * 4, d.nomineeId);
            q->bindValue(i * 4 + 1, d.criterionId);
            q->bindValue(i * 4 + 2, sign * d.n);
            q->bindValue(i * 4 + 3, sign * d.total);
        }
        sql::exec(*q);
    }
    // A total that counts no answer any more is gone, as it was before its first import.
    if (sign < 0)
        sql::exec(m_db, QStringLiteral("DELETE FROM survey_aggregate WHERE n <= 0"));
}

QVector<SurveyAggregate> SurveyRepository::aggregates() const
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT nominee_id, criterion_id, n, total FROM "
                                       "survey_aggregate ORDER BY nominee_id, criterion_id"));
    return aggregatesFrom(q);
}

QVector<SurveyAggregate> SurveyRepository::recomputedAggregates() const
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral(
                            "SELECT r.nominee_id, CAST(a.key AS INTEGER) AS criterion_id, "
                            "COUNT(*), SUM(a.value) FROM survey_response r, json_each(r.answers) a "
                            "GROUP BY r.nominee_id, criterion_id "
                            "ORDER BY r.nominee_id, criterion_id"));
    return aggregatesFrom(q);
}

QHash<QString, qint64> SurveyRepository::aliasMap() const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT alias_key, nominee_id FROM okrug_alias"));
    QHash<QString, qint64> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

QVector<OkrugAlias> SurveyRepository::aliases() const
{
    QSqlQuery q =
        sql::exec(m_db, QStringLiteral("SELECT id, uuid, alias_key, nominee_id, created_at, "
                                       "created_by FROM okrug_alias ORDER BY alias_key"));
    QVector<OkrugAlias> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    return result;
}

bool SurveyRepository::saveAlias(const QString &aliasKey, qint64 nomineeId, const QString &user)
{
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT nominee_id FROM okrug_alias WHERE alias_key = ?"), {aliasKey});
    if (existing.isValid()) {
        if (existing.toLongLong() == nomineeId)
            return false;
        sql::exec(m_db,
                  QStringLiteral("UPDATE okrug_alias SET nominee_id = ?, created_at = ?, "
                                 "created_by = ? WHERE alias_key = ?"),
                  {nomineeId, sql::nowUtc(), user, aliasKey});
        return true;
    }
    sql::exec(m_db,
              QStringLiteral("INSERT INTO okrug_alias (uuid, alias_key, nominee_id, created_at, "
                             "created_by) VALUES (?, ?, ?, ?, ?)"),
              {sql::newUuid(), aliasKey, nomineeId, sql::nowUtc(), user});
    return true;
}

void SurveyRepository::removeAlias(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM okrug_alias WHERE id = ?"), {id});
}

QVector<ImportProfile> SurveyRepository::profiles() const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT ") + kProfileColumns +
                                      QStringLiteral(" FROM import_profile ORDER BY name"));
    QVector<ImportProfile> result;
    while (q.next())
        result.append(profileFrom(q));
    return result;
}

ImportProfile SurveyRepository::profileForSignature(const QString &signature,
                                                    const QString &kind) const
{
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT ") + kProfileColumns +
                                QStringLiteral(" FROM import_profile WHERE header_signature = ? "
                                               "AND kind = ? ORDER BY updated_at DESC, id DESC"),
                            {signature, kind});
    return q.next() ? profileFrom(q) : ImportProfile{};
}

void SurveyRepository::saveProfile(ImportProfile &profile)
{
    profile.updatedAt = sql::nowUtc();
    const QVariant existing = sql::scalar(
        m_db, QStringLiteral("SELECT id, uuid FROM import_profile WHERE name = ?"), {profile.name});
    if (existing.isValid()) {
        profile.id = existing.toLongLong();
        profile.uuid =
            sql::scalar(m_db, QStringLiteral("SELECT uuid FROM import_profile WHERE id = ?"),
                        {profile.id})
                .toString();
        sql::exec(m_db,
                  QStringLiteral("UPDATE import_profile SET kind = ?, header_signature = ?, "
                                 "mapping_json = ?, updated_at = ? WHERE id = ?"),
                  {profile.kind, profile.headerSignature, profile.mappingJson, profile.updatedAt,
                   profile.id});
        return;
    }
    if (profile.uuid.isEmpty())
        profile.uuid = sql::newUuid();
    QSqlQuery q =
        sql::exec(m_db,
                  QStringLiteral("INSERT INTO import_profile (uuid, name, kind, header_signature, "
                                 "mapping_json, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {profile.uuid, profile.name, profile.kind, profile.headerSignature,
                   profile.mappingJson, profile.updatedAt});
    profile.id = sql::lastId(q);
}

void SurveyRepository::removeProfile(qint64 id)
{
    sql::exec(m_db, QStringLiteral("DELETE FROM import_profile WHERE id = ?"), {id});
}

} // namespace akim
