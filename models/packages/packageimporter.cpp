#include "packages/packageimporter.h"

#include "itemmodels/labels.h"
#include "packages/packageseal.h"
#include "services/ballotlayout.h"
#include "services/ballotservice.h"
#include "storage/ballotrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "survey/sha256.h"
#include "text/language.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace akim {
namespace {

using scoring::ScoreState;

constexpr int kNamesShown = 5;

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString someNames(QStringList names)
{
    names.sort();
    if (names.size() > kNamesShown)
        return names.mid(0, kNamesShown).join(QStringLiteral(", ")) + QStringLiteral(", …");
    return names.join(QStringLiteral(", "));
}

} // namespace

PackageImporter::PackageImporter(ContestDocument &document)
    : m_document(document)
{}

QString PackageImporter::cellText(const ScoreCell &cell)
{
    const QString text = BallotService::valueText(cell);
    return cell.comment.isEmpty() ? text : QStringLiteral("%1 — %2").arg(text, cell.comment);
}

PackageInspection PackageImporter::inspect(const QString &path) const
{
    PackageInspection result;
    result.path = path;
    result.refusal = check(path, &result);
    return result;
}

QString PackageImporter::check(const QString &path, PackageInspection *result) const
{
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return denied;
    const QString name = fileName(path);
    result->fileSha256 = survey::Sha256::ofFile(path);
    if (result->fileSha256.isEmpty())
        return tr("%1 cannot be read.").arg(QFileInfo(path).absoluteFilePath());
    Database package;
    if (!package.open(path, Database::Mode::ReadOnly))
        return tr("%1 is not a ballot package: %2").arg(name, package.errorString());
    if (!package.isBallotPackage())
        return tr("%1 is a contest file, not a ballot package.").arg(name);
    // A damaged file may still read its sealed rows; it is refused all the same, as it came
    // to the secretary by a road that broke it.
    if (const QStringList problems = package.structuralProblems(); !problems.isEmpty())
        return tr("%1 is damaged (%2). Ask the member to send it again.")
            .arg(name, problems.constFirst());
    try {
        BallotLayout layout;
        if (const QString refused = checkPackage(package.connection(), result, &layout);
            !refused.isEmpty())
            return refused;
        compare(result, layout);
    } catch (const StorageError &e) {
        return tr("%1 cannot be read: %2").arg(name, e.message());
    }
    return {};
}

QString PackageImporter::checkPackage(const QSqlDatabase &package, PackageInspection *result,
                                      BallotLayout *layout) const
{
    const QSqlDatabase db = m_document.database().connection();
    const QString name = fileName(result->path);
    result->manifest = *PackageRepository(package).manifest();
    const PackageManifest &manifest = result->manifest;

    const ContestInfo here = m_document.contest().contest();
    if (manifest.contestUuid != here.uuid) {
        const ContestInfo there = ContestRepository(package).contest();
        return tr("%1 is a ballot package of another contest (%2, %3), not of this one (%4, %5).")
            .arg(name, text::pick(there.titleRu, there.titleKk))
            .arg(there.year)
            .arg(text::pick(here.titleRu, here.titleKk))
            .arg(here.year);
    }
    const std::optional<PackageRecord> record = PackageRepository(db).record(manifest.packageUuid);
    if (!record)
        return tr("%1 was not exported from this contest file. Import it into the file it was "
                  "exported from, or export a new package.")
            .arg(name);
    if (record->isImported())
        return tr("%1 was already imported on %2 by %3.")
            .arg(name, labels::timestamp(record->importedAt), record->importedBy);

    const qint64 accountId =
        sql::scalar(db, QStringLiteral("SELECT id FROM account WHERE uuid = ?"),
                    {manifest.accountUuid})
            .toLongLong();
    const std::optional<Account> account = m_document.accounts().find(accountId);
    if (!account)
        return tr("%1 was sealed for an account this contest file does not have (wrong member).")
            .arg(name);
    // The seal first: until it holds, nothing else the package says can be believed.
    if (account->packageSalt != manifest.packageSalt || account->packageKey.isEmpty())
        return tr("The password of %2 was reset after %1 was exported, so its seal can no "
                  "longer be checked. Export a new package for the member.")
            .arg(name, account->login);
    if (!packageseal::matches(package, QByteArray::fromHex(account->packageKey.toLatin1()),
                              manifest.seal))
        return tr("%1 was changed outside Akim Contest after it was sealed (an edited file). "
                  "Ask the member for the file exactly as the program saved it, or export a new "
                  "package.")
            .arg(name);

    result->memberId = sql::scalar(db, QStringLiteral("SELECT id FROM member WHERE uuid = ?"),
                                   {manifest.memberUuid})
                           .toLongLong();
    const QString packageMember =
        sql::scalar(package, QStringLiteral("SELECT full_name FROM member WHERE uuid = ?"),
                    {manifest.memberUuid})
            .toString();
    if (result->memberId == 0)
        return tr("%1 is the ballot of %2, who is no longer a commission member in this contest "
                  "(wrong member).")
            .arg(name, packageMember);
    *layout = BallotLayout::load(db, result->memberId);
    result->memberName = layout->member.fullName;
    result->commissionName = text::pick(layout->commission.nameRu, layout->commission.nameKk);
    if (layout->commission.uuid != manifest.commissionUuid ||
        account->memberId != result->memberId || record->memberUuid != manifest.memberUuid)
        return tr("%1 is the ballot of %2, but the member's commission or account changed in "
                  "this contest file after the export (wrong member). Export a new package.")
            .arg(name, packageMember);

    QSqlQuery ballot = sql::exec(
        package,
        QStringLiteral("SELECT b.state, b.submitted_at, b.submitted_by FROM ballot b JOIN member "
                       "m ON m.id = b.member_id WHERE m.uuid = ?"),
        {manifest.memberUuid});
    if (!ballot.next() || ballot.value(0).toString() != QLatin1String("submitted"))
        return tr("%2 has not submitted the ballot in %1 yet: the member presses Submit in the "
                  "package and sends the file again.")
            .arg(name, result->memberName);
    result->submittedAt = ballot.value(1).toString();
    result->submittedBy = ballot.value(2).toString();

    if (const QString stale = checkState(*result, *layout); !stale.isEmpty())
        return stale;
    if (const QString changed = checkLayout(package, *layout, name); !changed.isEmpty())
        return changed;
    return readCells(package, *layout, result);
}

