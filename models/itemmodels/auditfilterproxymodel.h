#pragma once

#include "itemmodels/searchfilterproxymodel.h"

#include <QDate>

namespace akim {

// Filters the AuditTableModel by words typed in the search field (folded, over every field and
// the full old and new values), by user, by action category ("nominee" keeps "nominee.create",
// "nominee.update", …) and by a date range in the user's time zone, and sorts its SortRole with a
// locale-aware collation. An empty user or category, or an invalid date, does not filter.
class AuditFilterProxyModel : public SearchFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterProxyModel(QObject *parent = nullptr);

    QString user() const { return m_user; }
    void setUser(const QString &user);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QDate fromDate() const { return m_from; }
    QDate toDate() const { return m_to; }
    // Both ends included.
    void setDateRange(const QDate &from, const QDate &to);

    // True when any filter is set.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_user;
    QString m_category;
    QDate m_from;
    QDate m_to;
};

} // namespace akim
