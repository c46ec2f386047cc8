#include "itemmodels/auditfilterproxymodel.h"

#include "itemmodels/audittablemodel.h"

namespace akim {

AuditFilterProxyModel::AuditFilterProxyModel(QObject *parent)
    : SearchFilterProxyModel(AuditTableModel::SortRole, AuditTableModel::SearchTextRole, parent)
{}

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
    return hasSearch() || !m_user.isEmpty() || !m_category.isEmpty() || m_from.isValid() ||
           m_to.isValid();
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
    return matchesSearch(index);
}

} // namespace akim
