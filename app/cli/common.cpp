#include "cli/common.h"

#include "cli/terminal.h"
#include "services/contestdocument.h"
#include "text/textfold.h"

#include <QJsonDocument>

#include <cstdio>

namespace akim::cli {
namespace {

void writeLine(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString programName()
{
    return QStringLiteral("akimcontest");
}

void printOut(const QString &text)
{
    writeLine(stdout, text);
}

void printErr(const QString &text)
{
    writeLine(stderr, text);
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

CommandLine::CommandLine(const QString &command, const QString &synopsis,
                         const QString &description)
    : m_command(command)
    , m_synopsis(synopsis)
    , m_description(description)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(m_help);
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> CommandLine::parse(const QStringList &arguments, int minPositional,
                                      int maxPositional)
{
    // QCommandLineParser takes the program as the first argument.
    if (!m_parser.parse(QStringList{programName() + QLatin1Char(' ') + m_command} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        printOut(helpText());
        return ExitOk;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() < minPositional)
        return usageError(tr("Missing argument. Usage: %1 %2").arg(programName(), m_synopsis));
    if (positional.size() > maxPositional)
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.at(maxPositional)));
    return std::nullopt;
}

std::optional<int> CommandLine::intValue(const QCommandLineOption &option, int min, int max)
{
    bool ok = false;
    const int number = m_parser.value(option).trimmed().toInt(&ok);
    if (ok && number >= min && number <= max)
        return number;
    usageError(tr("--%1 needs a whole number from %2 to %3, not \"%4\".")
                   .arg(option.names().constLast())
                   .arg(min)
                   .arg(max)
                   .arg(m_parser.value(option)));
    return std::nullopt;
}

QString CommandLine::helpText() const
{
    // Replace Qt's generic first line ("Usage: prog [options] FILE") with the contract's synopsis.
    QString text = m_parser.helpText();
    const int firstBreak = text.indexOf(QLatin1Char('\n'));
    const QString usage = tr("Usage: %1 %2").arg(programName(), m_synopsis);
    text = firstBreak < 0 ? usage : usage + text.mid(firstBreak);
    return text.trimmed();
}

int CommandLine::usageError(const QString &message) const
{
    printErr(QStringLiteral("%1 %2: %3").arg(programName(), m_command, message));
    printErr(tr("Run \"%1 %2 --help\" for usage.").arg(programName(), m_command));
    return ExitUsage;
}

int CommandLine::badInput(const QString &message) const
{
    printErr(QStringLiteral("%1 %2: %3").arg(programName(), m_command, message));
    return ExitBadInput;
}

bool CommandLine::openReadOnly(ContestDocument &document, const QString &path) const
{
    if (document.open(path, Database::Mode::ReadOnly))
        return true;
    badInput(document.errorString());
    return false;
}

bool CommandLine::openReadWrite(ContestDocument &document, const QString &path) const
{
    // The command line's own commands act as the operator; `ballots` and `finalise` sign in.
    document.setOperatorRights(true);
    if (document.open(path, Database::Mode::ReadWrite))
        return true;
    badInput(document.errorString());
    return false;
}

bool CommandLine::signIn(ContestDocument &document, const QString &user) const
{
    if (user.isEmpty()) {
        badInput(tr("Give the user name with --user; the password is read from "
                    "AKIMCONTEST_PASSWORD or asked for."));
        return false;
    }
    QString password = qEnvironmentVariable("AKIMCONTEST_PASSWORD");
    if (password.isNull()) {
        const std::optional<QString> typed = readSecret(tr("Password for %1: ").arg(user));
        if (!typed) {
            badInput(tr("No password: set AKIMCONTEST_PASSWORD or run the command on a "
                        "terminal."));
            return false;
        }
        password = *typed;
    }
    const EditResult result = document.signIn(user, password);
    if (!result.ok()) {
        badInput(result.message);
        return false;
    }
    return true;
}

std::optional<Region> CommandLine::regionArgument(ContestDocument &document,
                                                  const QString &wanted) const
{
    const QVector<Region> regions = document.geography().regions();
    const QString folded = text::fold(wanted);
    for (const Region &region : regions) {
        if (region.kato == wanted || (wanted.size() == 2 && region.kato.startsWith(wanted)) ||
            text::fold(region.nameRu) == folded || text::fold(region.nameKk) == folded)
            return region;
    }
    QStringList names;
    for (const Region &r : regions)
        names << QStringLiteral("%1 (%2)").arg(r.nameRu, r.kato);
    badInput(tr("No region \"%1\" in this contest. Its regions: %2.")
                 .arg(wanted, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace akim::cli
