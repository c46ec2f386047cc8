#include "services/contestdocument.h"

#include "scoring/methodology.h"
#include "services/contesttemplate.h"
#include "services/editcommands.h"
#include "services/passwords.h"
#include "storage/accountrepository.h"
#include "storage/finalisationrepository.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"
#include "text/textfold.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace akim {

ContestDocument::ContestDocument(QObject *parent)
    : QObject(parent)
{
    m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (m_userName.isEmpty())
        m_userName = QStringLiteral("secretary");
}

ContestDocument::~ContestDocument()
{
    close();
}

QString ContestDocument::defaultTemplate()
{
    return ContestTemplate::defaultName();
}

QStringList ContestDocument::templateNames()
{
    return ContestTemplate::available();
}

bool ContestDocument::fail(Database::Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

bool ContestDocument::open(const QString &path, Database::Mode mode)
{
    close();
    if (!m_db.open(path, mode))
        return fail(m_db.error(), m_db.errorString());
    m_package.start(m_db.isBallotPackage());
    m_error = Database::Error::None;
    m_errorString.clear();
    emit opened();
    return true;
}

bool ContestDocument::create(const QString &path, const QString &templateName)
{
    close();
    ContestTemplate contestTemplate;
    if (!contestTemplate.load(templateName))
        return fail(Database::Error::NotFound, contestTemplate.errorString());
    const bool existed = QFileInfo::exists(path);
    if (!m_db.open(path, Database::Mode::Create))
        return fail(m_db.error(), m_db.errorString());
    const QString error = runInTransaction([&] {
        contestTemplate.applyTo(m_db.connection());
        recordAudit(QStringLiteral("contest.create"), QStringLiteral("contest"),
                    contest().contest().uuid, {}, templateName);
    });
    if (!error.isEmpty()) {
        m_db.close();
        if (!existed)
            QFile::remove(path);
        return fail(Database::Error::Io, error);
    }
    m_error = Database::Error::None;
    m_errorString.clear();
    emit opened();
    return true;
}

void ContestDocument::close()
{
    if (!m_db.isOpen())
        return;
    m_undoStack.clear();
    m_actor.accountId = 0;
    m_account.reset();
    m_package.end();
    m_db.close();
    emit closed();
}

QString ContestDocument::runInTransaction(const std::function<void()> &work)
{
    if (!m_db.isOpen())
        return tr("No contest file is open.");
    if (m_db.isReadOnly())
        return tr("The contest file is open read-only.");
    try {
        Transaction transaction(m_db.connection());
        work();
        transaction.commit();
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

void ContestDocument::notifyExternalWrite()
{
    m_undoStack.clear();
    emit geographyChanged();
    emit nomineesChanged();
    emit criteriaChanged();
    emit surveyDataChanged();
}

void ContestDocument::recordAudit(const QString &action, const QString &objectType,
                                  const QString &objectUuid, const QString &oldValue,
                                  const QString &newValue, const QString &reason)
{
    AuditEntry entry;
    entry.user = userName();
    entry.action = action;
    entry.objectType = objectType;
    entry.objectUuid = objectUuid;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    audit().append(entry);
    m_package.afterWrite(m_db.connection());
}

// ---- who is acting ----------------------------------------------------------------------------

QString ContestDocument::userName() const
{
    return m_account ? m_account->login : m_userName;
}

bool ContestDocument::hasAccounts() const
{
    return m_db.isOpen() && AccountRepository(m_db.connection()).count() > 0;
}

QString ContestDocument::permit(Permission permission, qint64 commissionId) const
{
    if (!m_db.isOpen())
        return tr("No contest file is open.");
    return AccessPolicy::check(m_db.connection(), m_actor, permission, commissionId);
}

EditResult ContestDocument::signIn(const QString &login, const QString &password)
{
    if (!m_db.isOpen())
        return {tr("No contest file is open.")};
    const std::optional<Account> account = AccountRepository(m_db.connection()).findByLogin(login);
    // One answer for an unknown name and a wrong password: it does not tell which names exist.
    if (!account || !passwords::verify(account->passwordHash, password))
        return {tr("Wrong user name or password.")};
    if (!account->active)
        return {tr("The account %1 is deactivated; the secretary can activate it again.")
                    .arg(account->login)};
    if (const QString refused = m_package.signIn(m_db.connection(), password); !refused.isEmpty())
        return {refused};
    // Edits made by someone else must not be undone in this user's name.
    m_undoStack.clear();
    m_actor.accountId = account->id;
    m_account = account;
    emit signedInChanged();
    return {};
}

void ContestDocument::signOut()
{
    if (!m_account)
        return;
    m_undoStack.clear();
    m_actor.accountId = 0;
    m_account.reset();
    m_package.signOut();
    emit signedInChanged();
}

void ContestDocument::refreshAccount()
{
    if (!m_account)
        return;
    m_account = AccountRepository(m_db.connection()).find(m_actor.accountId);
    if (!m_account || !m_account->active) {
        m_actor.accountId = 0;
        m_account.reset();
    }
    emit signedInChanged();
}

EditResult ContestDocument::push(EditCommand *command)
{
    const QString error = command->applyFirst();
    if (!error.isEmpty()) {
        delete command;
        return {tr("The change was not saved: %1").arg(error)};
    }
    m_undoStack.push(command);
    return {};
}

// ---- nominees ----------------------------------------------------------------------------------

QString ContestDocument::validateNomineeDraft(const NomineeDraft &d, qint64 nomineeId) const
{
    if (d.fullName.trimmed().isEmpty())
        return tr("Enter the akim's full name.");
    if (d.fullName.trimmed().size() > 200)
        return tr("The full name is longer than 200 characters.");
    if (d.inOfficeSince.isValid() && d.inOfficeSince > QDate::currentDate())
        return tr("\"In office since\" cannot be in the future.");
    if (d.okrugId > 0) {
        const Okrug okrug = geography().okrug(d.okrugId);
        if (okrug.id == 0)
            return tr("The chosen okrug no longer exists.");
        const qint64 holder = nominees().nomineeOfOkrug(d.okrugId);
        if (holder != 0 && holder != nomineeId)
            return tr("%1 already has a nominee: %2. A rural okrug has one nominee.")
                .arg(okrug.nameRu, nominees().nominee(holder).fullName);
        return {};
    }
    if (d.newOkrugRu.trimmed().isEmpty())
        return tr("Choose the rural okrug, or type the name of a new one.");
    if (!d.newOkrugKato.isEmpty() &&
        (d.newOkrugKato.size() != 9 || !std::all_of(d.newOkrugKato.begin(), d.newOkrugKato.end(),
                                                    [](QChar c) { return c.isDigit(); })))
        return tr("A KATO code has 9 digits.");
    if (d.districtId == 0) {
        if (d.regionId == 0 || geography().region(d.regionId).id == 0)
            return tr("Choose the region.");
        if (d.newDistrictRu.trimmed().isEmpty())
            return tr("Choose the district, or type the name of a new one.");
        return {};
    }
    const QString folded = text::fold(d.newOkrugRu);
    for (const Okrug &existing : geography().okrugs(d.districtId)) {
        if (text::fold(existing.nameRu) == folded)
            return tr("The district already has an okrug named %1; choose it from the list.")
                .arg(existing.nameRu);
    }
    return {};
}

namespace {

Nominee nomineeFromDraft(const NomineeDraft &d, Nominee base)
{
    base.okrugId = d.okrugId;
    base.fullName = d.fullName.simplified();
    base.inOfficeSince = d.inOfficeSince;
    base.status = d.status;
    base.notes = d.notes.trimmed();
    return base;
}

// The okrug (and district) a draft asks to create along with the nominee, if any.
struct NewPlace
{
    std::optional<District> district;
    std::optional<Okrug> okrug;
};

NewPlace newPlaceOf(const NomineeDraft &d)
{
    NewPlace place;
    if (d.okrugId != 0)
        return place;
    if (d.districtId == 0)
        place.district = District{
            0, {}, d.regionId, {}, d.newDistrictRu.simplified(), d.newDistrictKk.simplified()};
    place.okrug = Okrug{
        0, {}, d.districtId, d.newOkrugKato, d.newOkrugRu.simplified(), d.newOkrugKk.simplified()};
    return place;
}

} // namespace

EditResult ContestDocument::addNominee(const NomineeDraft &draft)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    if (FinalisationRepository(m_db.connection()).isRegionLocked(draft.regionId))
        return {tr(
            "The region's result is finalised; its nominees can no longer be added or changed.")};
    if (const QString error = validateNomineeDraft(draft, 0); !error.isEmpty())
        return {error};
    const NewPlace place = newPlaceOf(draft);
    NomineesCommand::Change change;
    change.after = nomineeFromDraft(draft, Nominee{});
    return push(new NomineesCommand(this, tr("Add nominee %1").arg(change.after->fullName),
                                    {change}, place.district, place.okrug));
}

EditResult ContestDocument::editNominee(qint64 nomineeId, const NomineeDraft &draft)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Nominee before = nominees().nominee(nomineeId);
    if (before.id == 0)
        return {tr("The nominee no longer exists.")};
    const FinalisationRepository finalised(m_db.connection());
    if (finalised.isNomineeLocked(nomineeId) || finalised.isRegionLocked(draft.regionId))
        return {tr(
            "The region's result is finalised; its nominees can no longer be added or changed.")};
    if (const QString error = validateNomineeDraft(draft, nomineeId); !error.isEmpty())
        return {error};
    const NewPlace place = newPlaceOf(draft);
    NomineesCommand::Change change{before, nomineeFromDraft(draft, before)};
    if (!place.okrug && *change.after == before)
        return {}; // nothing to do, nothing to undo
    return push(new NomineesCommand(this, tr("Edit nominee %1").arg(before.fullName), {change},
                                    place.district, place.okrug));
}

EditResult ContestDocument::removeNominees(const QVector<qint64> &nomineeIds)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    QVector<NomineesCommand::Change> changes;
    NomineeRepository repo = nominees();
    for (const qint64 id : nomineeIds) {
        const Nominee nominee = repo.nominee(id);
        if (nominee.id == 0)
            continue;
        if (FinalisationRepository(m_db.connection()).isNomineeLocked(id))
            return {tr("%1 cannot be deleted: the region's result is finalised.")
                        .arg(nominee.fullName)};
        if (const qint64 used = repo.dependentRows(id); used > 0)
            return {tr("%1 cannot be deleted: %n score(s), survey response(s) or declared "
                       "conflict(s) refer to this nominee. Set the status to \"withdrawn\" "
                       "instead.",
                       nullptr, int(used))
                        .arg(nominee.fullName)};
        changes.push_back({nominee, std::nullopt});
    }
    if (changes.isEmpty())
        return {};
    const QString text = changes.size() == 1
                             ? tr("Delete nominee %1").arg(changes.front().before->fullName)
                             : tr("Delete %n nominee(s)", nullptr, int(changes.size()));
    return push(new NomineesCommand(this, text, changes));
}