QString PackageImporter::checkState(const PackageInspection &inspection,
                                    const BallotLayout &layout) const
{
    const QSqlDatabase db = m_document.database().connection();
    const QString name = fileName(inspection.path);
    const PackageManifest &manifest = inspection.manifest;
    const std::optional<PackageRecord> record = PackageRepository(db).record(manifest.packageUuid);
    if (record && record->isImported())
        return tr("%1 was already imported on %2 by %3.")
            .arg(name, labels::timestamp(record->importedAt), record->importedBy);
    const Ballot ballot = BallotRepository(db).ballot(inspection.memberId);
    if (ballot.isSubmitted())
        return tr("%1 is stale: the ballot of %2 was submitted in the contest file on %3 by %4, "
                  "after the package was exported. The secretary reopens that ballot first to "
                  "import the package instead.")
            .arg(name, inspection.memberName, labels::timestamp(ballot.submittedAt),
                 ballot.submittedBy);
    if (ballot.version != manifest.ballotVersion)
        return tr("%1 is stale: the ballot of %2 was submitted or reopened in the contest file "
                  "after the package was exported (version %3 then, %4 now). Export a new "
                  "package.")
            .arg(name, inspection.memberName)
            .arg(manifest.ballotVersion)
            .arg(ballot.version);
    const int methodology = m_document.contest().methodologyVersion();
    if (methodology != manifest.methodologyVersion)
        return tr("%1 is stale: the methodology changed after the package was exported (version "
                  "%2 then, %3 now). Export a new package.")
            .arg(name)
            .arg(manifest.methodologyVersion)
            .arg(methodology);
    if (const QString locked = BallotService(m_document).lockReason(layout); !locked.isEmpty())
        return tr("%1 cannot be imported: %2").arg(name, locked);
    return {};
}

