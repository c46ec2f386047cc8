#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace akim {

// What a ballot package says about itself: whose ballot it is, of which contest, made from which
// state of the contest file, and its seal (see packageseal.h).
struct PackageManifest
{
    QString packageUuid;
    QString contestUuid;
    QString commissionUuid;
    QString memberUuid;
    QString accountUuid;
    int ballotVersion = 0;
    int methodologyVersion = 0;
    QString exportedAt;
    QString exportedBy;
    QString packageSalt; // hex
    QString seal;        // hex
};

// A package as the contest file that exported it remembers it.
struct PackageRecord
{
    QString uuid;
    QString memberUuid;
    int ballotVersion = 0;
    QString exportedAt;
    QString exportedBy;
    QString importedAt; // empty until imported
    QString importedBy;
    QString fileSha256;
    bool isImported() const { return !importedAt.isEmpty(); }
};

// The package tables of schema 6: the manifest of a package file, and the contest file's record
// of the packages it exported. Writes run inside the caller's transaction.
class PackageRepository
{
public:
    explicit PackageRepository(QSqlDatabase db);

    // The manifest of a package file; nothing for a contest file.
    std::optional<PackageManifest> manifest() const;
    void insertManifest(const PackageManifest &manifest);
    void setSeal(const QString &seal);

    std::optional<PackageRecord> record(const QString &packageUuid) const;
    void recordExport(const PackageRecord &record);
    void markImported(const QString &packageUuid, const QString &at, const QString &by,
                      const QString &fileSha256);

private:
    QSqlDatabase m_db;
};

} // namespace akim
