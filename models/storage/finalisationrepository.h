#pragma once

#include "domain/criterion.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace akim {

// A finalised result: stage I of one region, or stage II. Written once, never changed (the
// table's triggers refuse updates and deletes).
struct Finalisation
{
    qint64 id = 0;
    QString uuid;
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // 0 for stage II
    QString finalisedAt;
    QString finalisedBy;
    QString methodologyJson;
    QString rankingSha256;
    int nominees = 0;
    QVector<qint64> advancing;
    QVector<qint64> chairDecision; // nominees the chair chose at a tied cut
};

class FinalisationRepository
{
public:
    explicit FinalisationRepository(QSqlDatabase db);

    QVector<Finalisation> all() const;
    std::optional<Finalisation> find(StageKind stage, qint64 regionId) const;
    bool isRegionFinalised(qint64 regionId) const; // its stage I
    bool anyOf(StageKind stage) const;
    // Whether a nominee (or a new one in the region) may no longer be edited: the region's
    // stage I or the whole stage II is finalised.
    bool isRegionLocked(qint64 regionId) const;
    bool isNomineeLocked(qint64 nomineeId) const;
    void insert(Finalisation &finalisation); // sets id and uuid

private:
    QSqlDatabase m_db;
};

} // namespace akim