QString PackageImporter::checkLayout(const QSqlDatabase &package, const BallotLayout &layout,
                                     const QString &name) const
{
    QHash<QString, QString> there; // uuid → name
    QSqlQuery q = sql::exec(package, QStringLiteral("SELECT uuid, full_name FROM nominee"));
    while (q.next())
        there.insert(q.value(0).toString(), q.value(1).toString());
    QStringList added;
    for (const NomineeRow &row : layout.nominees) {
        if (!there.remove(row.nominee.uuid))
            added << row.nominee.fullName;
    }
    const QStringList removed = there.values();
    if (!added.isEmpty() || !removed.isEmpty()) {
        QStringList parts;
        if (!added.isEmpty())
            parts << tr("new on the ballot: %1").arg(someNames(added));
        if (!removed.isEmpty())
            parts << tr("no longer on it: %1").arg(someNames(removed));
        return tr("The nominee list changed after %1 was exported (%2). Export a new package.")
            .arg(name, parts.join(QStringLiteral("; ")));
    }

    QHash<QString, QPair<QString, double>> criteria; // uuid → code, max points
    q = sql::exec(package, QStringLiteral("SELECT uuid, code, max_points FROM criterion"));
    while (q.next())
        criteria.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toDouble()});
    QStringList changed;
    for (const Criterion &c : layout.criteria) {
        const auto it = criteria.constFind(c.uuid);
        if (it == criteria.constEnd() || it->second != c.maxPoints)
            changed << c.code;
        criteria.remove(c.uuid);
    }
    for (const auto &gone : std::as_const(criteria))
        changed << gone.first;
    if (!changed.isEmpty())
        return tr("The criteria changed after %1 was exported (%2). Export a new package.")
            .arg(name, someNames(changed));

    QSet<QString> conflicts;
    q = sql::exec(package, QStringLiteral("SELECT n.uuid FROM member_conflict x JOIN nominee n "
                                          "ON n.id = x.nominee_id"));
    while (q.next())
        conflicts.insert(q.value(0).toString());
    QSet<QString> declared;
    for (const NomineeRow &row : layout.nominees) {
        if (layout.isConflict(row.nominee.id))
            declared.insert(row.nominee.uuid);
    }
    if (conflicts != declared)
        return tr("The conflicts of interest %2 declared changed after %1 was exported. Export "
                  "a new package.")
            .arg(name, layout.member.fullName);
    return {};
}

QString PackageImporter::readCells(const QSqlDatabase &package, const BallotLayout &layout,
                                   PackageInspection *result) const
{
    QHash<QString, qint64> nominees;
    for (const NomineeRow &row : layout.nominees)
        nominees.insert(row.nominee.uuid, row.nominee.id);
    QHash<QString, qint64> criteria;
    for (const Criterion &c : layout.criteria)
        criteria.insert(c.uuid, c.id);
    const QString name = fileName(result->path);
    QSqlQuery q = sql::exec(
        package,
        QStringLiteral("SELECT n.uuid, c.uuid, s.state, s.points, s.comment FROM score s JOIN "
                       "member m ON m.id = s.member_id JOIN nominee n ON n.id = s.nominee_id "
                       "JOIN criterion c ON c.id = s.criterion_id WHERE m.uuid = ?"),
        {result->manifest.memberUuid});
    while (q.next()) {
        ScoreCell cell;
        cell.memberId = result->memberId;
        cell.nomineeId = nominees.value(q.value(0).toString());
        cell.criterionId = criteria.value(q.value(1).toString());
        const std::optional<ScoreState> state = scoring::scoreStateFromKey(q.value(2).toString());
        cell.state = state.value_or(ScoreState::Entered);
        cell.points = q.value(3).toDouble();
        cell.comment = q.value(4).toString();
        if (const QString invalid = BallotService::validateCell(
                layout, cell.nomineeId, cell.criterionId, cell.state, cell.points, cell.comment);
            !state || !invalid.isEmpty())
            return tr("%1: %2").arg(name, state ? invalid : tr("a cell has no valid state."));
        result->cells << cell;
    }
    // In the ballot's own order, as the secretary reads the differences against the paper.
    QHash<qint64, int> nomineeOrder;
    for (int i = 0; i < layout.nominees.size(); ++i)
        nomineeOrder.insert(layout.nominees.at(i).nominee.id, i);
    QHash<qint64, int> criterionOrder;
    for (int i = 0; i < layout.criteria.size(); ++i)
        criterionOrder.insert(layout.criteria.at(i).id, i);
    std::sort(result->cells.begin(), result->cells.end(),
              [&](const ScoreCell &a, const ScoreCell &b) {
                  return std::make_pair(nomineeOrder.value(a.nomineeId),
                                        criterionOrder.value(a.criterionId)) <
                         std::make_pair(nomineeOrder.value(b.nomineeId),
                                        criterionOrder.value(b.criterionId));
              });
    const BallotProgress done = BallotService::progress(layout, result->cells);
    if (done.missing() > 0)
        return tr("%1 is incomplete: %n cell(s) are not scored, although the ballot is "
                  "submitted.",
                  nullptr, done.missing())
            .arg(name);
    return {};
}

