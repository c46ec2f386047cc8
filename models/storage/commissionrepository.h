#pragma once

#include "domain/commission.h"

#include <QSqlDatabase>
#include <QVector>

namespace akim {

class CommissionRepository
{
public:
    explicit CommissionRepository(QSqlDatabase db);

    QVector<Commission> commissions() const; // regional ones in region order, then republican
    Commission commission(qint64 id) const;
    void insert(Commission &commission);

    QVector<Member> members(qint64 commissionId = 0) const; // 0: all, by commission
    Member member(qint64 id) const;
    void insert(Member &member); // keeps a given id and uuid
    void update(const Member &member);
    void remove(qint64 memberId);
    qint64 memberCount() const;
    qint64 dependentRows(qint64 memberId) const; // scores

    QVector<MemberConflict> conflicts(qint64 memberId) const;
    void setConflicts(qint64 memberId, const QVector<MemberConflict> &conflicts);

private:
    QSqlDatabase m_db;
};

} // namespace akim
