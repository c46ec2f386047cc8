#pragma once

#include "report/reportlanguage.h"
#include "report/scorecard.h"

#include <QString>
#include <QStringList>

namespace akim::report {

class DocumentFlow;

// Words a score card in one language and lays it out on a DocumentFlow: the contest, the stage
// and the commission; the nominee with place and total; the total as Σ weight × component with
// the weights used; per commission criterion every member's score (entered, abstained or
// recused; dropped by the trimmed mean; a conflict of interest) and the arithmetic of its value;
// the commission index from the criteria's values; per survey and ethics criterion n, mean and
// index and the arithmetic of both indexes; responses against the minimum sample, the Ethics
// Commissioner's conclusion; the flags in words; the methodology's version and SHA-256.
// Every figure is the engine's (ScoreCard::nominee); the sums shown are its arithmetic written
// out, to the methodology's display decimals plus two so that a hand recomputation lands on the
// total shown.
class ScoreCardRenderer
{
public:
    ScoreCardRenderer(const ScoreCard &card, const ReportLanguage &language);

    void compose(DocumentFlow &flow) const;
    // "Score card – <nominee>", the PDF's title and the suggested file name's stem.
    QString title() const;

    // A number as the card shows it, in the document's language; "—" for no value.
    QString number(double value, int decimals) const;

private:
    void header(DocumentFlow &flow) const;
    void total(DocumentFlow &flow) const;
    void commission(DocumentFlow &flow) const;
    // Each part keeps to one page (DocumentFlow::beginGroup) unless `grouped` by the caller.
    void commissionCriterion(DocumentFlow &flow, const scoring::CriterionResult &c,
                             bool grouped = false) const;
    void commissionIndex(DocumentFlow &flow) const;
    void questionnaires(DocumentFlow &flow) const;
    void questionnaire(DocumentFlow &flow, CriterionSource source, bool grouped = false) const;
    void notes(DocumentFlow &flow) const;

    QString points(double value) const; // scores and weights: no trailing zeros
    QString criterionName(const QString &code) const;
    QString flagText(const QString &flag) const;
    QString sum(const QStringList &terms) const;

    // Column widths in millimetres (0 in a TableColumn takes what the others leave).
    static constexpr qreal kNumberMm = 10;
    static constexpr qreal kFigureMm = 21;
    static constexpr qreal kWideFigureMm = 27;
    static constexpr qreal kStatusMm = 62;
    static constexpr qreal kRowMm = 6;

    const ScoreCard &m_card;
    const ReportLanguage m_language;
    const int m_decimals; // the total as the methodology shows it
    const int m_detail;   // intermediate values: two more, enough to recompute the total
};

} // namespace akim::report
