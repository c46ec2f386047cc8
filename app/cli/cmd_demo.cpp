#include "cli/commands.h"
#include "cli/common.h"

#include "demo/demogenerator.h"
#include "demo/demoscores.h"
#include "services/contestdocument.h"
#include "services/contesttemplate.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace akim::cli {
namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static void discard(const QString &path, bool existedEmpty);
};

// Takes back a half-made demo file, so a failed run leaves nothing (or the empty file it found).
void DemoCommand::discard(const QString &path, bool existedEmpty)
{
    Database::removeFiles(path);
    if (existedEmpty) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.close();
    }
}

int DemoCommand::run(const QString &command, const QStringList &arguments)
{
    ContestTemplate contestTemplate;
    contestTemplate.load(ContestTemplate::defaultName());
    const int maxRegions = std::max(1, int(contestTemplate.regions().size()));

    CommandLine cl(command,
                   QStringLiteral("demo FILE [--regions N] [--nominees-per-region N] [--scores] "
                                  "[--survey N]"),
                   tr("Creates a realistic demo contest with synthetic names: districts and rural "
                      "okrugs, one nominee per okrug, the members of every commission and a few "
                      "declared conflicts of interest."));
    const QCommandLineOption regions(
        QStringLiteral("regions"),
        tr("The first N regions of the template (default %1).").arg(maxRegions), tr("N"));
    const QCommandLineOption perRegion(
        QStringLiteral("nominees-per-region"),
        tr("N nominees in each region (default: the real number of rural okrugs, 2,287 in all)."),
        tr("N"));
    const QCommandLineOption scores(
        QStringLiteral("scores"),
        tr("Fill the ballot of every voting member: stage I in every region, then stage II for "
           "the nominees who would advance, with a few abstentions and the recusals of declared "
           "conflicts of interest."));
    const QCommandLineOption survey(
        QStringLiteral("survey"),
        tr("Import N citizens' survey responses and an ethics questionnaire (8 to 24 respondents "
           "per nominee), made up the way real exports look."),
        tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed; the same seed gives the same names (default "
                                     "2020)."),
                                  tr("N"));
    for (const QCommandLineOption &option : {regions, perRegion, scores, survey, seed})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"),
                     tr("The contest file to create. It must not exist yet, or be empty."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    demo::DemoOptions options;
    options.regions = maxRegions;
    options.scores = cl.isSet(scores);
    struct IntOption
    {
        const QCommandLineOption &option;
        int min;
        int max;
        int *target;
    };
    int seedValue = int(options.seed);
    const IntOption intOptions[] = {
        {regions, 1, maxRegions, &options.regions},
        {perRegion, 1, demo::DemoGenerator::kMaxNomineesPerRegion, &options.nomineesPerRegion},
        {survey, 0, 100'000'000, &options.surveyResponses},
        {seed, 0, std::numeric_limits<int>::max(), &seedValue},
    };
    for (const IntOption &o : intOptions) {
        if (!cl.isSet(o.option))
            continue;
        const std::optional<int> value = cl.intValue(o.option, o.min, o.max);
        if (!value)
            return ExitUsage;
        *o.target = *value;
    }
    options.seed = quint32(seedValue);

    const QString path = cl.positional(0);
    const QFileInfo info(path);
    const bool existedEmpty = info.exists() && info.isFile() && info.size() == 0;
    if (info.exists() && !existedEmpty)
        return cl.badInput(tr("%1 already exists; a demo is always written to a new file.")
                               .arg(info.absoluteFilePath()));

    QElapsedTimer timer;
    timer.start();
    ContestDocument document;
    document.setUserName(QStringLiteral("demo"));
    if (!document.create(path))
        return cl.badInput(document.errorString());
    const QString error = demo::DemoGenerator::generate(document, options);
    if (!error.isEmpty()) {
        const QString written = document.path();
        document.close();
        discard(written, existedEmpty);
        return cl.badInput(tr("The demo was not written: %1").arg(error));
    }
    const ContestCounts counts = document.contest().counts();
    printOut(tr("Created the demo contest %1 in %2 ms: %3 regions, %4 districts, %5 nominees, %6 "
                "commission members.")
                 .arg(document.path())
                 .arg(timer.elapsed())
                 .arg(counts.regions)
                 .arg(counts.districts)
                 .arg(counts.nominees)
                 .arg(counts.members));
    if (options.scores) {
        const demo::DemoScores::Counts byStage =
            demo::DemoScores::count(document.database().connection());
        // One sentence, not two glued halves, so that each language can order it its own way.
        printOut(tr("Ballots: %1 stage I scores and %2 stage II scores.")
                     .arg(byStage.regional)
                     .arg(byStage.national));
    }
    if (options.surveyResponses > 0)
        printOut(
            tr("Imported %n citizens' response(s)", nullptr, int(counts.surveyResponses)) +
            tr(" and %n ethics questionnaire response(s).", nullptr, int(counts.ethicsResponses)));
    return ExitOk;
}

} // namespace

int runDemo(const QString &command, const QStringList &arguments)
{
    return DemoCommand::run(command, arguments);
}

} // namespace akim::cli
