#pragma once

#include "report/importreport.h"
#include "report/reportdocument.h"
#include "report/reportlanguage.h"
#include "report/reportrequest.h"

#include <QCoreApplication>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// What the survey imports brought in and turned away (ImportReport worded by
// ImportReportRenderer), for one region or every region. A4 landscape, "Page X of Y" and the
// time it was made on every page.
class ImportReportDocument : public ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ImportReportDocument)

public:
    ImportReportDocument(ImportReport report, const ReportLanguage &language);

    // request.regionId (0: every region) in request.language. nullptr with a translated error
    // when it cannot be made (no such region). Throws StorageError.
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error);

    QString title() const override;
    bool print(QPagedPaintDevice *device, const Progress &progress = {}) const override;

    const ImportReport &report() const { return m_report; }
    // The text of the report, block by block (DocumentFlow::dump), for golden files.
    QString dump() const;

private:
    ImportReport m_report;
    ReportLanguage m_language;
};

} // namespace akim::report
