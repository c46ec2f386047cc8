#include "scoring/nomineeevaluator.h"

#include "scoring/aggregation.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace akim::scoring {
namespace {

// id → position. SQLite keys are nearly dense, so a vector usually serves (a quarter of a
// million score rows are looked up per re-rank); sparse ids fall back to a hash.
class IdIndex
{
public:
    template<typename T, typename Id>
    void build(const QVector<T> &rows, Id id)
    {
        qint64 maxId = 0;
        for (const T &row : rows)
            maxId = std::max(maxId, qint64(id(row)));
        m_dense = maxId <= 4 * qint64(rows.size()) + 1024;
        if (m_dense)
            m_positions.fill(-1, maxId + 1);
        for (int i = 0; i < int(rows.size()); ++i) {
            const qint64 key = id(rows.at(i));
            if (key < 0)
                continue;
            if (m_dense)
                m_positions[key] = i;
            else
                m_hash.insert(key, i);
        }
    }

    int find(qint64 key) const
    {
        if (m_dense)
            return key >= 0 && key < m_positions.size() ? m_positions.at(key) : -1;
        return m_hash.value(key, -1);
    }

private:
    bool m_dense = true;
    QVector<int> m_positions;
    QHash<qint64, int> m_hash;
};

struct Cell
{
    int memberRank = 0;
    MemberScore score;
};

void addFlag(NomineeResult &n, const char *flag)
{
    const QString f = QLatin1String(flag);
    if (!n.flags.contains(f))
        n.flags.append(f);
}

} // namespace

// What the evaluation looks things up in, built once per ranking.
struct NomineeEvaluator::Data
{
    Data(const ScoringInput &input, const Methodology &methodology, StageKind stageKind)
        : in(input)
        , m(methodology)
        , stage(stageKind)
        , criteria(methodology.criteriaOf(stageKind))
    {
        QHash<QString, qint64> idOfCode;
        for (const Criterion &c : in.criteria)
            idOfCode.insert(c.code, c.id);
        criterionPosition.build(in.criteria, [](const Criterion &c) { return c.id; });
        positionOfContestCriterion.fill(-1, in.criteria.size());
        contestIds.fill(0, criteria.size());
        for (int pos = 0; pos < int(criteria.size()); ++pos) {
            const qint64 id = idOfCode.value(criteria.at(pos).code, 0);
            contestIds[pos] = id;
            if (id == 0) {
                problems << NomineeEvaluator::tr("The methodology's criterion %1 is not among the "
                                                 "contest's criteria: it has no scores or answers.")
                                .arg(criteria.at(pos).code);
                continue;
            }
            positionOfContestCriterion[criterionPosition.find(id)] = pos;
        }
        nominees.build(in.nominees, [](const InputNominee &n) { return n.id; });
        members.build(in.members, [](const InputMember &mm) { return mm.id; });

        // Members in the commission's order (sort order, then id), whatever the input order.
        QVector<int> order(in.members.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [this](int a, int b) {
            const InputMember &x = in.members.at(a);
            const InputMember &y = in.members.at(b);
            return x.sortOrder != y.sortOrder ? x.sortOrder < y.sortOrder : x.id < y.id;
        });
        memberRank.resize(in.members.size());
        for (int r = 0; r < order.size(); ++r) {
            memberRank[order.at(r)] = r;
            const InputMember &mm = in.members.at(order.at(r));
            if (mm.stage == stage)
                commission[stage == StageKind::Regional ? mm.regionId : 0].append(order.at(r));
        }
        for (const InputConflict &c : in.conflicts)
            conflictsOf[c.nomineeId].append(c.memberId);
        for (const InputResponseCount &r : in.responses)
            responses.insert(r.nomineeId, r);

        bucketScores();
        const int width = int(criteria.size());
        surveyN.fill(0, in.nominees.size() * width);
        surveySum.fill(0.0, in.nominees.size() * width);
        for (const InputSurveyAggregate &a : in.survey) {
            const int nominee = nominees.find(a.nomineeId);
            const int pos = position(a.criterionId);
            if (nominee < 0 || pos < 0 || criteria.at(pos).source == CriterionSource::Commission)
                continue;
            surveyN[nominee * width + pos] += a.n;
            surveySum[nominee * width + pos] += a.sum;
        }
    }

    // Position among the stage's criteria of a contest criterion id; -1 when not scored here.
    int position(qint64 criterionId) const
    {
        const int i = criterionPosition.find(criterionId);
        return i < 0 ? -1 : positionOfContestCriterion.at(i);
    }

    NomineeResult evaluate(int nomineeIndex) const;

