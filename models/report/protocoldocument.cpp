#include "report/protocoldocument.h"

#include "report/protocolrenderer.h"

namespace akim::report {

ProtocolDocument::ProtocolDocument(ProtocolData data, const ReportLanguage &language)
    : m_data(std::move(data))
    , m_text(ProtocolText::compose(m_data, language))
{}

std::unique_ptr<ReportDocument> ProtocolDocument::load(ContestDocument &document,
                                                       const ReportRequest &request, QString *error,
                                                       const scoring::ScoringInput *input)
{
    std::optional<ProtocolData> data =
        ProtocolData::load(document, request.stage, request.regionId, error, input);
    if (!data)
        return nullptr;
    return std::make_unique<ProtocolDocument>(std::move(*data), ReportLanguage(request.language));
}

bool ProtocolDocument::print(QPagedPaintDevice *device, const Progress &progress) const
{
    return ProtocolRenderer::render(m_text, device, progress);
}

} // namespace akim::report
