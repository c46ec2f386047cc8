#include "itemmodels/nomineefilterproxymodel.h"

#include "itemmodels/nomineetablemodel.h"

namespace akim {

NomineeFilterProxyModel::NomineeFilterProxyModel(QObject *parent)
    : SearchFilterProxyModel(NomineeTableModel::SortRole, NomineeTableModel::SearchTextRole, parent)
{}

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
    return matchesSearch(index);
}

} // namespace akim
