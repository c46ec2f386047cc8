#pragma once

#include "contestpage.h"

class QLabel;
class QPushButton;
class QTableView;

namespace akim {

class CriterionTableModel;
class EmptyState;

// The criteria of the methodology: stage I then stage II, reordered by dragging rows within their
// stage (by dragging or with Move Up / Move Down for the keyboard), added, edited and deleted
// through CriterionDialog and ContestDocument.
class CriteriaPage : public ContestPage
{
    Q_OBJECT

public:
    explicit CriteriaPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override;
    bool canDelete() const override;
    CriterionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void addItem() override;
    void editSelected() override;
    void deleteSelected() override;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;

private:
    void updateState();
    void permissionsChanged() override { updateState(); }
    void editRow(int row);
    void sizeColumns();
    // Moves the selected criterion by `delta` places within its stage.
    void moveSelected(int delta);

    CriterionTableModel *m_model;
    QTableView *m_table;
    QLabel *m_hintLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    EmptyState *m_emptyState;
    bool m_sizedWhenShown = false;
};

} // namespace akim
