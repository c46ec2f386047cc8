#pragma once

#include "domain/geography.h"
#include "survey/registrymapping.h"
#include "survey/sheetreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace akim {
class ContestDocument;
}

namespace akim::survey {

// What the import does with one row of the registry.
enum class RegistryAction {
    Add,     // a new nominee (in an okrug that exists, or one created with it)
    Present, // the okrug already has this nominee: nothing to do
    Problem, // invalid, or in conflict with the contest or another row: blocks the import
};

// One data row as planned. Places are either existing rows (id) or created by the import
// (index into RegistryPlan::newDistricts / newOkrugs).
struct RegistryRow
{
    qint64 row = 0; // 1-based, as the spreadsheet shows it
    RegistryAction action = RegistryAction::Problem;
    // As read; a blank region or district cell takes the one above it (merged cells)
    QString region;
    QString district;
    QString okrug;
    QString fullName;
    QDate inOfficeSince;
    QString kato;
    qint64 regionId = 0;
    qint64 districtId = 0;
    int newDistrict = -1;
    qint64 okrugId = 0;
    int newOkrug = -1;
    qint64 nomineeId = 0; // Present: the nominee already there
};

// A new okrug in an existing (okrug.districtId) or a new (newDistrict) district.
struct NewOkrug
{
    Okrug okrug; // districtId set when the district exists
    int newDistrict = -1;
};

// Everything an import would do, computed without writing: the preview of the import wizard,
// `import-registry --dry-run`, and the input of apply().
struct RegistryPlan
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::RegistryPlan)

public:
    QString file; // as given
    QString fileName;
    QString sha256;
    QString sheet;
    QVector<int> headerRows; // 0-based
    QStringList columns;     // header texts
    RegistryColumns roles;
    ReadError error; // the file cannot be read, or its columns cannot be mapped
    QVector<RegistryRow> rows;
    QVector<District> newDistricts; // regionId, names and KATO set; id 0
    QVector<NewOkrug> newOkrugs;
    QVector<ReadError> problems; // file, row, column, message; several per row possible
    qint64 auditMark = 0;        // the last audit entry when planned: apply() refuses a stale plan

    int count(RegistryAction action) const;
    bool isBroken() const { return error.isError(); }
    bool canApply() const { return !isBroken() && problems.isEmpty(); }
    // "12 row(s): 0 to add, 12 already present", with the problem rows and the places to
    // create.
    QString summary() const;
};

struct RegistryResult
{
    QString error; // translated; empty when the import was written
    int added = 0;
    int present = 0;
    int districtsCreated = 0;
    int okrugsCreated = 0;
    QString importUuid; // of the "registry.import" audit entry
};

// Imports the list of applicants: regions are matched against the contest's (by Russian or
// Kazakh name in any spelling PlaceNormalizer understands, or by the KATO code's prefix);
// districts and okrugs are found within them (by KATO code, or by name) or created; each row
// adds its nominee unless the okrug already has one. Names match up to their forms (case,
// designators, Russian adjective / Kazakh noun) and kinds (a city is not a district, a
// settlement not a rural okrug); a typo is never guessed, because a registry creates places
// and a guess would silently merge two of them. The one looser match is confirmed by a person:
// a spelling far from the stored one ("Қарауылтөбе" / "Караултобинский") is the okrug or
// district where this very nominee already is, when the two are close enough.
//
// Nothing is ever updated: a row for an okrug and nominee already there is "present" even if
// its date differs, and an import without rows to add writes nothing at all (not even its
// audit summary), so importing a file twice leaves the contest file byte for byte as it was.
class RegistryImporter
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::RegistryImporter)

public:
    explicit RegistryImporter(ContestDocument &document);

    // Reads `path` (the sheet `sheet`, else mapping.sheet, else the first) and plans every row
    // against the open contest. Writes nothing.
    RegistryPlan plan(const QString &path, const RegistryMapping &mapping = {},
                      const QString &sheet = {}) const;

    // Writes a plan without problems in one transaction, with an audit entry per created
    // district, okrug and nominee and one "registry.import" summary. All or nothing.
    RegistryResult apply(const RegistryPlan &plan);

    // Folded, punctuation as spaces, one space between words: "Иванов И.И." = "ИВАНОВ И. И.".
    static QString nameKey(const QString &fullName);

private:
    ContestDocument &m_document;
};

} // namespace akim::survey
