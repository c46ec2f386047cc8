#pragma once

#include "contestpage.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace akim {

class EmptyState;
class ImportListModel;

// The Imports tab: every survey and ethics import with its date, file, kind, row counts and
// user; "Undo Import…" removes an import's responses as a whole (after a confirmation), on a
// worker thread, and keeps it listed as undone.
class ImportsPage : public ContestPage
{
    Q_OBJECT

public:
    explicit ImportsPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override { return false; }
    bool canDelete() const override; // Delete undoes the selected import
    ImportListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    bool isUndoing() const { return m_undoing; }
    qint64 selectedImportId() const;

public slots:
    void addItem() override;
    void editSelected() override {}
    void deleteSelected() override;
    // Asks, then undoes the selected import.
    void undoSelected();

signals:
    void importRequested();

protected:
    void retranslateUi() override;

private:
    void updateState();
    void permissionsChanged() override { updateState(); }

    ImportListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_hintLabel;
    QTableView *m_table;
    EmptyState *m_emptyState = nullptr;
    QPushButton *m_undoButton;
    QLabel *m_statusLabel;
    bool m_undoing = false;
};

} // namespace akim
