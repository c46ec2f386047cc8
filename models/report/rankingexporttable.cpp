#include "report/rankingexporttable.h"

#include <cmath>

namespace akim::report {
namespace {

using scoring::NomineeResult;

QVariant number(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

RankingExportTable::RankingExportTable(StageKind stage, const scoring::Methodology &methodology,
                                       const ReportLanguage &language)
    : m_language(language)
{
    const ReportLanguage &l = m_language;
    add(l.translate("akim::report::RankingExport", "Place"), Kind::Integer, 7,
        [](const NomineeResult &n) {
            return n.place > 0 ? QVariant(qint64(n.place)) : QVariant();
        });
    add(l.translate("akim::report::RankingExport", "Nominee"), Kind::Text, 32,
        [](const NomineeResult &n) { return QVariant(n.name); });
    add(l.translate("akim::report::RankingExport", "Region"), Kind::Text, 26,
        [l](const NomineeResult &n) { return QVariant(l.pick(n.regionRu, n.regionKk)); });
    add(l.translate("akim::report::RankingExport", "District"), Kind::Text, 22,
        [l](const NomineeResult &n) { return QVariant(l.pick(n.districtRu, n.districtKk)); });
    add(l.translate("akim::report::RankingExport", "Rural okrug"), Kind::Text, 26,
        [l](const NomineeResult &n) { return QVariant(l.pick(n.okrugRu, n.okrugKk)); });

    // The components the stage's total is made of, as the Rankings tab shows them.
    if (stage == StageKind::Regional) {
        add(l.translate("akim::report::RankingExport", "Survey index"), Kind::Number, 11,
            [](const NomineeResult &n) { return number(n.components.survey); });
        add(l.translate("akim::report::RankingExport", "Ethics index"), Kind::Number, 11,
            [](const NomineeResult &n) { return number(n.components.ethics); });
    }
    add(l.translate("akim::report::RankingExport", "Commission index"), Kind::Number, 12,
        [](const NomineeResult &n) { return number(n.components.commission); });
    if (stage == StageKind::National)
        add(l.translate("akim::report::RankingExport", "Stage I total"), Kind::Number, 11,
            [](const NomineeResult &n) { return number(n.components.stage1Total); });

    for (const Criterion &c : methodology.criteriaOf(stage)) {
        const QString title = l.criterionTitle(c);
        const QString name = title.isEmpty() ? c.code : c.code + QStringLiteral(". ") + title;
        //: A criterion's column: %1 its code and title, %2 the range of points ("0–10")
        const QString header =
            c.source == CriterionSource::Commission
                ? l.translate("akim::report::RankingExport", "%1 (points, %2)")
                      .arg(name, l.pointsRange(c.maxPoints))
                //: A survey or ethics criterion's column: %1 its code and title
                : l.translate("akim::report::RankingExport", "%1 (index, 0–100)").arg(name);
        const QString code = c.code;
        add(header, Kind::Number, 14, [code](const NomineeResult &n) {
            for (const scoring::CriterionResult &r : n.criteria) {
                if (r.code == code)
                    return number(r.value);
            }
            return QVariant();
        });
    }

    add(l.translate("akim::report::RankingExport", "Survey responses"), Kind::Integer, 10,
        [](const NomineeResult &n) { return QVariant(n.surveyResponses); });
    add(l.translate("akim::report::RankingExport", "Ethics responses"), Kind::Integer, 10,
        [](const NomineeResult &n) { return QVariant(n.ethicsResponses); });
    m_totalColumn = int(m_columns.size());
    add(l.translate("akim::report::RankingExport", "Total"), Kind::Number, 10,
        [](const NomineeResult &n) { return number(n.total); });
    // Only stage I has an advancement cut; stage II ends in places.
    if (stage == StageKind::Regional) {
        const QString yes = l.translate("akim::report::RankingExport", "yes");
        const QString no = l.translate("akim::report::RankingExport", "no");
        add(l.translate("akim::report::RankingExport", "Advances"), Kind::Text, 10,
            [yes, no](const NomineeResult &n) { return QVariant(n.advances ? yes : no); });
    }
    add(l.translate("akim::report::RankingExport", "Notes"), Kind::Text, 60,
        [this](const NomineeResult &n) {
            QStringList words;
            for (const QString &flag : n.flags) {
                if (flag != QLatin1String(scoring::flag::advances)) // said in its own column
                    words << flagText(flag);
            }
            return QVariant(words.join(QStringLiteral("; ")));
        });
}

void RankingExportTable::add(const QString &header, Kind kind, double width, Cell cell)
{
    m_columns.push_back({header, kind, width});
    m_cells.push_back(std::move(cell));
}

int RankingExportTable::columnOf(const QString &header) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).header == header)
            return i;
    }
    return -1;
}

