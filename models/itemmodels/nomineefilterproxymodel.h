#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace akim {

// Filters the NomineeTableModel by words typed in the search field (folded: "кызылорда" finds
// "Қызылорда облысы") and by the region or district picked in the geography tree, and sorts its
// SortRole with a locale-aware, numeric collation.
class NomineeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NomineeFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    qint64 regionId() const { return m_regionId; }
    void setRegionId(qint64 regionId); // 0: any region
    qint64 districtId() const { return m_districtId; }
    void setDistrictId(qint64 districtId); // 0: any district
    // Both at once, as a click in the geography tree sets them: one invalidation, not two.
    void setPlace(qint64 regionId, qint64 districtId);

    // Re-reads the collation locale (QLocale's default) after a language switch.
    void updateCollator();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;   // as typed
    QString m_foldedFilter; // text::fold(m_filterText), trimmed
    qint64 m_regionId = 0;
    qint64 m_districtId = 0;
    QCollator m_collator;
};

} // namespace akim
