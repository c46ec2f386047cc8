#pragma once

#include "services/accesspolicy.h"
#include "survey/importmapping.h"
#include "survey/nomineematcher.h"
#include "survey/sheetreader.h"

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

namespace akim::survey {

struct ImportOptions
{
    QString filePath;
    ImportMapping mapping;
    bool dryRun = false;        // everything but the commit
    bool skipDuplicates = true; // identical rows are counted and skipped (false: imported)
    QString userName;           // recorded with the import and its audit entry
    Actor actor;                // who imports: AccessPolicy must allow ImportData
    // When set, every rejected row is written there as CSV (UTF-8 with BOM, ';', CRLF): its
    // row number, the column at fault, the reason, then the row's cells as read (respondent-id
    // and free-text cells left blank). Written on a dry run too; not written when the run
    // fails or is cancelled.
    QString rejectedCsvPath;
    int keepRejected = 100; // how many rejected rows the summary lists
    int keepUnmatchedCandidates = 10;
    ReadLimits limits;
};

// A place spelling that found no nominee (or several), with how many rows used it.
struct UnmatchedGroup
{
    PlaceInput place;
    QString key; // NomineeMatcher::aliasKey(place): what a resolution is keyed by
    qint64 rows = 0;
    MatchResult match;   // kind Unmatched or Ambiguous, with candidates
    qint64 firstRow = 0; // 1-based row number of the first row with this spelling
};

struct RejectedRow
{
    qint64 row = 0;  // 1-based, as the spreadsheet shows it
    int column = -1; // 0-based column at fault, -1 when the whole row is
    QString reason;  // translated
};

struct RegionCount
{
    qint64 regionId = 0;
    QString regionName;
    qint64 imported = 0;
    qint64 duplicates = 0;
};

struct ImportSummary
{
    QString fileName; // base name
    QString sha256;   // of the file, hex
    SurveyKind kind = SurveyKind::Population;
    bool dryRun = false;
    // Written to the contest file. False for a dry run, and for a run that found nothing new to
    // add (every row a duplicate or rejected): then nothing at all is written.
    bool committed = false;
    bool cancelled = false;
    // read = imported + rejected + duplicates; unmatched rows are among the rejected
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 unmatched = 0;
    qint64 answers = 0;      // answer values stored (or that would be)
    qint64 notCounted = 0;   // blank and "hard to say" answers
    qint64 aliasesSaved = 0; // resolutions saved as okrug aliases
    // by rows, most first; the full list (a few thousand spellings at most)
    QVector<UnmatchedGroup> unmatchedGroups;
    QVector<RegionCount> regions;       // by region sort order
    QVector<RejectedRow> rejectedRows;  // the first ImportOptions::keepRejected
    QMap<MatchKind, qint64> matchKinds; // rows imported by how their place was found
    QStringList warnings;               // translated (e.g. letters lost to cp1251)
    qint64 importId = 0;                // the survey_import row; 0 on a dry run
    QString importUuid;
    double seconds = 0.0;
};

// Imports one survey or ethics questionnaire export into the contest: reads the sheet as the
// mapping says, matches each row's place to a nominee, turns answers into values, skips
// repeated rows, and writes responses, answers, per nominee × criterion totals, the import row,
// the aliases of the user's resolutions and one audit entry — all in ONE transaction, so an
// import is all or nothing. Pure service: no widgets, no signals; the caller's connection.
//
// Rejected (and counted, never stored): a row whose place finds no nominee or several (unless
// resolved), an answer outside the scale (the column is named), a row without any counted
// answer. A row identical to an earlier one (same nominee, timestamp and answers: the row
// hash), in the file or in an import not undone, is a duplicate; so is a second row of the
// same respondent id for the same nominee in the file. Respondent ids and free text are never
// stored; ethics responses keep only the date of submission.
class SurveyImporter
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::SurveyImporter)

public:
    // percent 0..100 and what is being done (translated); return false to cancel
    using Progress = std::function<bool(int percent, const QString &stage)>;

    explicit SurveyImporter(QSqlDatabase db);

    // Runs the import. On failure (unreadable file, broken sheet, bad mapping, storage error)
    // returns with `error` set (translated; file, row and column where known) and nothing
    // written; a cancel sets summary.cancelled and error. The summary is filled as far as the
    // run went.
    ImportSummary run(const ImportOptions &options, const Progress &progress = {},
                      QString *error = nullptr);

    // Undoes an import as a whole in one transaction: deletes its answers and responses,
    // subtracts them from the survey totals, sets undone_at, audit "survey.import.undo".
    // Returns a translated message, or empty on success.
    QString undoImport(qint64 importId, const QString &userName, const Actor &actor = {});

    // The SHA-256 of a file in hex, or empty when it cannot be read.
    static QString fileSha256(const QString &path);

private:
    QSqlDatabase m_db;
};

} // namespace akim::survey

Q_DECLARE_METATYPE(akim::survey::ImportSummary)