    const ScoringInput &in;
    const Methodology &m;
    const StageKind stage;
    const QVector<Criterion> criteria;
    IdIndex criterionPosition;
    QVector<int> positionOfContestCriterion;
    IdIndex nominees;
    IdIndex members;
    QVector<int> memberRank;
    QHash<qint64, QVector<int>> commission;     // region id (0: republican) → members in order
    QHash<qint64, QVector<qint64>> conflictsOf; // nominee → members with a declared conflict
    QHash<qint64, InputResponseCount> responses;
    QVector<int> scoreStart; // nominee index → first entry in scoreOrder; one past for the end
    QVector<int> scoreOrder; // score indexes grouped by nominee
    QVector<qint64> surveyN;
    QVector<double> surveySum;
    QStringList problems;
    QVector<qint64> contestIds;    // per position: the contest's criterion id, 0 when none
    mutable int foreignScores = 0; // scores by members of another commission, ignored

private:
    // Groups the scores by nominee in two passes (a counting sort): no per-nominee containers.
    void bucketScores()
    {
        QVector<int> nomineeOf(in.scores.size(), -1);
        scoreStart.fill(0, in.nominees.size() + 1);
        for (int i = 0; i < int(in.scores.size()); ++i) {
            const InputScore &s = in.scores.at(i);
            const int nominee = nominees.find(s.nomineeId);
            const int pos = position(s.criterionId);
            if (nominee < 0 || pos < 0 || criteria.at(pos).source != CriterionSource::Commission)
                continue;
            nomineeOf[i] = nominee;
            ++scoreStart[nominee + 1];
        }
        for (int i = 1; i < scoreStart.size(); ++i)
            scoreStart[i] += scoreStart[i - 1];
        scoreOrder.resize(scoreStart.last());
        QVector<int> next = scoreStart;
        for (int i = 0; i < int(in.scores.size()); ++i) {
            if (nomineeOf.at(i) >= 0)
                scoreOrder[next[nomineeOf.at(i)]++] = i;
        }
    }
};