void PackageImporter::compare(PackageInspection *result, const BallotLayout &layout) const
{
    QHash<CellKey, ScoreCell> before =
        cellsByKey(ScoreRepository(m_document.database().connection()).ballot(result->memberId));
    const auto changeOf = [&](qint64 nomineeId, qint64 criterionId) {
        CellChange change;
        const NomineeRow *nominee = layout.nominee(nomineeId);
        const Criterion *criterion = layout.criterion(criterionId);
        change.nominee = nominee ? nominee->nominee.fullName : QString();
        change.criterion = criterion ? criterion->code : QString();
        return change;
    };
    for (const ScoreCell &cell : std::as_const(result->cells)) {
        const std::optional<ScoreCell> old = takeCell(before, {cell.nomineeId, cell.criterionId});
        if (old && old->sameContent(cell))
            continue;
        CellChange change = changeOf(cell.nomineeId, cell.criterionId);
        change.before = old ? cellText(*old) : QString();
        change.after = cellText(cell);
        result->changes << change;
    }
    for (const ScoreCell &old : std::as_const(before)) {
        if (!layout.nominee(old.nomineeId) || !layout.criterion(old.criterionId))
            continue;
        CellChange change = changeOf(old.nomineeId, old.criterionId);
        change.before = cellText(old);
        result->changes << change;
    }
}

EditResult PackageImporter::accept(const QVector<PackageInspection> &packages)
{
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return {denied};
    for (const PackageInspection &p : packages) {
        if (!p.ok())
            return {p.refusal};
    }
    const QSqlDatabase db = m_document.database().connection();
    const QString error = m_document.runInTransaction([&] {
        for (const PackageInspection &p : packages) {
            // Again inside the transaction: the file may have changed since the inspection, and
            // two packages of one member in one batch must not both land.
            const BallotLayout layout = BallotLayout::load(db, p.memberId);
            if (const QString stale = checkState(p, layout); !stale.isEmpty())
                throw StorageError(stale);
            write(p, layout);
        }
    });
    if (!error.isEmpty())
        return {tr("Nothing was imported: %1").arg(error)};
    for (const PackageInspection &p : packages)
        emit m_document.scoresChanged(p.memberId);
    return {};
}

void PackageImporter::write(const PackageInspection &p, const BallotLayout &layout)
{
    const QSqlDatabase db = m_document.database().connection();
    ScoreRepository scores(db);
    QHash<CellKey, ScoreCell> before = cellsByKey(scores.ballot(p.memberId));
    for (ScoreCell cell : p.cells) {
        const std::optional<ScoreCell> old = takeCell(before, {cell.nomineeId, cell.criterionId});
        if (old && old->sameContent(cell))
            continue;
        cell.uuid = old ? old->uuid : QString();
        scores.upsert(cell);
    }
    for (const ScoreCell &old : std::as_const(before)) {
        if (layout.nominee(old.nomineeId) && layout.criterion(old.criterionId))
            scores.remove(old.memberId, old.nomineeId, old.criterionId);
    }
    BallotRepository ballots(db);
    ballots.start(p.memberId);
    const int version = ballots.submit(p.memberId, p.submittedAt, p.submittedBy);
    PackageRepository(db).markImported(p.manifest.packageUuid, sql::nowUtc(), m_document.userName(),
                                       p.fileSha256);

    QJsonArray oldCells;
    QJsonArray changes;
    for (const CellChange &c : p.changes) {
        oldCells.append(QJsonObject{{QStringLiteral("nominee"), c.nominee},
                                    {QStringLiteral("criterion"), c.criterion},
                                    {QStringLiteral("value"), c.before}});
        changes.append(QJsonObject{{QStringLiteral("nominee"), c.nominee},
                                   {QStringLiteral("criterion"), c.criterion},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    }
    const QJsonObject what{{QStringLiteral("member"), p.memberName},
                           {QStringLiteral("package"), p.manifest.packageUuid},
                           {QStringLiteral("file"), fileName(p.path)},
                           {QStringLiteral("file_sha256"), p.fileSha256},
                           {QStringLiteral("submitted_by"), p.submittedBy},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("cells"), int(p.cells.size())},
                           {QStringLiteral("changes"), changes}};
    m_document.recordAudit(
        QStringLiteral("ballot.import"), QStringLiteral("ballot"), layout.member.uuid,
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("cells"), oldCells}})
                              .toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(what).toJson(QJsonDocument::Compact)));
}

} // namespace akim
