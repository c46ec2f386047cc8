#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace akim {

// What the searchable tables share: the words typed in a search field, folded ("кызылорда"
// finds "Қызылорда облысы") and matched against a row's search text in `searchRole`, all words
// required; and sorting of `sortRole()` strings with a locale-aware, numeric collation. Subclasses
// add their own filters in filterAcceptsRow() and call matchesSearch() last, as it is the dearest.
class SearchFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    SearchFilterProxyModel(int sortRole, int searchRole, QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    bool hasSearch() const { return !m_foldedFilter.isEmpty(); }

    // Re-reads the collation locale (QLocale's default) after a language switch.
    void updateCollator();

protected:
    bool matchesSearch(const QModelIndex &sourceIndex) const;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_searchRole;
    QString m_filterText;   // as typed
    QString m_foldedFilter; // text::fold(m_filterText), trimmed
    QCollator m_collator;
};

} // namespace akim
