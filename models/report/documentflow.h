#pragma once

#include "report/reportdocument.h"
#include "report/tableblock.h"

#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class QPagedPaintDevice;

namespace akim::report {

class PageCanvas;

// A document that runs from page to page: lines of text and tables one under the other, a table
// split between pages with its header repeated, a heading kept on the page of what follows it,
// and on every page a footer with a caption at the left and "Page X of Y" at the right. The
// pages are planned once with the canvas's metrics, so the page count is known before the
// first page is painted and every page is painted as planned.
//
//   DocumentFlow::print(device, QPageLayout::Portrait, [&](DocumentFlow &flow) {
//       flow.addText(…); flow.addTable(…); flow.setFooter(…);
//   }, progress);
class DocumentFlow
{
public:
    explicit DocumentFlow(PageCanvas &canvas);

    const PageCanvas &canvas() const { return m_canvas; }

    // `text` wrapped within the content width less `indentMm`, `gapAfterMm` under it.
    void addText(const QString &text, const QFont &font, int flags = Qt::AlignLeft,
                 qreal gapAfterMm = 1.5, qreal indentMm = 0);
    // A heading: `gapBeforeMm` above it unless it opens a page, and never the last thing on a
    // page: it moves on with the start of what follows (a text, or a table's first rows).
    void addHeading(const QString &text, const QFont &font, qreal gapBeforeMm = 4,
                    qreal gapAfterMm = 1.5);
    // A table of `rows` under a header of `columns` (see TableBlock), rows at least
    // `minRowHeightMm` high.
    void addTable(const QVector<TableColumn> &columns, const QVector<QVector<TableCell>> &rows,
                  qreal minRowHeightMm = 6, qreal gapAfterMm = 3);
    void addSpace(qreal mm);

    // What is added between these stays on one page when it fits on one: it starts a new page
    // rather than break. A group taller than a page flows as usual.
    void beginGroup();
    void endGroup();

    // The footer of every page: `caption` at the left (cut short to leave the number room) and
    // `pageNumber` with %1 the page and %2 the count at the right, in `locale`'s digits.
    void setFooter(const QString &caption, const QString &pageNumber, const QLocale &locale);

    int pageCount() const;
    // Paints every page; the canvas must have begun. `progress` is asked after each page.
    bool paint(const ReportDocument::Progress &progress = {});

    // Every text and table cell in order, one line each ("text: …", "table: a | b",
    // "row: a | b"): what the document says, without positions, for golden files.
    QString dump() const;

    // The print() of a flowing document: an A4 canvas in `orientation` on `device`, filled by
    // `compose`, planned, painted and ended. False when stopped or when the device failed.
    static bool print(QPagedPaintDevice *device, QPageLayout::Orientation orientation,
                      const std::function<void(DocumentFlow &)> &compose,
                      const ReportDocument::Progress &progress = {});
    // The same without painting: the text `compose` adds, as dump() gives it.
    static QString dump(QPageLayout::Orientation orientation,
                        const std::function<void(DocumentFlow &)> &compose);

private:
    struct Block
    {
        enum class Kind { Text, Table, Space } kind = Kind::Text;
        QString text;
        QFont font;
        int flags = Qt::AlignLeft;
        qreal indent = 0;
        qreal gapBefore = 0; // dropped at the top of a page
        qreal gapAfter = 0;
        qreal height = 0; // of the text
        bool keepWithNext = false;
        int groupEnd = -1; // a group starts here and ends before this block
        std::shared_ptr<const TableBlock> table;
        QStringList dump; // the table's text, one line per row, for dump()
    };
    // One block, or one run of a table's rows, at `y` on a page.
    struct Placement
    {
        int block = 0;
        qreal y = 0;
        int from = 0;
        int to = 0;
    };
    using Page = QVector<Placement>;

    QVector<Page> plan() const;
    // The least of `block` that must stand on the page where it starts.
    qreal firstChunk(int block) const;
    // Blocks [from, to) laid out whole, as a group needs them.
    qreal wholeHeight(int from, int to) const;
    qreal footerHeight() const;
    void paintFooter(int page, int pages);

    PageCanvas &m_canvas;
    QVector<Block> m_blocks;
    int m_openGroup = -1;
    QString m_caption;
    QString m_pageNumber = QStringLiteral("%1 / %2");
    QLocale m_locale;
};

} // namespace akim::report
