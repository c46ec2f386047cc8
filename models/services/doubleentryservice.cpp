#include "services/doubleentryservice.h"

#include "storage/finalisationrepository.h"
#include "storage/settingrepository.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace akim {
namespace {

using scoring::ScoreState;

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A rule found broken inside a transaction: not a StorageError, so that it reaches write() as
// the sentence it is, after the transaction rolled back.
struct Refusal
{
    QString message;
};

} // namespace

DoubleEntryService::DoubleEntryService(ContestDocument &document)
    : m_document(document)
{}

void DoubleEntryService::refuse(const QString &message)
{
    throw Refusal{message};
}

EditResult DoubleEntryService::write(const std::function<void()> &work, const QString &failed)
{
    try {
        if (const QString error = m_document.runInTransaction(work); !error.isEmpty())
            return {failed.arg(error)};
    } catch (const Refusal &refusal) {
        return {refusal.message};
    }
    return {};
}

// ---- the switch ------------------------------------------------------------------------------

bool DoubleEntryService::isRequired() const
{
    return m_document.isOpen() && SettingRepository(m_document.database().connection())
                                      .flag(QLatin1String(SettingRepository::kPaperDoubleEntry));
}

QString DoubleEntryService::mayChangeRequired() const
{
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return denied;
    // A finalised protocol certifies how its ballots were entered. Changing the rule afterwards
    // would count the regions still open under another rule than the finalised ones, in the
    // same contest; so the switch freezes with the first finalised result, as the methodology
    // does.
    if (!FinalisationRepository(m_document.database().connection()).all().isEmpty())
        return tr("A result of this contest is finalised, and how its paper ballots were "
                  "entered is part of it: double entry can no longer be switched on or off.");
    return {};
}

EditResult DoubleEntryService::setRequired(bool on)
{
    if (const QString refused = mayChangeRequired(); !refused.isEmpty())
        return {refused};
    if (isRequired() == on)
        return {};
    return write(
        [&] {
            SettingRepository(m_document.database().connection())
                .setFlag(QLatin1String(SettingRepository::kPaperDoubleEntry), on);
            m_document.recordAudit(QStringLiteral("paper.required"), QStringLiteral("contest"),
                                   m_document.contest().contest().uuid,
                                   json({{QStringLiteral("double_entry"), !on}}),
                                   json({{QStringLiteral("double_entry"), on}}));
        },
        tr("Double entry was not switched: %1"));
}

// ---- reading ---------------------------------------------------------------------------------

PaperEntry DoubleEntryService::entry(qint64 memberId, PaperSide side) const
{
    return PaperEntryRepository(m_document.database().connection()).entry(memberId, side);
}

QVector<ScoreCell> DoubleEntryService::cells(qint64 memberId, PaperSide side) const
{
    return PaperEntryRepository(m_document.database().connection()).cells(memberId, side);
}

PaperComparison DoubleEntryService::compare(qint64 memberId) const
{
    return compare(BallotService(m_document).layout(memberId));
}

PaperComparison DoubleEntryService::compare(const BallotLayout &layout) const
{
    return PaperComparison::load(m_document.database().connection(), layout);
}

QString DoubleEntryService::valueText(const std::optional<ScoreCell> &cell)
{
    return cell ? BallotService::valueText(*cell) : tr("not typed");
}

QString DoubleEntryService::sideName(PaperSide side)
{
    return side == PaperSide::First ? tr("entry 1") : tr("entry 2");
}

// ---- checks ----------------------------------------------------------------------------------

QString DoubleEntryService::prepare(qint64 memberId, QString *login, BallotLayout *layout) const
{
    if (!m_document.isOpen())
        return tr("No contest file is open.");
    if (m_document.isReadOnly())
        return tr("The contest file is open read-only.");
    if (const QString denied = m_document.permit(Permission::ManageBallots); !denied.isEmpty())
        return denied;
    // ManageBallots is never granted without an account, whose login names the typist.
    if (!m_document.account())
        return tr("Sign in as a secretary to type paper ballots.");
    *login = m_document.account()->login;
    if (const QString notVoting =
            BallotService::notAVoter(m_document.commissions().member(memberId));
        !notVoting.isEmpty())
        return notVoting;
    try {
        const BallotService ballots(m_document);
        *layout = ballots.layout(memberId);
        return ballots.lockReason(*layout);
    } catch (const StorageError &e) {
        return e.message();
    }
}

void DoubleEntryService::refuseIfLocked(const BallotLayout &layout) const
{
    // Again inside the transaction: another program on the file may have submitted the ballot.
    if (const QString locked = BallotService(m_document).lockReason(layout); !locked.isEmpty())
        refuse(locked);
}

