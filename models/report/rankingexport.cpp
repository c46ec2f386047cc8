#include "report/rankingexport.h"

#include "report/rankingexporttable.h"
#include "report/reportlanguage.h"
#include "text/csvfield.h"
#include "text/filename.h"

#include <QDir>
#include <QLocale>
#include <QSaveFile>

namespace akim::report {
namespace {

using Kind = RankingExportTable::Kind;

constexpr QChar kDelimiter = QLatin1Char(';');
// Rows between two progress reports (and chances to cancel).
constexpr int kProgressStep = 200;

QString csvCell(const QVariant &cell, Kind kind, const QString &decimalPoint)
{
    if (!cell.isValid())
        return {};
    switch (kind) {
    case Kind::Integer:
        return QString::number(cell.toLongLong());
    case Kind::Number: {
        // The shortest text that reads back as the same double, without an exponent and
        // without group separators, with the document's decimal separator.
        QString text = QString::number(cell.toDouble(), 'f', QLocale::FloatingPointShortest);
        if (decimalPoint != u".")
            text.replace(QLatin1Char('.'), decimalPoint);
        return text;
    }
    case Kind::Text:
        return text::csvField(cell.toString(), kDelimiter);
    }
    return {};
}

} // namespace

QString RankingExport::writeCsv(const scoring::Ranking &ranking,
                                const scoring::Methodology &methodology,
                                const ReportLanguage &language, const QString &path,
                                const BackgroundTask::Progress &progress)
{
    const RankingExportTable table(ranking.stage, methodology, language);
    const QVector<RankingExportTable::Column> &columns = table.columns();
    const QString decimalPoint = language.locale().decimalPoint();
    const QString lineEnd = QStringLiteral("\r\n");

    QString text;
    text.reserve(256 + int(ranking.nominees.size()) * 64 * int(columns.size()) / 4);
    QStringList fields;
    for (const RankingExportTable::Column &column : columns)
        fields << text::csvField(column.header, kDelimiter);
    text += fields.join(kDelimiter) + lineEnd;

    const int total = int(ranking.nominees.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressStep == 0 && !progress(90 * i / total, QString()))
            return tr("Cancelled.");
        const QVector<QVariant> cells = table.row(ranking.nominees.at(i));
        fields.clear();
        for (int c = 0; c < columns.size(); ++c)
            fields << csvCell(cells.at(c), columns.at(c).kind, decimalPoint);
        text += fields.join(kDelimiter) + lineEnd;
    }

    // The BOM tells Excel that the file is UTF-8 (else it reads the system's code page).
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
    const QString name = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(name, file.errorString());
    if (file.write(bytes) != bytes.size())
        return tr("Cannot write %1: %2").arg(name, file.errorString()); // discarded unwritten
    if (progress && !progress(95, QString())) {
        file.cancelWriting();
        return tr("Cancelled.");
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(name, file.errorString());
    return {};
}

QString RankingExport::run(const RankingExportRequest &request,
                           const BackgroundTask::Progress &progress)
{
    const ReportLanguage language(request.language);
    if (request.format == RankingExportFormat::Csv)
        return writeCsv(request.ranking, request.methodology, language, request.outputPath,
                        progress);
    return writeXlsx(request.ranking, request.methodology, language, request.outputPath,
                     request.caption, progress);
}

RankingExportFormat RankingExport::formatOf(const QString &path)
{
    return path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ? RankingExportFormat::Csv
                                                                      : RankingExportFormat::Xlsx;
}

QString RankingExport::suggestedFileName(StageKind stage, const QString &region,
                                         const ReportLanguage &language)
{
    QString name;
    if (stage == StageKind::National)
        //: A file name
        name = language.translate("akim::report::RankingExport", "Ranking – stage II");
    else if (region.isEmpty())
        //: A file name
        name = language.translate("akim::report::RankingExport", "Ranking – stage I – all regions");
    else
        //: A file name; %1 is the region
        name =
            language.translate("akim::report::RankingExport", "Ranking – stage I – %1").arg(region);
    return text::safeFileName(name);
}

} // namespace akim::report
