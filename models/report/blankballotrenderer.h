#pragma once

#include "report/blankballot.h"
#include "report/reportlanguage.h"
#include "report/tableblock.h"

#include <QPageLayout>
#include <QVector>

#include <functional>

class QPagedPaintDevice;

namespace akim::report {

class PageCanvas;

// Paints blank paper ballots: per member, a title block (contest, commission, stage, member,
// how to fill it in, the criteria in words), the table of nominees × criteria with an empty box
// per cell and a total column (the rows of a declared conflict struck through and marked
// recused), the header repeated on every page, and the signature lines on the last page with at
// least two rows of the table, never alone. Each ballot starts on a new page and numbers its
// own pages: "Page 2 of 3".
class BlankBallotRenderer
{
public:
    BlankBallotRenderer(PageCanvas &canvas, const ReportLanguage &language);

    // Paints `ballots` one after another onto `device`, in an orientation that fits the widest.
    // `progress(done)` is asked after each ballot; returning false stops. False when stopped or
    // when the device failed.
    static bool render(const QVector<BlankBallot> &ballots, const ReportLanguage &language,
                       QPagedPaintDevice *device,
                       const std::function<bool(int done)> &progress = {});

    // Portrait while the criteria leave the nominee column room enough, else landscape.
    static QPageLayout::Orientation orientationFor(int criteria);

    int pageCount(const BlankBallot &ballot) const;
    // Paints one ballot; returns its page count. The canvas must have begun.
    int paint(const BlankBallot &ballot);

private:
    // The document's words, translated once in its language.
    struct Words
    {
        QString title, number, nominee[2], total, abstained, recused, instruction, conflictNote,
            criteria, continued, page, signature, date, contestYear, stage[2], role[4];
    };
    struct Plan
    {
        TableBlock table;
        QVector<QPair<int, int>> runs; // table rows per page
    };

    Plan plan(const BlankBallot &ballot) const;
    TableBlock table(const BlankBallot &ballot) const;
    // Each block measures itself (`top` < 0) or paints itself at `top`, and returns its height
    // either way: one function for both, so the page plan and the painted page cannot differ.
    qreal titleBlock(const BlankBallot &ballot, qreal top) const;
    qreal runningHead(const BlankBallot &ballot, qreal top) const;
    qreal signatureBlock(const BlankBallot &ballot, qreal top) const;
    qreal text(qreal top, const QFont &font, const QString &text, int flags, qreal left = 0,
               qreal width = -1) const;
    qreal footerHeight() const;
    void footer(const BlankBallot &ballot, int page, int pages);

    PageCanvas &m_canvas;
    const ReportLanguage m_language; // a copy: cheap, and safe from a temporary
    Words m_words;
    bool m_started = false; // a ballot has been painted: the next one starts a new page
};

} // namespace akim::report