// ---- criteria ----------------------------------------------------------------------------------

QString ContestDocument::validateCriterion(const Criterion &c) const
{
    if (c.code.trimmed().isEmpty())
        return tr("Enter a code for the criterion, e.g. K6.");
    if (c.titleRu.trimmed().isEmpty())
        return tr("Enter the Russian title of the criterion.");
    if (!(c.maxPoints > 0) || c.maxPoints > 1000)
        return tr("Maximum points must be above 0 and at most 1000.");
    if (!(c.weight >= 0) || c.weight > 100)
        return tr("The weight must be between 0 and 100.");
    const qint64 holder = criteria().idOfCode(c.code.trimmed());
    if (holder != 0 && holder != c.id)
        return tr("The code %1 is already used by another criterion.").arg(c.code.trimmed());
    if (contest().isStageFinalised(c.stage))
        return tr("The stage is finalised; its criteria cannot change.");
    return {};
}

EditResult ContestDocument::addCriterion(const Criterion &criterion)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    if (const QString error = validateCriterion(criterion); !error.isEmpty())
        return {error};
    Criterion added = criterion;
    added.id = 0;
    added.code = added.code.trimmed();
    int maxOrder = 0;
    for (const Criterion &c : criteria().all()) {
        if (c.stage == added.stage)
            maxOrder = std::max(maxOrder, c.sortOrder);
    }
    added.sortOrder = maxOrder + 1;
    return push(
        new CriterionCommand(this, tr("Add criterion %1").arg(added.code), std::nullopt, added));
}

