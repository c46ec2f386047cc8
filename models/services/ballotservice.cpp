#include "services/ballotservice.h"

#include "itemmodels/labels.h"
#include "storage/finalisationrepository.h"
#include "storage/settingrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace akim {
namespace {

using scoring::ScoreState;

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString pointsTyped(double points)
{
    return QLocale().toString(points, 'g', 12);
}

} // namespace

BallotService::BallotService(ContestDocument &document)
    : m_document(document)
{}

QVector<Member> BallotService::votingMembers(qint64 commissionId) const
{
    QVector<Member> result;
    for (const Member &m : m_document.commissions().members(commissionId)) {
        if (m.role != MemberRole::Secretary)
            result.push_back(m);
    }
    return result;
}

QVector<Member> BallotService::ballotsOfActor() const
{
    if (!m_document.isOpen() || m_document.actor().accountId == 0)
        return {};
    const std::optional<Account> account = m_document.accounts().find(m_document.actor().accountId);
    if (!account || !account->active)
        return {};
    if (account->role == AccountRole::Secretary)
        return m_document.permit(Permission::ManageBallots).isEmpty() ? votingMembers()
                                                                      : QVector<Member>();
    const Member own = m_document.commissions().member(account->memberId);
    if (own.id == 0 || own.role == MemberRole::Secretary ||
        !m_document.permit(Permission::ScoreOwnBallot, own.commissionId).isEmpty())
        return {};
    return {own};
}

BallotLayout BallotService::layout(qint64 memberId) const
{
    return BallotLayout::load(m_document.database().connection(), memberId);
}

Ballot BallotService::ballot(qint64 memberId) const
{
    return BallotRepository(m_document.database().connection()).ballot(memberId);
}

QVector<ScoreCell> BallotService::cells(qint64 memberId) const
{
    return ScoreRepository(m_document.database().connection()).ballot(memberId);
}

BallotProgress BallotService::progress(const BallotLayout &layout, const QVector<ScoreCell> &cells)
{
    QSet<QPair<qint64, qint64>> filled;
    for (const ScoreCell &cell : cells)
        filled.insert({cell.nomineeId, cell.criterionId});
    BallotProgress progress;
    progress.cells = layout.cellCount();
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            if (layout.isConflict(row.nominee.id) || filled.contains({row.nominee.id, c.id}))
                ++progress.scored;
        }
    }
    return progress;
}

QHash<qint64, double> BallotService::totals(const BallotLayout &layout,
                                            const QVector<ScoreCell> &cells)
{
    QHash<qint64, double> totals;
    for (const ScoreCell &cell : cells) {
        // A declared conflict's points never count, as the ranking engine ignores them.
        if (cell.state == ScoreState::Entered && !layout.isConflict(cell.nomineeId) &&
            layout.criterion(cell.criterionId) && layout.nominee(cell.nomineeId))
            totals[cell.nomineeId] += cell.points;
    }
    return totals;
}

QString BallotService::formatPoints(double points)
{
    // Rounded to the two decimals stored, then the shortest text: 7.5, not 7.50.
    return QLocale().toString(std::round(points * 100) / 100, 'f', QLocale::FloatingPointShortest);
}

QString BallotService::range(const Criterion &criterion)
{
    return QStringLiteral("%1–%2").arg(formatPoints(0), formatPoints(criterion.maxPoints));
}

QString BallotService::notAVoter(const Member &member)
{
    if (member.id == 0)
        return tr("The commission member no longer exists.");
    if (member.role == MemberRole::Secretary)
        return tr("%1 is the commission's secretary, who keeps the minutes and does not score.")
            .arg(member.fullName);
    return {};
}

QString BallotService::valueText(const ScoreCell &cell)
{
    switch (cell.state) {
    case ScoreState::Entered:
        return formatPoints(cell.points);
    case ScoreState::Abstained:
        return tr("abstained");
    case ScoreState::Recused:
        return tr("recused");
    }
    return {};
}

