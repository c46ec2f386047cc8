#include "packages/packagerepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {

PackageRepository::PackageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<PackageManifest> PackageRepository::manifest() const
{
    QSqlQuery q = sql::exec(
        m_db, QStringLiteral("SELECT package_uuid, contest_uuid, commission_uuid, member_uuid, "
                             "account_uuid, ballot_version, methodology_version, exported_at, "
                             "exported_by, package_salt, seal FROM package_manifest WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    PackageManifest m;
    m.packageUuid = q.value(0).toString();
    m.contestUuid = q.value(1).toString();
    m.commissionUuid = q.value(2).toString();
    m.memberUuid = q.value(3).toString();
    m.accountUuid = q.value(4).toString();
    m.ballotVersion = q.value(5).toInt();
    m.methodologyVersion = q.value(6).toInt();
    m.exportedAt = q.value(7).toString();
    m.exportedBy = q.value(8).toString();
    m.packageSalt = q.value(9).toString();
    m.seal = q.value(10).toString();
    return m;
}

void PackageRepository::insertManifest(const PackageManifest &m)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO package_manifest (id, package_uuid, contest_uuid, "
                             "commission_uuid, member_uuid, account_uuid, ballot_version, "
                             "methodology_version, exported_at, exported_by, package_salt, seal) "
                             "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {m.packageUuid, m.contestUuid, m.commissionUuid, m.memberUuid, m.accountUuid,
               m.ballotVersion, m.methodologyVersion, m.exportedAt, m.exportedBy, m.packageSalt,
               m.seal});
}

void PackageRepository::setSeal(const QString &seal)
{
    sql::exec(m_db, QStringLiteral("UPDATE package_manifest SET seal = ? WHERE id = 1"), {seal});
}

std::optional<PackageRecord> PackageRepository::record(const QString &packageUuid) const
{
    QSqlQuery q = sql::exec(
        m_db,
        QStringLiteral("SELECT uuid, member_uuid, ballot_version, exported_at, exported_by, "
                       "imported_at, imported_by, file_sha256 FROM ballot_package WHERE uuid = ?"),
        {packageUuid});
    if (!q.next())
        return std::nullopt;
    PackageRecord r;
    r.uuid = q.value(0).toString();
    r.memberUuid = q.value(1).toString();
    r.ballotVersion = q.value(2).toInt();
    r.exportedAt = q.value(3).toString();
    r.exportedBy = q.value(4).toString();
    r.importedAt = q.value(5).toString();
    r.importedBy = q.value(6).toString();
    r.fileSha256 = q.value(7).toString();
    return r;
}

void PackageRepository::recordExport(const PackageRecord &r)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO ballot_package (uuid, member_uuid, ballot_version, "
                             "exported_at, exported_by) VALUES (?, ?, ?, ?, ?)"),
              {r.uuid, r.memberUuid, r.ballotVersion, r.exportedAt, r.exportedBy});
}

void PackageRepository::markImported(const QString &packageUuid, const QString &at,
                                     const QString &by, const QString &fileSha256)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE ballot_package SET imported_at = ?, imported_by = ?, "
                             "file_sha256 = ? WHERE uuid = ? AND imported_at IS NULL"),
              {at, by, fileSha256, packageUuid});
}

} // namespace akim
