#pragma once

#include "domain/criterion.h"
#include "scoring/methodology.h"
#include "scoring/scoringinput.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace akim::scoring {

// Flags a ranked nominee can carry (the keys of the rank JSON and the protocol).
namespace flag {
inline constexpr char insufficientSample[] = "insufficient_sample"; // responses < min_sample
inline constexpr char surveyExcluded[] = "survey_excluded"; // below min_sample, left out (setting)
inline constexpr char noSurveyData[] = "no_survey_data";
inline constexpr char noEthicsData[] = "no_ethics_data";
inline constexpr char noCommissionData[] = "no_commission_data";
inline constexpr char noStage1Total[] = "no_stage1_total";
inline constexpr char ethicsGate[] = "ethics_gate"; // cannot advance, for one of the two below
inline constexpr char ethicsNotCompliant[] = "ethics_not_compliant";
inline constexpr char ethicsBelowGate[] = "ethics_below_gate";
inline constexpr char fewValidScores[] = "few_valid_scores"; // a criterion < min_valid_scores
inline constexpr char conflictIgnored[] = "conflict_score_ignored"; // entered despite a conflict
inline constexpr char tieShared[] = "tie_shared";
inline constexpr char tieBrokenByPrefix[] = "tie_broken_by:"; // + the component's key
inline constexpr char tiedAtCut[] = "tied_at_cut";
inline constexpr char chairDecision[] = "chair_decision"; // advanced by the chair's choice
inline constexpr char advances[] = "advances";
} // namespace flag

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// One member's cell as the explanation shows it.
struct ScoreExplanation
{
    qint64 memberId = 0;
    QString member;
    ScoreState state = ScoreState::Entered;
    double points = kNoValue; // NaN unless entered
    bool trimmed = false;     // dropped by the trimmed mean
    bool conflict = false;    // a declared conflict of interest: not counted
};

struct CriterionResult
{
    qint64 criterionId = 0; // 0 when the contest has no criterion with this code
    QString code;
    CriterionSource source = CriterionSource::Commission;
    double maxPoints = 0.0;
    double weight = 1.0;
    // Commission: the aggregate of the valid scores in points. Survey and ethics: the index
    // 0–100 of the mean answer. NaN without data.
    double value = kNoValue;
    // Commission criteria.
    int valid = 0;   // entered scores counted
    int missing = 0; // commission members with no row at all
    bool trimmedApplied = false;
    bool fewValidScores = false;
    QVector<ScoreExplanation> scores; // in the commission's member order
    // Survey and ethics criteria: counted answers and their mean on the answer scale.
    qint64 n = 0;
    double mean = kNoValue;
};

struct Components
{
    double survey = kNoValue;
    double ethics = kNoValue;
    double commission = kNoValue;
    double stage1Total = kNoValue;
};

struct NomineeResult
{
    qint64 nomineeId = 0;
    QString uuid;
    QString name;
    qint64 regionId = 0;
    QString regionRu;
    QString regionKk;
    QString districtRu;
    QString districtKk;
    QString okrugRu;
    QString okrugKk;

    int place = 0;
    double total = kNoValue; // unrounded
    Components components;
    // The weights the total was computed with: the methodology's, rescaled over the components
    // that have data (see flags no_*_data and survey_excluded). total = Σ weight · component.
    Components weightsUsed;
    qint64 surveyResponses = 0;
    qint64 ethicsResponses = 0;
    bool insufficientSample = false;
    EthicsConclusion ethicsConclusion = EthicsConclusion::NotRecorded;
    bool ethicsGate = false; // may not advance
    bool tieShared = false;
    QStringList tieBrokenBy; // components that separated it from an equal total
    bool tiedAtCut = false;
    bool advances = false;
    QStringList flags;
    QVector<CriterionResult> criteria; // the stage's criteria in methodology order
};

// Advancement in one region: the quota, who advances, and who is tied at the cut.
struct AdvancementCut
{
    qint64 regionId = 0;
    int seats = 0;
    QVector<qint64> advancing;
    QVector<qint64> tied; // tied at the cut for the remaining seats
    int openSeats = 0;    // seats the tied nominees compete for
    bool decided = true;  // false while the chair's decision is missing or does not fit

    // Everyone who may go on: those advancing and those tied at the cut, any of whom the
    // chair may choose.
    QVector<qint64> contenders() const { return advancing + tied; }
};

struct Ranking
{
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // 0: every region (stage I) or the national ranking
    // Stage I: region by region in the input's region order, each in place order; stage II: in
    // place order. Shared places are listed by nominee id.
    QVector<NomineeResult> nominees;
    QVector<AdvancementCut> cuts; // stage I only, one per region ranked
    QVector<qint64> notRanked;    // withdrawn or disqualified nominees in scope
    QStringList problems;         // translated: what the secretary should look at

    const NomineeResult *find(qint64 nomineeId) const
    {
        for (const NomineeResult &n : nominees) {
            if (n.nomineeId == nomineeId)
                return &n;
        }
        return nullptr;
    }
};

} // namespace akim::scoring
