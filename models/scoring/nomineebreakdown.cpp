#include "scoring/nomineebreakdown.h"

#include "itemmodels/rankingtablemodel.h"
#include "text/language.h"

#include <QLocale>

#include <cmath>

namespace akim::scoring {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value, int decimals = 2)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : QStringLiteral("—");
}

QString points(double value)
{
    // Scores are whole or half points; show them without trailing zeros.
    return std::isfinite(value) ? QLocale().toString(value, 'g', 6) : QStringLiteral("—");
}

QString titleOf(const Methodology &methodology, const QString &code)
{
    for (const Criterion &c : methodology.criteria) {
        if (c.code == code) {
            const QString title = text::pick(c.titleRu, c.titleKk);
            return title.isEmpty() ? code : code + QStringLiteral(" ") + title;
        }
    }
    return code;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<%1>%2</%1>").arg(tag, cell);
    return html + QStringLiteral("</tr>");
}

QString memberScore(const ScoreExplanation &s)
{
    QString text;
    if (s.conflict || s.state == ScoreState::Recused)
        text = NomineeBreakdown::tr("recused");
    else if (s.state == ScoreState::Abstained)
        text = NomineeBreakdown::tr("abstained");
    else
        text = points(s.points);
    text = esc(s.member) + QStringLiteral(": ") + text;
    // Dropped by the trimmed mean: still shown, struck through, so the count adds up.
    return s.trimmed ? QStringLiteral("<s>%1</s>").arg(text) : text;
}

} // namespace

QString NomineeBreakdown::html(const NomineeResult &n, const Methodology &methodology,
                               StageKind stage)
{
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(esc(n.name));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QStringList{text::pick(n.okrugRu, n.okrugKk),
                                     text::pick(n.districtRu, n.districtKk),
                                     text::pick(n.regionRu, n.regionKk)}
                             .join(QStringLiteral(", "))));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Place %1, total %2").arg(n.place).arg(num(n.total, 4)));

    // The total as the sum of its parts, with the weights actually used.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row({tr("Component"), tr("Index"), tr("Weight"), tr("Points")}, true);
    const struct
    {
        QString label;
        double value;
        double weight;
    } parts[] = {
        {tr("Citizens' survey"), n.components.survey, n.weightsUsed.survey},
        {tr("Ethics"), n.components.ethics, n.weightsUsed.ethics},
        {tr("Commission"), n.components.commission, n.weightsUsed.commission},
        {tr("Stage I total"), n.components.stage1Total, n.weightsUsed.stage1Total},
    };
    for (const auto &part : parts) {
        if (!std::isfinite(part.value) && !(std::isfinite(part.weight) && part.weight > 0))
            continue;
        const double product = std::isfinite(part.value) && std::isfinite(part.weight)
                                   ? part.value * part.weight
                                   : std::nan("");
        html += row({part.label, num(part.value), num(part.weight, 3), num(product, 4)});
    }
    html += row({QStringLiteral("<b>%1</b>").arg(tr("Total")), QString(), QString(),
                 QStringLiteral("<b>%1</b>").arg(num(n.total, 4))});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(tr("Commission scores"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    html += row({tr("Criterion"), tr("Value"), tr("Valid scores"), tr("Members' scores")}, true);
    for (const CriterionResult &c : n.criteria) {
        if (c.source != CriterionSource::Commission)
            continue;
        QStringList scores;
        for (const ScoreExplanation &s : c.scores)
            scores << memberScore(s);
        QString value = num(c.value) + QStringLiteral(" / ") + points(c.maxPoints);
        if (c.trimmedApplied)
            value += QStringLiteral("<br><small>%1</small>").arg(tr("trimmed mean"));
        if (c.fewValidScores)
            value += QStringLiteral("<br><small>%1</small>").arg(tr("too few valid scores"));
        html += row({esc(titleOf(methodology, c.code)), value, QString::number(c.valid),
                     scores.join(QStringLiteral("<br>"))});
    }
    html += QStringLiteral("</table>");

    if (stage == StageKind::Regional) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Questionnaires"));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
        html += row({tr("Criterion"), tr("Answers"), tr("Mean answer"), tr("Index")}, true);
        for (const CriterionResult &c : n.criteria) {
            if (c.source == CriterionSource::Commission)
                continue;
            html += row({esc(titleOf(methodology, c.code)), QString::number(c.n), num(c.mean),
                         num(c.value)});
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Citizens' responses: %1 (minimum sample %2); ethics questionnaire "
                            "responses: %3.")
                             .arg(n.surveyResponses)
                             .arg(methodology.survey.minSample)
                             .arg(n.ethicsResponses));
    }

    QStringList flags;
    for (const QString &flag : n.flags)
        flags << esc(RankingTableModel::flagText(flag));
    if (!flags.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Notes:"), flags.join(QStringLiteral("; ")));
    return html;
}

} // namespace akim::scoring
