#include "cli/commands.h"
#include "cli/common.h"

namespace akim::cli {

int runVersion(const QString &command, const QStringList &arguments)
{
    Q_UNUSED(command);
    Q_UNUSED(arguments);
    printOut(programName() + QLatin1Char(' ') + QLatin1String(AKIM_VERSION));
    return ExitOk;
}

} // namespace akim::cli
