#pragma once

#include <QVector>

class QAbstractItemView;
class QTableView;

namespace akim {

// Column and row sizing shared by the tables: compact rows, columns sized by their contents and
// made to fit the view by shrinking the columns whose text may be elided.
class TableFit
{
public:
    // Rows a little taller than the text: lists of hundreds of nominees stay readable.
    static void setCompactRows(QTableView *view);
    // Sizes every visible column by its contents (at most `maxWidth`); when the total is wider than
    // the view, the `flexible` columns give up width, down to `minFlexibleWidth`.
    static void fit(QTableView *view, const QVector<int> &flexible, int minFlexibleWidth,
                    int maxWidth);
    // The width a list or tree needs to show its first column's items in full, within limits.
    static int contentWidth(QAbstractItemView *view, int minWidth, int maxWidth);
};

} // namespace akim