EditResult ContestDocument::editCriterion(const Criterion &criterion)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Criterion before = criteria().criterion(criterion.id);
    if (before.id == 0)
        return {tr("The criterion no longer exists.")};
    if (const QString error = validateCriterion(criterion); !error.isEmpty())
        return {error};
    Criterion after = criterion;
    after.code = after.code.trimmed();
    after.uuid = before.uuid;
    if (after.stage != before.stage || after.source != before.source) {
        if (criteria().dependentRows(before.id) > 0)
            return {tr("Scores or answers already use %1; its stage and source cannot change.")
                        .arg(before.code)};
    }
    if (after == before)
        return {};
    return push(
        new CriterionCommand(this, tr("Edit criterion %1").arg(before.code), before, after));
}

EditResult ContestDocument::removeCriterion(qint64 criterionId)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Criterion before = criteria().criterion(criterionId);
    if (before.id == 0)
        return {};
    if (const qint64 used = criteria().dependentRows(criterionId); used > 0)
        return {
            tr("%1 cannot be deleted: %n score(s) or survey answer(s) use it.", nullptr, int(used))
                .arg(before.code)};
    if (contest().isStageFinalised(before.stage))
        return {tr("The stage is finalised; its criteria cannot change.")};
    return push(new CriterionCommand(this, tr("Delete criterion %1").arg(before.code), before,
                                     std::nullopt));
}

