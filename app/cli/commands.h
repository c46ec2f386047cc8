#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace akim::cli {

// A command of the contract. `arguments` are those after the command name.
using CommandFunction = int (*)(const QString &command, const QStringList &arguments);

struct CommandInfo
{
    const char *name;
    const char *synopsis; // syntax after "akimcontest", not translated
    const char *summary;  // QT_TRANSLATE_NOOP("Cli", …)
    CommandFunction run;
    // Paints (fonts need a QGuiApplication): run on the offscreen platform, still without a
    // display.
    bool paints = false;
};

// Every command of the contract, in the order --help lists them.
const QVector<CommandInfo> &commands();
const CommandInfo *findCommand(const QString &name);

int runVersion(const QString &command, const QStringList &arguments);
int runNew(const QString &command, const QStringList &arguments);
int runDemo(const QString &command, const QStringList &arguments);
int runInfo(const QString &command, const QStringList &arguments);
int runCheck(const QString &command, const QStringList &arguments);
int runInspect(const QString &command, const QStringList &arguments);
int runImportRegistry(const QString &command, const QStringList &arguments);
int runImportSurvey(const QString &command, const QStringList &arguments);
int runFinalise(const QString &command, const QStringList &arguments);
int runRank(const QString &command, const QStringList &arguments);
int runAudit(const QString &command, const QStringList &arguments);
int runBallots(const QString &command, const QStringList &arguments);
int runReport(const QString &command, const QStringList &arguments);

} // namespace akim::cli