QString DoubleEntryService::typistProblem(const BallotLayout &layout, PaperSide side,
                                          const QString &login) const
{
    const PaperEntryRepository entries(m_document.database().connection());
    const PaperEntry other = entries.entry(layout.member.id, otherSide(side));
    if (other.stored && other.typedBy == login)
        return tr("You typed %1 of the ballot of %2 (as %3); %4 must be typed by another "
                  "secretary, so that the two entries are independent.")
            .arg(sideName(other.side), layout.member.fullName, login, sideName(side));
    const PaperEntry own = entries.entry(layout.member.id, side);
    if (own.stored && own.typedBy != login)
        return tr("Entry %1 of the ballot of %2 is typed by %3, and only they correct it. To "
                  "settle a disagreement, compare the entries and take one entry's value, giving "
                  "the reason.")
            .arg(int(side))
            .arg(layout.member.fullName, own.typedBy);
    return {};
}

QString DoubleEntryService::mayType(qint64 memberId, PaperSide side) const
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return refused;
    try {
        return typistProblem(layout, side, login);
    } catch (const StorageError &e) {
        return e.message();
    }
}

QString DoubleEntryService::cellJson(const BallotLayout &layout, PaperSide side,
                                     const ScoreCell &cell) const
{
    QJsonObject o = BallotService::cellObject(layout, cell);
    o.insert(QStringLiteral("entry"), int(side));
    return json(o);
}

// ---- typing ----------------------------------------------------------------------------------

EditResult DoubleEntryService::setCell(qint64 memberId, PaperSide side, qint64 nomineeId,
                                       qint64 criterionId, ScoreState state, double points,
                                       const QString &comment)
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return {refused};
    ScoreCell cell;
    cell.memberId = memberId;
    cell.nomineeId = nomineeId;
    cell.criterionId = criterionId;
    cell.state = state;
    cell.points = state == ScoreState::Entered ? std::round(points * 100) / 100 : 0.0;
    cell.comment = comment.trimmed();
    if (const QString invalid = BallotService::validateCell(layout, nomineeId, criterionId, state,
                                                            points, cell.comment);
        !invalid.isEmpty())
        return {invalid};
    return write(
        [&] {
            refuseIfLocked(layout);
            if (const QString typist = typistProblem(layout, side, login); !typist.isEmpty())
                refuse(typist);
            PaperEntryRepository entries(m_document.database().connection());
            const std::optional<ScoreCell> old =
                entries.find(memberId, side, nomineeId, criterionId);
            if (old && old->sameContent(cell))
                return;
            const PaperEntry entry = entries.start(memberId, side, login);
            entries.upsert(memberId, side, cell);
            m_document.recordAudit(QStringLiteral("paper.set"), QStringLiteral("paper_entry"),
                                   entry.uuid, old ? cellJson(layout, side, *old) : QString(),
                                   cellJson(layout, side, cell));
        },
        tr("The cell was not saved: %1"));
}

EditResult DoubleEntryService::clearCell(qint64 memberId, PaperSide side, qint64 nomineeId,
                                         qint64 criterionId)
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return {refused};
    return write(
        [&] {
            refuseIfLocked(layout);
            if (const QString typist = typistProblem(layout, side, login); !typist.isEmpty())
                refuse(typist);
            PaperEntryRepository entries(m_document.database().connection());
            const std::optional<ScoreCell> old =
                entries.find(memberId, side, nomineeId, criterionId);
            if (!old)
                return;
            const PaperEntry entry = entries.entry(memberId, side);
            entries.remove(memberId, side, nomineeId, criterionId);
            entries.forgetIfEmpty(memberId, side);
            m_document.recordAudit(QStringLiteral("paper.clear"), QStringLiteral("paper_entry"),
                                   entry.uuid, cellJson(layout, side, *old), QString());
        },
        tr("The cell was not cleared: %1"));
}

// ---- resolving and accepting -----------------------------------------------------------------

