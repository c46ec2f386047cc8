#include "cli/commands.h"
#include "cli/common.h"

#include "scoring/stagefinaliser.h"
#include "services/contestdocument.h"
#include "text/language.h"

namespace akim::cli {
namespace {

class FinaliseCommand
{
    Q_DECLARE_TR_FUNCTIONS(FinaliseCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

int FinaliseCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command,
                   QStringLiteral("finalise FILE --stage regional|national [--region NAME|CODE] "
                                  "--user NAME [--advance ID,...]"),
                   tr("Finalises a result: stage I of one region, or stage II. The ranking is "
                      "computed, recorded with its methodology and SHA-256, and the inputs it "
                      "depends on are locked. Nothing undoes it."));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   tr("regional (stage I, with --region) or national (stage II)."),
                                   tr("STAGE"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    tr("The region whose stage I is finalised: its name in "
                                       "Russian or Kazakh, or its KATO code."),
                                    tr("NAME|CODE"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("The chair's user name; the password is read from "
                                     "AKIMCONTEST_PASSWORD or asked for."),
                                  tr("NAME"));
    const QCommandLineOption advance(
        QStringLiteral("advance"),
        tr("The chair's decision when nominees are tied at the advancement cut: the ids of the "
           "nominees who advance, separated by commas (`rank --format json` lists the ids)."),
        tr("IDS"));
    for (const QCommandLineOption &option : {stage, region, user, advance})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    bool stageOk = false;
    scoring::FinaliseRequest request;
    request.stage = stageKindFromKey(cl.value(stage), &stageOk);
    if (!cl.isSet(stage) || !stageOk)
        return cl.usageError(tr("--stage must be regional or national."));
    if (request.stage == StageKind::Regional && !cl.isSet(region))
        return cl.usageError(tr("Stage I is finalised region by region: give --region."));
    if (request.stage == StageKind::National && cl.isSet(region))
        return cl.usageError(tr("--region applies to the regional stage only."));
    if (cl.isSet(advance)) {
        for (const QString &part : cl.value(advance).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0)
                return cl.usageError(tr("--advance takes nominee ids, e.g. 12,40."));
            request.chairChosen << id;
        }
    }

    ContestDocument document;
    if (!cl.openReadWrite(document, cl.positional(0)))
        return ExitBadInput;
    if (!cl.signIn(document, cl.value(user)))
        return ExitBadInput;
    QString scope = tr("stage II");
    if (cl.isSet(region)) {
        const std::optional<Region> found = cl.regionArgument(document, cl.value(region));
        if (!found)
            return ExitBadInput;
        request.regionId = found->id;
        scope = tr("stage I of %1").arg(text::pick(found->nameRu, found->nameKk));
    }
    const scoring::FinaliseResult result = scoring::StageFinaliser(document).finalise(request);
    if (!result.ok())
        return cl.badInput(tr("%1 was not finalised: %2").arg(scope, result.error));
    QStringList ids;
    for (qint64 id : result.advancing)
        ids << QString::number(id);
    printOut(tr("Finalised %1: %n nominee(s) ranked.", nullptr, result.nominees).arg(scope));
    printOut((request.stage == StageKind::National ? tr("Places 1 to 3 (nominee ids): %1")
                                                   : tr("Advancing (nominee ids): %1"))
                 .arg(ids.join(QStringLiteral(", "))));
    printOut(tr("Ranking SHA-256: %1").arg(result.rankingSha256));
    return ExitOk;
}

} // namespace

int runFinalise(const QString &command, const QStringList &arguments)
{
    return FinaliseCommand::run(command, arguments);
}

} // namespace akim::cli
