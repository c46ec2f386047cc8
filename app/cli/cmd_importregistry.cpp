#include "cli/commands.h"
#include "cli/common.h"

#include "services/contestdocument.h"
#include "survey/headerguess.h"
#include "survey/registryimporter.h"
#include "survey/registrymapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace akim::cli {
namespace {

using survey::RegistryMapping;
using survey::RegistryRole;

class ImportRegistryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRegistryCommand)

public:
    static int run(const QString &command, const QStringList &arguments);

private:
    static bool readMapping(const QString &path, RegistryMapping *mapping, QString *error);
    static QString describeColumns(const survey::RegistryPlan &plan);
};

bool ImportRegistryCommand::readMapping(const QString &path, RegistryMapping *mapping,
                                        QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (!json.isObject()) {
        *error = QStringLiteral("%1: %2").arg(path, parseError.error != QJsonParseError::NoError
                                                        ? tr("not valid JSON (%1 at offset %2)")
                                                              .arg(parseError.errorString())
                                                              .arg(parseError.offset)
                                                        : tr("the mapping must be a JSON object"));
        return false;
    }
    QString message;
    if (!RegistryMapping::fromJson(json.object(), mapping, &message)) {
        *error = QStringLiteral("%1: %2").arg(path, message);
        return false;
    }
    return true;
}

// `B "Район" → district, C "Сельский округ" → okrug, …`: what each used column was taken for.
QString ImportRegistryCommand::describeColumns(const survey::RegistryPlan &plan)
{
    QStringList parts;
    for (int i = 0; i < plan.roles.roles.size(); ++i) {
        const RegistryRole role = plan.roles.roles.at(i);
        if (role == RegistryRole::Ignore)
            continue;
        parts << QStringLiteral("%1 \"%2\" → %3")
                     .arg(survey::HeaderGuess::columnLetter(i), plan.columns.value(i),
                          survey::registryRoleKey(role));
    }
    return parts.join(QStringLiteral(", "));
}

int ImportRegistryCommand::run(const QString &command, const QStringList &arguments)
{
    CommandLine cl(
        command,
        QStringLiteral("import-registry FILE SHEET [--mapping M.json] [--sheet NAME] "
                       "[--dry-run]"),
        tr("Imports the list of applicants from a registry spreadsheet (CSV, XLSX, ODS or XLS) "
           "into the contest FILE: one row per nominee with the region, district, rural okrug "
           "and the akim's full name, and optionally the okrug's KATO code and the date the akim "
           "took office. The header row and its columns are recognised by their labels in "
           "Russian, Kazakh or English (\"Область\", \"Аудан\", \"Rural okrug\", \"ФИО акима\", "
           "\"КАТО\", \"В должности с\", …); a mapping file names the others. Districts and "
           "okrugs that the contest does not have yet are created; a nominee already in the "
           "okrug is left as it is, so importing the same file again adds nothing.\n"
           "Any problem row (a blank name, an unknown region, a bad date, an okrug that already "
           "has another nominee, …) is listed with its row and column, and nothing is written: "
           "exit status 2, as for a file that cannot be read."));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        tr("A JSON file naming the sheet, the header row or the role of columns the labels "
           "do not make clear."),
        QStringLiteral("M.json"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The sheet to import (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Show what would be imported, and write nothing."));
    for (const QCommandLineOption &option : {mapping, sheet, dryRun})
        cl.addOption(option);
    cl.addPositional(QStringLiteral("FILE"), tr("The contest file."));
    cl.addPositional(QStringLiteral("SHEET"), tr("The registry spreadsheet."));
    if (const std::optional<int> exit = cl.parse(arguments, 2, 2))
        return *exit;

    RegistryMapping registryMapping;
    if (cl.isSet(mapping)) {
        QString error;
        if (!readMapping(cl.value(mapping), &registryMapping, &error))
            return cl.badInput(error);
    }
    ContestDocument document;
    const Database::Mode mode =
        cl.isSet(dryRun) ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    if (!document.open(cl.positional(0), mode))
        return cl.badInput(document.errorString());

    survey::RegistryImporter importer(document);
    const survey::RegistryPlan plan =
        importer.plan(cl.positional(1), registryMapping, cl.value(sheet));
    if (plan.isBroken())
        return cl.badInput(plan.error.toString());
    QStringList headerRows;
    for (const int row : plan.headerRows)
        headerRows << QString::number(row + 1);
    printOut(tr("%1, sheet \"%2\": header in row %3; columns: %4.")
                 .arg(plan.fileName, plan.sheet, headerRows.join(QStringLiteral(", ")),
                      describeColumns(plan)));
    printOut(plan.summary());
    if (!plan.problems.isEmpty()) {
        for (const survey::ReadError &problem : plan.problems)
            printErr(problem.toString());
        return cl.badInput(tr("%n row(s) with problems; nothing was imported.", nullptr,
                              plan.count(survey::RegistryAction::Problem)));
    }
    if (cl.isSet(dryRun)) {
        printOut(tr("Dry run: nothing was written."));
        return ExitOk;
    }
    const survey::RegistryResult result = importer.apply(plan);
    if (!result.error.isEmpty())
        return cl.badInput(result.error);
    printOut(tr("%1 added, %2 already present").arg(result.added).arg(result.present));
    if (result.districtsCreated > 0 || result.okrugsCreated > 0) {
        printOut(tr("Created: %n district(s)", nullptr, result.districtsCreated) +
                 tr(", %n okrug(s).", nullptr, result.okrugsCreated));
    }
    return ExitOk;
}

} // namespace

int runImportRegistry(const QString &command, const QStringList &arguments)
{
    return ImportRegistryCommand::run(command, arguments);
}

} // namespace akim::cli
