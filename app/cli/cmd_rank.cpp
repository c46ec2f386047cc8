#include "cli/commands.h"
#include "cli/common.h"

#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/csvfield.h"

#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace akim::cli {
namespace {

using scoring::NomineeResult;
using scoring::Ranking;

class RankCommand
{
    Q_DECLARE_TR_FUNCTIONS(RankCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static QString csv(const Ranking &ranking);
};

QString csvField(const QString &text)
{
    return text::csvField(text, QLatin1Char(','));
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QString();
}

QString RankCommand::csv(const Ranking &ranking)
{
    QString text;
    QTextStream out(&text);
    QStringList header = {QStringLiteral("place"),      QStringLiteral("region"),
                          QStringLiteral("district"),   QStringLiteral("okrug"),
                          QStringLiteral("nominee"),    QStringLiteral("total"),
                          QStringLiteral("survey"),     QStringLiteral("ethics"),
                          QStringLiteral("commission"), QStringLiteral("stage1_total")};
    const QVector<scoring::CriterionResult> &first = ranking.nominees.isEmpty()
                                                         ? QVector<scoring::CriterionResult>()
                                                         : ranking.nominees.first().criteria;
    for (const scoring::CriterionResult &criterion : first)
        header << criterion.code;
    header << QStringLiteral("survey_n") << QStringLiteral("ethics_n") << QStringLiteral("advances")
           << QStringLiteral("flags");
    out << header.join(QLatin1Char(',')) << '\n';
    for (const NomineeResult &n : ranking.nominees) {
        QStringList row = {QString::number(n.place),
                           csvField(n.regionRu),
                           csvField(n.districtRu),
                           csvField(n.okrugRu),
                           csvField(n.name),
                           csvNumber(n.total),
                           csvNumber(n.components.survey),
                           csvNumber(n.components.ethics),
                           csvNumber(n.components.commission),
                           csvNumber(n.components.stage1Total)};
        for (const scoring::CriterionResult &criterion : n.criteria)
            row << csvNumber(criterion.value);
        row << QString::number(n.surveyResponses) << QString::number(n.ethicsResponses)
            << (n.advances ? QStringLiteral("yes") : QStringLiteral("no"))
            << csvField(n.flags.join(QLatin1Char(' ')));
        out << row.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    text.chop(1); // printOut() ends the last line
    return text;
}

int RankCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(
        command,
        QStringLiteral(
            "rank FILE --stage regional|national [--region NAME|CODE] [--format csv|json]"),
        tr("Ranks the nominees of a stage under the contest's methodology. The file is opened "
           "read-only; the ranking is always computed, never typed in by hand."));
    const QCommandLineOption stage(QStringLiteral("stage"),
                                   tr("regional (stage I) or national (stage II)."), tr("STAGE"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        tr("Only this region (stage I): its name in Russian or Kazakh, or its KATO code."),
        tr("NAME|CODE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv (default: one row per nominee) or json (everything "
                                       "needed to recompute every total and place)."),
                                    tr("FORMAT"));
    for (const QCommandLineOption &option : {stage, region, format})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    bool stageOk = false;
    const StageKind stageKind = stageKindFromKey(cl.value(stage), &stageOk);
    if (!cl.isSet(stage) || !stageOk)
        return cl.usageError(tr("--stage must be regional or national."));
    const QString formatName =
        cl.isSet(format) ? cl.value(format).toLower() : QStringLiteral("csv");
    if (formatName != u"csv" && formatName != u"json")
        return cl.usageError(tr("--format must be csv or json."));
    if (cl.isSet(region) && stageKind == StageKind::National)
        return cl.usageError(tr("--region applies to the regional stage only."));

    ContestDocument document;
    if (!cl.openReadOnly(document, cl.positional(0)))
        return ExitBadInput;
    try {
        const scoring::ScoringInputLoader loader(document.database().connection());
        QString error;
        const std::optional<scoring::Methodology> methodology = loader.methodology(&error);
        if (!methodology)
            return cl.badInput(tr("The contest's methodology cannot be used: %1").arg(error));
        const scoring::ScoringInput input = loader.load();
        qint64 regionId = 0;
        QString regionName;
        if (cl.isSet(region)) {
            const std::optional<Region> found = cl.regionArgument(document, cl.value(region));
            if (!found)
                return ExitBadInput;
            regionId = found->id;
            regionName = found->nameRu;
        }
        const Ranking ranking =
            scoring::RankingEngine::rank(input, *methodology, stageKind, regionId);
        for (const QString &problem : ranking.problems)
            printErr(tr("Note: %1").arg(problem));
        if (formatName == u"json") {
            // Byte for byte the document whose SHA-256 `finalise` records.
            const QByteArray json =
                scoring::RankingJson::toJsonBytes(ranking, *methodology, regionName);
            std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
            std::fflush(stdout);
        } else
            printOut(csv(ranking));
    } catch (const StorageError &e) {
        return cl.badInput(e.message());
    }
    return ExitOk;
}

} // namespace

int runRank(const QString &command, const QStringList &arguments)
{
    return RankCommand::run(command, arguments);
}

} // namespace akim::cli
