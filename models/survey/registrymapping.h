#pragma once

#include "survey/sheetreader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace akim::survey {

// What a column of a registry (the list of applicants) holds.
enum class RegistryRole {
    Ignore,
    Region,
    District,
    Okrug,
    FullName,
    Kato,
    InOfficeSince,
};

QString registryRoleKey(RegistryRole role); // "ignore", "region", …, "in_office_since"
RegistryRole registryRoleFromKey(const QString &key, bool *ok = nullptr);

// A column named by the user (in a --mapping file or the wizard): by 0-based index, or by its
// header text, compared folded (case, ё, Kazakh letters and spaces do not matter).
struct RegistryColumn
{
    int index = -1; // -1: find it by `header`
    QString header;
    RegistryRole role = RegistryRole::Ignore;
};

// The roles of a sheet's columns, resolved against its header.
struct RegistryColumns
{
    QVector<RegistryRole> roles; // one per column of the header
    QStringList problems;        // translated; empty when the roles are usable

    int columnOf(RegistryRole role) const { return int(roles.indexOf(role)); }
    bool isUsable() const { return problems.isEmpty(); }
};

// How to read a registry spreadsheet: which sheet, which rows are the header, and what each
// column holds. Registries are typed by hand, so nearly everything is optional: the header row
// is found by its labels, and columns are recognised by their headers in Russian, Kazakh or
// English. Columns named explicitly win over recognised ones.
//
// The JSON of `akimcontest import-registry --mapping M.json` (keys as in the survey mapping;
// every key optional, unknown keys ignored):
//   {
//     "sheet": "Лист1",                            default: the first sheet
//     "csv": {"encoding": "windows-1251", "delimiter": ";"},   default: detected
//     "header_rows": [2],                          0-based; default: the row with the labels
//     "first_data_row": 3,                         0-based; default: after the header
//     "region": "Кызылординская область",          every row's region, for a sheet without one
//     "columns": [
//       {"letter": "B", "role": "district"},       or {"index": 1, …}, or
//       {"header": "ФИО", "role": "full_name"}     the header text
//     ]                                            columns not listed are recognised by header
//   }
// Roles: region, district, okrug, full_name, kato, in_office_since, ignore.
class RegistryMapping
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::RegistryMapping)

public:
    QString sheet;
    CsvOptions csv;
    QVector<int> headerRows; // empty: findHeader()
    int firstDataRow = -1;   // -1: the row after the last header row
    QString region;          // the region of every row when no column holds one
    QVector<RegistryColumn> columns;

    // The role a header names, or Ignore: "Область"/"Облыс"/"Region", "Район"/"Аудан"/
    // "District", "Сельский округ"/"Ауылдық округ"/"Rural okrug", "Аким"/"ФИО акима"/
    // "Әкімнің аты-жөні"/"Full name", "КАТО"/"KATO", "В должности с"/"Лауазымда"/"In office
    // since", and their longer forms ("ФИО акима сельского округа" is the name, not the okrug).
    static RegistryRole recognise(const QString &header);

    // The 0-based row among `rows` (the first rows of a sheet) whose cells name the most
    // registry roles, at least two; -1 when no row does.
    static int findHeader(const QVector<QVector<QVariant>> &rows);

    // The roles of the columns named `headers`: the explicit ones, then the recognised ones
    // for the others. A role may be held by one column only; the problems name the columns
    // that need a mapping, and the roles that no column holds.
    RegistryColumns resolve(const QStringList &headers) const;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, RegistryMapping *mapping, QString *error);
};

} // namespace akim::survey
