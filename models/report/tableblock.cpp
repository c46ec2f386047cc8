#include "report/tableblock.h"

#include "report/pagecanvas.h"

#include <algorithm>

namespace akim::report {
namespace {

constexpr qreal kPaddingMm = 1.2;
constexpr qreal kDetailGapMm = 0.6;

} // namespace

TableBlock::TableBlock(const PageCanvas &canvas, QVector<TableColumn> columns, qreal minRowHeightMm,
                       qreal availableWidth)
    : m_canvas(canvas)
    , m_columns(std::move(columns))
    , m_padding(canvas.mm(kPaddingMm))
    , m_minRowHeight(canvas.mm(minRowHeightMm))
{
    const qreal available = availableWidth >= 0 ? availableWidth : canvas.content().width();
    qreal fixed = 0;
    int stretching = 0;
    for (const TableColumn &c : std::as_const(m_columns)) {
        fixed += canvas.mm(c.widthMm);
        stretching += c.widthMm <= 0 ? 1 : 0;
    }
    const qreal rest = stretching ? std::max<qreal>(0, available - fixed) / stretching : 0;
    for (const TableColumn &c : std::as_const(m_columns))
        m_widths.push_back(c.widthMm > 0 ? canvas.mm(c.widthMm) : rest);
    m_width = std::min(available, fixed + rest * stretching);

    const QFont headerFont = canvas.style().font(canvas.style().smallPt, true);
    qreal header = 0;
    for (int i = 0; i < m_columns.size(); ++i)
        header =
            std::max(header, canvas.textHeight(headerFont, m_columns.at(i).header,
                                               m_widths.at(i) - 2 * m_padding, Qt::AlignHCenter));
    m_headerHeight = header + 2 * m_padding;
}

void TableBlock::addRow(const QVector<TableCell> &cells)
{
    m_rows.push_back(cells);
    m_rowHeights.push_back(measure(cells));
}

qreal TableBlock::measure(const QVector<TableCell> &cells) const
{
    const PageStyle &style = m_canvas.style();
    qreal height = 0;
    for (int i = 0; i < cells.size() && i < m_widths.size(); ++i) {
        const TableCell &cell = cells.at(i);
        if (cell.kind != TableCell::Kind::Text)
            continue;
        const qreal inner = m_widths.at(i) - 2 * m_padding;
        qreal h = m_canvas.textHeight(style.font(style.tablePt), cell.text, inner);
        if (!cell.detail.isEmpty())
            h += m_canvas.mm(kDetailGapMm) +
                 m_canvas.textHeight(style.font(style.smallPt), cell.detail, inner);
        height = std::max(height, h);
    }
    return std::max(m_minRowHeight, height + 2 * m_padding);
}

qreal TableBlock::height(int from, int to) const
{
    qreal h = m_headerHeight;
    for (int row = from; row < to; ++row)
        h += m_rowHeights.at(row);
    return h;
}

QVector<QPair<int, int>> TableBlock::paginate(qreal firstHeight, qreal nextHeight) const
{
    QVector<QPair<int, int>> runs;
    int row = 0;
    qreal space = firstHeight;
    do {
        const int start = row;
        qreal used = m_headerHeight;
        while (row < rowCount() && used + m_rowHeights.at(row) <= space) {
            used += m_rowHeights.at(row);
            ++row;
        }
        if (row == start && row < rowCount()) {
            // Not one row fits. On a first page that a later page beats, the table starts
            // there (an empty run); else the row goes alone, cut off at the bottom.
            if (!(runs.isEmpty() && nextHeight > space))
                ++row;
        }
        runs.push_back({start, row});
        space = nextHeight;
    } while (row < rowCount());
    return runs;
}

qreal TableBlock::paint(PageCanvas &canvas, qreal top, int from, int to) const
{
    const PageStyle &style = canvas.style();
    QPainter &p = canvas.painter();
    const qreal left = canvas.content().left();
    p.save();
    canvas.setLine(0.25);

    // The header, shaded lightly so it reads as one on every page.
    qreal x = left;
    const QRectF headerRect(left, top, m_width, m_headerHeight);
    p.fillRect(headerRect, QColor(235, 235, 235));
    const QFont headerFont = style.font(style.smallPt, true);
    for (int i = 0; i < m_columns.size(); ++i) {
        const QRectF cell(x, top, m_widths.at(i), m_headerHeight);
        p.drawRect(cell);
        canvas.drawText(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding), headerFont,
                        m_columns.at(i).header, Qt::AlignCenter);
        x += m_widths.at(i);
    }

    // The rules are drawn once per row and once per column, not as a rectangle per cell: a
    // long protocol has tens of thousands of cells, and the PDF four times the lines.
    qreal y = top + m_headerHeight;
    for (int row = from; row < to; ++row) {
        x = left;
        const QVector<TableCell> &cells = m_rows.at(row);
        for (int i = 0; i < m_columns.size(); ++i) {
            const QRectF rect(x, y, m_widths.at(i), m_rowHeights.at(row));
            if (i < cells.size())
                paintCell(canvas, rect, cells.at(i), m_columns.at(i).centred);
            x += m_widths.at(i);
        }
        y += m_rowHeights.at(row);
        p.drawLine(QPointF(left, y), QPointF(left + m_width, y));
    }
    x = left;
    for (int i = 0; i <= m_columns.size(); ++i) {
        p.drawLine(QPointF(x, top + m_headerHeight), QPointF(x, y));
        if (i < m_columns.size())
            x += m_widths.at(i);
    }
    p.restore();
    return y;
}

void TableBlock::paintCell(PageCanvas &canvas, const QRectF &rect, const TableCell &cell,
                           bool centred) const
{
    const PageStyle &style = canvas.style();
    QPainter &p = canvas.painter();
    const QRectF inner = rect.adjusted(m_padding, m_padding, -m_padding, -m_padding);
    switch (cell.kind) {
    case TableCell::Kind::Box:
        return;
    case TableCell::Kind::Crossed:
        p.fillRect(rect, QColor(225, 225, 225));
        p.drawLine(rect.topLeft(), rect.bottomRight());
        p.drawLine(rect.bottomLeft(), rect.topRight());
        if (!cell.text.isEmpty()) {
            // The mark on a white patch, so the cross does not run through it.
            const QFont font = style.font(style.tablePt, true);
            const qreal w = canvas.textWidth(font, cell.text) + m_padding;
            const qreal h = canvas.lineHeight(font);
            const QRectF patch(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h);
            p.fillRect(patch, Qt::white);
            canvas.drawText(patch, font, cell.text, Qt::AlignCenter);
        }
        return;
    case TableCell::Kind::Text: {
        const int align = centred ? Qt::AlignHCenter : Qt::AlignLeft;
        const qreal h =
            canvas.drawText(inner, style.font(style.tablePt), cell.text, align | Qt::AlignTop);
        if (!cell.detail.isEmpty())
            canvas.drawText(inner.adjusted(0, h + canvas.mm(kDetailGapMm), 0, 0),
                            style.font(style.smallPt), cell.detail, align | Qt::AlignTop);
        return;
    }
    }
}

} // namespace akim::report
