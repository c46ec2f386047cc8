#include "services/editcommands.h"

#include "services/auditjson.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <algorithm>

namespace akim {

EditCommand::EditCommand(ContestDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

QString EditCommand::applyFirst()
{
    const QString error = run(Direction::Forward, QString());
    m_skipNextRedo = error.isEmpty();
    return error;
}

void EditCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    const QString error = run(Direction::Forward, tr("redo"));
    if (!error.isEmpty())
        emit m_document->editFailed(tr("Cannot redo \"%1\": %2").arg(text(), error));
}

void EditCommand::undo()
{
    const QString error = run(Direction::Backward, tr("undo"));
    if (!error.isEmpty())
        emit m_document->editFailed(tr("Cannot undo \"%1\": %2").arg(text(), error));
}

QString EditCommand::run(Direction direction, const QString &reason)
{
    m_reason = reason;
    const QString error = m_document->runInTransaction([&] { apply(direction); });
    if (error.isEmpty())
        notify();
    return error;
}

void EditCommand::audit(const QString &action, const QString &objectType, const QString &uuid,
                        const QString &oldValue, const QString &newValue)
{
    m_document->recordAudit(action, objectType, uuid, oldValue, newValue, m_reason);
}

// ---- nominees ----------------------------------------------------------------------------------

NomineesCommand::NomineesCommand(ContestDocument *document, const QString &text,
                                 QVector<Change> changes, std::optional<District> newDistrict,
                                 std::optional<Okrug> newOkrug)
    : EditCommand(document, text)
    , m_changes(std::move(changes))
    , m_newDistrict(std::move(newDistrict))
    , m_newOkrug(std::move(newOkrug))
{}

void NomineesCommand::createPlace()
{
    GeographyRepository geo = document()->geography();
    if (m_newDistrict) {
        geo.insert(*m_newDistrict); // the first insert fixes id and uuid for every redo
        audit(QStringLiteral("district.create"), QStringLiteral("district"), m_newDistrict->uuid,
              {}, auditjson::of(*m_newDistrict));
        if (m_newOkrug)
            m_newOkrug->districtId = m_newDistrict->id;
    }
    if (m_newOkrug) {
        geo.insert(*m_newOkrug);
        audit(QStringLiteral("okrug.create"), QStringLiteral("okrug"), m_newOkrug->uuid, {},
              auditjson::of(*m_newOkrug));
        for (Change &change : m_changes) {
            if (change.after)
                change.after->okrugId = m_newOkrug->id;
        }
    }
}

void NomineesCommand::removePlace()
{
    GeographyRepository geo = document()->geography();
    if (m_newOkrug) {
        geo.removeOkrug(m_newOkrug->id);
        audit(QStringLiteral("okrug.delete"), QStringLiteral("okrug"), m_newOkrug->uuid,
              auditjson::of(*m_newOkrug), {});
    }
    if (m_newDistrict) {
        geo.removeDistrict(m_newDistrict->id);
        audit(QStringLiteral("district.delete"), QStringLiteral("district"), m_newDistrict->uuid,
              auditjson::of(*m_newDistrict), {});
    }
}

void NomineesCommand::applyChange(const std::optional<Nominee> &from,
                                  const std::optional<Nominee> &to)
{
    NomineeRepository repo = document()->nominees();
    if (from && !to) {
        repo.remove(from->id);
        audit(QStringLiteral("nominee.delete"), QStringLiteral("nominee"), from->uuid,
              auditjson::of(*from), {});
    } else if (!from && to) {
        Nominee inserted = *to;
        repo.insert(inserted);
        audit(QStringLiteral("nominee.create"), QStringLiteral("nominee"), inserted.uuid, {},
              auditjson::of(inserted));
    } else if (from && to) {
        repo.update(*to);
        audit(QStringLiteral("nominee.update"), QStringLiteral("nominee"), to->uuid,
              auditjson::of(*from), auditjson::of(*to));
    }
}

void NomineesCommand::apply(Direction direction)
{
    if (direction == Direction::Forward) {
        createPlace();
        for (Change &change : m_changes) {
            if (!change.before && change.after && change.after->id == 0) {
                // Remember the key SQLite assigns so that undo and redo address the same row.
                NomineeRepository repo = document()->nominees();
                repo.insert(*change.after);
                audit(QStringLiteral("nominee.create"), QStringLiteral("nominee"),
                      change.after->uuid, {}, auditjson::of(*change.after));
                continue;
            }
            applyChange(change.before, change.after);
        }
    } else {
        for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
            applyChange(it->after, it->before);
        removePlace();
    }
}

void NomineesCommand::notify()
{
    if (m_newDistrict || m_newOkrug)
        emit document()->geographyChanged();
    emit document()->nomineesChanged();
}

// ---- criteria ----------------------------------------------------------------------------------

CriterionCommand::CriterionCommand(ContestDocument *document, const QString &text,
                                   std::optional<Criterion> before, std::optional<Criterion> after)
    : EditCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void CriterionCommand::apply(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    std::optional<Criterion> &from = forward ? m_before : m_after;
    std::optional<Criterion> &to = forward ? m_after : m_before;
    CriterionRepository repo = document()->criteria();
    if (from && !to) {
        repo.remove(from->id);
        audit(QStringLiteral("criterion.delete"), QStringLiteral("criterion"), from->uuid,
              auditjson::of(*from), {});
    } else if (!from && to) {
        repo.insert(*to);
        audit(QStringLiteral("criterion.create"), QStringLiteral("criterion"), to->uuid, {},
              auditjson::of(*to));
    } else if (from && to) {
        repo.update(*to);
        audit(QStringLiteral("criterion.update"), QStringLiteral("criterion"), to->uuid,
              auditjson::of(*from), auditjson::of(*to));
    }
}

void CriterionCommand::notify()
{
    emit document()->criteriaChanged();
}

ReorderCriteriaCommand::ReorderCriteriaCommand(ContestDocument *document, const QString &text,
                                               QVector<Move> moves)
    : EditCommand(document, text)
    , m_moves(std::move(moves))
{}

void ReorderCriteriaCommand::apply(Direction direction)
{
    CriterionRepository repo = document()->criteria();
    QStringList before;
    QStringList after;
    for (const Move &move : m_moves) {
        const int from = direction == Direction::Forward ? move.before : move.after;
        const int to = direction == Direction::Forward ? move.after : move.before;
        repo.setSortOrder(move.id, to);
        before << QStringLiteral("%1:%2").arg(move.id).arg(from);
        after << QStringLiteral("%1:%2").arg(move.id).arg(to);
    }
    audit(QStringLiteral("criterion.reorder"), QStringLiteral("criterion"), {},
          before.join(QLatin1Char(',')), after.join(QLatin1Char(',')));
}

void ReorderCriteriaCommand::notify()
{
    emit document()->criteriaChanged();
}

// ---- members -----------------------------------------------------------------------------------

MemberCommand::MemberCommand(ContestDocument *document, const QString &text,
                             std::optional<Member> before, std::optional<Member> after,
                             QVector<MemberConflict> conflicts)
    : EditCommand(document, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_conflicts(std::move(conflicts))
{}

void MemberCommand::apply(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    std::optional<Member> &from = forward ? m_before : m_after;
    std::optional<Member> &to = forward ? m_after : m_before;
    CommissionRepository repo = document()->commissions();
    if (from && !to) {
        repo.remove(from->id);
        audit(QStringLiteral("member.delete"), QStringLiteral("member"), from->uuid,
              auditjson::of(*from), auditjson::of(m_conflicts));
    } else if (!from && to) {
        repo.insert(*to);
        if (!m_conflicts.isEmpty())
            repo.setConflicts(to->id, m_conflicts);
        audit(QStringLiteral("member.create"), QStringLiteral("member"), to->uuid, {},
              auditjson::of(*to));
    } else if (from && to) {
        repo.update(*to);
        audit(QStringLiteral("member.update"), QStringLiteral("member"), to->uuid,
              auditjson::of(*from), auditjson::of(*to));
    }
}

void MemberCommand::notify()
{
    const qint64 commissionId = m_after ? m_after->commissionId : m_before->commissionId;
    emit document()->membersChanged(commissionId);
    if (m_before && m_after && m_before->commissionId != m_after->commissionId)
        emit document()->membersChanged(m_before->commissionId);
}

ConflictsCommand::ConflictsCommand(ContestDocument *document, const QString &text,
                                   const Member &member, QVector<MemberConflict> before,
                                   QVector<MemberConflict> after)
    : EditCommand(document, text)
    , m_member(member)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ConflictsCommand::apply(Direction direction)
{
    const bool forward = direction == Direction::Forward;
    document()->commissions().setConflicts(m_member.id, forward ? m_after : m_before);
    audit(QStringLiteral("member.conflicts"), QStringLiteral("member"), m_member.uuid,
          auditjson::of(forward ? m_before : m_after), auditjson::of(forward ? m_after : m_before));
}

void ConflictsCommand::notify()
{
    emit document()->membersChanged(m_member.commissionId);
}

} // namespace akim
