#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "domain/nominee.h"

#include <QString>
#include <QVector>

#include <optional>

namespace akim::scoring {

// A snapshot of everything a ranking is computed from, read once from the contest file (see
// ScoringInputLoader) or built in memory by tests and benchmarks. Plain values, no database:
// the engine is a pure function of this and a Methodology.

enum class ScoreState {
    Entered,
    Abstained, // excluded from the aggregate, never a zero
    Recused,   // conflict of interest: excluded, never a zero
};

QString scoreStateKey(ScoreState state); // "entered", "abstained", "recused"
std::optional<ScoreState> scoreStateFromKey(const QString &key);

// The Ethics Commissioner's conclusion on a nominee (nominee.ethics_conclusion).
enum class EthicsConclusion {
    NotRecorded,
    Compliant,
    NotCompliant,
};

QString ethicsConclusionKey(EthicsConclusion conclusion);     // "not_recorded", "compliant", …
EthicsConclusion ethicsConclusionFromKey(const QString &key); // unknown or empty: NotRecorded

struct InputRegion
{
    qint64 id = 0;
    QString kato;
    QString nameRu;
    QString nameKk;
    int sortOrder = 0;
};

struct InputNominee
{
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 regionId = 0;
    QString regionRu;
    QString regionKk;
    QString districtRu;
    QString districtKk;
    QString okrugRu;
    QString okrugKk;
    NomineeStatus status = NomineeStatus::Active;
    EthicsConclusion ethicsConclusion = EthicsConclusion::NotRecorded;
};

struct InputMember
{
    qint64 id = 0;
    qint64 commissionId = 0;
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // 0 for the republican commission
    QString name;
    MemberRole role = MemberRole::Member;
    int sortOrder = 0;
};

// One cell of a member's ballot. A member with no row for a nominee × criterion has not scored
// it (counted as missing, not as a zero).
struct InputScore
{
    qint64 memberId = 0;
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    ScoreState state = ScoreState::Entered;
    double points = 0.0; // meaningful only when entered
};

// survey_aggregate: the running count and sum of counted answers per nominee × criterion, for
// population (survey) and ethics criteria alike.
struct InputSurveyAggregate
{
    qint64 nomineeId = 0;
    qint64 criterionId = 0;
    qint64 n = 0;
    double sum = 0.0;
};

// survey_response counts per nominee.
struct InputResponseCount
{
    qint64 nomineeId = 0;
    qint64 population = 0;
    qint64 ethics = 0;
};

// A declared conflict of interest (member_conflict): that member's scores of that nominee are
// treated as recusals whatever their state.
struct InputConflict
{
    qint64 memberId = 0;
    qint64 nomineeId = 0;
};

// A nominee's stage I outcome, for stage II. When the input has none, the engine ranks stage I
// from the same snapshot and takes the advancing nominees.
struct Stage1Result
{
    qint64 nomineeId = 0;
    double total = 0.0;
    bool advances = false;
};

struct ScoringInput
{
    QVector<InputRegion> regions; // in display order
    QVector<InputNominee> nominees;
    QVector<Criterion> criteria; // the contest's criterion table (ids ↔ codes)
    QVector<InputMember> members;
    QVector<InputScore> scores;
    QVector<InputSurveyAggregate> survey;
    QVector<InputResponseCount> responses;
    QVector<InputConflict> conflicts;
    QVector<Stage1Result> stage1;
    // The chair's decision on nominees tied at the advancement cut: the ids chosen to advance.
    QVector<qint64> chairChosen;
};

} // namespace akim::scoring
