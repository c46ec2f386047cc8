#include "report/blankballotdocument.h"

#include "report/blankballotexport.h"
#include "report/blankballotrenderer.h"
#include "report/pagecanvas.h"

#include <algorithm>

namespace akim::report {

BlankBallotDocument::BlankBallotDocument(QVector<BlankBallot> ballots,
                                         const ReportLanguage &language, const QString &title)
    : m_ballots(std::move(ballots))
    , m_language(language)
    , m_title(title)
{}

std::unique_ptr<ReportDocument>
BlankBallotDocument::load(ContestDocument &document, const ReportRequest &request, QString *error)
{
    return BlankBallotExport::document(document, request.commissionId,
                                       ReportLanguage(request.language), error);
}

QString BlankBallotDocument::title() const
{
    return m_title;
}

bool BlankBallotDocument::print(QPagedPaintDevice *device, const Progress &progress) const
{
    int widest = 0;
    for (const BlankBallot &ballot : m_ballots)
        widest = std::max(widest, int(ballot.criteria.size()));
    PageCanvas canvas(device, PageStyle::defaults(), BlankBallotRenderer::orientationFor(widest));
    BlankBallotRenderer renderer(canvas, m_language);
    // Planned before painting, with the device's metrics, so progress can say "of how many".
    int pages = 0;
    for (const BlankBallot &ballot : m_ballots)
        pages += renderer.pageCount(ballot);
    if (!canvas.begin())
        return false;
    int painted = 0;
    for (const BlankBallot &ballot : m_ballots) {
        painted += renderer.paint(ballot);
        if (progress && !progress(painted, pages)) {
            canvas.end();
            return false;
        }
    }
    return canvas.end();
}

} // namespace akim::report