QString BallotService::mayScore(qint64 memberId) const
{
    if (!m_document.isOpen())
        return tr("No contest file is open.");
    if (m_document.isReadOnly())
        return tr("The contest file is open read-only.");
    const Member member = m_document.commissions().member(memberId);
    if (const QString notVoting = notAVoter(member); !notVoting.isEmpty())
        return notVoting;
    const std::optional<Account> account =
        m_document.actor().accountId != 0 ? m_document.accounts().find(m_document.actor().accountId)
                                          : std::nullopt;
    if (account && account->role == AccountRole::Secretary) {
        if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
            return denied;
        // Under double entry one person's typing never reaches the score table on its own.
        if (SettingRepository(m_document.database().connection())
                .flag(QLatin1String(SettingRepository::kPaperDoubleEntry)))
            return tr("Paper ballots need double entry in this contest: type the ballot of %1 "
                      "as entry 1 or entry 2, and accept it once both entries agree.")
                .arg(member.fullName);
        return {};
    }
    if (const QString denied = m_document.permit(Permission::ScoreOwnBallot, member.commissionId);
        !denied.isEmpty())
        return denied;
    if (!account || account->memberId != memberId)
        return tr("%1 may score only their own ballot, not the ballot of %2.")
            .arg(account ? account->login : m_document.userName(), member.fullName);
    return {};
}

QString BallotService::finalisedReason(const BallotLayout &layout) const
{
    const FinalisationRepository finalisations(m_document.database().connection());
    const bool finalised = layout.commission.stage == StageKind::National
                               ? finalisations.anyOf(StageKind::National)
                               : finalisations.isRegionLocked(layout.commission.regionId);
    if (finalised)
        return tr("The result of %1 is finalised; its ballots can no longer change.")
            .arg(text::pick(layout.commission.nameRu, layout.commission.nameKk));
    return {};
}

QString BallotService::lockReason(const BallotLayout &layout) const
{
    if (const QString finalised = finalisedReason(layout); !finalised.isEmpty())
        return finalised;
    const Ballot ballot =
        BallotRepository(m_document.database().connection()).ballot(layout.member.id);
    if (ballot.isSubmitted())
        return tr("The ballot of %1 is submitted; only the secretary can reopen it.")
            .arg(layout.member.fullName);
    return {};
}

QString BallotService::validateCell(const BallotLayout &layout, qint64 nomineeId,
                                    qint64 criterionId, ScoreState state, double points,
                                    const QString &comment)
{
    const Criterion *criterion = layout.criterion(criterionId);
    if (!criterion)
        return tr("The criterion is not on the ballot of %1: it scores the commission criteria "
                  "of %2.")
            .arg(layout.member.fullName, labels::stage(layout.commission.stage));
    const NomineeRow *nominee = layout.nominee(nomineeId);
    if (!nominee)
        return tr("The nominee is not on the ballot of %1: a regional commission scores the "
                  "active nominees of its region, the republican one those advancing to stage "
                  "II.")
            .arg(layout.member.fullName);
    const QString name = nominee->nominee.fullName;
    if (layout.isConflict(nomineeId) && state != ScoreState::Recused)
        return tr("%1 declared a conflict of interest with %2: the cell can only be "
                  "\"recused\".")
            .arg(layout.member.fullName, name);
    if (comment.size() > kMaxComment)
        return tr("The comment is longer than %1 characters.").arg(kMaxComment);
    if (state != ScoreState::Entered)
        return {};
    const QString allowed = range(*criterion);
    if (!std::isfinite(points))
        return tr("%1, %2: enter the points as a number, %3.").arg(name, criterion->code, allowed);
    if (points < 0 || points > criterion->maxPoints)
        return tr("%1, %2: %3 is outside the allowed range %4 points.")
            .arg(name, criterion->code, pointsTyped(points), allowed);
    if (std::abs(points * 100 - std::round(points * 100)) > 1e-6)
        return tr("%1, %2: points have at most two decimals (%3 was typed); the range is %4.")
            .arg(name, criterion->code, pointsTyped(points), allowed);
    return {};
}

QString BallotService::prepareWrite(qint64 memberId, BallotLayout *layout) const
{
    if (const QString denied = mayScore(memberId); !denied.isEmpty())
        return denied;
    try {
        *layout = this->layout(memberId);
        return lockReason(*layout);
    } catch (const StorageError &e) {
        return e.message();
    }
}

