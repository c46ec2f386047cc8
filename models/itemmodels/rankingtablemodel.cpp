#include "itemmodels/rankingtablemodel.h"

#include "text/language.h"

#include <QFont>
#include <QLocale>

#include <cmath>
#include <limits>

namespace akim {
namespace {

QString componentText(const QString &key)
{
    if (key == u"survey")
        return RankingTableModel::tr("survey index");
    if (key == u"ethics")
        return RankingTableModel::tr("ethics index");
    if (key == u"commission")
        return RankingTableModel::tr("commission index");
    if (key == u"stage1_total")
        return RankingTableModel::tr("stage I total");
    // The methodology's tie-break keys (scoring::tieComponentKey).
    if (key == u"survey_n")
        return RankingTableModel::tr("number of survey responses");
    if (key == u"ethics_n")
        return RankingTableModel::tr("number of ethics questionnaire responses");
    return key;
}

} // namespace

RankingTableModel::RankingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RankingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ranking.nominees.size());
}

int RankingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RankingTableModel::number(double value)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', 2) : QStringLiteral("—");
}

QString RankingTableModel::flagText(const QString &flag)
{
    namespace f = scoring::flag;
    if (flag.startsWith(QLatin1String(f::tieBrokenByPrefix)))
        return tr("tie broken by the %1")
            .arg(componentText(flag.mid(int(qstrlen(f::tieBrokenByPrefix)))));
    if (flag == QLatin1String(f::insufficientSample))
        return tr("insufficient survey sample");
    if (flag == QLatin1String(f::surveyExcluded))
        return tr("survey left out (sample too small)");
    if (flag == QLatin1String(f::noSurveyData))
        return tr("no survey responses");
    if (flag == QLatin1String(f::noEthicsData))
        return tr("no ethics questionnaire");
    if (flag == QLatin1String(f::noCommissionData))
        return tr("no commission scores");
    if (flag == QLatin1String(f::noStage1Total))
        return tr("no stage I total");
    if (flag == QLatin1String(f::ethicsGate))
        return tr("cannot advance (ethics)");
    if (flag == QLatin1String(f::ethicsNotCompliant))
        return tr("Ethics Commissioner: not compliant");
    if (flag == QLatin1String(f::ethicsBelowGate))
        return tr("ethics index below the gate");
    if (flag == QLatin1String(f::fewValidScores))
        return tr("too few valid scores on a criterion");
    if (flag == QLatin1String(f::conflictIgnored))
        return tr("a score given despite a conflict of interest was ignored");
    if (flag == QLatin1String(f::tieShared))
        return tr("shares the place");
    if (flag == QLatin1String(f::tiedAtCut))
        return tr("tied at the advancement cut: the chair decides");
    if (flag == QLatin1String(f::chairDecision))
        return tr("advances by the chair's decision");
    if (flag == QLatin1String(f::advances))
        return tr("advances");
    return flag;
}

QString RankingTableModel::displayText(const scoring::NomineeResult &n, int column) const
{
    switch (column) {
    case PlaceColumn:
        return n.place > 0 ? QString::number(n.place) : QString();
    case NomineeColumn:
        return n.name;
    case OkrugColumn:
        return text::pick(n.okrugRu, n.okrugKk);
    case DistrictColumn:
        return text::pick(n.districtRu, n.districtKk);
    case RegionColumn:
        return text::pick(n.regionRu, n.regionKk);
    case SurveyColumn:
        return number(n.components.survey);
    case EthicsColumn:
        return number(n.components.ethics);
    case CommissionColumn:
        return number(n.components.commission);
    case Stage1Column:
        return number(n.components.stage1Total);
    case TotalColumn:
        return number(n.total);
    case FlagsColumn: {
        QStringList words;
        for (const QString &flag : n.flags) {
            if (flag != QLatin1String(scoring::flag::advances))
                words << flagText(flag);
        }
        return words.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant RankingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const scoring::NomineeResult &n = m_ranking.nominees.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(n, column);
    case Qt::ToolTipRole:
        if (column == FlagsColumn || column == PlaceColumn) {
            QStringList words;
            for (const QString &flag : n.flags)
                words << flagText(flag);
            return words.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == PlaceColumn || (column >= SurveyColumn && column <= TotalColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (n.advances && (column == TotalColumn || column == NomineeColumn)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IdRole:
        return n.nomineeId;
    case AdvancesRole:
        return n.advances;
    case SortRole: {
        const auto value = [](double v) {
            return std::isfinite(v) ? v : -std::numeric_limits<double>::infinity();
        };
        switch (column) {
        case PlaceColumn:
            return n.place > 0 ? n.place : std::numeric_limits<int>::max();
        case SurveyColumn:
            return value(n.components.survey);
        case EthicsColumn:
            return value(n.components.ethics);
        case CommissionColumn:
            return value(n.components.commission);
        case Stage1Column:
            return value(n.components.stage1Total);
        case TotalColumn:
            return value(n.total);
        default:
            return displayText(n, column);
        }
    }
    default:
        return {};
    }
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SurveyColumn:
            return tr("Citizens' survey index, 0–100: the mean answer per criterion rescaled, "
                      "then averaged with the criteria's weights");
        case EthicsColumn:
            return tr("Ethics index, 0–100: the share of positive answers in the Ethics "
                      "Commissioner's questionnaire");
        case CommissionColumn:
            return tr("Commission index, 0–100: the members' scores aggregated per criterion "
                      "(abstentions and recusals left out), weighted, as a share of the "
                      "maximum");
        case Stage1Column:
            return tr("The nominee's stage I total, carried over with its weight");
        case TotalColumn:
            return tr("The components weighted as the methodology says; ties are decided on "
                      "unrounded values");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlaceColumn:
        return tr("Place");
    case NomineeColumn:
        return tr("Nominee");
    case OkrugColumn:
        return tr("Rural okrug");
    case DistrictColumn:
        return tr("District");
    case RegionColumn:
        return tr("Region");
    case SurveyColumn:
        return tr("Survey");
    case EthicsColumn:
        return tr("Ethics");
    case CommissionColumn:
        return tr("Commission");
    case Stage1Column:
        return tr("Stage I");
    case TotalColumn:
        return tr("Total");
    case FlagsColumn:
        return tr("Notes");
    default:
        return {};
    }
}

void RankingTableModel::setRanking(const scoring::Ranking &ranking)
{
    beginResetModel();
    m_ranking = ranking;
    endResetModel();
}

const scoring::NomineeResult *RankingTableModel::resultAt(int row) const
{
    return row >= 0 && row < m_ranking.nominees.size() ? &m_ranking.nominees.at(row) : nullptr;
}

int RankingTableModel::rowOfId(qint64 nomineeId) const
{
    for (int row = 0; row < m_ranking.nominees.size(); ++row) {
        if (m_ranking.nominees.at(row).nomineeId == nomineeId)
            return row;
    }
    return -1;
}

void RankingTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_ranking.nominees.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace akim
