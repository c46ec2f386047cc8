#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "services/backgroundtask.h"
#include "storage/finalisationrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace akim::report {

class ReportLanguage;

// What an exported ranking says above its table that the Ranking itself does not carry. Every
// field is optional.
struct RankingExportCaption
{
    QString contestRu; // the contest's title
    QString contestKk;
    QDateTime computedAt; // when the ranking was computed; invalid: not said
    // The contest's finalised results: each sheet says whether its result (stage I of its
    // region, or stage II) is finalised, and if so when, by whom and with which SHA-256.
    QVector<Finalisation> finalisations;
};

enum class RankingExportFormat {
    Xlsx,
    Csv,
};

struct RankingExportRequest
{
    scoring::Ranking ranking; // as computed: stage I of one region or of several, or stage II
    scoring::Methodology methodology;
    RankingExportCaption caption;
    QString language = QStringLiteral("ru"); // "kk", "ru", "en"
    QString outputPath;
    RankingExportFormat format = RankingExportFormat::Xlsx;
};

// A ranking as a spreadsheet: one row per nominee in place order with place, name, region,
// district, okrug, the stage's components, every criterion of the stage (commission criteria in
// points, survey and ethics criteria as indexes 0–100), the numbers of survey and ethics
// responses, the total, whether the nominee advances (stage I) and the engine's flags in words.
// Headers, words and names are in the document's language.
//
// XLSX: one sheet per region for stage I (each region is ranked, advances and is finalised on
// its own, and its secretary wants just that sheet), one sheet for stage II. Above the table
// the contest, the stage and region, when the ranking was computed and whether it is
// finalised; the header is bold, bordered, wrapped, frozen (with the place and the name) and
// filtered. Numbers are stored unrounded as numbers; their format shows
// methodology.displayDecimals decimals.
//
// CSV: the same columns, every region in one file, no lines above the header (so that any
// program reads the header as the header). UTF-8 with a BOM, ';' between fields, CRLF line ends:
// Excel in a Russian locale opens it directly. Numbers are unrounded (the shortest text that
// reads back as the same double), because a CSV is read by programs as much as by people and
// places are decided on unrounded totals; in the document's locale: a decimal comma in Russian
// and Kazakh, as Excel there expects, a point in English.
//
// Both are written to a temporary file beside the target and put in its place at the end: a
// failed or cancelled export leaves no half file and an existing file as it was.
class RankingExport
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::RankingExport)

public:
    // Errors are translated (in the interface's language) and name the file; empty on success.
    // `progress` (may be empty) is asked as rows are written; returning false cancels.
    static QString writeXlsx(const scoring::Ranking &ranking,
                             const scoring::Methodology &methodology,
                             const ReportLanguage &language, const QString &path,
                             const RankingExportCaption &caption = {},
                             const BackgroundTask::Progress &progress = {});
    static QString writeCsv(const scoring::Ranking &ranking,
                            const scoring::Methodology &methodology, const ReportLanguage &language,
                            const QString &path, const BackgroundTask::Progress &progress = {});

    // A BackgroundTask::Work: writes `request` in its format and language.
    static QString run(const RankingExportRequest &request,
                       const BackgroundTask::Progress &progress = {});

    // CSV for a path ending in ".csv" (any case), else XLSX.
    static RankingExportFormat formatOf(const QString &path);
    // "Ranking – stage I – Абай облысы" in the document's language, safe as a file name;
    // `region` empty: every region (stage I). Without a suffix.
    static QString suggestedFileName(StageKind stage, const QString &region,
                                     const ReportLanguage &language);
    // Whether XLSX can be written here (libxlsxwriter loads); else why not, translated.
    static bool xlsxAvailable(QString *error = nullptr);
};

} // namespace akim::report
