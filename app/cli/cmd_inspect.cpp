#include "cli/commands.h"
#include "cli/common.h"

#include "survey/cellvalue.h"
#include "survey/csvreader.h"
#include "survey/encodingdetector.h"
#include "survey/headerguess.h"
#include "survey/sheetreader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace akim::cli {
namespace {

using survey::SheetReader;

constexpr int kPreviewRows = 5;

class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

bool isBlankRow(const QVector<QVariant> &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(),
                       [](const QVariant &cell) { return survey::toJson(cell).isNull(); });
}

// "tab", "\t" (typed as two characters) or a real tab; otherwise one character.
QChar delimiterValue(const QString &value)
{
    if (value.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 ||
        value == QLatin1String("\\t"))
        return u'\t';
    if (value.size() != 1 || value.at(0) == u'"' || value.at(0) == u'\n' || value.at(0) == u'\r')
        return QChar();
    return value.at(0);
}

QJsonArray jsonRow(const QVector<QVariant> &cells, int width)
{
    QJsonArray row;
    for (const QVariant &cell : cells)
        row.append(survey::toJson(cell));
    while (row.size() < width)
        row.append(QJsonValue::Null);
    return row;
}

int InspectCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(
        command,
        QStringLiteral("inspect SHEET [--sheet NAME] [--encoding NAME] [--delimiter C] --json"),
        tr("Describes a spreadsheet (CSV, XLSX, ODS or XLS; the format is recognised from the "
           "content, not the extension) as the import wizard reads it, without a contest file: "
           "its format, encoding and delimiter (CSV), sheets, the header rows it guesses "
           "(0-based), the column names, the number of data rows below the header and the "
           "first five of them. Blank rows are neither counted nor shown. Numbers and dates in "
           "XLSX, ODS and XLS cells are JSON numbers and ISO 8601 text; CSV cells are the text "
           "of the file, since the import mapping decides what a CSV column holds.\n"
           "Only JSON output is defined, so --json is required (without it the command stops "
           "with exit status 1). Warnings, such as an encoding without Kazakh letters, go to "
           "standard error. Exit status 2 when the file cannot be read."));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet to describe (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("CSV: read the file in this encoding (e.g. UTF-8, windows-1251, IBM866) instead of "
           "detecting it."),
        QStringLiteral("NAME"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("CSV: the field delimiter, one character or \"tab\", instead of detecting it."),
        QStringLiteral("C"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    for (const QCommandLineOption &option : {sheet, encoding, delimiter, json})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("SHEET"), tr("The spreadsheet file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;
    if (!cl.isSet(json))
        return cl.usageError(tr("only JSON output is defined; add --json."));

    survey::CsvOptions csv;
    csv.encoding = cl.value(encoding).trimmed();
    if (cl.isSet(encoding) && survey::TextDecoder::canonicalName(csv.encoding).isEmpty()) {
        return cl.usageError(tr("unknown encoding \"%1\"; known: %2.")
                                 .arg(csv.encoding, survey::EncodingDetector::knownEncodings().join(
                                                        QStringLiteral(", "))));
    }
    if (cl.isSet(delimiter)) {
        csv.delimiter = delimiterValue(cl.value(delimiter));
        if (csv.delimiter.isNull())
            return cl.usageError(tr("--delimiter needs one character or \"tab\", not \"%1\".")
                                     .arg(cl.value(delimiter)));
    }

    survey::ReadError error;
    const std::unique_ptr<SheetReader> reader = SheetReader::open(cl.positional(0), &error, csv);
    if (!reader)
        return cl.badInput(error.toString());
    if (cl.isSet(sheet) && !reader->selectSheet(cl.value(sheet))) {
        const QString message =
            reader->error().toString() + QStringLiteral(" (") +
            tr("sheets: %1").arg(reader->sheetNames().join(QStringLiteral(", "))) +
            QLatin1Char(')');
        return cl.badInput(message);
    }

    QVector<QVector<QVariant>> sample;
    QVector<QVariant> cells;
    while (sample.size() < survey::HeaderGuess::kSampleRows && reader->readRow(cells))
        sample << cells;
    const survey::HeaderGuess guess = survey::HeaderGuess::guess(sample);
    const int width = int(guess.columns.size());

    qint64 rows = 0;
    QJsonArray preview;
    const auto take = [&](const QVector<QVariant> &row) {
        if (isBlankRow(row))
            return;
        ++rows;
        if (preview.size() < kPreviewRows)
            preview.append(jsonRow(row, width));
    };
    for (int i = guess.firstDataRow; i < sample.size(); ++i)
        take(sample.at(i));
    if (sample.size() == survey::HeaderGuess::kSampleRows) {
        while (reader->readRow(cells))
            take(cells);
    }
    if (reader->error().isError())
        return cl.badInput(reader->error().toString());

    QJsonObject result{
        {QStringLiteral("format"), survey::sheetFormatKey(reader->format())},
        {QStringLiteral("sheets"), QJsonArray::fromStringList(reader->sheetNames())},
        {QStringLiteral("sheet"), reader->currentSheet()},
        {QStringLiteral("columns"), QJsonArray::fromStringList(guess.columns)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("preview"), preview},
    };
    QJsonArray headerRows;
    for (int row : guess.headerRows)
        headerRows.append(row);
    result.insert(QStringLiteral("header_rows"), headerRows);
    if (const auto *csvReader = dynamic_cast<const survey::CsvReader *>(reader.get())) {
        result.insert(QStringLiteral("encoding"), csvReader->encoding());
        result.insert(QStringLiteral("delimiter"), QString(csvReader->delimiter()));
        for (const QString &warning : csvReader->warnings())
            printErr(QStringLiteral("%1: %2").arg(cl.positional(0), warning));
    }
    printJson(result);
    return ExitOk;
}

} // namespace

int runInspect(const QString &command, const QStringList &arguments)
{
    return InspectCommand::run(command, arguments);
}

} // namespace akim::cli
