#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"

namespace akim::cli {
namespace {

class NewCommand
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

int NewCommand::run(const QString &command, const QStringList &arguments)
{
    const QStringList templates = ContestDocument::templateNames();
    CommandLine cl(command, QStringLiteral("new FILE [--template NAME]"),
                   tr("Creates an empty contest file: the regions, one commission per region "
                      "and the republican one, and the criteria and methodology of a template."));
    const QCommandLineOption templateOption(
        QStringLiteral("template"),
        tr("The methodology template (default %1). Templates: %2.")
            .arg(ContestDocument::defaultTemplate(), templates.join(QStringLiteral(", "))),
        tr("NAME"), ContestDocument::defaultTemplate());
    cl.addOption(templateOption);
    cl.addPositional(QStringLiteral("FILE"),
                     tr("The contest file to create (suggested extension .akc). It must not "
                        "exist yet, or be empty."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    const QString path = cl.positional(0);
    const QString templateName = cl.value(templateOption);
    if (!templates.contains(templateName))
        return cl.badInput(tr("There is no template named \"%1\". Templates: %2.")
                               .arg(templateName, templates.join(QStringLiteral(", "))));
    ContestDocument document;
    if (!document.create(path, templateName))
        return cl.badInput(document.errorString());
    const ContestCounts counts = document.contest().counts();
    printOut(tr("Created %1 from the template %2: %3 regions, %4 commissions, %5 criteria.")
                 .arg(document.path(), templateName)
                 .arg(counts.regions)
                 .arg(counts.commissions)
                 .arg(counts.criteria));
    return ExitOk;
}

} // namespace

int runNew(const QString &command, const QStringList &arguments)
{
    return NewCommand::run(command, arguments);
}

} // namespace akim::cli
