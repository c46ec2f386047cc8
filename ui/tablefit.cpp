#include "tablefit.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace akim {
namespace {

// The widths callers give are for the usual 9 pt interface font; a user who chose a larger
// system font gets them scaled up, so that the text they limit is not cut sooner.
int scaled(const QWidget *view, int pixels)
{
    const qreal points = view->font().pointSizeF();
    return points > 9 ? qRound(pixels * points / 9) : pixels;
}

} // namespace

void TableFit::setCompactRows(QTableView *view)
{
    QHeaderView *rows = view->verticalHeader();
    const int text = view->fontMetrics().height();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(text + 4);
    rows->setDefaultSectionSize(text + 8);
}

void TableFit::fit(QTableView *view, const QVector<int> &flexible, int minFlexibleWidth,
                   int maxWidth)
{
    minFlexibleWidth = scaled(view, minFlexibleWidth);
    maxWidth = scaled(view, maxWidth);
    QHeaderView *header = view->horizontalHeader();
    const bool stretchLast = header->stretchLastSection();
    // Measure the last column by its contents too, not by the room it was stretched to.
    header->setStretchLastSection(false);
    view->resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (header->sectionSize(column) > maxWidth)
            header->resizeSection(column, maxWidth);
        total += header->sectionSize(column);
    }
    header->setStretchLastSection(stretchLast);

    const int available = view->viewport()->width();
    int excess = total - available;
    if (available <= 0 || excess <= 0)
        return;
    int slack = 0;
    for (int column : flexible) {
        if (!header->isSectionHidden(column))
            slack += std::max(0, header->sectionSize(column) - minFlexibleWidth);
    }
    if (slack == 0)
        return;
    excess = std::min(excess, slack);
    for (int column : flexible) {
        if (header->isSectionHidden(column))
            continue;
        const int own = std::max(0, header->sectionSize(column) - minFlexibleWidth);
        // Rounded up, so that the columns together give at least the whole excess.
        const int shrink = std::min(own, (excess * own + slack - 1) / slack);
        header->resizeSection(column, header->sectionSize(column) - shrink);
    }
}

int TableFit::contentWidth(QAbstractItemView *view, int minWidth, int maxWidth)
{
    // Measured from the model rather than sizeHintForColumn(), which only looks at the rows
    // laid out so far (none, right after a reset).
    minWidth = scaled(view, minWidth);
    maxWidth = scaled(view, maxWidth);
    const QAbstractItemModel *model = view->model();
    if (!model)
        return minWidth;
    const QFontMetrics metrics = view->fontMetrics();
    int widest = 0;
    const int rows = std::min(model->rowCount(), 1000);
    for (int row = 0; row < rows; ++row)
        widest =
            std::max(widest, metrics.horizontalAdvance(model->index(row, 0).data().toString()));
    int extra = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width() + 16;
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        extra += tree->indentation();
    return std::clamp(widest + extra, minWidth, maxWidth);
}

} // namespace akim
