#include "report/blankballotrenderer.h"

#include "report/pagecanvas.h"

#include <QFontMetricsF>

#include <algorithm>

namespace akim::report {
namespace {

// Millimetres. A box of 15 × 10 mm takes two or three hand-written digits comfortably.
constexpr qreal kNumberMm = 10;
constexpr qreal kBoxMm = 15;
constexpr qreal kMinBoxMm = 9;
constexpr qreal kTotalMm = 18;
constexpr qreal kMinNomineeMm = 60;
constexpr qreal kRowMm = 10;
constexpr qreal kCodeMm = 14;
// PROTOCOL.md: never leave the signature block alone on the last page.
constexpr int kRowsWithSignature = 2;

} // namespace

BlankBallotRenderer::BlankBallotRenderer(PageCanvas &canvas, const ReportLanguage &language)
    : m_canvas(canvas)
    , m_language(language)
{
    Words &w = m_words;
    w.title =
        language.translate("akim::report::BlankBallotRenderer", "BALLOT OF A COMMISSION MEMBER");
    //: Column of the paper ballot: the row's number
    w.number = language.translate("akim::report::BlankBallotRenderer", "No.");
    w.nominee[0] =
        language.translate("akim::report::BlankBallotRenderer", "Nominee\n(rural okrug, district)");
    w.nominee[1] = language.translate("akim::report::BlankBallotRenderer",
                                      "Nominee\n(rural okrug, district, region)");
    w.total = language.translate("akim::report::BlankBallotRenderer", "Total");
    //: Written in a box of the paper ballot for "abstained": one letter
    w.abstained = language.translate("akim::report::BlankBallotRenderer", "A");
    //: Written in a box of the paper ballot for "recused": one letter
    w.recused = language.translate("akim::report::BlankBallotRenderer", "R");
    //: %1 and %2 are the one-letter marks for "abstained" and "recused"
    w.instruction = language.translate(
        "akim::report::BlankBallotRenderer",
        "In each box enter the points, from 0 to the criterion's maximum; write %1 if you "
        "abstain, %2 if you recuse yourself.");
    w.conflictNote = language.translate(
        "akim::report::BlankBallotRenderer",
        "Rows struck through: you declared a conflict of interest with the nominee and are "
        "recused.");
    w.criteria = language.translate("akim::report::BlankBallotRenderer", "Criteria:");
    //: Heading of the ballot's later pages; %1 is the member's name
    w.continued = language.translate("akim::report::BlankBallotRenderer", "%1 — ballot, continued");
    w.page = language.translate("akim::report::BlankBallotRenderer", "Page %1 of %2");
    //: Caption under the signature line
    w.signature = language.translate("akim::report::BlankBallotRenderer", "(signature)");
    w.date = language.translate("akim::report::BlankBallotRenderer",
                                "Date: “____” ______________ 20____");
    //: %1 is the contest's title, %2 its year
    w.contestYear = language.translate("akim::report::BlankBallotRenderer", "%1, %2");
    w.stage[0] = language.translate("akim::report::BlankBallotRenderer", "Stage I (regional)");
    w.stage[1] = language.translate("akim::report::BlankBallotRenderer", "Stage II (republican)");
    w.role[int(MemberRole::Chair)] =
        language.translate("akim::report::BlankBallotRenderer", "Chair of the commission");
    w.role[int(MemberRole::Deputy)] =
        language.translate("akim::report::BlankBallotRenderer", "Deputy chair of the commission");
    w.role[int(MemberRole::Secretary)] =
        language.translate("akim::report::BlankBallotRenderer", "Secretary of the commission");
    w.role[int(MemberRole::Member)] =
        language.translate("akim::report::BlankBallotRenderer", "Member of the commission");
}

bool BlankBallotRenderer::render(const QVector<BlankBallot> &ballots,
                                 const ReportLanguage &language, QPagedPaintDevice *device,
                                 const std::function<bool(int)> &progress)
{
    int widest = 0;
    for (const BlankBallot &ballot : ballots)
        widest = std::max(widest, int(ballot.criteria.size()));
    PageCanvas canvas(device, PageStyle::defaults(), orientationFor(widest));
    if (!canvas.begin())
        return false;
    BlankBallotRenderer renderer(canvas, language);
    for (int i = 0; i < ballots.size(); ++i) {
        renderer.paint(ballots.at(i));
        if (progress && !progress(i + 1)) {
            canvas.end();
            return false;
        }
    }
    return canvas.end();
}

QPageLayout::Orientation BlankBallotRenderer::orientationFor(int criteria)
{
    const QMarginsF margins = PageStyle().marginsMm;
    const qreal portraitMm = 210 - margins.left() - margins.right();
    return portraitMm - kNumberMm - kTotalMm - criteria * kBoxMm >= kMinNomineeMm
               ? QPageLayout::Portrait
               : QPageLayout::Landscape;
}

TableBlock BlankBallotRenderer::table(const BlankBallot &ballot) const
{
    const qreal widthMm = m_canvas.content().width() / m_canvas.mm(1);
    const int criteria = int(ballot.criteria.size());
    const qreal box =
        std::clamp((widthMm - kNumberMm - kTotalMm - kMinNomineeMm) / std::max(1, criteria),
                   kMinBoxMm, kBoxMm);
    // The republican commission scores the regions' winners: where each comes from matters.
    const bool national = ballot.stage == StageKind::National;
    QVector<TableColumn> columns{{m_words.number, kNumberMm, true},
                                 {m_words.nominee[national ? 1 : 0], 0, false}};
    for (const BlankBallotCriterion &c : ballot.criteria)
        columns.push_back(
            {c.code + QLatin1Char('\n') + m_language.pointsRange(c.maxPoints), box, true});
    columns.push_back({m_words.total, kTotalMm, true});

    TableBlock table(m_canvas, columns, kRowMm);
    for (const BlankBallotNominee &n : ballot.nominees) {
        QVector<TableCell> cells;
        cells.push_back({TableCell::Kind::Text, m_language.locale().toString(n.number), {}});
        QStringList place{n.okrug, n.district};
        if (national)
            place << n.region;
        cells.push_back({TableCell::Kind::Text, n.name, place.join(QStringLiteral(", "))});
        for (int i = 0; i < criteria; ++i)
            cells.push_back(n.recused ? TableCell{TableCell::Kind::Crossed, m_words.recused, {}}
                                      : TableCell{TableCell::Kind::Box, {}, {}});
        cells.push_back({n.recused ? TableCell::Kind::Crossed : TableCell::Kind::Box, {}, {}});
        table.addRow(cells);
    }
    return table;
}

BlankBallotRenderer::Plan BlankBallotRenderer::plan(const BlankBallot &ballot) const
{
    const qreal available = m_canvas.content().height() - footerHeight();
    const qreal title = titleBlock(ballot, -1);
    const qreal head = runningHead(ballot, -1);
    Plan plan{table(ballot), {}};
    plan.runs = plan.table.paginate(available - title, available - head);

    // The signature stands with at least two rows of the table (PROTOCOL.md). A last page with
    // fewer takes them from the page before, which keeps one at least.
    QVector<QPair<int, int>> &runs = plan.runs;
    const auto rows = [](const QPair<int, int> &run) {
        return run.second - run.first;
    };
    if (runs.size() > 1 && rows(runs.constLast()) < kRowsWithSignature) {
        QPair<int, int> &before = runs[runs.size() - 2];
        const int taken = std::min(kRowsWithSignature - rows(runs.constLast()), rows(before) - 1);
        if (taken > 0) {
            before.second -= taken;
            runs.last().first -= taken;
        }
    }
    // If the signature does not fit under the last rows, two of them go with it to a new page.
    const QPair<int, int> last = runs.constLast();
    const qreal bottom =
        (runs.size() == 1 ? title : head) + plan.table.height(last.first, last.second);
    if (bottom + signatureBlock(ballot, -1) > available) {
        const int moving = std::min(kRowsWithSignature, rows(last));
        runs.last().second -= moving;
        if (runs.size() > 1 && rows(runs.constLast()) == 0)
            runs.removeLast();
        runs.push_back({last.second - moving, last.second});
    }
    return plan;
}

int BlankBallotRenderer::pageCount(const BlankBallot &ballot) const
{
    return int(plan(ballot).runs.size());
}

int BlankBallotRenderer::paint(const BlankBallot &ballot)
{
    const Plan plan = this->plan(ballot);
    const int pages = int(plan.runs.size());
    for (int page = 0; page < pages; ++page) {
        if (m_started)
            m_canvas.newPage();
        m_started = true;
        qreal y = page == 0 ? titleBlock(ballot, 0) : runningHead(ballot, 0);
        const auto [from, to] = plan.runs.at(page);
        if (from < to || plan.table.rowCount() == 0)
            y = plan.table.paint(m_canvas, y, from, to);
        if (page == pages - 1)
            signatureBlock(ballot, y);
        footer(ballot, page + 1, pages);
    }
    return pages;
}

qreal BlankBallotRenderer::text(qreal top, const QFont &font, const QString &text, int flags,
                                qreal left, qreal width) const
{
    const QRectF content = m_canvas.content();
    if (width < 0)
        width = content.width() - left;
    // Painting returns the measured height too, so the plan and the page agree to the pixel.
    const qreal height = m_canvas.textHeight(font, text, width, flags);
    if (top >= 0)
        m_canvas.drawText(QRectF(content.left() + left, top, width, height + m_canvas.mm(1)), font,
                          text, flags | Qt::AlignTop);
    return height;
}

qreal BlankBallotRenderer::titleBlock(const BlankBallot &ballot, qreal top) const
{
    const PageStyle &style = m_canvas.style();
    const bool paint = top >= 0;
    qreal y = 0;
    const auto put = [&](const QFont &font, const QString &line, int flags, qreal gapMm) {
        y += text(paint ? top + y : -1, font, line, flags) + m_canvas.mm(gapMm);
    };
    const QFont body = style.font(style.textPt);
    put(body, m_words.contestYear.arg(ballot.contestTitle).arg(ballot.year), Qt::AlignHCenter, 1);
    put(body, ballot.commission, Qt::AlignHCenter, 1);
    put(body, m_words.stage[ballot.stage == StageKind::National ? 1 : 0], Qt::AlignHCenter, 6);
    put(style.font(style.titlePt, true), m_words.title, Qt::AlignHCenter, 6);
    QString member =
        m_words.role[int(ballot.memberRole)] + QStringLiteral(": ") + ballot.memberName;
    if (!ballot.memberPosition.isEmpty())
        member += QStringLiteral(", ") + ballot.memberPosition;
    put(body, member, Qt::AlignLeft, 3);
    QString instruction = m_words.instruction.arg(m_words.abstained, m_words.recused);
    if (ballot.hasConflicts())
        instruction += QLatin1Char(' ') + m_words.conflictNote;
    put(style.font(style.tablePt, false, true), instruction, Qt::AlignLeft, 3);

    // The criteria in words, so the table's columns can be headed by their codes alone.
    put(style.font(style.tablePt, true), m_words.criteria, Qt::AlignLeft, 1);
    const QFont code = style.font(style.tablePt, true);
    const QFont title = style.font(style.tablePt);
    const qreal indent = m_canvas.mm(kCodeMm);
    for (const BlankBallotCriterion &c : ballot.criteria) {
        const QString words =
            c.title + QStringLiteral(" (") + m_language.pointsRange(c.maxPoints) + QLatin1Char(')');
        const qreal h = std::max(text(paint ? top + y : -1, code, c.code, Qt::AlignLeft),
                                 text(paint ? top + y : -1, title, words, Qt::AlignLeft, indent));
        y += h + m_canvas.mm(0.8);
    }
    return y + m_canvas.mm(4);
}

qreal BlankBallotRenderer::runningHead(const BlankBallot &ballot, qreal top) const
{
    const PageStyle &style = m_canvas.style();
    return text(top, style.font(style.smallPt, false, true),
                m_words.continued.arg(ballot.memberName), Qt::AlignLeft) +
           m_canvas.mm(3);
}

qreal BlankBallotRenderer::signatureBlock(const BlankBallot &ballot, qreal top) const
{
    const PageStyle &style = m_canvas.style();
    const bool paint = top >= 0;
    const QFont body = style.font(style.textPt);
    const QFont caption = style.font(style.smallPt, false, true);
    const qreal width = m_canvas.content().width();
    // Role at the left, the line in the middle, the name at the right (PROTOCOL.md, item 13).
    const qreal lineLeft = width * 0.36;
    const qreal lineRight = width * 0.66;
    const qreal nameLeft = width * 0.69;
    const qreal row = m_canvas.mm(12);
    const qreal role = text(paint ? top + row : -1, body, m_words.role[int(ballot.memberRole)],
                            Qt::AlignLeft, 0, lineLeft - m_canvas.mm(3));
    const qreal name = text(paint ? top + row : -1, body, ballot.memberName, Qt::AlignLeft,
                            nameLeft, width - nameLeft);
    // The line where the first line of text stands, its caption right under it.
    const qreal line = m_canvas.lineHeight(body);
    if (paint) {
        const qreal x = m_canvas.content().left();
        m_canvas.painter().drawLine(QPointF(x + lineLeft, top + row + line),
                                    QPointF(x + lineRight, top + row + line));
    }
    const qreal captionTop = row + line + m_canvas.mm(0.5);
    const qreal captionHeight = text(paint ? top + captionTop : -1, caption, m_words.signature,
                                     Qt::AlignHCenter, lineLeft, lineRight - lineLeft);
    qreal y = std::max({row + role, row + name, captionTop + captionHeight});
    y += m_canvas.mm(6);
    y += text(paint ? top + y : -1, body, m_words.date, Qt::AlignLeft);
    return y;
}

qreal BlankBallotRenderer::footerHeight() const
{
    const PageStyle &style = m_canvas.style();
    return m_canvas.lineHeight(style.font(style.smallPt)) + m_canvas.mm(6);
}

void BlankBallotRenderer::footer(const BlankBallot &ballot, int page, int pages)
{
    const PageStyle &style = m_canvas.style();
    const QFont font = style.font(style.smallPt);
    const QRectF content = m_canvas.content();
    const qreal height = m_canvas.lineHeight(font);
    const QRectF band(content.left(), content.bottom() - height, content.width(), height);
    m_canvas.painter().drawLine(QPointF(band.left(), band.top() - m_canvas.mm(1.5)),
                                QPointF(band.right(), band.top() - m_canvas.mm(1.5)));
    const QString number =
        m_words.page.arg(m_language.locale().toString(page), m_language.locale().toString(pages));
    const qreal numberWidth = m_canvas.textWidth(font, number) + m_canvas.mm(2);
    const QString who =
        QFontMetricsF(font, m_canvas.painter().device())
            .elidedText(ballot.memberName + QStringLiteral(" — ") + ballot.commission,
                        Qt::ElideRight, band.width() - numberWidth);
    m_canvas.drawText(band, font, who, Qt::AlignLeft | Qt::AlignVCenter);
    m_canvas.drawText(band, font, number, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace akim::report
