#include "itemmodels/auditfilterproxymodel.h"

#include "itemmodels/audittablemodel.h"
#include "text/textfold.h"

#include <QLocale>

namespace akim {

AuditFilterProxyModel::AuditFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditTableModel::SortRole);
    setDynamicSortFilter(true);
    updateCollator();
}

void AuditFilterProxyModel::setFilterText(const QString &text)
{
    m_filterText = text;
    const QString folded = text::fold(text).trimmed();
    if (folded == m_foldedFilter)
        return;
    m_foldedFilter = folded;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setUser(const QString &user)
{
    if (user == m_user)
        return;
    m_user = user;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

void AuditFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

bool AuditFilterProxyModel::isFiltering() const
{
    return !m_foldedFilter.isEmpty() || !m_user.isEmpty() || !m_category.isEmpty() ||
           m_from.isValid() || m_to.isValid();
}

void AuditFilterProxyModel::updateCollator()
{
    m_collator = QCollator(QLocale());
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    if (sortColumn() >= 0)
        invalidate();
}

bool AuditFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return false;
    const QModelIndex index = source->index(sourceRow, 0, sourceParent);
    // The cheap tests first: the search text of a row is made the first time it is needed.
    if (!m_user.isEmpty() && index.data(AuditTableModel::UserNameRole).toString() != m_user)
        return false;
    if (!m_category.isEmpty() && index.data(AuditTableModel::CategoryRole).toString() != m_category)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = index.data(AuditTableModel::DateRole).toDate();
        if ((m_from.isValid() && (!date.isValid() || date < m_from)) ||
            (m_to.isValid() && (!date.isValid() || date > m_to)))
            return false;
    }
    if (m_foldedFilter.isEmpty())
        return true;
    return text::containsAllWords(index.data(AuditTableModel::SearchTextRole).toString(),
                                  m_foldedFilter);
}

bool AuditFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.metaType().id() == QMetaType::QString && b.metaType().id() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace akim
