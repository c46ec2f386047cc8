#include "report/documentflow.h"

#include "report/pagecanvas.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>
#include <QStringList>

#include <algorithm>

namespace akim::report {
namespace {

// A table that starts under a heading brings at least this many rows onto the heading's page.
constexpr int kRowsWithHeading = 2;

} // namespace

DocumentFlow::DocumentFlow(PageCanvas &canvas)
    : m_canvas(canvas)
{}

void DocumentFlow::addText(const QString &text, const QFont &font, int flags, qreal gapAfterMm,
                           qreal indentMm)
{
    Block b;
    b.kind = Block::Kind::Text;
    b.text = text;
    b.font = font;
    b.flags = flags;
    b.indent = m_canvas.mm(indentMm);
    b.gapAfter = m_canvas.mm(gapAfterMm);
    b.height = m_canvas.textHeight(font, text, m_canvas.content().width() - b.indent, flags);
    m_blocks.push_back(b);
}

void DocumentFlow::addHeading(const QString &text, const QFont &font, qreal gapBeforeMm,
                              qreal gapAfterMm)
{
    addText(text, font, Qt::AlignLeft, gapAfterMm);
    m_blocks.last().gapBefore = m_canvas.mm(gapBeforeMm);
    m_blocks.last().keepWithNext = true;
}

void DocumentFlow::addTable(const QVector<TableColumn> &columns,
                            const QVector<QVector<TableCell>> &rows, qreal minRowHeightMm,
                            qreal gapAfterMm)
{
    Block b;
    b.kind = Block::Kind::Table;
    auto table = std::make_shared<TableBlock>(m_canvas, columns, minRowHeightMm);
    const auto join = [](const QStringList &cells) {
        return cells.join(QStringLiteral(" | "));
    };
    QStringList headers;
    for (const TableColumn &c : columns)
        headers << c.header;
    b.dump << QStringLiteral("table: ") + join(headers);
    for (const QVector<TableCell> &row : rows) {
        table->addRow(row);
        QStringList cells;
        for (const TableCell &cell : row) {
            QString text = cell.text;
            if (!cell.detail.isEmpty())
                text += QStringLiteral(" (") + cell.detail + QLatin1Char(')');
            cells << (cell.kind == TableCell::Kind::Crossed ? QStringLiteral("X ") + text : text);
        }
        b.dump << QStringLiteral("row: ") + join(cells);
    }
    b.table = std::move(table);
    b.gapAfter = m_canvas.mm(gapAfterMm);
    m_blocks.push_back(b);
}

void DocumentFlow::addSpace(qreal mm)
{
    Block b;
    b.kind = Block::Kind::Space;
    b.gapAfter = m_canvas.mm(mm);
    m_blocks.push_back(b);
}

void DocumentFlow::beginGroup()
{
    m_openGroup = int(m_blocks.size());
}

void DocumentFlow::endGroup()
{
    if (m_openGroup >= 0 && m_openGroup < m_blocks.size())
        m_blocks[m_openGroup].groupEnd = int(m_blocks.size());
    m_openGroup = -1;
}

void DocumentFlow::setFooter(const QString &caption, const QString &pageNumber,
                             const QLocale &locale)
{
    m_caption = caption;
    m_pageNumber = pageNumber;
    m_locale = locale;
}

qreal DocumentFlow::footerHeight() const
{
    const PageStyle &style = m_canvas.style();
    return m_canvas.lineHeight(style.font(style.smallPt)) + m_canvas.mm(6);
}

qreal DocumentFlow::firstChunk(int block) const
{
    if (block >= m_blocks.size())
        return 0;
    const Block &b = m_blocks.at(block);
    switch (b.kind) {
    case Block::Kind::Text:
        return b.gapBefore + b.height + (b.keepWithNext ? firstChunk(block + 1) : 0);
    case Block::Kind::Table:
        return b.table->height(0, std::min(kRowsWithHeading, b.table->rowCount()));
    case Block::Kind::Space:
        return 0;
    }
    return 0;
}

qreal DocumentFlow::wholeHeight(int from, int to) const
{
    qreal height = 0;
    for (int i = from; i < to; ++i) {
        const Block &b = m_blocks.at(i);
        if (i > from)
            height += b.gapBefore;
        if (b.kind == Block::Kind::Text)
            height += b.height;
        else if (b.kind == Block::Kind::Table)
            height += b.table->height(0, b.table->rowCount());
        if (i + 1 < to)
            height += b.gapAfter;
    }
    return height;
}

QVector<DocumentFlow::Page> DocumentFlow::plan() const
{
    const qreal available = m_canvas.content().height() - footerHeight();
    QVector<Page> pages(1);
    qreal y = 0;
    const auto newPage = [&] {
        pages.push_back({});
        y = 0;
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks.at(i);
        if (b.groupEnd > i && y > 0) {
            const qreal group = b.gapBefore + wholeHeight(i, b.groupEnd);
            if (y + group > available && wholeHeight(i, b.groupEnd) <= available)
                newPage();
        }
        switch (b.kind) {
        case Block::Kind::Space:
            // Space at the top of a page is no use.
            if (y > 0)
                y = std::min(available, y + b.gapAfter);
            break;
        case Block::Kind::Text: {
            const qreal before = y > 0 ? b.gapBefore : 0;
            const qreal needed = before + b.height + (b.keepWithNext ? firstChunk(i + 1) : 0);
            if (y > 0 && y + needed > available)
                newPage();
            y += y > 0 ? b.gapBefore : 0;
            pages.last().push_back({i, y, 0, 0});
            y += b.height + b.gapAfter;
            break;
        }
        case Block::Kind::Table: {
            const TableBlock &table = *b.table;
            QVector<QPair<int, int>> runs = table.paginate(available - y, available);
            // No row left alone at the top of the table's last page: it takes one more along.
            const auto rows = [](const QPair<int, int> &run) {
                return run.second - run.first;
            };
            if (runs.size() > 1 && rows(runs.constLast()) == 1 &&
                rows(runs.at(runs.size() - 2)) > 2) {
                --runs[runs.size() - 2].second;
                --runs.last().first;
            }
            for (int r = 0; r < runs.size(); ++r) {
                const auto [from, to] = runs.at(r);
                if (r > 0 && !pages.last().isEmpty())
                    newPage();
                if (from == to && table.rowCount() > 0) {
                    // Not a row fits under what stands above: the table starts on the next
                    // page (TableBlock::paginate plans the next run for a whole page).
                    newPage();
                    continue;
                }
                pages.last().push_back({i, y, from, to});
                y += table.height(from, to);
            }
            y += b.gapAfter;
            break;
        }
        }
    }
    return pages;
}

int DocumentFlow::pageCount() const
{
    return int(plan().size());
}

bool DocumentFlow::paint(const ReportDocument::Progress &progress)
{
    const QVector<Page> pages = plan();
    const QRectF content = m_canvas.content();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !m_canvas.newPage())
            return false;
        for (const Placement &place : pages.at(p)) {
            const Block &b = m_blocks.at(place.block);
            if (b.kind == Block::Kind::Table) {
                b.table->paint(m_canvas, content.top() + place.y, place.from, place.to);
                continue;
            }
            // A millimetre to spare, as measuring and painting round differently.
            const QRectF rect(content.left() + b.indent, content.top() + place.y,
                              content.width() - b.indent, b.height + m_canvas.mm(1));
            m_canvas.drawText(rect, b.font, b.text, b.flags | Qt::AlignTop);
        }
        paintFooter(p + 1, int(pages.size()));
        if (progress && !progress(p + 1, int(pages.size())))
            return false;
    }
    return true;
}

