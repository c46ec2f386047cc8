#include "report/scorecarddocument.h"

#include "report/documentflow.h"
#include "report/scorecardrenderer.h"

namespace akim::report {

ScoreCardDocument::ScoreCardDocument(ScoreCard card, const ReportLanguage &language)
    : m_card(std::move(card))
    , m_language(language)
{}

std::unique_ptr<ReportDocument>
ScoreCardDocument::load(ContestDocument &document, const ReportRequest &request, QString *error)
{
    std::optional<ScoreCard> card =
        ScoreCard::load(document, request.nomineeId, request.stage, error);
    if (!card)
        return nullptr;
    return std::make_unique<ScoreCardDocument>(std::move(*card), ReportLanguage(request.language));
}

QString ScoreCardDocument::title() const
{
    return ScoreCardRenderer(m_card, m_language).title();
}

bool ScoreCardDocument::print(QPagedPaintDevice *device, const Progress &progress) const
{
    const ScoreCardRenderer renderer(m_card, m_language);
    return DocumentFlow::print(
        device, QPageLayout::Portrait, [&](DocumentFlow &flow) { renderer.compose(flow); },
        progress);
}

QString ScoreCardDocument::dump() const
{
    const ScoreCardRenderer renderer(m_card, m_language);
    return DocumentFlow::dump(QPageLayout::Portrait,
                              [&](DocumentFlow &flow) { renderer.compose(flow); });
}

} // namespace akim::report
