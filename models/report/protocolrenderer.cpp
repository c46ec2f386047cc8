#include "report/protocolrenderer.h"

#include "report/pagecanvas.h"

#include <algorithm>

namespace akim::report {
namespace {

// Millimetres.
constexpr qreal kRowMm = 7;
constexpr qreal kMinNameMm = 45;
constexpr qreal kIndentMm = 6;
constexpr qreal kRoleMm = 80;
constexpr qreal kSignLineMm = 40;
// PROTOCOL.md: never leave the signature block alone on the last page; carry at least two
// pieces of text (here the vote and the attachment note, or two table rows) with it.
constexpr int kCarriedWithSignatures = 2;

qreal fixedWidthMm(const ProtocolText &text)
{
    qreal sum = 0;
    for (const ProtocolColumn &c : text.columns)
        sum += c.widthMm;
    return sum;
}

} // namespace

ProtocolRenderer::ProtocolRenderer(PageCanvas &canvas, const ProtocolText &text)
    : m_canvas(canvas)
    , m_text(text)
    , m_appendixOrientation(appendixOrientation(text))
{
    plan();
}

QPageLayout::Orientation ProtocolRenderer::appendixOrientation(const ProtocolText &text)
{
    const QMarginsF margins = PageStyle().marginsMm;
    const qreal portraitMm = 210 - margins.left() - margins.right();
    return portraitMm - fixedWidthMm(text) >= kMinNameMm ? QPageLayout::Portrait
                                                         : QPageLayout::Landscape;
}

bool ProtocolRenderer::render(const ProtocolText &text, QPagedPaintDevice *device,
                              const ReportDocument::Progress &progress)
{
    PageCanvas canvas(device, PageStyle::defaults(), QPageLayout::Portrait);
    ProtocolRenderer renderer(canvas, text);
    if (!canvas.begin())
        return false;
    const int pages = renderer.pageCount();
    int page = 0;
    const auto pageDone = [&] {
        renderer.footer(page + 1, pages);
        ++page;
        return !progress || progress(page, pages);
    };
    for (const auto &[from, to] : std::as_const(renderer.m_bodyPages)) {
        if (page > 0 && !canvas.newPage())
            return false;
        qreal y = renderer.header(0);
        for (int i = from; i < to; ++i)
            y += renderer.block(renderer.m_text.body.at(i), y);
        if (!pageDone()) {
            canvas.end();
            return false;
        }
    }
    canvas.setOrientation(renderer.m_appendixOrientation);
    const TableBlock &table = *renderer.m_table;
    for (int run = 0; run < renderer.m_tableRuns.size(); ++run) {
        if (!canvas.newPage())
            return false;
        qreal y = renderer.header(0);
        if (run == 0)
            y += renderer.appendixHead(y);
        const auto [from, to] = renderer.m_tableRuns.at(run);
        if (to > from || run == 0)
            y = table.paint(canvas, y, from, to);
        if (run + 1 == renderer.m_tableRuns.size())
            renderer.signatures(renderer.m_text.appendixSignatures, y + canvas.mm(6));
        if (!pageDone()) {
            canvas.end();
            return false;
        }
    }
    return canvas.end();
}

QString ProtocolRenderer::attachmentText(int pages) const
{
    return m_text.body.at(m_text.attachment).text.arg(pages);
}

void ProtocolRenderer::plan()
{
    // The appendix first: the attachment note in the body names its page count.
    const QRectF wide = m_canvas.contentFor(m_appendixOrientation);
    QVector<TableColumn> columns;
    for (const ProtocolColumn &c : std::as_const(m_text.columns))
        columns.push_back({c.header, c.widthMm, c.centred});
    m_table.emplace(m_canvas, columns, kRowMm, wide.width());
    TableBlock &table = *m_table;
    for (const QStringList &row : std::as_const(m_text.rows)) {
        QVector<TableCell> cells;
        cells.reserve(row.size());
        for (const QString &cell : row)
            cells.push_back({TableCell::Kind::Text, cell, {}});
        table.addRow(cells);
    }
    const qreal pageHeight = wide.height() - header(-1) - footerHeight();
    const qreal firstHeight = pageHeight - appendixHead(-1);
    m_tableRuns = table.paginate(firstHeight, pageHeight);
    // The signatures after the table, with at least two rows above them on their page.
    const qreal signing = m_canvas.mm(6) + signatures(m_text.appendixSignatures, -1);
    auto &last = m_tableRuns.last();
    const qreal lastSpace = m_tableRuns.size() == 1 ? firstHeight : pageHeight;
    if (table.height(last.first, last.second) + signing > lastSpace) {
        const int carried = std::min(kCarriedWithSignatures, last.second - last.first);
        const int split = last.second - carried;
        const int end = last.second;
        last.second = split;
        m_tableRuns.push_back({split, end});
    }

    if (m_text.attachment >= 0)
        m_text.body[m_text.attachment].text = attachmentText(int(m_tableRuns.size()));

    // The body, portrait.
    const qreal space = m_canvas.content().height() - header(-1) - footerHeight();
    QVector<qreal> heights;
    for (const ProtocolBlock &b : std::as_const(m_text.body))
        heights.push_back(block(b, -1));
    const int firstSignature = int(std::find_if(m_text.body.cbegin(), m_text.body.cend(),
                                                [](const ProtocolBlock &b) {
                                                    return b.kind == ProtocolBlock::Kind::Signature;
                                                }) -
                                   m_text.body.cbegin());
    const int keepFrom = std::max(0, firstSignature - kCarriedWithSignatures);
    int from = 0;
    qreal used = 0;
    for (int i = 0; i < m_text.body.size(); ++i) {
        qreal needed = heights.at(i);
        if (i == keepFrom && firstSignature < m_text.body.size()) {
            // The vote, the attachment note and the whole signature block together, when
            // they fit on one page at all.
            qreal group = 0;
            for (int j = keepFrom; j < m_text.body.size(); ++j)
                group += heights.at(j);
            if (group <= space)
                needed = group;
        } else if (m_text.body.at(i).kind == ProtocolBlock::Kind::Label &&
                   i + 1 < m_text.body.size()) {
            needed += heights.at(i + 1); // a heading never ends a page
        }
        if (used > 0 && used + needed > space) {
            m_bodyPages.push_back({from, i});
            from = i;
            used = 0;
        }
        used += heights.at(i);
    }
    m_bodyPages.push_back({from, int(m_text.body.size())});
}

qreal ProtocolRenderer::block(const ProtocolBlock &b, qreal top) const
{
    const PageStyle &style = m_canvas.style();
    const QRectF content = m_canvas.content();
    const bool paint = top >= 0;
    auto &canvas = m_canvas;
    const auto text = [&](const QFont &font, const QString &s, int flags, qreal left, qreal width,
                          qreal y) {
        if (paint)
            canvas.drawText(QRectF(content.left() + left, y, width, content.height()), font, s,
                            flags | Qt::AlignTop);
        return canvas.textHeight(font, s, width, flags);
    };
    const QFont font = style.font(style.textPt);
    const qreal width = content.width();
    switch (b.kind) {
    case ProtocolBlock::Kind::Organisation:
        return text(font, b.text, Qt::AlignHCenter, 0, width, top) + m_canvas.mm(4);
    case ProtocolBlock::Kind::Title:
        return text(style.font(style.titlePt, true), b.text, Qt::AlignHCenter, 0, width, top) +
               m_canvas.mm(5);
    case ProtocolBlock::Kind::CityDate: {
        const qreal h = text(font, b.text, Qt::AlignLeft, 0, width / 2, top);
        return std::max(h, text(font, b.right, Qt::AlignRight, width / 2, width / 2, top)) +
               m_canvas.mm(5);
    }
    case ProtocolBlock::Kind::Label: {
        const qreal gap = m_canvas.mm(2.5);
        return gap +
               text(style.font(style.textPt, true), b.text, Qt::AlignLeft, 0, width, top + gap) +
               m_canvas.mm(1);
    }
    case ProtocolBlock::Kind::Paragraph:
        return text(font, b.text, Qt::AlignJustify, 0, width, top) + m_canvas.mm(2);
    case ProtocolBlock::Kind::Line: {
        const qreal indent = m_canvas.mm(kIndentMm);
        return text(font, b.text, Qt::AlignLeft, indent, width - indent, top) + m_canvas.mm(1);
    }
    case ProtocolBlock::Kind::Signature: {
        const qreal gap = m_canvas.mm(6); // room to sign above the line
        const qreal role = m_canvas.mm(kRoleMm);
        const qreal line = m_canvas.mm(kSignLineMm);
        const qreal h = std::max(text(font, b.text, Qt::AlignLeft, 0, role, top + gap),
                                 text(font, b.right, Qt::AlignLeft, role + line + m_canvas.mm(4),
                                      width - role - line - m_canvas.mm(4), top + gap));
        if (paint) {
            const qreal baseline = top + gap + m_canvas.lineHeight(font);
            m_canvas.painter().drawLine(QPointF(content.left() + role, baseline),
                                        QPointF(content.left() + role + line, baseline));
        }
        return gap + h;
    }
    }
    return 0;
}

qreal ProtocolRenderer::signatures(const QVector<ProtocolBlock> &blocks, qreal top) const
{
    qreal h = 0;
    for (const ProtocolBlock &b : blocks)
        h += block(b, top < 0 ? -1 : top + h);
    return h;
}

qreal ProtocolRenderer::header(qreal top) const
{
    if (m_text.draft.isEmpty())
        return 0;
    const PageStyle &style = m_canvas.style();
    const QFont font = style.font(style.smallPt, true, true);
    const QRectF content = m_canvas.content();
    if (top >= 0)
        m_canvas.drawText(QRectF(content.left(), top, content.width(), content.height()), font,
                          m_text.draft, Qt::AlignHCenter | Qt::AlignTop);
    return m_canvas.textHeight(font, m_text.draft, content.width(), Qt::AlignHCenter) +
           m_canvas.mm(3);
}

qreal ProtocolRenderer::appendixHead(qreal top) const
{
    const PageStyle &style = m_canvas.style();
    const QRectF content = m_canvas.contentFor(m_appendixOrientation);
    const qreal stampWidth = m_canvas.mm(90);
    const QFont font = style.font(style.textPt);
    const QFont bold = style.font(style.textPt, true);
    const qreal stamp = m_canvas.textHeight(font, m_text.appendixStamp, stampWidth);
    const qreal title =
        m_canvas.textHeight(bold, m_text.appendixTitle, content.width(), Qt::AlignHCenter);
    if (top >= 0) {
        m_canvas.drawText(QRectF(content.right() - stampWidth, top, stampWidth, stamp), font,
                          m_text.appendixStamp);
        m_canvas.drawText(
            QRectF(content.left(), top + stamp + m_canvas.mm(4), content.width(), title), bold,
            m_text.appendixTitle, Qt::AlignHCenter | Qt::AlignTop);
    }
    return stamp + m_canvas.mm(4) + title + m_canvas.mm(4);
}

qreal ProtocolRenderer::footerHeight() const
{
    const PageStyle &style = m_canvas.style();
    const QFont font = style.font(style.smallPt);
    // Measured for the narrower (portrait) page, so the plan holds for both orientations.
    const qreal width = m_canvas.contentFor(QPageLayout::Portrait).width() - m_canvas.mm(35);
    return m_canvas.mm(3) +
           std::max(m_canvas.textHeight(font, m_text.footer, width), m_canvas.lineHeight(font));
}

void ProtocolRenderer::footer(int page, int pages)
{
    const PageStyle &style = m_canvas.style();
    const QFont font = style.font(style.smallPt);
    const QRectF content = m_canvas.content();
    const qreal height = footerHeight() - m_canvas.mm(3);
    const qreal top = content.bottom() - height;
    const qreal label = m_canvas.mm(32);
    m_canvas.drawText(QRectF(content.left(), top, content.width() - label - m_canvas.mm(3), height),
                      font, m_text.footer);
    m_canvas.drawText(QRectF(content.right() - label, top, label, height), font,
                      m_text.pageFormat.arg(page).arg(pages), Qt::AlignRight | Qt::AlignTop);
}

} // namespace akim::report
