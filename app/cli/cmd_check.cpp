#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"
#include "services/integritychecker.h"
#include "storage/finalisationrepository.h"

namespace akim::cli {
namespace {

class CheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static int run(const QString &command, const QStringList &arguments);
};

int CheckCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command, QStringLiteral("check FILE"),
                   tr("Checks a contest file without changing it: SQLite's integrity check, "
                      "foreign keys, the audit log's hash chain and the stored survey totals. "
                      "Exits with 3 and a list of problems when anything is wrong."));
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    ContestDocument document;
    if (!document.open(cl.positional(0), Database::Mode::ReadOnly)) {
        // A file that is ours but cannot even be read is a finding of the check itself.
        if (document.error() == Database::Error::Corrupt) {
            printOut(document.errorString());
            return ExitIntegrity;
        }
        return cl.badInput(document.errorString());
    }
    const QStringList problems = IntegrityChecker(document.database()).problems();
    if (!problems.isEmpty()) {
        printOut(
            tr("%1: %n problem(s) found:", nullptr, int(problems.size())).arg(document.path()));
        for (const QString &problem : problems)
            printOut(QStringLiteral("  - ") + problem);
        return ExitIntegrity;
    }
    const ContestCounts counts = document.contest().counts();
    printOut(tr("OK: %1 is intact: integrity, foreign keys, the audit chain of %n entries and "
                "the survey totals verified.",
                nullptr, int(counts.auditEntries))
                 .arg(document.path()));
    if (const int finalised =
            int(FinalisationRepository(document.database().connection()).all().size()))
        printOut(tr("%n finalised result(s) recomputed from the file, each matching the SHA-256 "
                    "and methodology it was finalised with.",
                    nullptr, finalised));
    return ExitOk;
}

} // namespace

int runCheck(const QString &command, const QStringList &arguments)
{
    return CheckCommand::run(command, arguments);
}

} // namespace akim::cli
