#pragma once

#include <QTableView>

namespace akim {

// The ballot grid's view, made for typing with the keyboard only: digits open the current cell,
// Enter or Tab saves it and moves to the next cell to score (row by row, over the criteria,
// past the cells a declared conflict locks), Shift+Tab moves back, Esc reverts the cell being
// typed, Delete clears the current cell. A value the ballot refuses keeps the cell open.
class BallotTableView : public QTableView
{
    Q_OBJECT

public:
    explicit BallotTableView(QWidget *parent = nullptr);

    // The cell after (or before) `from` in the order above; invalid at either end.
    QModelIndex nextCell(const QModelIndex &from, bool forward = true) const;
    // Names and okrugs by their contents; the criteria's columns wide enough for what will be
    // typed, not only for the empty cells of a new ballot.
    void fitColumns();
    // Whether a cell is being typed.
    bool isEditing() const { return state() == EditingState; }

signals:
    void clearRequested(const QModelIndex &index);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace akim
