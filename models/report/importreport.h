#pragma once

#include "domain/nominee.h"
#include "storage/surveyrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// One survey_import row with the name of its region (none when the file held several).
struct ImportReportImport
{
    SurveyImportRecord record;
    QString regionRu;
    QString regionKk;
};

// A nominee with the responses that count for it now (imports undone no longer do).
struct ImportReportNominee
{
    QString name;
    QString districtRu;
    QString districtKk;
    QString okrugRu;
    QString okrugKk;
    NomineeStatus status = NomineeStatus::Active;
    qint64 population = 0;
    qint64 ethics = 0;
};

struct ImportReportRegion
{
    QString nameRu;
    QString nameKk;
    QVector<ImportReportNominee> nominees; // as the nominee table lists them
};

// What the survey imports of a scope (one region, or the whole contest) brought in and turned
// away, as facts: every import of the population survey and of the ethics questionnaire with
// its file, SHA-256, who and when, its row counts and whether it was undone; then per nominee
// the responses that count and the methodology's minimum sample. Rejected rows are not stored
// in the contest file (the importer writes them to a CSV of their own), so none are listed.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ImportReport)

public:
    qint64 regionId = 0; // 0: every region
    QString regionRu;
    QString regionKk;
    QString contestRu;
    QString contestKk;
    int year = 0;
    // Oldest first. With a region: the imports of that region and those of several regions
    // (their counts cover every region they touched).
    QVector<ImportReportImport> imports;
    QVector<ImportReportRegion> regions; // in region order; regions without nominees left out
    int minSample = 30;
    QDateTime printedAt; // local time of the loading

    // nullopt with a translated `error` when there is no such region or the methodology cannot
    // be read. Throws StorageError.
    static std::optional<ImportReport> load(ContestDocument &document, qint64 regionId,
                                            QString *error);
};

} // namespace akim::report
