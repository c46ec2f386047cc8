#include "report/pagecanvas.h"

#include <QGlyphRun>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace akim::report {

PageCanvas::PageCanvas(QPagedPaintDevice *device, const PageStyle &style,
                       QPageLayout::Orientation orientation)
    : m_device(device)
    , m_style(style)
    , m_orientation(orientation)
{
    setOrientation(orientation);
}

void PageCanvas::setOrientation(QPageLayout::Orientation orientation)
{
    m_orientation = orientation;
    const bool turned = m_device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), orientation, m_style.marginsMm, QPageLayout::Millimeter));
    // The print preview (and some printer drivers) refuse a new layout once painting began:
    // the next pages stay as they were and the painter is turned instead, so a landscape table
    // is printed across a portrait sheet rather than cut off at its right edge.
    m_rotated = !turned && m_painter.isActive() && orientation != pageOrientation();
    m_content = contentFor(orientation);
}

QPageLayout::Orientation PageCanvas::pageOrientation() const
{
    return m_device->pageLayout().orientation();
}

QRectF PageCanvas::contentFor(QPageLayout::Orientation orientation) const
{
    const QPageLayout layout(QPageSize(QPageSize::A4), orientation, m_style.marginsMm,
                             QPageLayout::Millimeter);
    const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
    return QRectF(0, 0, mm(paint.width()), mm(paint.height()));
}

PageCanvas::~PageCanvas()
{
    if (m_painter.isActive())
        end();
}

bool PageCanvas::begin()
{
    if (!m_painter.begin(m_device))
        return false;
    m_painter.setRenderHint(QPainter::Antialiasing);
    setLine();
    return true;
}

bool PageCanvas::end()
{
    paintQueuedText();
    return m_painter.end();
}

bool PageCanvas::newPage()
{
    paintQueuedText();
    if (!m_device->newPage())
        return false;
    m_painter.resetTransform();
    if (m_rotated) {
        // Landscape content on a portrait page: its top edge along the sheet's left edge.
        m_painter.translate(0, m_content.width());
        m_painter.rotate(-90);
    }
    return true;
}

qreal PageCanvas::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiX() / 25.4;
}

PageCanvas::FontCache &PageCanvas::cache(const QFont &font) const
{
    for (const auto &entry : m_fonts) {
        if (entry->font == font)
            return *entry;
    }
    const QFont onDevice(font, m_device);
    m_fonts.push_back(std::make_unique<FontCache>(
        FontCache{font, QFontMetricsF(onDevice, m_device), QRawFont::fromFont(onDevice), {}}));
    return *m_fonts.back();
}

bool PageCanvas::glyphs(const FontCache &font, QStringView text, Glyphs &out)
{
    if (!font.raw.isValid())
        return false;
    out.indexes.resize(text.size());
    int count = int(out.indexes.size());
    if (!font.raw.glyphIndexesForChars(text.data(), int(text.size()), out.indexes.data(), &count))
        return false;
    out.indexes.resize(count);
    // A character the face lacks needs QPainter's font fallback (and its measuring).
    if (std::find(out.indexes.cbegin(), out.indexes.cend(), 0u) != out.indexes.cend())
        return false;
    out.advances.resize(count);
    // PageStyle's fonts are neither shaped nor kerned, so these are QPainter's advances too.
    font.raw.advancesForGlyphIndexes(out.indexes.constData(), out.advances.data(), count,
                                     QRawFont::SeparateAdvances);
    out.width = 0;
    for (const QPointF &advance : std::as_const(out.advances))
        out.width += advance.x();
    return true;
}

qreal PageCanvas::advance(FontCache &font, const QString &text) const
{
    auto it = font.advances.constFind(text);
    if (it == font.advances.constEnd()) {
        Glyphs g;
        const qreal width = glyphs(font, text, g) ? g.width : font.metrics.horizontalAdvance(text);
        it = font.advances.insert(text, width);
    }
    return it.value();
}

QStringList PageCanvas::wrap(FontCache &font, const QString &text, qreal width) const
{
    if (!text.contains(QLatin1Char('\n')) && advance(font, text) <= width)
        return {text}; // most cells: one line that fits
    QStringList lines;
    const qreal space = advance(font, QStringLiteral(" "));
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        qreal used = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const qreal w = advance(font, word);
            if (!line.isEmpty() && used + space + w > width) {
                lines << line;
                line.clear();
                used = 0;
            }
            if (!line.isEmpty()) {
                line += QLatin1Char(' ');
                used += space;
            }
            line += word;
            used += w;
        }
        lines << line;
    }
    return lines;
}

