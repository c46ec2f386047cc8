#pragma once

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace akim {

// One row of survey_import: a survey or ethics file imported (or undone).
struct SurveyImportRecord
{
    qint64 id = 0;
    QString uuid;
    QString kind; // "population" or "ethics"
    qint64 regionId = 0;
    QString fileName;
    QString sha256;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    qint64 rowsDuplicate = 0;
    qint64 rowsUnmatched = 0;
    QString mappingJson = QStringLiteral("{}");
    QString importedAt;
    QString importedBy;
    QString undoneAt; // empty while the import counts

    bool isUndone() const { return !undoneAt.isEmpty(); }
};

struct OkrugAlias
{
    qint64 id = 0;
    QString uuid;
    QString aliasKey; // NomineeMatcher::aliasKey()
    qint64 nomineeId = 0;
    QString createdAt;
    QString createdBy;
};

struct ImportProfile
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString kind; // "population", "ethics" or "registry"
    QString headerSignature;
    QString mappingJson;
    QString updatedAt;
};

// A change of one per nominee × criterion survey total.
struct AggregateDelta
{
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    qint64 n = 0;
    double total = 0.0;
};

struct SurveyAggregate
{
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    qint64 n = 0;
    double total = 0.0;
};

// Survey imports, their responses (answers packed in each), the per nominee × criterion totals,
// okrug aliases and import profiles. Every write runs inside the caller's transaction.
class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase db);

    // Imports
    void insertImport(SurveyImportRecord &record);             // assigns id (and uuid when empty)
    void updateImportCounts(const SurveyImportRecord &record); // counts, mapping, region, sha256
    QVector<SurveyImportRecord> imports() const;               // oldest first
    SurveyImportRecord importRecord(qint64 id) const;          // id 0 when not found
    void markUndone(qint64 importId, const QString &at);

    // Responses and answers
    qint64 responseCount(const QString &kind = {}) const; // empty kind: all
    qint64 answerCount() const; // answer values packed in the responses' JSON
    qint64 responseCountOfImport(qint64 importId) const;
    // The row hashes (leading 64 bits of a SHA-256) of the stored responses of `kind`, for
    // duplicate checks.
    QSet<quint64> rowHashPrefixes(const QString &kind) const;
    // Per nominee × criterion n and sum of the answers of one import.
    QVector<AggregateDelta> importTotals(qint64 importId) const;
    void deleteImportResponses(qint64 importId); // responses and so their answers

    // Totals
    // Adds (sign +1) or subtracts (sign −1) the deltas; a total whose n falls to 0 is removed,
    // so undoing the only import of a nominee leaves no row behind, as before it.
    void applyAggregates(const QVector<AggregateDelta> &deltas, int sign = 1);
    QVector<SurveyAggregate> aggregates() const; // by nominee, criterion
    // Recomputed from the responses' answers (as `check` does), by nominee, criterion.
    QVector<SurveyAggregate> recomputedAggregates() const;

    // Aliases
    QHash<QString, qint64> aliasMap() const; // alias key → nominee
    QVector<OkrugAlias> aliases() const;
    // Inserts or re-points the alias of `aliasKey`; true when something changed.
    bool saveAlias(const QString &aliasKey, qint64 nomineeId, const QString &user);
    void removeAlias(qint64 id);

    // Profiles
    QVector<ImportProfile> profiles() const; // by name
    // The most recently updated profile of `kind` with this header signature; id 0 if none.
    ImportProfile profileForSignature(const QString &signature, const QString &kind) const;
    void saveProfile(ImportProfile &profile); // by name: inserts, or replaces that name's profile
    void removeProfile(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace akim