QJsonObject BallotService::cellObject(const BallotLayout &layout, const ScoreCell &cell)
{
    const NomineeRow *nominee = layout.nominee(cell.nomineeId);
    const Criterion *criterion = layout.criterion(cell.criterionId);
    QJsonObject o{{QStringLiteral("member"), layout.member.fullName},
                  {QStringLiteral("nominee"), nominee ? nominee->nominee.fullName : QString()},
                  {QStringLiteral("criterion"), criterion ? criterion->code : QString()},
                  {QStringLiteral("state"), scoring::scoreStateKey(cell.state)},
                  {QStringLiteral("comment"), cell.comment}};
    if (cell.state == ScoreState::Entered)
        o.insert(QStringLiteral("points"), cell.points);
    return o;
}

QString BallotService::cellJson(const BallotLayout &layout, const ScoreCell &cell) const
{
    return json(cellObject(layout, cell));
}

void BallotService::writeCell(const BallotLayout &layout, ScoreCell cell)
{
    const QSqlDatabase db = m_document.database().connection();
    ScoreRepository scores(db);
    const std::optional<ScoreCell> old =
        scores.find(cell.memberId, cell.nomineeId, cell.criterionId);
    if (old && old->sameContent(cell))
        return;
    cell.uuid = old ? old->uuid : QString();
    scores.upsert(cell);
    BallotRepository(db).start(cell.memberId);
    m_document.recordAudit(QStringLiteral("score.set"), QStringLiteral("score"), cell.uuid,
                           old ? cellJson(layout, *old) : QString(), cellJson(layout, cell));
}

EditResult BallotService::setCell(qint64 memberId, qint64 nomineeId, qint64 criterionId,
                                  ScoreState state, double points, const QString &comment)
{
    BallotLayout layout;
    if (const QString refused = prepareWrite(memberId, &layout); !refused.isEmpty())
        return {refused};
    const QString trimmed = comment.trimmed();
    if (const QString invalid =
            validateCell(layout, nomineeId, criterionId, state, points, trimmed);
        !invalid.isEmpty())
        return {invalid};
    ScoreCell cell;
    cell.memberId = memberId;
    cell.nomineeId = nomineeId;
    cell.criterionId = criterionId;
    cell.state = state;
    cell.points = state == ScoreState::Entered ? std::round(points * 100) / 100 : 0.0;
    cell.comment = trimmed;
    const QString error = m_document.runInTransaction([&] {
        // Again inside the transaction: another program on the same file may have submitted.
        if (const QString locked = lockReason(layout); !locked.isEmpty())
            throw StorageError(locked);
        writeCell(layout, cell);
    });
    if (!error.isEmpty())
        return {tr("The score was not saved: %1").arg(error)};
    emit m_document.scoresChanged(memberId);
    return {};
}

EditResult BallotService::clearCell(qint64 memberId, qint64 nomineeId, qint64 criterionId)
{
    BallotLayout layout;
    if (const QString refused = prepareWrite(memberId, &layout); !refused.isEmpty())
        return {refused};
    const QSqlDatabase db = m_document.database().connection();
    const QString error = m_document.runInTransaction([&] {
        if (const QString locked = lockReason(layout); !locked.isEmpty())
            throw StorageError(locked);
        ScoreRepository scores(db);
        const std::optional<ScoreCell> old = scores.find(memberId, nomineeId, criterionId);
        if (!old)
            return;
        scores.remove(memberId, nomineeId, criterionId);
        BallotRepository(db).forgetIfUnused(memberId);
        m_document.recordAudit(QStringLiteral("score.clear"), QStringLiteral("score"), old->uuid,
                               cellJson(layout, *old), QString());
    });
    if (!error.isEmpty())
        return {tr("The score was not cleared: %1").arg(error)};
    emit m_document.scoresChanged(memberId);
    return {};
}

QString BallotService::incompleteReason(const BallotLayout &layout,
                                        const BallotProgress &done) const
{
    if (layout.cellCount() == 0)
        return tr("The ballot of %1 has nothing to score yet: no nominees or no criteria.")
            .arg(layout.member.fullName);
    if (done.missing() > 0)
        return tr("%n of %1 cell(s) of the ballot of %2 are not scored yet. Enter the points, "
                  "abstain or recuse in each before submitting.",
                  nullptr, done.missing())
            .arg(done.cells)
            .arg(layout.member.fullName);
    return {};
}