qreal PageCanvas::textHeight(const QFont &font, const QString &text, qreal width, int flags) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF &fm = metrics(font);
    if (flags & Qt::AlignJustify)
        return fm.boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::TextWordWrap, text).height();
    const qsizetype lines = wrap(cache(font), text, width).size();
    return fm.height() + qreal(lines - 1) * fm.lineSpacing();
}

qreal PageCanvas::lineHeight(const QFont &font) const
{
    return metrics(font).height();
}

qreal PageCanvas::textWidth(const QFont &font, const QString &text) const
{
    return advance(cache(font), text);
}

qreal PageCanvas::drawText(const QRectF &rect, const QFont &font, const QString &text, int flags)
{
    if (text.isEmpty())
        return 0;
    if (flags & Qt::AlignJustify) {
        paintQueuedText(); // what was drawn before comes first in the PDF, too
        m_painter.setFont(font);
        QRectF used;
        m_painter.drawText(rect, flags | Qt::TextWordWrap, text, &used);
        return used.height();
    }
    FontCache &entry = cache(font);
    const QFontMetricsF &fm = entry.metrics;
    const auto left = [&](qreal width) {
        if (flags & Qt::AlignHCenter)
            return rect.left() + (rect.width() - width) / 2;
        if (flags & Qt::AlignRight)
            return rect.left() + rect.width() - width;
        return rect.left();
    };
    const auto top = [&](qreal height) {
        if (flags & Qt::AlignVCenter)
            return rect.top() + (rect.height() - height) / 2;
        if (flags & Qt::AlignBottom)
            return rect.top() + rect.height() - height;
        return rect.top();
    };
    // Most cells are one line that fits: its glyphs, needed to paint it, also say so, with the
    // same arithmetic advance() measured with, so the plan and the page agree.
    Glyphs g;
    if (!text.contains(QLatin1Char('\n')) && glyphs(entry, text, g) && g.width <= rect.width()) {
        queue(entry, QPointF(left(g.width), top(fm.height()) + fm.ascent()), g);
        return fm.height();
    }
    // Lines are broken here, at spaces, with the words' widths cached, and each is drawn at its
    // baseline: QPainter's rectangle form lays every cell out with QTextLayout again, which was
    // most of a long protocol's time. textHeight() breaks the same way, so plans hold.
    const QStringList lines = wrap(entry, text, rect.width());
    const qreal height = fm.height() + qreal(lines.size() - 1) * fm.lineSpacing();
    qreal y = top(height);
    for (const QString &line : lines) {
        if (!line.isEmpty()) {
            if (glyphs(entry, line, g)) {
                queue(entry, QPointF(left(g.width), y + fm.ascent()), g);
            } else {
                const QPointF baseline(left(advance(entry, line)), y + fm.ascent());
                paintQueuedText();
                m_painter.setFont(font);
                m_painter.drawText(baseline, line);
            }
        }
        y += fm.lineSpacing();
    }
    return height;
}

void PageCanvas::queue(const FontCache &font, const QPointF &baseline, const Glyphs &g)
{
    const QColor color = m_painter.pen().color();
    const QTransform &transform = m_painter.worldTransform();
    // Only the last run grows, so the text keeps the order it was drawn in: reading order for
    // whoever copies it out of the PDF or has it read aloud.
    if (m_batches.empty() || m_batches.back().font != font.raw || m_batches.back().color != color ||
        m_batches.back().transform != transform)
        m_batches.push_back(GlyphBatch{font.raw, color, transform, {}, {}});
    GlyphBatch &batch = m_batches.back();
    // Whole device pixels (1/1200 inch), rounded without adding up: the PDF then positions each
    // glyph with a short integer, not nine decimals, and has a third less to compress.
    const qreal y = std::round(baseline.y());
    qreal x = baseline.x();
    for (qsizetype i = 0; i < g.indexes.size(); ++i) {
        batch.glyphs.append(g.indexes.at(i));
        batch.positions.append(QPointF(std::round(x), y));
        x += g.advances.at(i).x();
    }
}

void PageCanvas::paintQueuedText()
{
    for (const GlyphBatch &batch : m_batches) {
        QGlyphRun run;
        run.setRawFont(batch.font);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        m_painter.save();
        m_painter.setWorldTransform(batch.transform);
        m_painter.setPen(batch.color);
        m_painter.drawGlyphRun(QPointF(0, 0), run);
        m_painter.restore();
    }
    m_batches.clear();
}

void PageCanvas::setLine(qreal widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(widthMm));
    m_painter.setPen(pen);
}

} // namespace akim::report