EditResult ContestDocument::moveCriterion(qint64 criterionId, int newIndex)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Criterion moved = criteria().criterion(criterionId);
    if (moved.id == 0)
        return {tr("The criterion no longer exists.")};
    QVector<Criterion> stage;
    for (const Criterion &c : criteria().all()) {
        if (c.stage == moved.stage)
            stage.push_back(c);
    }
    const auto from = std::find_if(stage.begin(), stage.end(),
                                   [&](const Criterion &c) { return c.id == criterionId; });
    const int fromIndex = int(from - stage.begin());
    newIndex = std::clamp(newIndex, 0, int(stage.size()) - 1);
    if (fromIndex == newIndex)
        return {};
    QVector<Criterion> reordered = stage;
    reordered.move(fromIndex, newIndex);
    QVector<ReorderCriteriaCommand::Move> moves;
    for (int i = 0; i < reordered.size(); ++i) {
        if (reordered[i].sortOrder != i + 1)
            moves.push_back({reordered[i].id, reordered[i].sortOrder, i + 1});
    }
    return push(new ReorderCriteriaCommand(this, tr("Move criterion %1").arg(moved.code), moves));
}

// ---- members -----------------------------------------------------------------------------------

QString ContestDocument::validateMember(const Member &m) const
{
    if (m.fullName.trimmed().isEmpty())
        return tr("Enter the member's full name.");
    if (commissions().commission(m.commissionId).id == 0)
        return tr("Choose the commission.");
    if (m.role == MemberRole::Chair || m.role == MemberRole::Secretary) {
        for (const Member &other : commissions().members(m.commissionId)) {
            if (other.id != m.id && other.role == m.role)
                return m.role == MemberRole::Chair
                           ? tr("The commission already has a chair: %1.").arg(other.fullName)
                           : tr("The commission already has a secretary: %1.").arg(other.fullName);
        }
    }
    return {};
}

