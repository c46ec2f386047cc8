#pragma once

#include "domain/criterion.h"

#include <QString>

namespace akim {

enum class MemberRole {
    Chair,
    Deputy,
    Secretary,
    Member,
};

QString memberRoleKey(MemberRole role);
MemberRole memberRoleFromKey(const QString &key, bool *ok = nullptr);

struct Commission
{
    qint64 id = 0;
    QString uuid;
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // 0 for the republican commission
    QString nameRu;
    QString nameKk;
};

struct Member
{
    qint64 id = 0;
    QString uuid;
    qint64 commissionId = 0;
    QString fullName;
    MemberRole role = MemberRole::Member;
    QString position;
    int sortOrder = 0;

    bool operator==(const Member &other) const;
    bool operator!=(const Member &other) const { return !(*this == other); }
};

struct MemberConflict
{
    qint64 memberId = 0;
    qint64 nomineeId = 0;
    QString reason;
};

} // namespace akim
