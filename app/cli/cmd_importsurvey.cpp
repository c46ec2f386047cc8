#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"
#include "storage/surveyrepository.h"
#include "survey/headerguess.h"
#include "survey/importmapping.h"
#include "survey/sheetreader.h"
#include "survey/surveyimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

namespace akim::cli {
namespace {

using namespace akim::survey;

constexpr int kListed = 10; // unmatched spellings and rejected rows printed

class ImportSurveyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportSurveyCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static bool loadMapping(const QString &path, ImportMapping *mapping, QString *error);
    static bool guessMapping(const QString &sheetPath, const QString &sheetName,
                             ContestDocument &document, SurveyKind kind, ImportMapping *mapping,
                             QString *error);
    static void printSummary(const ImportSummary &summary, const ContestDocument &document);
};

QString columnName(int index, const QString &header)
{
    return HeaderGuess::columnLetter(index) + QStringLiteral(" \"") + header + QLatin1Char('"');
}

bool ImportSurveyCommand::loadMapping(const QString &path, ImportMapping *mapping, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the mapping: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        *error = tr("%1: not a JSON object (%2 at offset %3).")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    QString message;
    if (!ImportMapping::fromJson(json.object(), mapping, &message)) {
        *error = path + QStringLiteral(": ") + message;
        return false;
    }
    return true;
}

// Without --mapping: a saved profile for this layout, else the columns recognised by their
// headers — only when nothing is left to a person's judgement.
bool ImportSurveyCommand::guessMapping(const QString &sheetPath, const QString &sheetName,
                                       ContestDocument &document, SurveyKind kind,
                                       ImportMapping *mapping, QString *error)
{
    ReadError readError;
    const std::unique_ptr<SheetReader> reader = SheetReader::open(sheetPath, &readError);
    if (!reader) {
        *error = readError.toString();
        return false;
    }
    if (!sheetName.isEmpty() && !reader->selectSheet(sheetName)) {
        *error = reader->error().toString() + QStringLiteral(" (") +
                 tr("sheets: %1").arg(reader->sheetNames().join(QStringLiteral(", "))) +
                 QLatin1Char(')');
        return false;
    }
    QVector<QVector<QVariant>> sample;
    QVector<QVariant> cells;
    while (sample.size() < HeaderGuess::kSampleRows && reader->readRow(cells))
        sample.append(cells);
    if (reader->error().isError()) {
        *error = reader->error().toString();
        return false;
    }
    const HeaderGuess header = HeaderGuess::guess(sample);
    if (header.headerRows.isEmpty() || header.firstDataRow >= sample.size()) {
        *error = tr("%1: no header row with data below it was found.")
                     .arg(QFileInfo(sheetPath).fileName());
        return false;
    }

    const QString signature = ImportMapping::headerSignature(header.columns);
    const ImportProfile profile = SurveyRepository(document.database().connection())
                                      .profileForSignature(signature, surveyKindKey(kind));
    if (profile.id != 0) {
        QString message;
        if (ImportMapping::fromJson(QJsonDocument::fromJson(profile.mappingJson.toUtf8()).object(),
                                    mapping, &message)) {
            printErr(tr("Using the saved mapping \"%1\".").arg(profile.name));
            mapping->sheet = reader->currentSheet();
            return true;
        }
    }

    const MappingGuess guess = ImportMapping::guess(header.columns, document.criteria().all(), kind,
                                                    sample.mid(header.firstDataRow));
    if (!guess.isComplete()) {
        QStringList lines;
        lines << tr("%1: the columns cannot all be recognised; give a mapping with --mapping "
                    "M.json.")
                     .arg(QFileInfo(sheetPath).fileName());
        lines << guess.problems;
        for (int column : guess.needsMapping()) {
            const QString name = columnName(column, header.columns.value(column));
            if (guess.ambiguous.contains(column))
                lines << tr("  column %1 could be: %2")
                             .arg(name, guess.candidates.value(column).join(QStringLiteral(", ")));
            else
                lines << tr("  column %1 holds answers but names no criterion").arg(name);
        }
        *error = lines.join(QLatin1Char('\n'));
        return false;
    }
    *mapping = guess.mapping;
    mapping->headerRows = header.headerRows;
    mapping->firstDataRow = header.firstDataRow;
    mapping->sheet = reader->currentSheet();
    return true;
}

void ImportSurveyCommand::printSummary(const ImportSummary &s, const ContestDocument &document)
{
    printOut(tr("%1: read %2, imported %3, rejected %4, duplicates %5, unmatched %6.")
                 .arg(s.fileName)
                 .arg(s.read)
                 .arg(s.imported)
                 .arg(s.rejected)
                 .arg(s.duplicates)
                 .arg(s.unmatched));
    if (s.dryRun)
        printOut(tr("Dry run: nothing was written."));
    else if (!s.committed)
        printOut(tr("Nothing new to import: the contest file is unchanged."));
    if (!s.unmatchedGroups.isEmpty()) {
        printOut(tr("Places that match no nominee (%n spelling(s)):", nullptr,
                    int(s.unmatchedGroups.size())));
        const QVector<NomineeRow> nominees = document.nominees().rows();
        for (const UnmatchedGroup &group : s.unmatchedGroups.mid(0, kListed)) {
            QStringList parts;
            for (const QString &part :
                 {group.place.region, group.place.district, group.place.okrug, group.place.kato}) {
                if (!part.trimmed().isEmpty())
                    parts << part.trimmed();
            }
            QString line =
                tr("  %1 × \"%2\"").arg(group.rows).arg(parts.join(QStringLiteral(" / ")));
            if (group.match.kind == MatchKind::Ambiguous) {
                QStringList names;
                for (qint64 id : group.match.candidates.mid(0, 3)) {
                    for (const NomineeRow &row : nominees) {
                        if (row.nominee.id == id)
                            names << row.okrugRu + QStringLiteral(" (") + row.districtRu +
                                         QLatin1Char(')');
                    }
                }
                line +=
                    QLatin1Char(' ') + tr("fits several: %1").arg(names.join(QStringLiteral(", ")));
            }
            printOut(line);
        }
        if (s.unmatchedGroups.size() > kListed)
            printOut(tr("  … and %n more spelling(s).", nullptr,
                        int(s.unmatchedGroups.size() - kListed)));
    }
    if (!s.rejectedRows.isEmpty()) {
        printOut(tr("Rejected rows:"));
        for (const RejectedRow &row : s.rejectedRows.mid(0, kListed)) {
            printOut(row.column >= 0 ? tr("  row %1, column %2: %3")
                                           .arg(row.row)
                                           .arg(HeaderGuess::columnLetter(row.column), row.reason)
                                     : tr("  row %1: %2").arg(row.row).arg(row.reason));
        }
        if (s.rejected > kListed)
            printOut(tr("  … and %n more.", nullptr, int(s.rejected - kListed)));
    }
    for (const RegionCount &region : s.regions)
        printOut(tr("  %1: %2 imported, %3 duplicates")
                     .arg(region.regionName)
                     .arg(region.imported)
                     .arg(region.duplicates));
    for (const QString &warning : s.warnings)
        printErr(tr("Warning: %1").arg(warning));
}

int ImportSurveyCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(
        command,
        QStringLiteral("import-survey FILE SHEET [--kind population|ethics] [--mapping M.json] "
                       "[--dry-run] [--rejected OUT.csv] [--sheet NAME]"),
        tr("Imports the citizens' questionnaire (population) or the Ethics Commissioner's "
           "anonymous questionnaire (ethics) from a CSV, XLSX, ODS or XLS export into the contest "
           "FILE, in one transaction. Without --mapping the columns are recognised by their "
           "headers (or by a mapping saved for this layout) where that is unambiguous; "
           "otherwise the command stops and names the columns that need a mapping. Rows whose "
           "place matches no nominee are rejected; a mapping file may carry \"resolutions\" "
           "for such spellings, which are then remembered. Repeated rows are skipped. Prints "
           "rows read, imported, rejected, duplicates and unmatched."));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("population (default) or ethics."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
                                           tr("A JSON column mapping (see the documentation)."),
                                           QStringLiteral("M.json"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Do everything but write to the contest file."));
    const QCommandLineOption rejected(QStringLiteral("rejected"),
                                      tr("Write the rejected rows, with a reason column, to this "
                                         "CSV file."),
                                      QStringLiteral("OUT.csv"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet to import (default: the first)."),
                                   QStringLiteral("NAME"));
    for (const QCommandLineOption &option : {kind, mappingOption, dryRun, rejected, sheet})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    cl.addPositional(QStringLiteral("SHEET"), tr("The spreadsheet with the responses."));
    if (const std::optional<int> exit = cl.parse(arguments, 2, 2))
        return *exit;

    bool kindOk = true;
    const SurveyKind surveyKind =
        surveyKindFromKey(cl.isSet(kind) ? cl.value(kind) : QStringLiteral("population"), &kindOk);
    if (!kindOk)
        return cl.usageError(
            tr("--kind must be population or ethics, not \"%1\".").arg(cl.value(kind)));
    const QString sheetPath = cl.positional(1);
    if (!QFileInfo(sheetPath).isFile())
        return cl.badInput(tr("%1: no such file.").arg(sheetPath));

    // Read through a QFile while open in SQLite, the contest file would lose its locks.
    if (QFileInfo(sheetPath).canonicalFilePath() == QFileInfo(cl.positional(0)).canonicalFilePath())
        return cl.badInput(
            tr("%1 is the contest file itself, not a survey export.").arg(sheetPath));
    ContestDocument document;
    if (!document.open(cl.positional(0), Database::Mode::ReadWrite))
        return cl.badInput(document.errorString());

    ImportOptions options;
    options.filePath = sheetPath;
    options.dryRun = cl.isSet(dryRun);
    options.rejectedCsvPath = cl.value(rejected);
    options.userName = qEnvironmentVariable("USER", QStringLiteral("cli"));
    options.actor.operatorRights = true;
    options.keepRejected = kListed;
    QString error;
    if (cl.isSet(mappingOption)) {
        if (!loadMapping(cl.value(mappingOption), &options.mapping, &error))
            return cl.badInput(error);
        if (cl.isSet(kind) && options.mapping.kind != surveyKind)
            return cl.usageError(tr("--kind %1 contradicts the mapping's kind %2.")
                                     .arg(cl.value(kind), surveyKindKey(options.mapping.kind)));
        if (cl.isSet(sheet))
            options.mapping.sheet = cl.value(sheet);
    } else if (!guessMapping(sheetPath, cl.value(sheet), document, surveyKind, &options.mapping,
                             &error)) {
        return cl.badInput(error);
    }

    SurveyImporter importer(document.database().connection());
    const ImportSummary summary = importer.run(options, {}, &error);
    if (!error.isEmpty())
        return cl.badInput(error);
    printSummary(summary, document);
    return ExitOk;
}

} // namespace

int runImportSurvey(const QString &command, const QStringList &arguments)
{
    return ImportSurveyCommand::run(command, arguments);
}

} // namespace akim::cli
