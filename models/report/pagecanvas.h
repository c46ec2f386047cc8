#pragma once

#include "report/pagestyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QRawFont>
#include <QRectF>
#include <QStringList>
#include <QTransform>
#include <QVarLengthArray>

#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace akim::report {

// One QPainter on a paged device: QPdfWriter for a file, QPrinter for the printer, so both
// print through the same code. Works in device pixels with millimetre helpers; measures text
// with the metrics it paints with, so a document laid out (and its pages counted) before
// painting paints exactly as planned. Measuring works before begin().
//
//   PageCanvas canvas(&writer, PageStyle::defaults(), QPageLayout::Portrait);
//   … measure, plan the pages …
//   canvas.begin(); … paint, canvas.newPage(), paint … canvas.end();
class PageCanvas
{
public:
    // Sets A4 in `orientation` with the style's margins on `device`.
    PageCanvas(QPagedPaintDevice *device, const PageStyle &style,
               QPageLayout::Orientation orientation = QPageLayout::Portrait);
    ~PageCanvas();
    PageCanvas(const PageCanvas &) = delete;
    PageCanvas &operator=(const PageCanvas &) = delete;

    bool begin();
    // False when the device failed, e.g. the disk is full.
    bool end();
    bool isActive() const { return m_painter.isActive(); }
    // Starts the next page; the first page needs none.
    bool newPage();
    // Turns the pages from the next one on (call it right before newPage(), or before begin()):
    // a protocol's body is portrait and its wide ranking table landscape, in one document.
    // Also measures for that orientation from then on (content()).
    void setOrientation(QPageLayout::Orientation orientation);
    // The orientation of the pages the device is printing (differs from orientation() while the
    // painter is turned instead of the page).
    QPageLayout::Orientation pageOrientation() const;
    // The content rectangle an A4 page in `orientation` would have, without turning the page.
    QRectF contentFor(QPageLayout::Orientation orientation) const;

    QPainter &painter() { return m_painter; }
    const PageStyle &style() const { return m_style; }
    QPageLayout::Orientation orientation() const { return m_orientation; }

    qreal mm(qreal millimetres) const;
    // Inside the margins, in device pixels; the painter's origin is its top left.
    QRectF content() const { return m_content; }

    // Height of `text` in `font`, wrapped at words within `width`.
    qreal textHeight(const QFont &font, const QString &text, qreal width,
                     int flags = Qt::AlignLeft) const;
    qreal lineHeight(const QFont &font) const;
    qreal textWidth(const QFont &font, const QString &text) const;
    // Draws `text` wrapped within `rect`; returns the height it took.
    qreal drawText(const QRectF &rect, const QFont &font, const QString &text,
                   int flags = Qt::AlignLeft | Qt::AlignTop);
    // A line `widthMm` thick (hairline by default), as rules and box borders are drawn.
    void setLine(qreal widthMm = 0.2);

private:
    // Metrics per font, made once: a protocol measures tens of thousands of cells, and
    // resolving the font engine for each was most of the layout's time.
    struct FontCache
    {
        QFont font;
        QFontMetricsF metrics;
        QRawFont raw; // the same face at the device's resolution, for the page's glyph runs
        QHash<QString, qreal> advances; // numbers and short words repeat down a table
    };
    // Consecutive lines in one font, colour and transform, painted as one glyph run when the
    // page ends or the font changes: QPainter::drawText() would resolve the font, lay the line
    // out and open a text object in the PDF for every line of every cell, which was most of a
    // long protocol's time. Text is never under anything else on our pages, so painting it
    // after the rules and shading is safe.
    struct GlyphBatch
    {
        QRawFont font;
        QColor color;
        QTransform transform;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    // A line's glyphs in one face, without QPainter's font fallback.
    struct Glyphs
    {
        QVarLengthArray<quint32, 128> indexes;
        QVarLengthArray<QPointF, 128> advances;
        qreal width = 0;
    };
    FontCache &cache(const QFont &font) const;
    const QFontMetricsF &metrics(const QFont &font) const { return cache(font).metrics; }
    // The width drawText() paints `text` with, cached: numbers and words repeat down a table.
    qreal advance(FontCache &font, const QString &text) const;
    // False when the face lacks a character of `text`.
    static bool glyphs(const FontCache &font, QStringView text, Glyphs &out);
    // `text` broken into lines at spaces (and at "\n") to fit `width`; a word wider than that
    // stands alone on its line.
    QStringList wrap(FontCache &font, const QString &text, qreal width) const;
    void queue(const FontCache &font, const QPointF &baseline, const Glyphs &g);
    void paintQueuedText();

    QPagedPaintDevice *m_device;
    PageStyle m_style;
    QPageLayout::Orientation m_orientation;
    QPainter m_painter;
    QRectF m_content;
    bool m_rotated = false; // pages that refused to turn: the painter is turned instead
    // A handful of fonts per document: a list compared with QFont::operator== is cheaper than
    // hashing QFont::key() on every call.
    mutable std::vector<std::unique_ptr<FontCache>> m_fonts;
    std::vector<GlyphBatch> m_batches;
};

} // namespace akim::report
