// ScoreCardRenderer: the questionnaires, the flags in words and the methodology.
#include "report/scorecardrenderer.h"

#include "report/documentflow.h"
#include "report/pagecanvas.h"

#include <cmath>

namespace akim::report {

using scoring::CriterionResult;

void ScoreCardRenderer::questionnaires(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const scoring::NomineeResult &n = m_card.nominee;
    const scoring::Methodology &m = m_card.methodology;
    flow.beginGroup(); // the section's heading stands with the first questionnaire
    flow.addHeading(m_language.translate("akim::scoring::NomineeBreakdown", "Questionnaires"),
                    style.font(style.textPt, true), 6);
    questionnaire(flow, CriterionSource::Survey, true);
    flow.endGroup();
    questionnaire(flow, CriterionSource::Ethics);

    const QFont body = style.font(style.textPt);
    const QLocale locale = m_language.locale();
    flow.addSpace(2);
    flow.addText(m_language
                     .translate("akim::scoring::NomineeBreakdown",
                                "Citizens' responses: %1 (minimum sample %2); ethics "
                                "questionnaire responses: %3.")
                     .arg(locale.toString(n.surveyResponses), locale.toString(m.survey.minSample),
                          locale.toString(n.ethicsResponses)),
                 body);
    if (n.insufficientSample)
        flow.addText(m.survey.belowMinSample == scoring::BelowMinSample::Exclude
                         ? m_language.translate("akim::report::ScoreCardRenderer",
                                                "Insufficient sample: fewer responses than the "
                                                "minimum, so the survey index is left out of "
                                                "the total.")
                         : m_language.translate("akim::report::ScoreCardRenderer",
                                                "Insufficient sample: fewer responses than the "
                                                "minimum; the survey index still counts."),
                     body);
    QString conclusion;
    switch (n.ethicsConclusion) {
    case scoring::EthicsConclusion::Compliant:
        conclusion = m_language.translate("akim::report::ScoreCardRenderer", "compliant");
        break;
    case scoring::EthicsConclusion::NotCompliant:
        conclusion = m_language.translate("akim::report::ScoreCardRenderer", "not compliant");
        break;
    case scoring::EthicsConclusion::NotRecorded:
        conclusion = m_language.translate("akim::report::ScoreCardRenderer", "not recorded");
        break;
    }
    flow.addText(m_language
                     .translate("akim::report::ScoreCardRenderer",
                                "The Ethics Commissioner's conclusion: %1.")
                     .arg(conclusion),
                 body);
}

void ScoreCardRenderer::questionnaire(DocumentFlow &flow, CriterionSource source,
                                      bool grouped) const
{
    const PageStyle &style = flow.canvas().style();
    const scoring::Methodology &m = m_card.methodology;
    const bool survey = source == CriterionSource::Survey;
    QVector<QVector<TableCell>> rows;
    double weights = 0.0;
    double weighted = 0.0;
    for (const CriterionResult &c : m_card.nominee.criteria) {
        if (c.source != source)
            continue;
        const bool valued = std::isfinite(c.value);
        if (valued) {
            weights += c.weight;
            weighted += c.weight * c.value;
        }
        rows.push_back({{TableCell::Kind::Text, criterionName(c.code), {}},
                        {TableCell::Kind::Text, m_language.locale().toString(c.n), {}},
                        {TableCell::Kind::Text, number(c.mean, m_detail), {}},
                        {TableCell::Kind::Text, number(c.value, m_detail), {}},
                        {TableCell::Kind::Text, points(c.weight), {}},
                        {TableCell::Kind::Text,
                         valued ? number(c.weight * c.value, m_detail) : QString(),
                         {}}});
    }
    if (rows.isEmpty())
        return;
    rows.push_back({{TableCell::Kind::Text, QStringLiteral("Σ"), {}},
                    {},
                    {},
                    {},
                    {TableCell::Kind::Text, points(weights), {}},
                    {TableCell::Kind::Text, number(weighted, m_detail), {}}});
    const double low = survey ? m.survey.scaleMin : m.ethics.scaleMin;
    const double high = survey ? m.survey.scaleMax : m.ethics.scaleMax;
    if (!grouped)
        flow.beginGroup();
    flow.addHeading(survey ? m_language.translate("akim::ImportListModel", "Citizens' survey")
                           : m_language.translate("akim::ImportListModel", "Ethics questionnaire"),
                    style.font(style.tablePt, true), 3);
    //: %1 and %2 are the answer scale's ends; the formula rescales a mean answer to 0–100
    const QString rule = survey ? m_language.translate("akim::report::ScoreCardRenderer",
                                                       "Answers on %1–%2; blank and “hard to "
                                                       "say” answers are not counted. A "
                                                       "criterion's index is 100 × (mean − %1) / "
                                                       "(%2 − %1).")
                                : m_language.translate("akim::report::ScoreCardRenderer",
                                                       "The index is the share of positive "
                                                       "answers: 100 × (mean − %1) / (%2 − %1).");
    flow.addText(rule.arg(points(low), points(high)), style.font(style.tablePt), 1.5);
    flow.addTable(
        {{m_language.translate("akim::scoring::NomineeBreakdown", "Criterion"), 0},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Answers"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Mean answer"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Index"), kFigureMm, true},
         {m_language.translate("akim::scoring::NomineeBreakdown", "Weight"), kFigureMm, true},
         {m_language.translate("akim::report::ScoreCardRenderer", "Weight × index"), kWideFigureMm,
          true}},
        rows, kRowMm, 1.5);
    const double index =
        survey ? m_card.nominee.components.survey : m_card.nominee.components.ethics;
    QString working;
    if (!std::isfinite(index))
        working = m_language.translate("akim::report::ScoreCardRenderer",
                                       "No counted answer: the index has no value.");
    else if (survey)
        working = m_language
                      .translate("akim::report::ScoreCardRenderer",
                                 "Survey index = Σ(weight × index) / Σ weight = %1 / %2 = %3")
                      .arg(number(weighted, m_detail), points(weights), number(index, m_detail));
    else
        working = m_language
                      .translate("akim::report::ScoreCardRenderer",
                                 "Ethics index = Σ(weight × index) / Σ weight = %1 / %2 = %3")
                      .arg(number(weighted, m_detail), points(weights), number(index, m_detail));
    flow.addText(working, style.font(style.textPt));
    if (!grouped)
        flow.endGroup();
}

QString ScoreCardRenderer::flagText(const QString &flag) const
{
    // The Rankings tab's words for the flags (RankingTableModel::flagText), in this language.
    namespace f = scoring::flag;
    if (flag.startsWith(QLatin1String(f::tieBrokenByPrefix))) {
        const QString key = flag.mid(int(qstrlen(f::tieBrokenByPrefix)));
        QString component = key;
        if (key == u"survey")
            component = m_language.translate("akim::RankingTableModel", "survey index");
        else if (key == u"ethics")
            component = m_language.translate("akim::RankingTableModel", "ethics index");
        else if (key == u"commission")
            component = m_language.translate("akim::RankingTableModel", "commission index");
        else if (key == u"stage1_total")
            component = m_language.translate("akim::RankingTableModel", "stage I total");
        else if (key == u"survey_n")
            component =
                m_language.translate("akim::RankingTableModel", "number of survey responses");
        else if (key == u"ethics_n")
            component = m_language.translate("akim::RankingTableModel",
                                             "number of ethics questionnaire responses");
        return m_language.translate("akim::RankingTableModel", "tie broken by the %1")
            .arg(component);
    }
    static const struct
    {
        const char *flag;
        const char *words;
    } kWords[] = {
        {f::insufficientSample,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "insufficient survey sample")},
        {f::surveyExcluded,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "survey left out (sample too small)")},
        {f::noSurveyData, QT_TRANSLATE_NOOP("akim::RankingTableModel", "no survey responses")},
        {f::noEthicsData, QT_TRANSLATE_NOOP("akim::RankingTableModel", "no ethics questionnaire")},
        {f::noCommissionData, QT_TRANSLATE_NOOP("akim::RankingTableModel", "no commission scores")},
        {f::noStage1Total, QT_TRANSLATE_NOOP("akim::RankingTableModel", "no stage I total")},
        {f::ethicsGate, QT_TRANSLATE_NOOP("akim::RankingTableModel", "cannot advance (ethics)")},
        {f::ethicsNotCompliant,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "Ethics Commissioner: not compliant")},
        {f::ethicsBelowGate,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "ethics index below the gate")},
        {f::fewValidScores,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "too few valid scores on a criterion")},
        {f::conflictIgnored,
         QT_TRANSLATE_NOOP("akim::RankingTableModel",
                           "a score given despite a conflict of interest was ignored")},
        {f::tieShared, QT_TRANSLATE_NOOP("akim::RankingTableModel", "shares the place")},
        {f::tiedAtCut, QT_TRANSLATE_NOOP("akim::RankingTableModel",
                                         "tied at the advancement cut: the chair decides")},
        {f::chairDecision,
         QT_TRANSLATE_NOOP("akim::RankingTableModel", "advances by the chair's decision")},
        {f::advances, QT_TRANSLATE_NOOP("akim::RankingTableModel", "advances")},
    };
    for (const auto &w : kWords) {
        if (flag == QLatin1String(w.flag))
            return m_language.translate("akim::RankingTableModel", w.words);
    }
    return flag;
}

void ScoreCardRenderer::notes(DocumentFlow &flow) const
{
    const PageStyle &style = flow.canvas().style();
    const QFont body = style.font(style.textPt);
    if (!m_card.nominee.flags.isEmpty()) {
        flow.beginGroup();
        flow.addHeading(m_language.translate("akim::scoring::NomineeBreakdown", "Notes:"),
                        style.font(style.textPt, true), 6);
        for (const QString &flag : m_card.nominee.flags)
            flow.addText(QStringLiteral("– ") + flagText(flag), body, Qt::AlignLeft, 0.8, 4);
        flow.endGroup();
    }
    flow.addSpace(4);
    //: %1 the methodology's version in this contest file, %2 the SHA-256 of its JSON
    flow.addText(
        m_language
            .translate("akim::report::ScoreCardRenderer",
                       "Methodology: version %1, SHA-256 of its JSON %2.")
            .arg(m_language.locale().toString(m_card.methodologyVersion), m_card.methodologySha256),
        style.font(style.smallPt));
}

} // namespace akim::report
