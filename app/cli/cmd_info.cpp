#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"

#include <QJsonObject>

namespace akim::cli {
namespace {

class InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

int InfoCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command, QStringLiteral("info FILE [--json]"),
                   tr("Prints what a contest file holds. The file is opened read-only."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object (the keys of the command-line "
                                     "contract)."));
    cl.addOption(json);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    ContestDocument document;
    if (!cl.openReadOnly(document, cl.positional(0)))
        return ExitBadInput;
    const ContestCounts c = document.contest().counts();
    const ContestInfo contest = document.contest().contest();
    const int schemaVersion = document.database().schemaVersion();

    if (cl.isSet(json)) {
        printJson({
            {QStringLiteral("contest"), contest.titleRu},
            {QStringLiteral("regions"), c.regions},
            {QStringLiteral("districts"), c.districts},
            {QStringLiteral("okrugs"), c.okrugs},
            {QStringLiteral("nominees"), c.nominees},
            {QStringLiteral("criteria"), c.criteria},
            {QStringLiteral("commissions"), c.commissions},
            {QStringLiteral("members"), c.members},
            {QStringLiteral("scores"), c.scores},
            {QStringLiteral("survey_responses"), c.surveyResponses},
            {QStringLiteral("ethics_responses"), c.ethicsResponses},
            {QStringLiteral("imports"), c.imports},
            {QStringLiteral("audit_entries"), c.auditEntries},
            {QStringLiteral("schema_version"), schemaVersion},
        });
        return ExitOk;
    }
    const QStringList lines = {
        tr("Contest: %1 (%2)").arg(contest.titleRu).arg(contest.year),
        tr("File: %1 (format %2)").arg(document.path()).arg(schemaVersion),
        tr("Regions: %1").arg(c.regions),
        tr("Districts: %1").arg(c.districts),
        tr("Rural okrugs: %1").arg(c.okrugs),
        tr("Nominees: %1").arg(c.nominees),
        tr("Criteria: %1").arg(c.criteria),
        tr("Commissions: %1, members: %2").arg(c.commissions).arg(c.members),
        tr("Scores: %1").arg(c.scores),
        tr("Survey responses: %1, ethics responses: %2, imports: %3")
            .arg(c.surveyResponses)
            .arg(c.ethicsResponses)
            .arg(c.imports),
        tr("Audit log entries: %1").arg(c.auditEntries),
    };
    printOut(lines.join(QLatin1Char('\n')));
    return ExitOk;
}

} // namespace

int runInfo(const QString &command, const QStringList &arguments)
{
    return InfoCommand::run(command, arguments);
}

} // namespace akim::cli
