#include "report/scorecardrenderer.h"

#include "report/documentflow.h"
#include "report/pagecanvas.h"

#include <cmath>

namespace akim::report {
namespace {

using scoring::CriterionResult;
using scoring::ScoreExplanation;
using scoring::ScoreState;

bool counted(const ScoreExplanation &s)
{
    return s.state == ScoreState::Entered && !s.conflict && std::isfinite(s.points);
}

} // namespace

ScoreCardRenderer::ScoreCardRenderer(const ScoreCard &card, const ReportLanguage &language)
    : m_card(card)
    , m_language(language)
    , m_decimals(card.methodology.displayDecimals)
    , m_detail(card.methodology.displayDecimals + 2)
{}

QString ScoreCardRenderer::title() const
{
    //: The PDF's title; %1 is the nominee's name
    return m_language.translate("akim::report::ScoreCardRenderer", "Score card – %1")
        .arg(m_card.nominee.name);
}

QString ScoreCardRenderer::number(double value, int decimals) const
{
    return std::isfinite(value) ? m_language.locale().toString(value, 'f', decimals)
                                : QStringLiteral("—");
}

QString ScoreCardRenderer::points(double value) const
{
    return std::isfinite(value) ? m_language.locale().toString(value, 'g', 6) : QStringLiteral("—");
}

QString ScoreCardRenderer::sum(const QStringList &terms) const
{
    return terms.isEmpty() ? QStringLiteral("0") : terms.join(QStringLiteral(" + "));
}

QString ScoreCardRenderer::criterionName(const QString &code) const
{
    const Criterion *c = m_card.criterion(code);
    const QString title = c ? m_language.criterionTitle(*c) : QString();
    return title.isEmpty() ? code : code + QStringLiteral(". ") + title;
}

void ScoreCardRenderer::compose(DocumentFlow &flow) const
{
    header(flow);
    total(flow);
    commission(flow);
    if (m_card.stage == StageKind::Regional)
        questionnaires(flow);
    notes(flow);
    //: Footer of every page of a score card; %1 the nominee, %2 when it was printed
    flow.setFooter(
        m_language.translate("akim::report::ScoreCardRenderer", "Score card: %1 · printed %2")
            .arg(m_card.nominee.name,
                 m_card.printedAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
        m_language.translate("akim::report::BlankBallotRenderer", "Page %1 of %2"),
        m_language.locale());
}

void ScoreCardRenderer::header(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const QFont body = style.font(style.textPt);
    const QFont bold = style.font(style.textPt, true);
    flow.addText(m_language.translate("akim::report::BlankBallotRenderer", "%1, %2")
                     .arg(m_language.pick(m_card.contestRu, m_card.contestKk))
                     .arg(m_card.year),
                 body, Qt::AlignHCenter, 1);
    const QString commission = m_language.pick(m_card.commissionRu, m_card.commissionKk);
    if (!commission.isEmpty())
        flow.addText(commission, body, Qt::AlignHCenter, 1);
    flow.addText(
        m_card.stage == StageKind::National
            ? m_language.translate("akim::report::BlankBallotRenderer", "Stage II (republican)")
            : m_language.translate("akim::report::BlankBallotRenderer", "Stage I (regional)"),
        body, Qt::AlignHCenter, 6);
    flow.addText(m_language.translate("akim::report::ScoreCardRenderer", "SCORE CARD OF A NOMINEE"),
                 style.font(style.titlePt, true), Qt::AlignHCenter, 5);

    const scoring::NomineeResult &n = m_card.nominee;
    flow.addText(n.name, bold, Qt::AlignLeft, 1);
    flow.addText(QStringList{m_language.pick(n.okrugRu, n.okrugKk),
                             m_language.pick(n.districtRu, n.districtKk),
                             m_language.pick(n.regionRu, n.regionKk)}
                     .join(QStringLiteral(", ")),
                 body, Qt::AlignLeft, 2);
    // The Rankings tab's words, so that the card and the screen say the same.
    flow.addText(m_language.translate("akim::scoring::NomineeBreakdown", "Place %1, total %2")
                     .arg(m_language.locale().toString(n.place), number(n.total, m_decimals)),
                 bold, Qt::AlignLeft, 1);
    flow.addText((m_card.stage == StageKind::National
                      ? m_language.translate("akim::report::ScoreCardRenderer",
                                             "Nominees ranked at stage II: %1")
                      : m_language.translate("akim::report::ScoreCardRenderer",
                                             "Nominees ranked in the region: %1"))
                     .arg(m_language.locale().toString(m_card.ranked)),
                 body, Qt::AlignLeft, 1);
}

void ScoreCardRenderer::total(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const scoring::NomineeResult &n = m_card.nominee;
    const scoring::StageWeights &w = m_card.methodology.weights;
    flow.beginGroup();
    flow.addHeading(
        m_language.translate("akim::report::ScoreCardRenderer", "How the total is made"),
        style.font(style.textPt, true));
    struct Part
    {
        QString label;
        double value;
        double used;
        double set; // the methodology's weight, before any rescaling
    };
    QVector<Part> parts;
    if (m_card.stage == StageKind::Regional) {
        parts = {{m_language.translate("akim::scoring::NomineeBreakdown", "Citizens' survey"),
                  n.components.survey, n.weightsUsed.survey, w.survey},
                 {m_language.translate("akim::scoring::NomineeBreakdown", "Ethics"),
                  n.components.ethics, n.weightsUsed.ethics, w.ethics},
                 {m_language.translate("akim::scoring::NomineeBreakdown", "Commission"),
                  n.components.commission, n.weightsUsed.commission, w.commission}};
    } else {
        parts = {{m_language.translate("akim::scoring::NomineeBreakdown", "Commission"),
                  n.components.commission, n.weightsUsed.commission, w.nationalCommission},
                 {m_language.translate("akim::scoring::NomineeBreakdown", "Stage I total"),
                  n.components.stage1Total, n.weightsUsed.stage1Total, w.stage1Total}};
    }
    QVector<QVector<TableCell>> rows;
    QStringList terms;
    bool rescaled = false;
    for (const Part &p : std::as_const(parts)) {
        const bool used = std::isfinite(p.value) && std::isfinite(p.used);
        const bool rescaledWeight = std::isfinite(p.used) && std::abs(p.used - p.set) > 1e-12;
        rows.push_back(
            {{TableCell::Kind::Text, p.label, {}},
             {TableCell::Kind::Text, number(p.value, m_detail), {}},
             // A component left out shows the methodology's weight, its points none.
             {TableCell::Kind::Text, points(std::isfinite(p.used) ? p.used : p.set),
              //: Under a weight rescaled because a component has no data; %1 is the
              //: methodology's weight
              rescaledWeight ? m_language.translate("akim::report::ScoreCardRenderer", "set: %1")
                                   .arg(points(p.set))
                             : QString()},
             {TableCell::Kind::Text,
              used ? number(p.used * p.value, m_detail) : QStringLiteral("—"),
              {}}});
        if (used)
            terms << points(p.used) + QStringLiteral(" × ") + number(p.value, m_detail);
        rescaled = rescaled || rescaledWeight;
    }
    rows.push_back({{TableCell::Kind::Text,
                     m_language.translate("akim::scoring::NomineeBreakdown", "Total"),
                     {}},
                    {},
                    {},
                    {TableCell::Kind::Text, number(n.total, m_detail), {}}});
    flow.addTable(
        {{m_language.translate("akim::scoring::NomineeBreakdown", "Component"), 0},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Index"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Weight"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Points"), kWideFigureMm, true}},
        rows, kRowMm);
    const QFont body = style.font(style.textPt);
    if (!std::isfinite(n.total)) {
        flow.addText(m_language.translate("akim::report::ScoreCardRenderer",
                                          "No component has data yet: there is no total."),
                     body);
        flow.endGroup();
        return;
    }
    flow.addText(
        m_language
            .translate("akim::report::ScoreCardRenderer", "Total = Σ weight × component = %1 = %2")
            .arg(sum(terms), number(n.total, m_detail)),
        body);
    if (rescaled)
        flow.addText(m_language.translate("akim::report::ScoreCardRenderer",
                                          "A component without data is left out, and the "
                                          "weights of the others are rescaled to keep their sum."),
                     body);
    //: %1 and %2 are numbers of decimals, %3 the total as the ranking shows it
    flow.addText(m_language
                     .translate("akim::report::ScoreCardRenderer",
                                "Everything is computed without rounding; figures are "
                                "shown to %1 decimals, the total to %2: %3.")
                     .arg(m_detail)
                     .arg(m_decimals)
                     .arg(number(n.total, m_decimals)),
                 style.font(style.tablePt, false, true));
    flow.endGroup();
}

void ScoreCardRenderer::commission(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const scoring::AggregationSettings &a = m_card.methodology.aggregation;
    // The section's heading and rule stand with the first criterion's table.
    flow.beginGroup();
    flow.addHeading(m_language.translate("akim::scoring::NomineeBreakdown", "Commission scores"),
                    style.font(style.textPt, true), 6);
    QString rule;
    switch (a.method) {
    case scoring::AggregationMethod::TrimmedMean:
        //: %1 scores dropped at each end, %2 the valid scores needed to drop any
        rule = m_language
                   .translate("akim::report::ScoreCardRenderer",
                              "A criterion's value is the trimmed mean of the members' valid "
                              "scores: the %1 highest and the %1 lowest are dropped when there "
                              "are at least %2 valid scores, else the plain mean is taken.")
                   .arg(a.trimEachSide)
                   .arg(a.trimMinScores);
        break;
    case scoring::AggregationMethod::Mean:
        rule = m_language.translate("akim::report::ScoreCardRenderer",
                                    "A criterion's value is the mean of the members' valid "
                                    "scores.");
        break;
    case scoring::AggregationMethod::Median:
        rule = m_language.translate("akim::report::ScoreCardRenderer",
                                    "A criterion's value is the median of the members' valid "
                                    "scores.");
        break;
    }
    rule += QLatin1Char(' ') +
            m_language.translate("akim::report::ScoreCardRenderer",
                                 "Abstentions and recusals are not counted, never as zeros.");
    flow.addText(rule, style.font(style.textPt));
    bool first = true;
    for (const CriterionResult &c : m_card.nominee.criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        commissionCriterion(flow, c, first);
        if (first)
            flow.endGroup();
        first = false;
    }
    if (first)
        flow.endGroup();
    commissionIndex(flow);
}

void ScoreCardRenderer::commissionCriterion(DocumentFlow &flow, const CriterionResult &c,
                                            bool grouped) const
{
    const PageStyle &style = flow.canvas().style();
    if (!grouped)
        flow.beginGroup();
    //: Heading of a criterion's scores; %1 the criterion, %2 its range of points, %3 its weight
    flow.addHeading(
        m_language.translate("akim::report::ScoreCardRenderer", "%1 (%2 points, weight %3)")
            .arg(criterionName(c.code), m_language.pointsRange(c.maxPoints), points(c.weight)),
        style.font(style.tablePt, true), 3);
    const auto status = [this](const ScoreExplanation &s) -> QString {
        if (s.conflict && s.state == ScoreState::Entered)
            return m_language.translate("akim::report::ScoreCardRenderer",
                                        "conflict of interest declared: not counted");
        if (s.conflict || s.state == ScoreState::Recused)
            return m_language.translate("akim::report::ScoreCardRenderer", "recused: not counted");
        if (s.state == ScoreState::Abstained)
            return m_language.translate("akim::report::ScoreCardRenderer",
                                        "abstained: not counted");
        return s.trimmed ? m_language.translate("akim::report::ScoreCardRenderer",
                                                "dropped by the trimmed mean")
                         : m_language.translate("akim::report::ScoreCardRenderer", "counted");
    };
    QVector<QVector<TableCell>> rows;
    QVector<qint64> shown;
    const auto addRow = [&](const QString &member, const QString &score, const QString &state) {
        rows.push_back({{TableCell::Kind::Text, m_language.locale().toString(rows.size() + 1), {}},
                        {TableCell::Kind::Text, member, {}},
                        {TableCell::Kind::Text, score, {}},
                        {TableCell::Kind::Text, state, {}}});
    };
    for (const ScoreCardMember &m : m_card.members) {
        const ScoreExplanation *score = nullptr;
        for (const ScoreExplanation &s : c.scores) {
            if (s.memberId == m.id)
                score = &s;
        }
        if (score)
            addRow(m.name, points(score->points), status(*score));
        // The secretary keeps the minutes and scores nothing: no row unless they did.
        else if (m.role != MemberRole::Secretary)
            addRow(m.name, QStringLiteral("—"),
                   m_language.translate("akim::report::ScoreCardRenderer", "no score"));
        shown << m.id;
    }
    for (const ScoreExplanation &s : c.scores) {
        if (!shown.contains(s.memberId))
            addRow(s.member, points(s.points), status(s));
    }

    // The value and its arithmetic, from the scores listed above.
    QStringList values;
    for (const ScoreExplanation &s : c.scores) {
        const bool median =
            m_card.methodology.aggregation.method == scoring::AggregationMethod::Median;
        if (counted(s) && (median || !s.trimmed))
            values << points(s.points);
    }
    QString label;
    QString working;
    if (m_card.methodology.aggregation.method == scoring::AggregationMethod::Median) {
        label = m_language.translate("akim::report::ScoreCardRenderer", "Value: median");
        working = m_language.translate("akim::report::ScoreCardRenderer", "median of %1")
                      .arg(values.join(QStringLiteral("; ")));
    } else {
        label = c.trimmedApplied
                    ? m_language.translate("akim::report::ScoreCardRenderer", "Value: trimmed mean")
                    : m_language.translate("akim::report::ScoreCardRenderer", "Value: mean");
        working = QStringLiteral("(%1) / %2")
                      .arg(sum(values), m_language.locale().toString(int(values.size())));
    }
    if (values.isEmpty())
        working = m_language.translate("akim::report::ScoreCardRenderer",
                                       "no valid score: left out of the commission index");
    QStringList detail;
    const scoring::AggregationSettings &a = m_card.methodology.aggregation;
    if (a.method == scoring::AggregationMethod::TrimmedMean && !c.trimmedApplied &&
        !values.isEmpty())
        //: %1 is the number of valid scores the trimmed mean needs
        detail << m_language
                      .translate("akim::report::ScoreCardRenderer",
                                 "fewer than %1 valid scores: none dropped")
                      .arg(a.trimMinScores);
    if (c.fewValidScores)
        detail << m_language.translate("akim::scoring::NomineeBreakdown", "too few valid scores");
    rows.push_back({{},
                    {TableCell::Kind::Text, label, detail.join(QStringLiteral("; "))},
                    {TableCell::Kind::Text, number(c.value, m_detail), {}},
                    {TableCell::Kind::Text, working, {}}});
    flow.addTable(
        {{m_language.translate("akim::report::BlankBallotRenderer", "No."), kNumberMm, true},
         {m_language.translate("akim::report::ScoreCardRenderer", "Commission member"), 0},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Points"), kWideFigureMm, true},
         {m_language.translate("akim::report::ScoreCardRenderer", "In the criterion's value"),
          kStatusMm}},
        rows, kRowMm, 1.5);
    if (!grouped)
        flow.endGroup();
}

void ScoreCardRenderer::commissionIndex(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    flow.beginGroup();
    flow.addHeading(m_language.translate("akim::report::ScoreCardRenderer", "Commission index"),
                    style.font(style.tablePt, true), 4);
    QVector<QVector<TableCell>> rows;
    double weighted = 0.0;
    double weightedMax = 0.0;
    QStringList terms;
    for (const CriterionResult &c : m_card.nominee.criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        const bool valued = std::isfinite(c.value);
        // As the engine sums: a criterion without a valid score is in neither sum.
        if (valued) {
            weighted += c.weight * c.value;
            weightedMax += c.weight * c.maxPoints;
        }
        rows.push_back(
            {{TableCell::Kind::Text, c.code, {}},
             {TableCell::Kind::Text, number(c.value, m_detail), {}},
             {TableCell::Kind::Text, points(c.maxPoints), {}},
             {TableCell::Kind::Text, points(c.weight), {}},
             {TableCell::Kind::Text,
              valued ? number(c.weight * c.value, m_detail)
                     : m_language.translate("akim::report::ScoreCardRenderer", "left out"),
              {}},
             {TableCell::Kind::Text, valued ? points(c.weight * c.maxPoints) : QString(), {}}});
    }
    rows.push_back({{TableCell::Kind::Text, QStringLiteral("Σ"), {}},
                    {},
                    {},
                    {},
                    {TableCell::Kind::Text, number(weighted, m_detail), {}},
                    {TableCell::Kind::Text, points(weightedMax), {}}});
    flow.addTable(
        {{m_language.translate("akim::scoring::NomineeBreakdown", "Criterion"), 0},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Value"), kFigureMm, true},
         {m_language.translate("akim::report::ScoreCardRenderer", "Maximum"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Weight"), kFigureMm, true},
         {m_language.translate("akim::report::ScoreCardRenderer", "Weight × value"), kWideFigureMm,
          true},
         {m_language.translate("akim::report::ScoreCardRenderer", "Weight × maximum"),
          kWideFigureMm, true}},
        rows, kRowMm, 1.5);
    const double index = m_card.nominee.components.commission;
    flow.addText(
        std::isfinite(index)
            ? m_language
                  .translate("akim::report::ScoreCardRenderer",
                             "Commission index = 100 × Σ(weight × value) / Σ(weight × maximum) "
                             "= 100 × %1 / %2 = %3")
                  .arg(number(weighted, m_detail), points(weightedMax), number(index, m_detail))
            : m_language.translate("akim::report::ScoreCardRenderer",
                                   "No valid commission score: the commission index has no "
                                   "value."),
        style.font(style.textPt));
    flow.endGroup();
}

} // namespace akim::report