NomineeResult NomineeEvaluator::Data::evaluate(int nomineeIndex) const
{
    const InputNominee &nominee = in.nominees.at(nomineeIndex);
    NomineeResult r;
    r.nomineeId = nominee.id;
    r.uuid = nominee.uuid;
    r.name = nominee.name;
    r.regionId = nominee.regionId;
    r.regionRu = nominee.regionRu;
    r.regionKk = nominee.regionKk;
    r.districtRu = nominee.districtRu;
    r.districtKk = nominee.districtKk;
    r.okrugRu = nominee.okrugRu;
    r.okrugKk = nominee.okrugKk;
    r.ethicsConclusion = nominee.ethicsConclusion;
    const InputResponseCount counts = responses.value(nominee.id);
    r.surveyResponses = counts.population;
    r.ethicsResponses = counts.ethics;

    const qint64 commissionKey = stage == StageKind::Regional ? nominee.regionId : 0;
    const QVector<int> panel = commission.value(commissionKey);
    const int width = int(criteria.size());
    QVector<QVector<Cell>> cells(width);
    const QVector<qint64> conflicted = conflictsOf.value(nominee.id); // usually none
    for (int k = scoreStart.at(nomineeIndex); k < scoreStart.at(nomineeIndex + 1); ++k) {
        const InputScore &s = in.scores.at(scoreOrder.at(k));
        const int member = members.find(s.memberId);
        if (member < 0 || in.members.at(member).stage != stage ||
            (stage == StageKind::Regional && in.members.at(member).regionId != nominee.regionId)) {
            ++foreignScores;
            continue;
        }
        const bool conflict = !conflicted.isEmpty() && conflicted.contains(s.memberId);
        cells[position(s.criterionId)].append(
            {memberRank.at(member), {s.memberId, s.state, s.points, conflict}});
    }

    QVector<double> commissionValues, commissionWeights, surveyIdx, surveyW, ethicsIdx, ethicsW;
    double weightedMax = 0.0;
    for (int pos = 0; pos < width; ++pos) {
        const Criterion &c = criteria.at(pos);
        CriterionResult cr;
        cr.code = c.code;
        cr.source = c.source;
        cr.maxPoints = c.maxPoints;
        cr.weight = c.weight;
        cr.criterionId = contestIds.at(pos);
        if (c.source == CriterionSource::Commission) {
            QVector<Cell> &list = cells[pos];
            std::sort(list.begin(), list.end(),
                      [](const Cell &a, const Cell &b) { return a.memberRank < b.memberRank; });
            QVector<MemberScore> scores;
            scores.reserve(list.size());
            for (const Cell &cell : list)
                scores.append(cell.score);
            const AggregateResult agg = Aggregation::aggregate(scores, m.aggregation);
            cr.value = agg.value;
            cr.valid = agg.valid;
            cr.trimmedApplied = agg.trimmed;
            cr.missing = std::max(0, int(panel.size()) - int(list.size()));
            cr.fewValidScores = agg.valid < m.aggregation.minValidScores;
            if (cr.fewValidScores)
                addFlag(r, flag::fewValidScores);
            for (int i = 0; i < scores.size(); ++i) {
                const MemberScore &s = scores.at(i);
                ScoreExplanation e;
                e.memberId = s.memberId;
                e.member = in.members.at(members.find(s.memberId)).name;
                e.state = s.state;
                e.points = s.state == ScoreState::Entered ? s.points : kNoValue;
                e.trimmed = agg.dropped.at(i);
                e.conflict = s.conflict;
                if (s.conflict && s.state == ScoreState::Entered)
                    addFlag(r, flag::conflictIgnored);
                cr.scores.append(e);
            }
            // A criterion nobody scored validly is left out of both sums (and flagged), so that
            // the commission's silence is not read as a zero.
            if (!std::isnan(cr.value)) {
                commissionValues.append(cr.value);
                commissionWeights.append(c.weight);
                weightedMax += c.weight * c.maxPoints;
            }
        } else {
            const bool survey = c.source == CriterionSource::Survey;
            cr.n = surveyN.at(nomineeIndex * width + pos);
            if (cr.n > 0) {
                cr.mean = surveySum.at(nomineeIndex * width + pos) / double(cr.n);
                cr.value =
                    survey ? Aggregation::rescale(cr.mean, m.survey.scaleMin, m.survey.scaleMax)
                           : Aggregation::rescale(cr.mean, m.ethics.scaleMin, m.ethics.scaleMax);
            }
            (survey ? surveyIdx : ethicsIdx).append(cr.value);
            (survey ? surveyW : ethicsW).append(c.weight);
        }
        r.criteria.append(cr);
    }

    if (weightedMax > 0.0) {
        double sum = 0.0;
        for (int i = 0; i < commissionValues.size(); ++i)
            sum += commissionWeights.at(i) * commissionValues.at(i);
        r.components.commission = 100.0 * sum / weightedMax;
    }
    if (std::isnan(r.components.commission))
        addFlag(r, flag::noCommissionData);

    QVector<double> used;
    if (stage == StageKind::Regional) {
        r.components.survey = Aggregation::weightedMean(surveyIdx, surveyW);
        r.components.ethics = Aggregation::weightedMean(ethicsIdx, ethicsW);
        r.insufficientSample = r.surveyResponses < m.survey.minSample;
        if (r.insufficientSample)
            addFlag(r, flag::insufficientSample);
        if (std::isnan(r.components.survey))
            addFlag(r, flag::noSurveyData);
        if (std::isnan(r.components.ethics))
            addFlag(r, flag::noEthicsData);
        double survey = r.components.survey;
        if (r.insufficientSample && m.survey.belowMinSample == BelowMinSample::Exclude &&
            !std::isnan(survey)) {
            survey = kNoValue;
            addFlag(r, flag::surveyExcluded);
        }
        r.total = Aggregation::weightedTotal(
            {survey, r.components.ethics, r.components.commission},
            {m.weights.survey, m.weights.ethics, m.weights.commission}, &used);
        r.weightsUsed.survey = used.at(0);
        r.weightsUsed.ethics = used.at(1);
        r.weightsUsed.commission = used.at(2);

        const bool notCompliant = m.ethics.notCompliantBlocksAdvancement &&
                                  nominee.ethicsConclusion == EthicsConclusion::NotCompliant;
        const bool belowGate =
            !std::isnan(r.components.ethics) && r.components.ethics < m.ethics.gateIndex;
        r.ethicsGate = notCompliant || belowGate;
        if (notCompliant)
            addFlag(r, flag::ethicsNotCompliant);
        if (belowGate)
            addFlag(r, flag::ethicsBelowGate);
        if (r.ethicsGate)
            addFlag(r, flag::ethicsGate);
    }
    return r;
}

NomineeEvaluator::NomineeEvaluator(const ScoringInput &input, const Methodology &methodology,
                                   StageKind stage)
    : m_d(std::make_unique<Data>(input, methodology, stage))
{}

NomineeEvaluator::~NomineeEvaluator() = default;

int NomineeEvaluator::indexOf(qint64 nomineeId) const
{
    return m_d->nominees.find(nomineeId);
}

NomineeResult NomineeEvaluator::evaluate(int nomineeIndex) const
{
    return m_d->evaluate(nomineeIndex);
}

const QStringList &NomineeEvaluator::problems() const
{
    return m_d->problems;
}

int NomineeEvaluator::foreignScores() const
{
    return m_d->foreignScores;
}

} // namespace akim::scoring
