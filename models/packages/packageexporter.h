#pragma once

#include "packages/packagerepository.h"
#include "services/contestdocument.h"

#include <QCoreApplication>

namespace akim {

struct BallotLayout;

// Writes a member's ballot package: a file of the contest schema holding only what the member
// scores (their commission, its nominees and criteria, their declared conflicts, their cells so
// far and their account to sign in with), sealed with the member's package key. The member opens
// it with this program on any PC, scores, submits and sends it back (see PackageImporter).
//
// The package never holds another member's scores, the survey data or the package key itself:
// only the member's password recreates the key.
class PackageExporter
{
    Q_DECLARE_TR_FUNCTIONS(akim::PackageExporter)

public:
    static constexpr const char *kSuffix = "akb";

    explicit PackageExporter(ContestDocument &document);

    // Empty when the current actor may export this member's package; else why not.
    QString mayExport(qint64 memberId) const;
    // Writes the package to `path` (replacing a file there) and records the export in the
    // contest file with an audit entry. On a refusal or failure nothing is left at `path`.
    EditResult exportTo(qint64 memberId, const QString &path);

    // "Commission name — Member name.akb", without characters file systems refuse.
    static QString suggestedFileName(const QString &commissionName, const QString &memberName);

private:
    QString refusal(qint64 memberId, BallotLayout *layout) const;
    QString replacesContest(const QString &path) const;
    QString build(const BallotLayout &layout, const QString &tempPath,
                  const PackageManifest &manifest, const QByteArray &key);

    ContestDocument &m_document;
};

} // namespace akim
