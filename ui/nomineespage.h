#pragma once

#include "contestpage.h"

#include <QVector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTreeView;
class QModelIndex;

namespace akim {

class EmptyState;
class GeographyTreeModel;
class NomineeFilterProxyModel;
class NomineeTableModel;

// The nominees of the contest: a region/district tree on the left filters the table, the search
// field filters it by words (folded, so "кызылорда" finds "Қызылорда"), and the buttons add, edit
// and delete through the NomineeDialog and ContestDocument.
class NomineesPage : public ContestPage
{
    Q_OBJECT

public:
    explicit NomineesPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override;
    bool canDelete() const override;
    QVector<qint64> selectedIds() const;

    NomineeTableModel *model() const { return m_model; }
    NomineeFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

public slots:
    void addItem() override;
    void editSelected() override;
    void deleteSelected() override;

protected:
    void retranslateUi() override;

private:
    void onPlaceSelected();
    void restorePlaceSelection();
    void updateState();
    void permissionsChanged() override { updateState(); }
    void resizeColumns();
    void fitColumns();
    void editRow(const QModelIndex &proxyIndex);
    void selectNominee(qint64 id);
    void showAll();

    NomineeTableModel *m_model;
    NomineeFilterProxyModel *m_proxy;
    GeographyTreeModel *m_geography;
    QTreeView *m_placeView;
    QLineEdit *m_filterEdit;
    QLabel *m_countLabel;
    QTableView *m_table;
    EmptyState *m_emptyState;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QSplitter *m_splitter;
    qint64 m_regionId = 0;
    qint64 m_districtId = 0;
    bool m_columnsSized = false;
    bool m_treeSized = false;
};

} // namespace akim