void BallotService::submitInTransaction(const BallotLayout &layout)
{
    const qint64 memberId = layout.member.id;
    const QVector<ScoreCell> existing = cells(memberId);
    const BallotProgress done = progress(layout, existing);
    if (const QString incomplete = incompleteReason(layout, done); !incomplete.isEmpty())
        throw StorageError(incomplete);
    QSet<QPair<qint64, qint64>> filled;
    for (const ScoreCell &cell : existing)
        filled.insert({cell.nomineeId, cell.criterionId});
    for (const NomineeRow &row : std::as_const(layout.nominees)) {
        if (!layout.isConflict(row.nominee.id))
            continue;
        for (const Criterion &c : std::as_const(layout.criteria)) {
            if (filled.contains({row.nominee.id, c.id}))
                continue;
            ScoreCell recused;
            recused.memberId = memberId;
            recused.nomineeId = row.nominee.id;
            recused.criterionId = c.id;
            recused.state = ScoreState::Recused;
            writeCell(layout, recused);
        }
    }
    BallotRepository ballots(m_document.database().connection());
    const int before = ballots.ballot(memberId).version;
    const int version = ballots.submit(memberId, sql::nowUtc(), m_document.userName());
    m_document.recordAudit(QStringLiteral("ballot.submit"), QStringLiteral("ballot"),
                           layout.member.uuid,
                           json({{QStringLiteral("state"), QStringLiteral("open")},
                                 {QStringLiteral("version"), before}}),
                           json({{QStringLiteral("member"), layout.member.fullName},
                                 {QStringLiteral("state"), QStringLiteral("submitted")},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("cells"), done.cells}}));
}

EditResult BallotService::submit(qint64 memberId)
{
    BallotLayout layout;
    if (const QString refused = prepareWrite(memberId, &layout); !refused.isEmpty())
        return {refused};
    // Checked before the transaction too, so that the usual refusal reads as a plain sentence.
    try {
        if (const QString incomplete = incompleteReason(layout, progress(layout, cells(memberId)));
            !incomplete.isEmpty())
            return {incomplete};
    } catch (const StorageError &e) {
        return {e.message()};
    }
    const QString error = m_document.runInTransaction([&] {
        if (const QString locked = lockReason(layout); !locked.isEmpty())
            throw StorageError(locked);
        submitInTransaction(layout);
    });
    if (!error.isEmpty())
        return {tr("The ballot was not submitted: %1").arg(error)};
    emit m_document.scoresChanged(memberId);
    return {};
}

void BallotService::writeAndSubmit(const BallotLayout &layout, const QVector<ScoreCell> &cells)
{
    for (ScoreCell cell : cells) {
        cell.memberId = layout.member.id;
        cell.id = 0;
        cell.uuid.clear();
        if (cell.state != ScoreState::Entered)
            cell.points = 0.0;
        writeCell(layout, cell);
    }
    submitInTransaction(layout);
}

EditResult BallotService::reopen(qint64 memberId, const QString &reason)
{
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return {denied};
    if (reason.trimmed().isEmpty())
        return {tr("Give the reason for reopening the ballot; it is kept in the audit log.")};
    BallotLayout layout;
    try {
        layout = this->layout(memberId);
    } catch (const StorageError &e) {
        return {e.message()};
    }
    if (layout.member.id == 0)
        return {tr("The commission member no longer exists.")};
    const QSqlDatabase db = m_document.database().connection();
    const QString error = m_document.runInTransaction([&] {
        BallotRepository ballots(db);
        const Ballot before = ballots.ballot(memberId);
        if (!before.isSubmitted())
            throw StorageError(tr("The ballot of %1 is not submitted; there is nothing to reopen.")
                                   .arg(layout.member.fullName));
        if (const QString finalised = finalisedReason(layout); !finalised.isEmpty())
            throw StorageError(finalised);
        const int version = ballots.reopen(memberId);
        m_document.recordAudit(QStringLiteral("ballot.reopen"), QStringLiteral("ballot"),
                               layout.member.uuid,
                               json({{QStringLiteral("state"), QStringLiteral("submitted")},
                                     {QStringLiteral("version"), before.version},
                                     {QStringLiteral("submitted_by"), before.submittedBy}}),
                               json({{QStringLiteral("member"), layout.member.fullName},
                                     {QStringLiteral("state"), QStringLiteral("open")},
                                     {QStringLiteral("version"), version}}),
                               reason.trimmed());
    });
    if (!error.isEmpty())
        return {tr("The ballot was not reopened: %1").arg(error)};
    emit m_document.scoresChanged(memberId);
    return {};
}

} // namespace akim
