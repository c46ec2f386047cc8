#include "packages/packagesession.h"

#include "packages/packagerepository.h"
#include "packages/packageseal.h"
#include "services/passwords.h"
#include "storage/storageerror.h"

namespace akim {

void PackageSession::start(bool isPackage)
{
    m_active = isPackage;
    m_key.clear();
}

void PackageSession::end()
{
    m_active = false;
    m_key.clear();
}

QString PackageSession::signIn(const QSqlDatabase &db, const QString &password)
{
    m_key.clear();
    if (!m_active)
        return {};
    try {
        const std::optional<PackageManifest> manifest = PackageRepository(db).manifest();
        if (!manifest)
            throw StorageError(tr("The file is not a ballot package."));
        const QByteArray key = passwords::derivePackageKey(
            password, QByteArray::fromHex(manifest->packageSalt.toLatin1()));
        if (!packageseal::matches(db, key, manifest->seal))
            return tr("This ballot package was changed outside Akim Contest after it was sealed. "
                      "Do not score it: ask the secretary for a new package.");
        m_key = key;
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

void PackageSession::afterWrite(const QSqlDatabase &db) const
{
    if (!m_active)
        return;
    if (m_key.isEmpty())
        throw StorageError(tr("Sign in to change the ballot package."));
    packageseal::reseal(db, m_key);
}

} // namespace akim
