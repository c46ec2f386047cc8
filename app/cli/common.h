#pragma once

#include "domain/geography.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace akim {
class ContestDocument;
}

namespace akim::cli {

// The exit statuses of the command-line contract (shared/DESIGN.md).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitBadInput = 2,  // message on stderr; the contest file is left unchanged
    ExitIntegrity = 3, // `check` found a problem
};

QString programName(); // "akimcontest"

// UTF-8 on stdout / stderr, one line each (a newline is appended).
void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);

// One command's argument parsing: its own QCommandLineParser with --help, positional-count
// checks and the contract's error format ("akimcontest COMMAND: message", exit 1 for usage).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(const QString &command, const QString &synopsis, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    void addPositional(const QString &name, const QString &description);

    // Parses the arguments that follow the command. Returns the exit status to end with (help
    // printed: 0; usage error: 1), or nothing when the command should go on.
    std::optional<int> parse(const QStringList &arguments, int minPositional, int maxPositional);

    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    bool isSet(const QCommandLineOption &option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption &option) const { return m_parser.value(option); }

    // The value of an integer option within [min, max]; prints the usage error when it is not.
    std::optional<int> intValue(const QCommandLineOption &option, int min, int max);

    QString helpText() const;
    int usageError(const QString &message) const; // prints, returns ExitUsage
    int badInput(const QString &message) const;   // prints, returns ExitBadInput

    // Opens an existing contest file read-only; on failure prints the Database's message.
    bool openReadOnly(ContestDocument &document, const QString &path) const;
    bool openReadWrite(ContestDocument &document, const QString &path) const;
    // Signs in as `user` with the password from AKIMCONTEST_PASSWORD, or asked on the
    // terminal without echo. On failure prints why and returns false.
    bool signIn(ContestDocument &document, const QString &user) const;
    // A --region value: the name in Russian or Kazakh (folded: any case, Kazakh letters or their
    // Russian look-alikes) or the KATO code (or its first two digits). Prints the contest's
    // regions when none matches.
    std::optional<Region> regionArgument(ContestDocument &document, const QString &wanted) const;

private:
    QString m_command;
    QString m_synopsis;
    QString m_description;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

} // namespace akim::cli
