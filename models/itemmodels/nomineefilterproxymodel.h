#pragma once

#include "itemmodels/searchfilterproxymodel.h"

namespace akim {

// Filters the NomineeTableModel by words typed in the search field (folded: "кызылорда" finds
// "Қызылорда облысы") and by the region or district picked in the geography tree, and sorts its
// SortRole with a locale-aware, numeric collation.
class NomineeFilterProxyModel : public SearchFilterProxyModel
{
    Q_OBJECT

public:
    explicit NomineeFilterProxyModel(QObject *parent = nullptr);

    qint64 regionId() const { return m_regionId; }
    void setRegionId(qint64 regionId); // 0: any region
    qint64 districtId() const { return m_districtId; }
    void setDistrictId(qint64 districtId); // 0: any district
    // Both at once, as a click in the geography tree sets them: one invalidation, not two.
    void setPlace(qint64 regionId, qint64 districtId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_regionId = 0;
    qint64 m_districtId = 0;
};

} // namespace akim
