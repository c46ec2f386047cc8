#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"
#include "storage/auditlog.h"
#include "storage/storageerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace akim::cli {
namespace {

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static QString line(const AuditEntry &entry);
    static QJsonObject json(const AuditEntry &entry);
};

// A stored value on one line, so that each entry is one line of output and grep finds it whole:
// multi-line JSON (a methodology) is compacted, any other line break written as \n. The exact
// stored text is in the JSON output.
QString oneLine(const QString &value)
{
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
    QString text = value;
    text.replace(QLatin1String("\r\n"), QLatin1String("\\n"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"))
        .replace(QLatin1Char('\r'), QLatin1String("\\n"));
    return text;
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}

QString AuditCommand::line(const AuditEntry &e)
{
    QString object = e.objectType;
    if (!e.objectUuid.isEmpty())
        object += QLatin1Char(' ') + e.objectUuid;
    QString text = QStringLiteral("#%1  %2  %3  %4  %5  %6 → %7")
                       .arg(QString::number(e.id), e.at, orDash(e.user), e.action, object,
                            orDash(oneLine(e.oldValue)), orDash(oneLine(e.newValue)));
    if (!e.reason.isEmpty())
        text += QStringLiteral("  ") + tr("reason: %1").arg(oneLine(e.reason));
    return text;
}

QJsonObject AuditCommand::json(const AuditEntry &e)
{
    // Every field as stored, so that anyone can recompute each hash from this output alone.
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"), e.at},
            {QStringLiteral("user"), e.user},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("object_type"), e.objectType},
            {QStringLiteral("object_uuid"), e.objectUuid},
            {QStringLiteral("old"), e.oldValue},
            {QStringLiteral("new"), e.newValue},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("prev_hash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

int AuditCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(command, QStringLiteral("audit FILE [--json]"),
                   tr("Prints the audit log, oldest first: one line per entry with its number, "
                      "time (UTC), user, action, object, old → new value and reason. The file "
                      "is opened read-only. The hash chain is verified as well: when it is "
                      "broken, the log is still printed, the first broken entry is named on "
                      "stderr and the exit status is 3."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object: \"entries\" with every field of "
                                           "each entry (hashes included), \"chain_intact\" and "
                                           "\"problems\"."));
    const QCommandLineOption action(
        QStringLiteral("action"),
        tr("Only the entries whose action starts with PREFIX (\"nominee\", \"survey.import\")."),
        tr("PREFIX"));
    const QCommandLineOption user(QStringLiteral("user"),
                                  tr("Only the entries made by this user (any case)."), tr("NAME"));
    for (const QCommandLineOption &option : {jsonOption, action, user})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    if (const std::optional<int> exit = cl.parse(arguments, 1, 1))
        return *exit;

    ContestDocument document;
    if (!cl.openReadOnly(document, cl.positional(0)))
        return ExitBadInput;
    QVector<AuditEntry> entries;
    QStringList problems;
    try {
        const AuditLog log = document.audit();
        entries = log.entries();
        problems = log.verify();
    } catch (const StorageError &e) {
        // A dropped or damaged audit table is an integrity finding, as `check` reports it.
        printErr(QStringLiteral("%1 %2: %3")
                     .arg(programName(), command,
                          tr("The audit log cannot be read: %1").arg(e.message())));
        return ExitIntegrity;
    }

    const QString actionPrefix = cl.value(action);
    const QString userName = cl.value(user);
    const auto wanted = [&](const AuditEntry &e) {
        return (actionPrefix.isEmpty() || e.action.startsWith(actionPrefix)) &&
               (!cl.isSet(user) || e.user.compare(userName, Qt::CaseInsensitive) == 0);
    };
    if (cl.isSet(jsonOption)) {
        QJsonArray array;
        for (const AuditEntry &e : std::as_const(entries)) {
            if (wanted(e))
                array.append(json(e));
        }
        printJson({{QStringLiteral("entries"), array},
                   {QStringLiteral("total"), int(entries.size())},
                   {QStringLiteral("chain_intact"), problems.isEmpty()},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else {
        // One write for the whole log: thousands of flushed lines would be slow.
        QStringList lines;
        lines.reserve(entries.size());
        for (const AuditEntry &e : std::as_const(entries)) {
            if (wanted(e))
                lines << line(e);
        }
        if (!lines.isEmpty())
            printOut(lines.join(QLatin1Char('\n')));
    }
    if (problems.isEmpty())
        return ExitOk;
    for (const QString &problem : std::as_const(problems))
        printErr(QStringLiteral("%1 %2: %3").arg(programName(), command, problem));
    printErr(tr("The audit log was changed outside the program; \"%1 check\" lists every "
                "problem of the file.")
                 .arg(programName()));
    return ExitIntegrity;
}

} // namespace

int runAudit(const QString &command, const QStringList &arguments)
{
    return AuditCommand::run(command, arguments);
}

} // namespace akim::cli
