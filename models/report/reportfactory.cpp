#include "report/reportfactory.h"

#include "report/blankballotdocument.h"
#include "report/importreportdocument.h"
#include "report/pdfoutput.h"
#include "report/protocoldocument.h"
#include "report/scorecarddocument.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/filename.h"

#include <QDir>

namespace akim::report {

std::unique_ptr<ReportDocument> ReportFactory::load(ContestDocument &document,
                                                    const ReportRequest &request, QString *error)
{
    QString failure;
    std::unique_ptr<ReportDocument> result;
    try {
        switch (request.kind) {
        case ReportKind::Protocol:
            result = ProtocolDocument::load(document, request, &failure);
            break;
        case ReportKind::ScoreCard:
            result = ScoreCardDocument::load(document, request, &failure);
            break;
        case ReportKind::ImportReport:
            result = ImportReportDocument::load(document, request, &failure);
            break;
        case ReportKind::BlankBallots:
            result = BlankBallotDocument::load(document, request, &failure);
            break;
        }
    } catch (const StorageError &e) {
        failure = e.message();
        result.reset();
    }
    if (!result && error)
        *error = failure.isEmpty() ? tr("The document cannot be made.") : failure;
    return result;
}

std::unique_ptr<ReportDocument> ReportFactory::load(const QString &contestPath,
                                                    const ReportRequest &request, QString *error,
                                                    const BackgroundTask::Progress &progress)
{
    if (progress && !progress(-1, tr("Reading the contest…"))) {
        if (error)
            *error = tr("Cancelled.");
        return nullptr;
    }
    // This thread's own connection: a QSqlDatabase connection belongs to the thread that
    // opened it. Printing changes nothing, so it is read-only.
    ContestDocument document;
    if (!document.open(contestPath, Database::Mode::ReadOnly)) {
        if (error)
            *error = document.errorString();
        return nullptr;
    }
    return load(document, request, error);
}

QString ReportFactory::writeRegionalProtocols(const QString &contestPath, const QString &language,
                                              const QString &folder, QStringList *written,
                                              const BackgroundTask::Progress &progress)
{
    const auto report = [&](int percent, const QString &stage) {
        return !progress || progress(percent, stage);
    };
    QStringList files;
    const auto fail = [&](const QString &error) {
        if (written)
            *written = files;
        return error;
    };
    if (!report(0, tr("Reading the contest…")))
        return tr("Cancelled.");
    ContestDocument document;
    if (!document.open(contestPath, Database::Mode::ReadOnly))
        return document.errorString();
    QVector<Region> regions;
    // Every region's ranking comes from the same reading of the contest's scores.
    scoring::ScoringInput input;
    try {
        regions = document.geography().regions();
        input = scoring::ScoringInputLoader(document.database().connection()).load();
    } catch (const StorageError &e) {
        return e.message();
    }
    if (regions.isEmpty())
        return tr("The contest has no regions yet.");
    const QDir dir(folder);
    for (int i = 0; i < regions.size(); ++i) {
        ReportRequest request;
        request.kind = ReportKind::Protocol;
        request.stage = StageKind::Regional;
        request.regionId = regions.at(i).id;
        request.language = language;
        QString error;
        std::unique_ptr<ReportDocument> protocol;
        try {
            protocol = ProtocolDocument::load(document, request, &error, &input);
        } catch (const StorageError &e) {
            error = e.message();
        }
        if (!protocol)
            return fail(tr("%1: %2").arg(regions.at(i).nameRu, error));
        const QString path =
            dir.filePath(text::safeFileName(protocol->title()) + QLatin1String(".pdf"));
        if (!report(100 * i / int(regions.size()), protocol->title()))
            return fail(tr("Cancelled."));
        if (const QString failed = PdfOutput::write(
                *protocol, path,
                [&](int, int) { return report(100 * i / int(regions.size()), QString()); });
            !failed.isEmpty())
            return fail(failed);
        files.push_back(path);
    }
    if (!report(100, tr("Written")))
        return fail(tr("Cancelled."));
    if (written)
        *written = files;
    return {};
}

} // namespace akim::report
