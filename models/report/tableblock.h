#pragma once

#include <QPair>
#include <QRectF>
#include <QString>
#include <QVector>

namespace akim::report {

class PageCanvas;

struct TableColumn
{
    QString header;    // may hold line breaks
    qreal widthMm = 0; // 0: the column takes the width the others leave (one such column)
    bool centred = false;
};

struct TableCell
{
    enum class Kind {
        Text,   // `text`, and `detail` in a smaller face below it
        Box,    // left empty for a hand-written entry
        Crossed // struck through and shaded, with `text` as its mark (e.g. "recused")
    };
    Kind kind = Kind::Text;
    QString text;
    QString detail;
};

// A table that runs over pages: measured once, split into page-sized runs of rows, and painted
// with its header repeated at the top of every run. Rows are at least `minRowHeightMm` high, so
// a box is big enough to write in.
class TableBlock
{
public:
    // `availableWidth` (device pixels) is the canvas's content width unless given: a table laid
    // out for landscape pages while the canvas is still portrait.
    TableBlock(const PageCanvas &canvas, QVector<TableColumn> columns, qreal minRowHeightMm,
               qreal availableWidth = -1);

    void addRow(const QVector<TableCell> &cells);
    int rowCount() const { return int(m_rows.size()); }
    qreal width() const { return m_width; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight(int row) const { return m_rowHeights.at(row); }
    // Header plus rows [from, to).
    qreal height(int from, int to) const;

    // Rows [first, end) per page: the first run gets `firstHeight` (what the page leaves under
    // whatever precedes the table), each later run `nextHeight`; the header is counted in both.
    // A run holds at least one row, so a row taller than a page still moves on.
    QVector<QPair<int, int>> paginate(qreal firstHeight, qreal nextHeight) const;

    // Paints the header and rows [from, to) with their top at `top`; returns the bottom edge.
    qreal paint(PageCanvas &canvas, qreal top, int from, int to) const;

private:
    qreal measure(const QVector<TableCell> &cells) const;
    void paintCell(PageCanvas &canvas, const QRectF &rect, const TableCell &cell,
                   bool centred) const;

    const PageCanvas &m_canvas;
    QVector<TableColumn> m_columns;
    QVector<qreal> m_widths; // device pixels
    qreal m_width = 0;
    qreal m_padding = 0;
    qreal m_minRowHeight = 0;
    qreal m_headerHeight = 0;
    QVector<QVector<TableCell>> m_rows;
    QVector<qreal> m_rowHeights;
};

} // namespace akim::report
