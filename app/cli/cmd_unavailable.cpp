#include "cli/commands.h"
#include "cli/common.h"

#include <QCoreApplication>

namespace akim::cli {
namespace {

class UnavailableCommand
{
    Q_DECLARE_TR_FUNCTIONS(UnavailableCommand)

public:
    static int run(const QString &command);
};

// Commands of the contract that later work fills in. They are recognised (so they never open
// the GUI by accident) and fail as a usage error until then.
int UnavailableCommand::run(const QString &command)
{
    printErr(tr("%1 %2: not available in this version yet.").arg(programName(), command));
    if (const CommandInfo *info = findCommand(command)) {
        printErr(tr("Planned usage:"));
        for (const QString &line : QString::fromUtf8(info->synopsis).split(QLatin1Char('\n')))
            printErr(QStringLiteral("  %1 %2").arg(programName(), line.trimmed()));
    }
    return ExitUsage;
}

} // namespace

int runUnavailable(const QString &command, const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return UnavailableCommand::run(command);
}

} // namespace akim::cli
