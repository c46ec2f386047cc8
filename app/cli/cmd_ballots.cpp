#include "cli/commands.h"
#include "cli/common.h"

#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "text/language.h"
#include "text/textfold.h"

#include <QFileInfo>

#include <limits>

namespace akim::cli {
namespace {

class BallotsCommand
{
    Q_DECLARE_TR_FUNCTIONS(BallotsCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static int runExport(const QString &command, const QStringList &arguments);
    static int runImport(const QString &command, const QStringList &arguments);
    static QCommandLineOption userOption();
    static std::optional<Member> memberArgument(const CommandLine &cl, ContestDocument &document,
                                                const QString &wanted);
};

QCommandLineOption BallotsCommand::userOption()
{
    return QCommandLineOption(QStringLiteral("user"),
                              tr("The secretary's user name; the password is read from "
                                 "AKIMCONTEST_PASSWORD or asked for."),
                              tr("NAME"));
}

int BallotsCommand::run(const QString &command, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("export"))
        return runExport(command + QStringLiteral(" export"), arguments.mid(1));
    if (action == QLatin1String("import"))
        return runImport(command + QStringLiteral(" import"), arguments.mid(1));
    CommandLine cl(command,
                   QStringLiteral("ballots export FILE --member NAME|ID --out PACKAGE --user NAME\n"
                                  "ballots import FILE PACKAGE... --user NAME"),
                   tr("Exports a commission member's ballot package, to be scored offline with "
                      "this program on any PC, or imports the packages the members send back."));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(cl.helpText());
        return ExitOk;
    }
    return cl.usageError(action.isEmpty()
                             ? tr("Say what to do: export or import.")
                             : tr("Unknown action %1: use export or import.").arg(action));
}

std::optional<Member> BallotsCommand::memberArgument(const CommandLine &cl,
                                                     ContestDocument &document,
                                                     const QString &wanted)
{
    const QVector<Member> members = BallotService(document).votingMembers();
    bool isId = false;
    const qint64 id = wanted.toLongLong(&isId);
    QVector<Member> found;
    for (const Member &m : members) {
        if (isId ? m.id == id : text::fold(m.fullName) == text::fold(wanted))
            found << m;
    }
    if (found.isEmpty() && !isId) {
        for (const Member &m : members) {
            if (text::containsAllWords(text::fold(m.fullName), text::fold(wanted)))
                found << m;
        }
    }
    if (found.size() == 1)
        return found.front();
    QStringList lines;
    for (const Member &m : found.isEmpty() ? members : found) {
        lines << QStringLiteral("  %1  %2 (%3)")
                     .arg(m.id)
                     .arg(m.fullName,
                          text::pick(document.commissions().commission(m.commissionId).nameRu,
                                     document.commissions().commission(m.commissionId).nameKk));
    }
    cl.badInput((found.isEmpty() ? tr("No commission member who scores matches \"%1\". The "
                                      "members are:\n%2")
                                 : tr("\"%1\" matches several members; give the id:\n%2"))
                    .arg(wanted, lines.join(QLatin1Char('\n'))));
    return std::nullopt;
}

int BallotsCommand::runExport(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command,
                   QStringLiteral("ballots export FILE --member NAME|ID --out PACKAGE --user NAME"),
                   tr("Writes a member's ballot package: the nominees and criteria the member "
                      "scores, sealed with the member's password. The member opens it with this "
                      "program, scores, submits and sends the file back."));
    const QCommandLineOption member(QStringLiteral("member"),
                                    tr("The member: the full name, or the id."), tr("NAME|ID"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The package file to write."),
                                 tr("PACKAGE"));
    const QCommandLineOption user = userOption();
    for (const QCommandLineOption &option : {member, out, user})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;
    if (!cl.isSet(member) || cl.value(member).trimmed().isEmpty())
        return cl.usageError(tr("Name the member with --member."));
    if (!cl.isSet(out) || cl.value(out).isEmpty())
        return cl.usageError(tr("Give the package file with --out."));

    ContestDocument document;
    if (!cl.openReadWrite(document, cl.positional(0)) || !cl.signIn(document, cl.value(user)))
        return ExitBadInput;
    const std::optional<Member> found = memberArgument(cl, document, cl.value(member).trimmed());
    if (!found)
        return ExitBadInput;
    const QString path = QFileInfo(cl.value(out)).absoluteFilePath();
    if (const EditResult result = PackageExporter(document).exportTo(found->id, path); !result.ok())
        return cl.badInput(result.message);
    printOut(tr("Wrote the ballot package of %1 to %2.").arg(found->fullName, path));
    return ExitOk;
}

int BallotsCommand::runImport(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command, QStringLiteral("ballots import FILE PACKAGE... --user NAME"),
                   tr("Imports ballot packages the members scored and submitted. Every package "
                      "is checked first; if any is refused, none is imported and the file is "
                      "left unchanged."));
    const QCommandLineOption user = userOption();
    cl.addOption(user);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    cl.addPositional(QStringLiteral("PACKAGE..."), tr("The package files."));
    if (const std::optional<int> exit = cl.parse(arguments, 2, std::numeric_limits<int>::max()))
        return *exit;

    ContestDocument document;
    if (!cl.openReadWrite(document, cl.positional(0)) || !cl.signIn(document, cl.value(user)))
        return ExitBadInput;
    PackageImporter importer(document);
    QVector<PackageInspection> packages;
    QStringList refusals;
    const QStringList paths = cl.parser().positionalArguments().mid(1);
    for (const QString &path : paths) {
        packages << importer.inspect(path);
        if (!packages.back().ok())
            refusals << packages.back().refusal;
    }
    if (!refusals.isEmpty())
        return cl.badInput(tr("Nothing was imported.\n%1").arg(refusals.join(QLatin1Char('\n'))));
    if (const EditResult result = importer.accept(packages); !result.ok())
        return cl.badInput(result.message);
    for (const PackageInspection &p : std::as_const(packages)) {
        printOut(tr("Imported the ballot of %1 (%2) from %3: %n cell(s); changed against the "
                    "contest file: %4.",
                    nullptr, int(p.cells.size()))
                     .arg(p.memberName, p.commissionName, QFileInfo(p.path).fileName())
                     .arg(p.changes.size()));
        for (const CellChange &c : p.changes) {
            printOut(QStringLiteral("  %1, %2: %3 → %4")
                         .arg(c.nominee, c.criterion,
                              c.before.isEmpty() ? QStringLiteral("—") : c.before,
                              c.after.isEmpty() ? QStringLiteral("—") : c.after));
        }
    }
    return ExitOk;
}

} // namespace

int runBallots(const QString &command, const QStringList &arguments)
{
    return BallotsCommand::run(command, arguments);
}

} // namespace akim::cli
