#include "cli/commands.h"
#include "cli/common.h"

#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "report/reportlanguage.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>

namespace akim::cli {
namespace {

class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

int ReportCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command,
                   QStringLiteral("report FILE --stage regional|national [--region NAME|CODE] "
                                  "[--lang ru|kk|en] --out OUT.pdf"),
                   tr("Prints the protocol of a commission's meeting to PDF: stage I of one "
                      "region, or stage II. With --stage regional and no --region, --out names "
                      "a folder and every region's protocol is written into it. The file is "
                      "opened read-only."));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   tr("regional (stage I) or national (stage II)."), tr("STAGE"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        tr("The region (stage I): its name in Russian or Kazakh, or its KATO code."),
        tr("NAME|CODE"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("The protocol's language: ru (default) or kk; en for a "
                                     "preview."),
                                  tr("LANG"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF to write."), tr("OUT.pdf"));
    for (const QCommandLineOption &option : {stage, region, lang, out})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    bool stageOk = false;
    const StageKind stageKind = stageKindFromKey(cl.value(stage), &stageOk);
    if (!cl.isSet(stage) || !stageOk)
        return cl.usageError(tr("--stage must be regional or national."));
    if (cl.isSet(region) && stageKind == StageKind::National)
        return cl.usageError(tr("--region applies to the regional stage only."));
    const QString language = cl.isSet(lang) ? cl.value(lang).toLower() : QStringLiteral("ru");
    if (!report::ReportLanguage::codes().contains(language))
        return cl.usageError(tr("--lang must be ru, kk or en."));
    if (!cl.isSet(out) || cl.value(out).isEmpty())
        return cl.usageError(tr("--out is required: the PDF to write."));
    const QString output = cl.value(out);
    const bool everyRegion = stageKind == StageKind::Regional && !cl.isSet(region);
    if (everyRegion && !QFileInfo(output).isDir())
        return cl.usageError(tr("--stage regional needs --region, or --out naming an existing "
                                "folder for every region's protocol."));

    ContestDocument document;
    if (!cl.openReadOnly(document, cl.positional(0)))
        return ExitBadInput;
    const QString contestPath = QFileInfo(cl.positional(0)).absoluteFilePath();
    if (everyRegion) {
        document.close();
        QStringList written;
        const QString error =
            report::ReportFactory::writeRegionalProtocols(contestPath, language, output, &written);
        for (const QString &file : std::as_const(written))
            printOut(tr("Wrote %1").arg(QDir::toNativeSeparators(file)));
        return error.isEmpty() ? int(ExitOk) : cl.badInput(error);
    }

    report::ReportRequest request;
    request.kind = report::ReportKind::Protocol;
    request.stage = stageKind;
    request.language = language;
    if (cl.isSet(region)) {
        const std::optional<Region> found = cl.regionArgument(document, cl.value(region));
        if (!found)
            return ExitBadInput;
        request.regionId = found->id;
    }
    QString error;
    const std::unique_ptr<report::ReportDocument> protocol =
        report::ReportFactory::load(document, request, &error);
    if (!protocol)
        return cl.badInput(error);
    int pages = 0;
    if (const QString failed = report::PdfOutput::write(*protocol, output,
                                                        [&pages](int, int total) {
                                                            pages = total;
                                                            return true;
                                                        });
        !failed.isEmpty())
        return cl.badInput(failed);
    printOut(tr("Wrote %1: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(output)));
    return ExitOk;
}

} // namespace

int runReport(const QString &command, const QStringList &arguments)
{
    return ReportCommand::run(command, arguments);
}

} // namespace akim::cli
