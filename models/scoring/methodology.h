#pragma once

#include "domain/criterion.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace akim::scoring {

// How the members' scores of one criterion become its value.
enum class AggregationMethod {
    Mean,
    TrimmedMean, // k highest and k lowest dropped once enough valid scores exist
    Median,
};

// What a survey index based on fewer responses than the minimum sample does.
enum class BelowMinSample {
    Flag,    // counts as computed, and the nominee is flagged
    Exclude, // left out of the total; the other stage I weights are rescaled to keep their sum
};

enum class RankingStyle {
    Standard, // 1, 1, 3 ("standard_competition")
    Dense,    // 1, 1, 2
};

// What a tie-break compares, after the total; larger is always better.
enum class TieComponent {
    Commission,
    Survey,
    Ethics,
    SurveyN, // number of citizens' responses
    EthicsN, // number of ethics questionnaire responses
    Stage1Total,
};

QString aggregationMethodKey(AggregationMethod method);
QString belowMinSampleKey(BelowMinSample value);
QString rankingStyleKey(RankingStyle style);
QString tieComponentKey(TieComponent component);
std::optional<TieComponent> tieComponentFromKey(const QString &key);

struct AggregationSettings
{
    AggregationMethod method = AggregationMethod::TrimmedMean;
    int trimEachSide = 1;   // k scores dropped at each end
    int trimMinScores = 5;  // trim only with at least this many valid scores, else plain mean
    int minValidScores = 3; // fewer valid scores than this: the criterion is flagged

    bool operator==(const AggregationSettings &o) const;
};

struct SurveyIndexSettings
{
    double scaleMin = 1.0; // Likert answers rescaled 100·(mean − min)/(max − min)
    double scaleMax = 5.0;
    int minSample = 30; // citizens' responses per nominee
    BelowMinSample belowMinSample = BelowMinSample::Flag;

    bool operator==(const SurveyIndexSettings &o) const;
};

struct EthicsSettings
{
    double scaleMin = 0.0; // yes/no answers: the index is the share of "yes"
    double scaleMax = 1.0;
    double gateIndex = 50.0; // an index below this blocks advancement
    bool notCompliantBlocksAdvancement = true;

    bool operator==(const EthicsSettings &o) const;
};

struct StageWeights
{
    // Stage I total = survey·S + ethics·E + commission·K (each index 0–100).
    double survey = 0.3;
    double ethics = 0.2;
    double commission = 0.5;
    // Stage II total = nationalCommission·K2 + stage1Total·T1.
    double nationalCommission = 1.0;
    double stage1Total = 0.0;

    bool operator==(const StageWeights &o) const;
};

struct Nomination
{
    QString ru;
    QString kk;
    QString en;

    bool operator==(const Nomination &o) const { return ru == o.ru && kk == o.kk && en == o.en; }
};

// The rules that turn raw scores and answers into a ranking: stored as JSON with the contest,
// shipped as templates, imported and exported as files. Every number of DESIGN.md's "Default
// methodology" lives here, never in the engine. The criteria are the contest's criterion table
// (code, stage, source, max points, weight), carried along so that an exported methodology and
// the rank JSON say everything needed to recompute a total.
struct Methodology
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::Methodology)

public:
    QString templateName; // the template it started from, if any
    QVector<Criterion> criteria;
    AggregationSettings aggregation;
    SurveyIndexSettings survey;
    EthicsSettings ethics;
    StageWeights weights;
    QVector<TieComponent> regionalTieBreaks{TieComponent::Commission, TieComponent::Survey,
                                            TieComponent::SurveyN};
    QVector<TieComponent> nationalTieBreaks{TieComponent::Commission, TieComponent::Stage1Total};
    RankingStyle rankingStyle = RankingStyle::Standard;
    int advancePerRegion = 1;
    int displayDecimals = 2;
    // Totals closer than this are equal for ranking: far below the displayed decimals, so that
    // floating-point noise (7.1 + 7.3 vs 7.3 + 7.1 summed in another order) never decides a
    // place. 0 compares the doubles exactly.
    double tieTolerance = 1e-9;
    QVector<Nomination> nominations;

    // DESIGN.md's recommended default, criteria S1–S6, E1, K1–K5 and R1–R3 included (without
    // titles, which the template and the contest carry).
    static Methodology defaults();

    // A key left out takes the recommended default; an unknown key, a wrong type or a value out
    // of range refuses the whole methodology with a message naming the key ("aggregation.method").
    static std::optional<Methodology> fromJson(const QJsonObject &json, QString *error);
    static std::optional<Methodology> fromJsonBytes(const QByteArray &json, QString *error);
    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented UTF-8

    // Criteria of one stage (and source), in the order of the list.
    QVector<Criterion> criteriaOf(StageKind stage) const;
    QVector<Criterion> criteriaOf(StageKind stage, CriterionSource source) const;
    const QVector<TieComponent> &tieBreaks(StageKind stage) const
    {
        return stage == StageKind::Regional ? regionalTieBreaks : nationalTieBreaks;
    }

    // Settings and criteria compared on what scoring uses (code, stage, source, max, weight,
    // order), not database ids or titles.
    bool sameRules(const Methodology &o) const;
    bool operator==(const Methodology &o) const;
    bool operator!=(const Methodology &o) const { return !(*this == o); }
};

} // namespace akim::scoring
