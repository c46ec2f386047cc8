#pragma once

#include "report/reportdocument.h"
#include "report/reportrequest.h"

#include <QCoreApplication>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// WORK IN PROGRESS (issue 6): declared so that the factory and the report dialog can be built
// against it; the implementation replaces the stub in scorecarddocument.cpp.
class ScoreCardDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ScoreCardDocument)

public:
    // nullptr with a translated error when it cannot be made. Throws StorageError.
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error);
};

} // namespace akim::report
