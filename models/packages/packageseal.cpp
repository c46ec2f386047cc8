#include "packages/packageseal.h"

#include "packages/packagerepository.h"
#include "services/passwords.h"
#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace akim::packageseal {
namespace {

// Every row of `statement` as an array of its values, in the statement's order (which sorts by
// uuids, so the text does not depend on row ids or insertion order).
QJsonArray rows(const QSqlDatabase &db, const QString &statement, const QString &memberUuid = {})
{
    QSqlQuery q =
        memberUuid.isEmpty() ? sql::exec(db, statement) : sql::exec(db, statement, {memberUuid});
    QJsonArray result;
    const int width = q.record().count();
    while (q.next()) {
        QJsonArray row;
        for (int i = 0; i < width; ++i)
            row.append(QJsonValue::fromVariant(q.value(i)));
        result.append(row);
    }
    return result;
}

} // namespace

QByteArray content(const QSqlDatabase &db)
{
    const std::optional<PackageManifest> m = PackageRepository(db).manifest();
    if (!m)
        throw StorageError(QCoreApplication::translate("akim::BallotPackage",
                                                       "The file is not a ballot package."));
    const QJsonObject manifest{{QStringLiteral("package_uuid"), m->packageUuid},
                               {QStringLiteral("contest_uuid"), m->contestUuid},
                               {QStringLiteral("commission_uuid"), m->commissionUuid},
                               {QStringLiteral("member_uuid"), m->memberUuid},
                               {QStringLiteral("account_uuid"), m->accountUuid},
                               {QStringLiteral("ballot_version"), m->ballotVersion},
                               {QStringLiteral("methodology_version"), m->methodologyVersion},
                               {QStringLiteral("exported_at"), m->exportedAt},
                               {QStringLiteral("exported_by"), m->exportedBy},
                               {QStringLiteral("package_salt"), m->packageSalt}};
    const QString member = m->memberUuid;
    const QJsonObject sealed{
        {QStringLiteral("format"), 1},
        {QStringLiteral("manifest"), manifest},
        {QStringLiteral("member"),
         rows(db,
              QStringLiteral("SELECT m.uuid, m.full_name, m.role, c.uuid, c.stage_kind, "
                             "c.name_ru, c.name_kk FROM member m JOIN commission c ON c.id = "
                             "m.commission_id WHERE m.uuid = ?"),
              member)},
        {QStringLiteral("nominees"),
         rows(db, QStringLiteral("SELECT n.uuid, n.full_name, n.status, o.uuid, o.name_ru, "
                                 "o.name_kk FROM nominee n JOIN okrug o ON o.id = n.okrug_id "
                                 "ORDER BY n.uuid"))},
        {QStringLiteral("criteria"),
         rows(db, QStringLiteral("SELECT uuid, stage_kind, code, source, max_points FROM "
                                 "criterion ORDER BY uuid"))},
        {QStringLiteral("conflicts"),
         rows(db,
              QStringLiteral("SELECT n.uuid FROM member_conflict x JOIN member m ON m.id = "
                             "x.member_id JOIN nominee n ON n.id = x.nominee_id WHERE m.uuid = ? "
                             "ORDER BY n.uuid"),
              member)},
        {QStringLiteral("cells"),
         rows(db,
              QStringLiteral("SELECT n.uuid, c.uuid, s.state, s.points, s.comment FROM score s "
                             "JOIN member m ON m.id = s.member_id JOIN nominee n ON n.id = "
                             "s.nominee_id JOIN criterion c ON c.id = s.criterion_id WHERE "
                             "m.uuid = ? ORDER BY n.uuid, c.uuid"),
              member)},
        {QStringLiteral("ballot"),
         rows(db,
              QStringLiteral("SELECT b.state, b.version, b.submitted_at, b.submitted_by FROM "
                             "ballot b JOIN member m ON m.id = b.member_id WHERE m.uuid = ?"),
              member)},
    };
    return QJsonDocument(sealed).toJson(QJsonDocument::Compact);
}

QString compute(const QSqlDatabase &db, const QByteArray &key)
{
    return QString::fromLatin1(passwords::mac(key, content(db)).toHex());
}

bool matches(const QSqlDatabase &db, const QByteArray &key, const QString &seal)
{
    return passwords::macMatches(key, content(db), QByteArray::fromHex(seal.toLatin1()));
}

void reseal(const QSqlDatabase &db, const QByteArray &key)
{
    PackageRepository(db).setSeal(compute(db, key));
}

} // namespace akim::packageseal