EditResult ContestDocument::addMember(const Member &member)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    if (const QString error = validateMember(member); !error.isEmpty())
        return {error};
    Member added = member;
    added.id = 0;
    added.fullName = added.fullName.simplified();
    added.position = added.position.trimmed();
    int maxOrder = 0;
    for (const Member &m : commissions().members(added.commissionId))
        maxOrder = std::max(maxOrder, m.sortOrder);
    added.sortOrder = maxOrder + 1;
    return push(
        new MemberCommand(this, tr("Add member %1").arg(added.fullName), std::nullopt, added));
}

EditResult ContestDocument::editMember(const Member &member)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Member before = commissions().member(member.id);
    if (before.id == 0)
        return {tr("The member no longer exists.")};
    if (const QString error = validateMember(member); !error.isEmpty())
        return {error};
    Member after = member;
    after.uuid = before.uuid;
    after.fullName = after.fullName.simplified();
    after.position = after.position.trimmed();
    if (after.commissionId != before.commissionId && commissions().dependentRows(before.id) > 0)
        return {tr("%1 has already scored; the member cannot move to another commission.")
                    .arg(before.fullName)};
    if (after == before)
        return {};
    return push(new MemberCommand(this, tr("Edit member %1").arg(before.fullName), before, after));
}

EditResult ContestDocument::setMethodology(const QByteArray &json)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    if (contest().isStageFinalised(StageKind::Regional) ||
        contest().isStageFinalised(StageKind::National))
        return {tr("A result is finalised: the methodology it was computed with is frozen.")};
    QString error;
    const std::optional<scoring::Methodology> methodology =
        scoring::Methodology::fromJsonBytes(json, &error);
    if (!methodology)
        return {error};
    const QString before = contest().methodologyJson();
    const QString after = QString::fromUtf8(methodology->toJsonBytes());
    if (before == after)
        return {};
    const QString failure = runInTransaction([&] {
        contest().setMethodologyJson(after);
        recordAudit(QStringLiteral("methodology.edit"), QStringLiteral("methodology"),
                    contest().contest().uuid, before, after);
    });
    if (!failure.isEmpty())
        return {failure};
    emit methodologyChanged();
    return {};
}

EditResult ContestDocument::removeMember(qint64 memberId)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Member before = commissions().member(memberId);
    if (before.id == 0)
        return {};
    if (const qint64 used = commissions().dependentRows(memberId); used > 0)
        return {tr("%1 cannot be deleted: the member has %n score(s).", nullptr, int(used))
                    .arg(before.fullName)};
    if (AccountRepository(m_db.connection()).findByMember(memberId))
        return {tr("%1 cannot be deleted: an account signs in as this member. Deactivate the "
                   "account instead.")
                    .arg(before.fullName)};
    return push(new MemberCommand(this, tr("Delete member %1").arg(before.fullName), before,
                                  std::nullopt, commissions().conflicts(memberId)));
}

EditResult ContestDocument::setConflicts(qint64 memberId, const QVector<MemberConflict> &conflicts)
{
    if (const QString denied = permit(Permission::EditSetup); !denied.isEmpty())
        return {denied};
    const Member member = commissions().member(memberId);
    if (member.id == 0)
        return {tr("The member no longer exists.")};
    QVector<MemberConflict> before = commissions().conflicts(memberId);
    QVector<MemberConflict> after = conflicts;
    for (MemberConflict &c : after) {
        c.memberId = memberId;
        if (nominees().nominee(c.nomineeId).id == 0)
            return {tr("A declared conflict names a nominee that no longer exists.")};
    }
    std::sort(after.begin(), after.end(), [](const MemberConflict &a, const MemberConflict &b) {
        return a.nomineeId < b.nomineeId;
    });
    const auto same = [](const MemberConflict &a, const MemberConflict &b) {
        return a.nomineeId == b.nomineeId && a.reason == b.reason;
    };
    if (std::equal(before.begin(), before.end(), after.begin(), after.end(), same))
        return {};
    return push(new ConflictsCommand(this, tr("Conflicts of interest of %1").arg(member.fullName),
                                     member, before, after));
}

} // namespace akim
