#include "report/pagecanvas.h"

#include <QPageSize>
#include <QPagedPaintDevice>

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
        m_painter.end();
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
    return m_painter.end();
}

bool PageCanvas::newPage()
{
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
    m_fonts.push_back(
        std::make_unique<FontCache>(FontCache{font, QFontMetricsF(font, m_device), {}}));
    return *m_fonts.back();
}

qreal PageCanvas::advance(const QFont &font, const QString &text) const
{
    FontCache &entry = cache(font);
    auto it = entry.advances.constFind(text);
    if (it == entry.advances.constEnd())
        it = entry.advances.insert(text, entry.metrics.horizontalAdvance(text));
    return it.value();
}

QStringList PageCanvas::wrap(const QFont &font, const QString &text, qreal width) const
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
    const qsizetype lines = wrap(font, text, width).size();
    return fm.height() + qreal(lines - 1) * fm.lineSpacing();
}

qreal PageCanvas::lineHeight(const QFont &font) const
{
    return metrics(font).height();
}

qreal PageCanvas::textWidth(const QFont &font, const QString &text) const
{
    return advance(font, text);
}

qreal PageCanvas::drawText(const QRectF &rect, const QFont &font, const QString &text, int flags)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    if (flags & Qt::AlignJustify) {
        QRectF used;
        m_painter.drawText(rect, flags | Qt::TextWordWrap, text, &used);
        return used.height();
    }
    // Lines are broken here, at spaces, with the words' widths cached, and each is drawn at its
    // baseline: QPainter's rectangle form lays every cell out with QTextLayout again, which was
    // most of a long protocol's time. textHeight() breaks the same way, so plans hold.
    const QFontMetricsF &fm = metrics(font);
    const QStringList lines = wrap(font, text, rect.width());
    const qreal height = fm.height() + qreal(lines.size() - 1) * fm.lineSpacing();
    qreal y = rect.top();
    if (flags & Qt::AlignVCenter)
        y += (rect.height() - height) / 2;
    else if (flags & Qt::AlignBottom)
        y += rect.height() - height;
    for (const QString &line : lines) {
        const qreal width = advance(font, line);
        qreal x = rect.left();
        if (flags & Qt::AlignHCenter)
            x += (rect.width() - width) / 2;
        else if (flags & Qt::AlignRight)
            x += rect.width() - width;
        if (!line.isEmpty())
            m_painter.drawText(QPointF(x, y + fm.ascent()), line);
        y += fm.lineSpacing();
    }
    return height;
}

void PageCanvas::setLine(qreal widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(widthMm));
    m_painter.setPen(pen);
}

} // namespace akim::report