void DocumentFlow::paintFooter(int page, int pages)
{
    const PageStyle &style = m_canvas.style();
    const QFont font = style.font(style.smallPt);
    const QRectF content = m_canvas.content();
    const qreal height = m_canvas.lineHeight(font);
    const QRectF band(content.left(), content.bottom() - height, content.width(), height);
    m_canvas.setLine(0.2);
    m_canvas.painter().drawLine(QPointF(band.left(), band.top() - m_canvas.mm(1.5)),
                                QPointF(band.right(), band.top() - m_canvas.mm(1.5)));
    const QString number = m_pageNumber.arg(m_locale.toString(page), m_locale.toString(pages));
    const qreal numberWidth = m_canvas.textWidth(font, number) + m_canvas.mm(4);
    const QString caption = QFontMetricsF(font, m_canvas.painter().device())
                                .elidedText(m_caption, Qt::ElideRight, band.width() - numberWidth);
    m_canvas.drawText(band, font, caption, Qt::AlignLeft | Qt::AlignVCenter);
    m_canvas.drawText(band, font, number, Qt::AlignRight | Qt::AlignVCenter);
}

QString DocumentFlow::dump() const
{
    QString text;
    const auto line = [&text](const char *key, const QString &value) {
        // One line each, whatever the text's own line breaks.
        text += QLatin1String(key) + QStringLiteral(": ") +
                QString(value).replace(QLatin1Char('\n'), QStringLiteral(" / ")) +
                QLatin1Char('\n');
    };
    for (const Block &b : m_blocks) {
        switch (b.kind) {
        case Block::Kind::Text:
            line(b.keepWithNext ? "heading" : "text", b.text);
            break;
        case Block::Kind::Table:
            for (const QString &row : b.dump)
                text += QString(row).replace(QLatin1Char('\n'), QStringLiteral(" / ")) +
                        QLatin1Char('\n');
            break;
        case Block::Kind::Space:
            break;
        }
    }
    return text;
}

bool DocumentFlow::print(QPagedPaintDevice *device, QPageLayout::Orientation orientation,
                         const std::function<void(DocumentFlow &)> &compose,
                         const ReportDocument::Progress &progress)
{
    PageCanvas canvas(device, PageStyle::defaults(), orientation);
    DocumentFlow flow(canvas);
    compose(flow); // measured with the device's metrics before painting begins
    if (!canvas.begin())
        return false;
    const bool painted = flow.paint(progress);
    const bool ended = canvas.end();
    return painted && ended;
}

QString DocumentFlow::dump(QPageLayout::Orientation orientation,
                           const std::function<void(DocumentFlow &)> &compose)
{
    // A writer that is never begun: it only lends its metrics to the measuring.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    PageCanvas canvas(&writer, PageStyle::defaults(), orientation);
    DocumentFlow flow(canvas);
    compose(flow);
    return flow.dump();
}

} // namespace akim::report
