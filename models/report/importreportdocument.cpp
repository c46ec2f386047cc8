#include "report/importreportdocument.h"

#include "report/documentflow.h"
#include "report/importreportrenderer.h"

namespace akim::report {

ImportReportDocument::ImportReportDocument(ImportReport report, const ReportLanguage &language)
    : m_report(std::move(report))
    , m_language(language)
{}

std::unique_ptr<ReportDocument>
ImportReportDocument::load(ContestDocument &document, const ReportRequest &request, QString *error)
{
    std::optional<ImportReport> report = ImportReport::load(document, request.regionId, error);
    if (!report)
        return nullptr;
    return std::make_unique<ImportReportDocument>(std::move(*report),
                                                  ReportLanguage(request.language));
}

QString ImportReportDocument::title() const
{
    return ImportReportRenderer(m_report, m_language).title();
}

bool ImportReportDocument::print(QPagedPaintDevice *device, const Progress &progress) const
{
    const ImportReportRenderer renderer(m_report, m_language);
    // Landscape: the imports table has eleven columns.
    return DocumentFlow::print(
        device, QPageLayout::Landscape, [&](DocumentFlow &flow) { renderer.compose(flow); },
        progress);
}

QString ImportReportDocument::dump() const
{
    const ImportReportRenderer renderer(m_report, m_language);
    return DocumentFlow::dump(QPageLayout::Landscape,
                              [&](DocumentFlow &flow) { renderer.compose(flow); });
}

} // namespace akim::report
