#include "itemmodels/surveystatsmodel.h"

#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QColor>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace akim {
namespace {

QString number(double value)
{
    // Shown to two decimals, as the methodology rounds for display; ties use the raw values.
    return std::isnan(value) ? QStringLiteral("—") : QLocale().toString(value, 'f', 2);
}

QVariant sortNumber(double value)
{
    return std::isnan(value) ? -1.0 : value;
}

} // namespace

SurveyStatsModel::SurveyStatsModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        for (auto signal : {&ContestDocument::opened, &ContestDocument::closed,
                            &ContestDocument::nomineesChanged, &ContestDocument::geographyChanged,
                            &ContestDocument::criteriaChanged, &ContestDocument::surveyDataChanged})
            connect(document, signal, this, &SurveyStatsModel::reload);
    }
    reload();
}

int SurveyStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SurveyStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ethicsIndexColumn() + 1;
}

const survey::CriterionStat *SurveyStatsModel::criterionStat(const Entry &entry, int column) const
{
    const int i = column - FirstCriterionColumn;
    if (i < 0 || i >= m_criteria.size())
        return nullptr;
    const qint64 id = m_criteria.at(i).id;
    for (const survey::CriterionStat &stat : entry.stats.criteria) {
        if (stat.criterionId == id)
            return &stat;
    }
    return nullptr;
}

QString SurveyStatsModel::displayText(const Entry &entry, int column) const
{
    const NomineeRow &row = entry.row;
    const survey::NomineeSurveyStats &s = entry.stats;
    switch (column) {
    case RegionColumn:
        return text::pick(row.regionRu, row.regionKk);
    case DistrictColumn:
        return text::pick(row.districtRu, row.districtKk);
    case OkrugColumn:
        return text::pick(row.okrugRu, row.okrugKk);
    case NomineeColumn:
        return row.nominee.fullName;
    case ResponsesColumn:
        return QLocale().toString(s.responses);
    default:
        break;
    }
    if (const survey::CriterionStat *stat = criterionStat(entry, column))
        return stat->n > 0 ? number(stat->mean) : QStringLiteral("—");
    if (column == surveyIndexColumn())
        return number(s.surveyIndex);
    if (column == insufficientColumn()) {
        // No response at all is not a small sample: there is nothing to rank on.
        if (s.responses == 0)
            return tr("no responses");
        return s.insufficientSample ? tr("insufficient sample") : QString();
    }
    if (column == ethicsResponsesColumn())
        return QLocale().toString(s.ethicsResponses);
    if (column == ethicsIndexColumn())
        return number(s.ethicsIndex);
    return {};
}

QVariant SurveyStatsModel::sortValue(const Entry &entry, int column) const
{
    const survey::NomineeSurveyStats &s = entry.stats;
    if (column == ResponsesColumn)
        return s.responses;
    if (const survey::CriterionStat *stat = criterionStat(entry, column))
        return stat->n > 0 ? sortNumber(stat->mean) : QVariant(-1.0);
    if (column >= FirstCriterionColumn && column < surveyIndexColumn())
        return -1.0;
    if (column == surveyIndexColumn())
        return sortNumber(s.surveyIndex);
    if (column == insufficientColumn())
        return s.insufficientSample ? 1 : 0;
    if (column == ethicsResponsesColumn())
        return s.ethicsResponses;
    if (column == ethicsIndexColumn())
        return sortNumber(s.ethicsIndex);
    return displayText(entry, column);
}

QString SurveyStatsModel::tooltip(const Entry &entry, int column) const
{
    if (const survey::CriterionStat *stat = criterionStat(entry, column)) {
        if (stat->n == 0)
            return tr("No counted answer");
        return tr("%1: %n counted answer(s), mean %2, index %3", nullptr, int(stat->n))
            .arg(stat->code, number(stat->mean), number(stat->index));
    }
    if (column == insufficientColumn() && entry.stats.insufficientSample &&
        entry.stats.responses > 0)
        return tr("Fewer than %n responses: the survey index still counts, but it rests on a "
                  "small sample.",
                  nullptr, m_settings.minSample);
    return {};
}

