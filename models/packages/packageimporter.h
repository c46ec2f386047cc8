#pragma once

#include "packages/packagerepository.h"
#include "services/contestdocument.h"
#include "storage/scorerepository.h"

#include <QCoreApplication>
#include <QVector>

namespace akim {

struct BallotLayout;

// One cell where a package differs from what the contest file holds, in words.
struct CellChange
{
    QString nominee;
    QString criterion; // its code
    QString before;    // empty: the file had no entry
    QString after;
};

// What importing one package would do, or why it must not.
struct PackageInspection
{
    QString path;
    QString refusal; // empty: it may be imported
    PackageManifest manifest;
    QString fileSha256;
    qint64 memberId = 0;
    QString memberName;
    QString commissionName;
    QString submittedAt;
    QString submittedBy;
    QVector<ScoreCell> cells; // with this contest file's ids
    QVector<CellChange> changes;
    bool ok() const { return refusal.isEmpty(); }
};

// Takes a member's ballot package back into the contest file it was exported from. A package is
// refused, with nothing changed, when it belongs to another contest or member, was edited after
// the member sealed it, is already imported, is stale (the ballot or the methodology changed in
// the file since the export), no longer matches the nominees or criteria, was not submitted by
// the member, or a score in it is out of range. Otherwise the differences against any earlier
// entry are shown (`changes`), and accept() writes the cells and submits the ballot.
class PackageImporter
{
    Q_DECLARE_TR_FUNCTIONS(akim::PackageImporter)

public:
    explicit PackageImporter(ContestDocument &document);

    // Reads and checks the package; writes nothing.
    PackageInspection inspect(const QString &path) const;
    // All or nothing: every package is checked again in one transaction and the first refusal
    // rolls everything back. Only the secretary imports.
    EditResult accept(const QVector<PackageInspection> &packages);

    // "7.5", "abstained", "recused", with the comment after a dash.
    static QString cellText(const ScoreCell &cell);

private:
    QString check(const QString &path, PackageInspection *result) const;
    QString checkPackage(const QSqlDatabase &package, PackageInspection *result,
                         BallotLayout *layout) const;
    QString checkState(const PackageInspection &inspection, const BallotLayout &layout) const;
    QString checkLayout(const QSqlDatabase &package, const BallotLayout &layout,
                        const QString &name) const;
    QString readCells(const QSqlDatabase &package, const BallotLayout &layout,
                      PackageInspection *result) const;
    void compare(PackageInspection *result, const BallotLayout &layout) const;
    void write(const PackageInspection &inspection, const BallotLayout &layout);

    ContestDocument &m_document;
};

} // namespace akim
