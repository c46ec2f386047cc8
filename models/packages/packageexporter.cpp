#include "packages/packageexporter.h"

#include "packages/packagerepository.h"
#include "packages/packageseal.h"
#include "services/ballotlayout.h"
#include "services/ballotservice.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "text/filename.h"
#include "text/language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>

namespace akim {
namespace {

QString idList(const QVector<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

// ATTACH and DETACH cannot run inside a transaction; this keeps the package attached to the
// contest connection just for the copy.
class Attachment
{
public:
    Attachment(QSqlDatabase db, const QString &path)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("ATTACH DATABASE ? AS pkg"));
        q.addBindValue(path);
        if (!q.exec())
            throw StorageError(q.lastError().text());
    }
    ~Attachment() { QSqlQuery(m_db).exec(QStringLiteral("DETACH DATABASE pkg")); }
    Attachment(const Attachment &) = delete;
    Attachment &operator=(const Attachment &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

PackageExporter::PackageExporter(ContestDocument &document)
    : m_document(document)
{}

QString PackageExporter::suggestedFileName(const QString &commissionName, const QString &memberName)
{
    return text::safeFileName(QStringLiteral("%1 — %2").arg(commissionName, memberName)) +
           QLatin1Char('.') + QLatin1String(kSuffix);
}

QString PackageExporter::mayExport(qint64 memberId) const
{
    BallotLayout layout;
    return refusal(memberId, &layout);
}

QString PackageExporter::refusal(qint64 memberId, BallotLayout *layout) const
{
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return denied;
    try {
        *layout = BallotLayout::load(m_document.database().connection(), memberId);
        if (const QString notVoting = BallotService::notAVoter(layout->member);
            !notVoting.isEmpty())
            return notVoting;
        const std::optional<Account> account = m_document.accounts().findByMember(memberId);
        if (!account || !account->active || account->packageKey.isEmpty())
            return tr("%1 has no active account. A package is sealed with the member's "
                      "password: create the member's account (Account > Manage Accounts) first.")
                .arg(layout->member.fullName);
        if (const QString locked = BallotService(m_document).lockReason(*layout); !locked.isEmpty())
            return locked;
        if (layout->cellCount() == 0)
            return tr("The ballot of %1 has nothing to score yet: no nominees or no criteria.")
                .arg(layout->member.fullName);
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

EditResult PackageExporter::exportTo(qint64 memberId, const QString &path)
{
    BallotLayout layout;
    if (const QString refused = refusal(memberId, &layout); !refused.isEmpty())
        return {refused};
    if (const QString occupied = replacesContest(path); !occupied.isEmpty())
        return {occupied};
    const QSqlDatabase db = m_document.database().connection();
    const Account account = *m_document.accounts().findByMember(memberId);
    PackageManifest manifest;
    manifest.packageUuid = sql::newUuid();
    manifest.contestUuid = m_document.contest().contest().uuid;
    manifest.commissionUuid = layout.commission.uuid;
    manifest.memberUuid = layout.member.uuid;
    manifest.accountUuid = account.uuid;
    manifest.exportedAt = sql::nowUtc();
    manifest.exportedBy = m_document.userName();
    manifest.packageSalt = account.packageSalt;
    try {
        manifest.ballotVersion = BallotService(m_document).ballot(memberId).version;
        manifest.methodologyVersion = m_document.contest().methodologyVersion();
    } catch (const StorageError &e) {
        return {e.message()};
    }

    // Built beside the target and renamed into place: a half-written package is never found
    // under the name the member is sent.
    const QString tempPath = path + QStringLiteral(".part");
    Database::removeFiles(tempPath);
    const QString failed =
        build(layout, tempPath, manifest, QByteArray::fromHex(account.packageKey.toLatin1()));
    std::error_code renameError;
    if (failed.isEmpty())
        std::filesystem::rename(tempPath.toStdU16String(), path.toStdU16String(), renameError);
    if (!failed.isEmpty() || renameError) {
        Database::removeFiles(tempPath);
        return {tr("The package was not written to %1: %2")
                    .arg(path, failed.isEmpty() ? QString::fromLocal8Bit(renameError.message())
                                                : failed)};
    }

    PackageRecord record;
    record.uuid = manifest.packageUuid;
    record.memberUuid = manifest.memberUuid;
    record.ballotVersion = manifest.ballotVersion;
    record.exportedAt = manifest.exportedAt;
    record.exportedBy = manifest.exportedBy;
    const QString error = m_document.runInTransaction([&] {
        PackageRepository(db).recordExport(record);
        const QJsonObject what{{QStringLiteral("member"), layout.member.fullName},
                               {QStringLiteral("commission"),
                                text::pick(layout.commission.nameRu, layout.commission.nameKk)},
                               {QStringLiteral("package"), manifest.packageUuid},
                               {QStringLiteral("ballot_version"), manifest.ballotVersion},
                               {QStringLiteral("nominees"), int(layout.nominees.size())},
                               {QStringLiteral("criteria"), int(layout.criteria.size())}};
        m_document.recordAudit(
            QStringLiteral("ballot.export"), QStringLiteral("ballot"), layout.member.uuid,
            QString(), QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)));
    });
    if (!error.isEmpty()) {
        // A package the contest file does not know would be refused on import anyway.
        QFile::remove(path);
        return {tr("The package was not recorded in the contest file: %1").arg(error)};
    }
    return {};
}

QString PackageExporter::replacesContest(const QString &path) const
{
    // A package replaces an older package of the same name, never a contest file (least of all
    // the one open here).
    const QFileInfo target(path);
    if (!target.exists())
        return {};
    Database existing;
    if (target.absoluteFilePath() == QFileInfo(m_document.path()).absoluteFilePath() ||
        (existing.open(path, Database::Mode::ReadOnly) && !existing.isBallotPackage()))
        return tr("%1 is a contest file; a ballot package never replaces one. Choose another "
                  "name.")
            .arg(QDir::toNativeSeparators(target.absoluteFilePath()));
    return {};
}

QString PackageExporter::build(const BallotLayout &layout, const QString &tempPath,
                               const PackageManifest &manifest, const QByteArray &key)
{
    {
        Database package;
        if (!package.open(tempPath, Database::Mode::Create))
            return package.errorString();
        // A rollback journal keeps the whole package in its one file, as it travels by mail
        // or on a USB stick; it is opened with the same journal mode by Database.
        QSqlQuery(package.connection()).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QVector<qint64> nomineeIds;
    for (const NomineeRow &row : layout.nominees)
        nomineeIds << row.nominee.id;
    QVector<qint64> criterionIds;
    for (const Criterion &c : layout.criteria)
        criterionIds << c.id;
    const QString nominees = idList(nomineeIds);
    const QString criteria = idList(criterionIds);
    const QString member = QString::number(layout.member.id);
    const QString okrugs =
        QStringLiteral("SELECT okrug_id FROM main.nominee WHERE id IN (%1)").arg(nominees);
    const QString districts =
        QStringLiteral("SELECT district_id FROM main.okrug WHERE id IN (%1)").arg(okrugs);
    // Parents before children: the package enforces the same foreign keys.
    const QStringList copies{
        QStringLiteral("INSERT INTO pkg.contest SELECT * FROM main.contest"),
        QStringLiteral("INSERT INTO pkg.stage SELECT * FROM main.stage"),
        QStringLiteral("INSERT INTO pkg.methodology SELECT * FROM main.methodology WHERE "
                       "stage_id IS NULL ORDER BY version DESC LIMIT 1"),
        QStringLiteral("INSERT INTO pkg.region SELECT * FROM main.region WHERE id IN (SELECT "
                       "region_id FROM main.district WHERE id IN (%1)) OR id IS %2")
            .arg(districts, layout.commission.regionId ? QString::number(layout.commission.regionId)
                                                       : QStringLiteral("NULL")),
        QStringLiteral("INSERT INTO pkg.district SELECT * FROM main.district WHERE id IN (%1)")
            .arg(districts),
        QStringLiteral("INSERT INTO pkg.okrug SELECT * FROM main.okrug WHERE id IN (%1)")
            .arg(okrugs),
        QStringLiteral("INSERT INTO pkg.nominee SELECT * FROM main.nominee WHERE id IN (%1)")
            .arg(nominees),
        QStringLiteral("INSERT INTO pkg.criterion SELECT * FROM main.criterion WHERE id IN (%1)")
            .arg(criteria),
        QStringLiteral("INSERT INTO pkg.commission SELECT * FROM main.commission WHERE id = %1")
            .arg(layout.commission.id),
        QStringLiteral("INSERT INTO pkg.member SELECT * FROM main.member WHERE id = %1")
            .arg(member),
        QStringLiteral("INSERT INTO pkg.member_conflict SELECT * FROM main.member_conflict "
                       "WHERE member_id = %1 AND nominee_id IN (%2)")
            .arg(member, nominees),
        // The member signs in with their own password; the key stays in the contest file, and a
        // chair's account scores here as the member it is bound to, nothing more.
        QStringLiteral("INSERT INTO pkg.account (id, uuid, login, full_name, role, member_id, "
                       "password_hash, package_salt, package_key, active, created_at) SELECT id, "
                       "uuid, login, full_name, 'member', member_id, password_hash, '', '', 1, "
                       "created_at FROM main.account WHERE member_id = %1")
            .arg(member),
        QStringLiteral("INSERT INTO pkg.score SELECT * FROM main.score WHERE member_id = %1 AND "
                       "nominee_id IN (%2) AND criterion_id IN (%3)")
            .arg(member, nominees, criteria),
        QStringLiteral("INSERT INTO pkg.ballot SELECT * FROM main.ballot WHERE member_id = %1")
            .arg(member),
    };
    const QSqlDatabase db = m_document.database().connection();
    try {
        {
            Attachment attached(db, tempPath);
            Transaction transaction(db);
            for (const QString &statement : copies)
                sql::exec(db, statement);
            transaction.commit();
        }
        Database package;
        if (!package.open(tempPath, Database::Mode::ReadWrite))
            return package.errorString();
        {
            Transaction transaction(package.connection());
            PackageRepository(package.connection()).insertManifest(manifest);
            packageseal::reseal(package.connection(), key);
            transaction.commit();
        }
        // Opened before it had a manifest, the package was given WAL; from now on Database
        // opens it with a rollback journal. VACUUM drops the pages the copy left empty.
        sql::exec(package.connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        sql::exec(package.connection(), QStringLiteral("VACUUM"));
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

} // namespace akim