EditResult DoubleEntryService::useValue(qint64 memberId, qint64 nomineeId, qint64 criterionId,
                                        PaperSide from, const QString &reason)
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return {refused};
    if (reason.trimmed().isEmpty())
        return {tr("Give the reason for taking the value of %1; it is kept in the audit log.")
                    .arg(sideName(from))};
    const PaperSide to = otherSide(from);
    return write(
        [&] {
            refuseIfLocked(layout);
            PaperEntryRepository entries(m_document.database().connection());
            const std::optional<ScoreCell> source =
                entries.find(memberId, from, nomineeId, criterionId);
            const std::optional<ScoreCell> target =
                entries.find(memberId, to, nomineeId, criterionId);
            const NomineeRow *nominee = layout.nominee(nomineeId);
            const Criterion *criterion = layout.criterion(criterionId);
            const QString where =
                QStringLiteral("%1, %2").arg(nominee ? nominee->nominee.fullName : QString(),
                                             criterion ? criterion->code : QString());
            // A missing cell is typed by its entry's typist, never copied: otherwise one person
            // could fill the other entry with their own reading.
            if (!source || !target)
                refuse(tr("%1: only a cell typed in both entries can take one entry's value. "
                          "Type the cell in %2 instead.")
                           .arg(where, sideName(source ? to : from)));
            if (PaperComparison::sameValue(*source, *target))
                refuse(tr("%1: both entries already agree.").arg(where));
            if (const QString invalid = BallotService::validateCell(
                    layout, nomineeId, criterionId, source->state, source->points, target->comment);
                !invalid.isEmpty())
                refuse(invalid);
            ScoreCell cell = *target; // its own comment stays
            cell.state = source->state;
            cell.points = source->state == ScoreState::Entered ? source->points : 0.0;
            entries.upsert(memberId, to, cell);
            m_document.recordAudit(QStringLiteral("paper.resolve"), QStringLiteral("paper_entry"),
                                   entries.entry(memberId, to).uuid, cellJson(layout, to, *target),
                                   cellJson(layout, to, cell), reason.trimmed());
        },
        tr("The disagreement was not resolved: %1"));
}

EditResult DoubleEntryService::discard(qint64 memberId, PaperSide side, const QString &reason)
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return {refused};
    if (reason.trimmed().isEmpty())
        return {tr("Give the reason for discarding %1; it is kept in the audit log.")
                    .arg(sideName(side))};
    return write(
        [&] {
            refuseIfLocked(layout);
            PaperEntryRepository entries(m_document.database().connection());
            const PaperEntry entry = entries.entry(memberId, side);
            if (!entry.stored)
                refuse(tr("Entry %1 of the ballot of %2 has not been typed; there is nothing to "
                          "discard.")
                           .arg(int(side))
                           .arg(layout.member.fullName));
            const int count = int(entries.cells(memberId, side).size());
            entries.discard(memberId, side);
            m_document.recordAudit(QStringLiteral("paper.discard"), QStringLiteral("paper_entry"),
                                   entry.uuid,
                                   json({{QStringLiteral("member"), layout.member.fullName},
                                         {QStringLiteral("entry"), int(side)},
                                         {QStringLiteral("typed_by"), entry.typedBy},
                                         {QStringLiteral("cells"), count}}),
                                   QString(), reason.trimmed());
        },
        tr("The entry was not discarded: %1"));
}

EditResult DoubleEntryService::accept(qint64 memberId)
{
    QString login;
    BallotLayout layout;
    if (const QString refused = prepare(memberId, &login, &layout); !refused.isEmpty())
        return {refused};
    try {
        if (const QString refused = compare(layout).acceptProblem(layout); !refused.isEmpty())
            return {refused};
    } catch (const StorageError &e) {
        return {e.message()};
    }
    const EditResult result = write(
        [&] {
            // Again inside the transaction, on what it reads: an entry may have changed.
            refuseIfLocked(layout);
            const PaperComparison comparison = compare(layout);
            if (const QString refused = comparison.acceptProblem(layout); !refused.isEmpty())
                refuse(refused);
            const PaperEntryRepository entries(m_document.database().connection());
            const auto first = cellsByKey(entries.cells(memberId, PaperSide::First));
            const auto second = cellsByKey(entries.cells(memberId, PaperSide::Second));
            QVector<ScoreCell> agreed;
            for (const NomineeRow &row : std::as_const(layout.nominees)) {
                for (const Criterion &c : std::as_const(layout.criteria)) {
                    const QPair<qint64, qint64> key{row.nominee.id, c.id};
                    // Entry 1's cell, else entry 2's: a declared conflict's cell may be typed
                    // (as recused) in one entry only; in neither, submitting writes it.
                    if (!first.contains(key) && !second.contains(key))
                        continue;
                    ScoreCell cell = first.contains(key) ? first.value(key) : second.value(key);
                    if (cell.comment.isEmpty())
                        cell.comment = second.value(key).comment;
                    agreed.push_back(cell);
                }
            }
            BallotService(m_document).writeAndSubmit(layout, agreed);
            m_document.recordAudit(QStringLiteral("paper.accept"), QStringLiteral("ballot"),
                                   layout.member.uuid, QString(),
                                   json({{QStringLiteral("member"), layout.member.fullName},
                                         {QStringLiteral("entry1_by"), comparison.first.typedBy},
                                         {QStringLiteral("entry2_by"), comparison.second.typedBy},
                                         {QStringLiteral("cells"), int(agreed.size())}}));
        },
        tr("The paper ballot was not accepted: %1"));
    if (result.ok())
        emit m_document.scoresChanged(memberId);
    return result;
}

} // namespace akim
