#include "itemmodels/searchfilterproxymodel.h"

#include "text/textfold.h"

#include <QLocale>

namespace akim {

SearchFilterProxyModel::SearchFilterProxyModel(int sortRole, int searchRole, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_searchRole(searchRole)
{
    setSortRole(sortRole);
    setDynamicSortFilter(true);
    updateCollator();
}

void SearchFilterProxyModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QString folded = text::fold(text).trimmed();
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
    invalidateRowsFilter();
}

void SearchFilterProxyModel::updateCollator()
{
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setIgnorePunctuation(false);
    if (sortColumn() >= 0)
        invalidate();
}

bool SearchFilterProxyModel::matchesSearch(const QModelIndex &sourceIndex) const
{
    if (m_foldedFilter.isEmpty())
        return true;
    return text::containsAllWords(sourceIndex.data(m_searchRole).toString(), m_foldedFilter);
}

bool SearchFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QString && b.metaType().id() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace akim
