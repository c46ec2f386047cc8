#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include <array>
#include <utility>

namespace akim {
namespace {

// Keys are what the contest file and the JSON interfaces store; they never change with the UI
// language.
template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
Enum fromKey(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key,
             bool *ok)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k)) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return table.front().first;
}

const std::array<std::pair<NomineeStatus, const char *>, 3> kStatuses{{
    {NomineeStatus::Active, "active"},
    {NomineeStatus::Withdrawn, "withdrawn"},
    {NomineeStatus::Disqualified, "disqualified"},
}};

const std::array<std::pair<StageKind, const char *>, 2> kStages{{
    {StageKind::Regional, "regional"},
    {StageKind::National, "national"},
}};

const std::array<std::pair<CriterionSource, const char *>, 3> kSources{{
    {CriterionSource::Commission, "commission"},
    {CriterionSource::Survey, "survey"},
    {CriterionSource::Ethics, "ethics"},
}};

const std::array<std::pair<MemberRole, const char *>, 4> kRoles{{
    {MemberRole::Chair, "chair"},
    {MemberRole::Deputy, "deputy"},
    {MemberRole::Secretary, "secretary"},
    {MemberRole::Member, "member"},
}};

} // namespace

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
