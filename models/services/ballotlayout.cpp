#include "services/ballotlayout.h"

#include "scoring/scoringinputloader.h"
#include "storage/commissionrepository.h"
#include "storage/criterionrepository.h"
#include "storage/finalisationrepository.h"
#include "storage/nomineerepository.h"
#include "storage/sql.h"

#include <QHash>

namespace akim {

BallotLayout BallotLayout::load(const QSqlDatabase &db, qint64 memberId)
{
    BallotLayout layout;
    const CommissionRepository commissions(db);
    layout.member = commissions.member(memberId);
    if (layout.member.id == 0)
        return layout;
    layout.commission = commissions.commission(layout.member.commissionId);
    for (const Criterion &c : CriterionRepository(db).all()) {
        if (c.stage == layout.commission.stage && c.source == CriterionSource::Commission)
            layout.criteria.push_back(c);
    }
    const bool national = layout.commission.stage == StageKind::National;
    // A ballot package holds exactly the nominees its member scores, and none of the data that
    // decides the stage II field.
    const bool package =
        sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM package_manifest)")).toBool();
    const QSet<qint64> field = national && !package ? stageTwoField(db) : QSet<qint64>();
    for (const NomineeRow &row : NomineeRepository(db).rows()) {
        if (row.nominee.status != NomineeStatus::Active)
            continue;
        if (package || (national ? field.contains(row.nominee.id)
                                 : row.regionId == layout.commission.regionId))
            layout.nominees.push_back(row);
    }
    for (const MemberConflict &c : commissions.conflicts(memberId))
        layout.conflicts.insert(c.nomineeId);
    return layout;
}

QSet<qint64> BallotLayout::stageTwoField(const QSqlDatabase &db)
{
    QHash<qint64, QVector<qint64>> finalised; // region → advancing
    for (const Finalisation &f : FinalisationRepository(db).all()) {
        if (f.stage == StageKind::Regional)
            finalised.insert(f.regionId, f.advancing);
    }
    QSet<qint64> field;
    for (const QVector<qint64> &advancing : std::as_const(finalised))
        field.unite(QSet<qint64>(advancing.begin(), advancing.end()));

    // Usually stage II is scored once every region is finalised: then the finalised lists are
    // the field, and the ranking engine (a fifth of a second on a full contest) is not asked
    // at every cell typed.
    const bool allFinalised =
        sql::scalar(db, QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM nominee n JOIN okrug o ON "
                                       "o.id = n.okrug_id JOIN district d ON d.id = "
                                       "o.district_id WHERE NOT EXISTS (SELECT 1 FROM "
                                       "finalisation f WHERE f.stage_kind = 'regional' AND "
                                       "f.region_id = d.region_id))"))
            .toBool();
    if (allFinalised)
        return field;
    const scoring::Ranking stage1 = scoring::ScoringInputLoader(db).rank(StageKind::Regional);
    for (const scoring::AdvancementCut &cut : stage1.cuts) {
        if (finalised.contains(cut.regionId))
            continue;
        const QVector<qint64> contenders = cut.contenders();
        field.unite(QSet<qint64>(contenders.begin(), contenders.end()));
    }
    return field;
}

const NomineeRow *BallotLayout::nominee(qint64 id) const
{
    for (const NomineeRow &row : nominees) {
        if (row.nominee.id == id)
            return &row;
    }
    return nullptr;
}

const Criterion *BallotLayout::criterion(qint64 id) const
{
    for (const Criterion &c : criteria) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace akim