QVector<QVariant> RankingExportTable::row(const scoring::NomineeResult &nominee) const
{
    QVector<QVariant> cells;
    cells.reserve(m_cells.size());
    for (const Cell &cell : m_cells)
        cells.push_back(cell(nominee));
    return cells;
}

QString RankingExportTable::stageTitle(StageKind stage) const
{
    return stage == StageKind::Regional
               ? m_language.translate("akim::report::RankingExport", "stage I (regional)")
               : m_language.translate("akim::report::RankingExport", "stage II (republican)");
}

QString RankingExportTable::componentText(const QString &key) const
{
    const ReportLanguage &l = m_language;
    if (key == u"survey")
        return l.translate("akim::report::RankingExport", "survey index");
    if (key == u"ethics")
        return l.translate("akim::report::RankingExport", "ethics index");
    if (key == u"commission")
        return l.translate("akim::report::RankingExport", "commission index");
    if (key == u"stage1_total")
        return l.translate("akim::report::RankingExport", "stage I total");
    // The methodology's tie-break keys (scoring::tieComponentKey).
    if (key == u"survey_n")
        return l.translate("akim::report::RankingExport", "number of survey responses");
    if (key == u"ethics_n")
        return l.translate("akim::report::RankingExport",
                           "number of ethics questionnaire responses");
    return key;
}

// The words of RankingTableModel::flagText, in the document's language instead of the
// interface's.
QString RankingExportTable::flagText(const QString &flag) const
{
    namespace f = scoring::flag;
    const ReportLanguage &l = m_language;
    if (flag.startsWith(QLatin1String(f::tieBrokenByPrefix)))
        //: %1 is a component, e.g. "commission index"
        return l.translate("akim::report::RankingExport", "tie broken by the %1")
            .arg(componentText(flag.mid(int(qstrlen(f::tieBrokenByPrefix)))));
    if (flag == QLatin1String(f::insufficientSample))
        return l.translate("akim::report::RankingExport", "insufficient survey sample");
    if (flag == QLatin1String(f::surveyExcluded))
        return l.translate("akim::report::RankingExport", "survey left out (sample too small)");
    if (flag == QLatin1String(f::noSurveyData))
        return l.translate("akim::report::RankingExport", "no survey responses");
    if (flag == QLatin1String(f::noEthicsData))
        return l.translate("akim::report::RankingExport", "no ethics questionnaire");
    if (flag == QLatin1String(f::noCommissionData))
        return l.translate("akim::report::RankingExport", "no commission scores");
    if (flag == QLatin1String(f::noStage1Total))
        return l.translate("akim::report::RankingExport", "no stage I total");
    if (flag == QLatin1String(f::ethicsGate))
        return l.translate("akim::report::RankingExport", "cannot advance (ethics)");
    if (flag == QLatin1String(f::ethicsNotCompliant))
        return l.translate("akim::report::RankingExport", "Ethics Commissioner: not compliant");
    if (flag == QLatin1String(f::ethicsBelowGate))
        return l.translate("akim::report::RankingExport", "ethics index below the gate");
    if (flag == QLatin1String(f::fewValidScores))
        return l.translate("akim::report::RankingExport", "too few valid scores on a criterion");
    if (flag == QLatin1String(f::conflictIgnored))
        return l.translate("akim::report::RankingExport",
                           "a score given despite a conflict of interest was ignored");
    if (flag == QLatin1String(f::tieShared))
        return l.translate("akim::report::RankingExport", "shares the place");
    if (flag == QLatin1String(f::tiedAtCut))
        return l.translate("akim::report::RankingExport",
                           "tied at the advancement cut: the chair decides");
    if (flag == QLatin1String(f::chairDecision))
        return l.translate("akim::report::RankingExport", "advances by the chair's decision");
    if (flag == QLatin1String(f::advances))
        return l.translate("akim::report::RankingExport", "advances");
    return flag;
}

} // namespace akim::report
