#include "ballottableview.h"

#include "itemmodels/ballotmodel.h"
#include "tablefit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>

#include <algorithm>

namespace akim {
namespace {

// A line editor whose Enter and Tab save and move on, unless the ballot refused the value:
// then the text stays, selected, for the member to correct.
class BallotDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new QLineEdit(parent);
        editor->setObjectName(QStringLiteral("ballotCellEditor"));
        editor->setAlignment(Qt::AlignCenter);
        editor->setMaxLength(12);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *line = static_cast<QLineEdit *>(editor);
        line->setText(index.data(Qt::EditRole).toString());
        // Typing replaces what was there.
        line->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const QString text = static_cast<QLineEdit *>(editor)->text();
        m_accepted = text == index.data(Qt::EditRole).toString() ||
                     model->setData(index, text, Qt::EditRole);
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QLineEdit *>(object);
        if (editor && event->type() == QEvent::ShortcutOverride) {
            // The grid's Ctrl+Shift shortcuts (abstain, recuse, comment) work while a cell is
            // being typed: the editor would take Ctrl+Shift+A as "deselect".
            const Qt::KeyboardModifiers mods = static_cast<QKeyEvent *>(event)->modifiers();
            if (mods.testFlag(Qt::ControlModifier) && mods.testFlag(Qt::ShiftModifier)) {
                event->ignore();
                return true;
            }
        }
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab ||
                key == Qt::Key_Backtab) {
                emit commitData(editor);
                if (!m_accepted) {
                    editor->selectAll();
                    return true;
                }
                emit closeEditor(editor, key == Qt::Key_Backtab ? EditPreviousItem : EditNextItem);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    mutable bool m_accepted = true;
};

} // namespace

BallotTableView::BallotTableView(QWidget *parent)
    : QTableView(parent)
{
    setItemDelegate(new BallotDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(true);
    setWordWrap(false);
    TableFit::setCompactRows(this);
}

QModelIndex BallotTableView::nextCell(const QModelIndex &from, bool forward) const
{
    const auto *ballot = qobject_cast<const BallotModel *>(model());
    if (!ballot || ballot->rowCount() == 0 ||
        ballot->totalColumn() <= BallotModel::FirstCriterionColumn)
        return {};
    const int first = BallotModel::FirstCriterionColumn;
    const int width = ballot->totalColumn() - first;
    const int cells = ballot->rowCount() * width;
    // Row-major position of `from`; before the first cell when it is not a criterion's cell.
    int position = -1;
    if (from.isValid()) {
        const int column = std::clamp(from.column(), first, ballot->totalColumn() - 1);
        position = from.row() * width + (column - first);
        if (from.column() < first && forward)
            --position;
        else if (from.column() >= ballot->totalColumn() && !forward)
            ++position;
    } else if (!forward) {
        position = cells;
    }
    for (int p = position + (forward ? 1 : -1); p >= 0 && p < cells; p += forward ? 1 : -1) {
        const QModelIndex candidate = ballot->index(p / width, first + p % width);
        if (!candidate.data(BallotModel::ConflictRole).toBool())
            return candidate;
    }
    return {};
}

void BallotTableView::fitColumns()
{
    const auto *ballot = qobject_cast<const BallotModel *>(model());
    if (!ballot)
        return;
    TableFit::fit(this, {BallotModel::NomineeColumn, BallotModel::OkrugColumn}, 120, 320);
    const QFontMetrics metrics = fontMetrics();
    const int width = std::max(metrics.horizontalAdvance(QStringLiteral("10.55")),
                               metrics.horizontalAdvance(BallotModel::tr("recused"))) +
                      metrics.averageCharWidth() * 3;
    for (int column = BallotModel::FirstCriterionColumn; column <= ballot->totalColumn(); ++column)
        setColumnWidth(column, std::max(width, columnWidth(column)));
}

QModelIndex BallotTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return nextCell(currentIndex(), cursorAction == MoveNext);
    return QTableView::moveCursor(cursorAction, modifiers);
}

void BallotTableView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Enter on a cell that needs no change moves on, as after typing.
            if (const QModelIndex next = nextCell(currentIndex()); next.isValid())
                setCurrentIndex(next);
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (currentIndex().isValid())
                emit clearRequested(currentIndex());
            event->accept();
            return;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace akim
