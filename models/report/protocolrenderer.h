#pragma once

#include "report/protocoltext.h"
#include "report/reportdocument.h"
#include "report/tableblock.h"

#include <QPageLayout>
#include <QPair>
#include <QVector>

#include <optional>

class QPagedPaintDevice;

namespace akim::report {

class PageCanvas;

// Lays a worded protocol out on A4 and paints it: the body portrait, from the title to the
// signatures (never alone on a page: the vote and the attachment note go with them), then
// appendix 1 on its own pages, landscape when its columns need it, its header repeated on
// every page and the chair's and secretary's signatures after it. Every page carries the draft
// mark (until finalised), the SHA-256 footer and "Page X of Y" over the whole document.
class ProtocolRenderer
{
public:
    ProtocolRenderer(PageCanvas &canvas, const ProtocolText &text);

    // The whole document on `device` (not begun). False when stopped through `progress` or
    // when the device failed.
    static bool render(const ProtocolText &text, QPagedPaintDevice *device,
                       const ReportDocument::Progress &progress = {});

    // The orientation the appendix needs for the text's columns.
    static QPageLayout::Orientation appendixOrientation(const ProtocolText &text);

    int bodyPages() const { return int(m_bodyPages.size()); }
    int appendixPages() const { return int(m_tableRuns.size()); }
    int pageCount() const { return bodyPages() + appendixPages(); }

private:
    // Each block measures itself (`top` < 0) or paints itself at `top`, and returns its height
    // either way, so the plan and the painted page cannot differ.
    qreal block(const ProtocolBlock &block, qreal top) const;
    qreal header(qreal top) const; // the draft mark
    qreal footerHeight() const;
    void footer(int page, int pages);
    qreal appendixHead(qreal top) const;
    qreal signatures(const QVector<ProtocolBlock> &blocks, qreal top) const;
    QString attachmentText(int pages) const;
    void plan();

    PageCanvas &m_canvas;
    ProtocolText m_text;
    QPageLayout::Orientation m_appendixOrientation;
    QVector<QPair<int, int>> m_bodyPages; // body blocks [from, to) per page
    std::optional<TableBlock> m_table;
    QVector<QPair<int, int>> m_tableRuns; // table rows per appendix page
};

} // namespace akim::report
