#include "domain/account.h"
#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include "domain/enumkeys.h"

namespace akim {
namespace {

using enumkeys::fromKey;
using enumkeys::keyOf;

const enumkeys::Table<NomineeStatus, 3> kStatuses{{
    {NomineeStatus::Active, "active"},
    {NomineeStatus::Withdrawn, "withdrawn"},
    {NomineeStatus::Disqualified, "disqualified"},
}};

const enumkeys::Table<StageKind, 2> kStages{{
    {StageKind::Regional, "regional"},
    {StageKind::National, "national"},
}};

const enumkeys::Table<CriterionSource, 3> kSources{{
    {CriterionSource::Commission, "commission"},
    {CriterionSource::Survey, "survey"},
    {CriterionSource::Ethics, "ethics"},
}};

const enumkeys::Table<MemberRole, 4> kRoles{{
    {MemberRole::Chair, "chair"},
    {MemberRole::Deputy, "deputy"},
    {MemberRole::Secretary, "secretary"},
    {MemberRole::Member, "member"},
}};

const enumkeys::Table<AccountRole, 3> kAccountRoles{{
    {AccountRole::Secretary, "secretary"},
    {AccountRole::Chair, "chair"},
    {AccountRole::Member, "member"},
}};

} // namespace

QString accountRoleKey(AccountRole role)
{
    return keyOf(kAccountRoles, role);
}
AccountRole accountRoleFromKey(const QString &key, bool *ok)
{
    return fromKey(kAccountRoles, key, ok);
}
QString nomineeStatusKey(NomineeStatus status)
{
    return keyOf(kStatuses, status);
}
NomineeStatus nomineeStatusFromKey(const QString &key, bool *ok)
{
    return fromKey(kStatuses, key, ok);
}
QString stageKindKey(StageKind kind)
{
    return keyOf(kStages, kind);
}
StageKind stageKindFromKey(const QString &key, bool *ok)
{
    return fromKey(kStages, key, ok);
}
QString criterionSourceKey(CriterionSource source)
{
    return keyOf(kSources, source);
}
CriterionSource criterionSourceFromKey(const QString &key, bool *ok)
{
    return fromKey(kSources, key, ok);
}
QString memberRoleKey(MemberRole role)
{
    return keyOf(kRoles, role);
}
MemberRole memberRoleFromKey(const QString &key, bool *ok)
{
    return fromKey(kRoles, key, ok);
}

bool Nominee::operator==(const Nominee &o) const
{
    return id == o.id && uuid == o.uuid && okrugId == o.okrugId && fullName == o.fullName &&
           inOfficeSince == o.inOfficeSince && status == o.status && notes == o.notes;
}

bool Criterion::operator==(const Criterion &o) const
{
    return id == o.id && uuid == o.uuid && stage == o.stage && code == o.code &&
           titleRu == o.titleRu && titleKk == o.titleKk && titleEn == o.titleEn &&
           source == o.source && maxPoints == o.maxPoints && weight == o.weight &&
           sortOrder == o.sortOrder;
}

bool Member::operator==(const Member &o) const
{
    return id == o.id && uuid == o.uuid && commissionId == o.commissionId &&
           fullName == o.fullName && role == o.role && position == o.position &&
           sortOrder == o.sortOrder;
}

} // namespace akim
