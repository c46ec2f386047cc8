#include "itemmodels/nomineefilterproxymodel.h"

#include "itemmodels/nomineetablemodel.h"
#include "text/textfold.h"

#include <QLocale>

namespace akim {

NomineeFilterProxyModel::NomineeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NomineeTableModel::SortRole);
    setDynamicSortFilter(true);
    updateCollator();
}

void NomineeFilterProxyModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QString folded = text::fold(text).trimmed();
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
    invalidateFilter();
}

void NomineeFilterProxyModel::setRegionId(qint64 regionId)
{
    setPlace(regionId, m_districtId);
}

void NomineeFilterProxyModel::setDistrictId(qint64 districtId)
{
    setPlace(m_regionId, districtId);
}

void NomineeFilterProxyModel::setPlace(qint64 regionId, qint64 districtId)
{
    if (regionId == m_regionId && districtId == m_districtId)
        return;
    m_regionId = regionId;
    m_districtId = districtId;
    invalidateFilter();
}

void NomineeFilterProxyModel::updateCollator()
{
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setIgnorePunctuation(false);
    if (sortColumn() >= 0)
        invalidate();
}

bool NomineeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    if (m_regionId != 0 && index.data(NomineeTableModel::RegionIdRole).toLongLong() != m_regionId)
        return false;
    if (m_districtId != 0 &&
        index.data(NomineeTableModel::DistrictIdRole).toLongLong() != m_districtId)
        return false;
    if (m_foldedFilter.isEmpty())
        return true;
    return text::containsAllWords(index.data(NomineeTableModel::SearchTextRole).toString(),
                                  m_foldedFilter);
}

bool NomineeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QString && b.metaType().id() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace akim
