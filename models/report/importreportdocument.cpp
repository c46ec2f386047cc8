#include "report/importreportdocument.h"

namespace akim::report {

std::unique_ptr<ReportDocument> ImportReportDocument::load(ContestDocument &, const ReportRequest &,
                                                           QString *error)
{
    // WORK IN PROGRESS (issue 6): replaced by the real loader within this session.
    if (error)
        *error = QStringLiteral("not implemented yet");
    return nullptr;
}

} // namespace akim::report