QVariant SurveyStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case Qt::ToolTipRole: {
        const QString text = tooltip(entry, column);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case Qt::TextAlignmentRole:
        if (column >= ResponsesColumn && column != insufficientColumn())
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (column == insufficientColumn() && entry.stats.responses == 0)
            return QColor(0x80, 0x80, 0x80);
        if (column == insufficientColumn() && entry.stats.insufficientSample)
            return QColor(0x8a, 0x5a, 0x00);
        return {};
    case NomineeIdRole:
        return entry.row.nominee.id;
    case RegionIdRole:
        return entry.row.regionId;
    case SortRole:
        return sortValue(entry, column);
    case InsufficientRole:
        return entry.stats.insufficientSample;
    default:
        return {};
    }
}

QVariant SurveyStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const int i = section - FirstCriterionColumn;
    if (role == Qt::ToolTipRole) {
        if (i >= 0 && i < m_criteria.size()) {
            const Criterion &c = m_criteria.at(i);
            const QString title = QLocale().language() == QLocale::English && !c.titleEn.isEmpty()
                                      ? c.titleEn
                                      : text::pick(c.titleRu, c.titleKk);
            return tr("%1 — %2: the mean answer (%3–%4)")
                .arg(c.code, title, number(m_settings.scaleMin), number(m_settings.scaleMax));
        }
        if (section == surveyIndexColumn())
            return tr("The mean of the criteria's indexes, 0–100");
        if (section == ethicsIndexColumn())
            return tr("The share of positive answers of the ethics questionnaire, 0–100");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case DistrictColumn:
        return tr("District");
    case OkrugColumn:
        return tr("Rural okrug");
    case NomineeColumn:
        return tr("Akim");
    case ResponsesColumn:
        return tr("Responses");
    default:
        break;
    }
    if (i >= 0 && i < m_criteria.size())
        return m_criteria.at(i).code;
    if (section == surveyIndexColumn())
        return tr("Survey index");
    if (section == insufficientColumn())
        return tr("Sample");
    if (section == ethicsResponsesColumn())
        return tr("Ethics n");
    if (section == ethicsIndexColumn())
        return tr("Ethics index");
    return {};
}

int SurveyStatsModel::rowOfNominee(qint64 nomineeId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).row.nominee.id == nomineeId)
            return row;
    }
    return -1;
}

void SurveyStatsModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_criteria.clear();
    m_totalResponses = 0;
    m_totalEthics = 0;
    if (m_document && m_document->isOpen()) {
        try {
            for (const Criterion &c : m_document->criteria().all()) {
                if (c.source == CriterionSource::Survey)
                    m_criteria.append(c);
            }
            std::stable_sort(
                m_criteria.begin(), m_criteria.end(),
                [](const Criterion &a, const Criterion &b) { return a.sortOrder < b.sortOrder; });
            const survey::SurveyStats stats(m_document->database().connection());
            m_settings = stats.settings();
            QHash<qint64, survey::NomineeSurveyStats> byNominee;
            for (const survey::NomineeSurveyStats &s : stats.all())
                byNominee.insert(s.nomineeId, s);
            for (const NomineeRow &row : m_document->nominees().rows()) {
                Entry entry{row, byNominee.value(row.nominee.id)};
                if (!byNominee.contains(row.nominee.id)) {
                    entry.stats.surveyIndex = std::nan("");
                    entry.stats.ethicsIndex = std::nan("");
                }
                entry.stats.nomineeId = row.nominee.id;
                m_totalResponses += entry.stats.responses;
                m_totalEthics += entry.stats.ethicsResponses;
                m_entries.append(entry);
            }
        } catch (const StorageError &) {
            // A file that cannot be read shows an empty table; the window reports the error.
            m_entries.clear();
        }
    }
    endResetModel();
}

void SurveyStatsModel::retranslate()
{
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

} // namespace akim
