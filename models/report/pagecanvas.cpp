#include "report/pagecanvas.h"

#include <QFontMetricsF>
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
    m_device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, m_style.marginsMm,
                                        QPageLayout::Millimeter));
    m_content = contentFor(orientation);
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
    return m_device->newPage();
}

qreal PageCanvas::mm(qreal millimetres) const
{
    return millimetres * m_device->logicalDpiX() / 25.4;
}

qreal PageCanvas::textHeight(const QFont &font, const QString &text, qreal width, int flags) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(font, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e9), flags | Qt::TextWordWrap, text).height();
}

qreal PageCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).height();
}

qreal PageCanvas::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

qreal PageCanvas::drawText(const QRectF &rect, const QFont &font, const QString &text, int flags)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    QRectF used;
    m_painter.drawText(rect, flags | Qt::TextWordWrap, text, &used);
    return used.height();
}

void PageCanvas::setLine(qreal widthMm)
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(widthMm));
    m_painter.setPen(pen);
}

} // namespace akim::report
