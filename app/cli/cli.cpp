#include "cli/cli.h"

#include "cli/commands.h"
#include "cli/common.h"

#include "translationcatalog.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>
#include <memory>

namespace akim::cli {
namespace {

// Context for the strings of the dispatcher and the top-level help.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static QString helpText();
    static int unknownCommand(const QString &command);
};

const char *const kVersionArgs[] = {"--version", "-v"};
const char *const kHelpArgs[] = {"--help", "-h"};

template<size_t N>
bool isOneOf(const char *arg, const char *const (&list)[N])
{
    for (const char *candidate : list) {
        if (std::strcmp(arg, candidate) == 0)
            return true;
    }
    return false;
}

QString Cli::helpText()
{
    QStringList lines;
    lines << tr("Akim Contest %1: the «Үздік ауыл әкімі» / «Лучший сельский аким» contest — "
                "nominees, scores, rankings and protocols.")
                 .arg(QLatin1String(AKIM_VERSION))
          << QString() << tr("Usage:") << QStringLiteral("  %1 [FILE]").arg(programName())
          << tr("      Open the desktop application, on the contest FILE if one is given.")
          << QStringLiteral("  %1 COMMAND [ARGUMENTS]").arg(programName())
          << tr("      Run a command; no display is needed.")
          << QStringLiteral("  %1 --version | --help").arg(programName()) << QString()
          << tr("Commands:");
    for (const CommandInfo &command : commands()) {
        for (const QString &synopsis : QString::fromUtf8(command.synopsis).split(QLatin1Char('\n')))
            lines << QStringLiteral("  ") + synopsis;
        lines << QStringLiteral("      ") + tr(command.summary);
    }
    lines << QString()
          << tr("Exit status: 0 success; 1 usage error; 2 bad input (the message names the file, "
                "row and column, and the contest file is left unchanged); 3 integrity problem "
                "found.")
          << tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(programName());
    return lines.join(QLatin1Char('\n'));
}

int Cli::unknownCommand(const QString &command)
{
    printErr(tr("%1: unknown command \"%2\".").arg(programName(), command));
    printErr(tr("Run \"%1 --help\" for the list of commands.").arg(programName()));
    return ExitUsage;
}

// Interface language for messages: AKIMCONTEST_LANG (ru, kk, en), else the system locale.
// English is the source language, but its catalogue still gives the plural forms ("1 okrug",
// "12 okrugs" for the source's "%n okrug(s)").
void installTranslators(QCoreApplication &app)
{
    QString language = qEnvironmentVariable("AKIMCONTEST_LANG");
    if (language.isEmpty())
        language = QLocale::system().name().left(2);
    // Any other system language reads English, with its plural forms.
    if (!TranslationCatalog::languages().contains(language))
        language = QStringLiteral("en");
    const bool english = language == QLatin1String("en");
    // Numbers in messages follow the language, as in the GUI, never the system locale: English
    // messages on a German system still write "7.5". Machine output (csv, json) does not use it.
    QLocale::setDefault(
        english ? QLocale(QLocale::English, QLocale::UnitedStates)
                : QLocale(language == QLatin1String("kk") ? QLocale::Kazakh : QLocale::Russian,
                          QLocale::Kazakhstan));
    auto *own = new QTranslator(&app);
    if (own->load(TranslationCatalog::fileStem() + QLatin1Char('_') + language,
                  TranslationCatalog::resourceDir()))
        app.installTranslator(own);
    if (english)
        return;
    // Qt's own strings (QCommandLineParser's errors); Debian ships qtbase_ru but no qtbase_kk.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace

const QVector<CommandInfo> &commands()
{
    static const QVector<CommandInfo> list = {
        {"new", "new FILE [--template NAME]",
         QT_TRANSLATE_NOOP("Cli", "Create an empty contest with the default methodology (or a "
                                  "named template)."),
         runNew},
        {"demo", "demo FILE [--regions N] [--nominees-per-region N] [--scores] [--survey N]",
         QT_TRANSLATE_NOOP("Cli", "Create a realistic demo contest (17 regions and 2,287 nominees "
                                  "by default)."),
         runDemo},
        {"info", "info FILE [--json]",
         QT_TRANSLATE_NOOP("Cli", "Print what the contest file holds: regions, districts, "
                                  "nominees, criteria, members, scores, survey responses, "
                                  "imports, schema version."),
         runInfo},
        {"check", "check FILE",
         QT_TRANSLATE_NOOP("Cli", "Check the file's integrity, foreign keys, audit chain and "
                                  "survey totals; exit 3 with a list of problems."),
         runCheck},
        {"import-registry",
         "import-registry FILE SHEET [--mapping M.json] [--sheet NAME] [--dry-run]",
         QT_TRANSLATE_NOOP("Cli", "Import nominees from a registry spreadsheet."),
         runImportRegistry},
        {"import-survey",
         "import-survey FILE SHEET [--kind population|ethics] [--mapping M.json] [--dry-run]\n"
         "        [--rejected OUT.csv] [--sheet NAME]",
         QT_TRANSLATE_NOOP("Cli", "Import citizens' or ethics questionnaire responses."),
         runImportSurvey},
        {"inspect", "inspect SHEET [--sheet NAME] [--encoding NAME] [--delimiter C] --json",
         QT_TRANSLATE_NOOP("Cli", "Describe a spreadsheet as the import wizard reads it."),
         runInspect},
        {"rank", "rank FILE --stage regional|national [--region NAME|CODE] [--format csv|json]",
         QT_TRANSLATE_NOOP("Cli", "Rank the nominees of a stage."), runRank},
        {"report",
         "report FILE --stage regional|national [--region NAME|CODE] [--lang ru|kk|en] "
         "--out OUT.pdf",
         QT_TRANSLATE_NOOP("Cli", "Print a commission's protocol to PDF."), runReport, true},
        {"ballots",
         "ballots export FILE --member NAME|ID --out PACKAGE\nballots import FILE PACKAGE...",
         QT_TRANSLATE_NOOP("Cli", "Export a member's ballot package, or import returned ones."),
         runBallots},
        {"finalise", "finalise FILE --stage regional|national [--region NAME|CODE]",
         QT_TRANSLATE_NOOP("Cli", "Finalise a stage: inputs lock and the result is recorded."),
         runFinalise},
        {"audit", "audit FILE [--json]",
         QT_TRANSLATE_NOOP("Cli", "Print the audit log, oldest first."), runAudit},
    };
    return list;
}

const CommandInfo *findCommand(const QString &name)
{
    for (const CommandInfo &command : commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool handles(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (isOneOf(first, kVersionArgs) || isOneOf(first, kHelpArgs))
        return true;
    for (const CommandInfo &command : commands()) {
        if (std::strcmp(first, command.name) == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    const CommandInfo *early = argc > 1 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> application;
    if (early && early->paints) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(programName());
    QCoreApplication::setApplicationVersion(QLatin1String(AKIM_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Akim Contest"));
    installTranslators(app);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printErr(Cli::helpText());
        return ExitUsage;
    }
    const QString first = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (first == QLatin1String("--version") || first == QLatin1String("-v"))
        return runVersion(first, rest);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printOut(Cli::helpText());
        return ExitOk;
    }
    const CommandInfo *command = findCommand(first);
    if (!command)
        return Cli::unknownCommand(first);
    return command->run(first, rest);
}

} // namespace akim::cli
