#pragma once

#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace akim::report {

// Writes a document to a PDF file through QSaveFile: a cancelled or failed run leaves no half
// file, and an existing file as it was. 1200 dpi (QPdfWriter's default): below 600 dpi Qt 6.4
// breaks the text extraction of the PDF. Fonts are embedded by QPdfWriter.
class PdfOutput
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::PdfOutput)

public:
    // Returns a translated error, or empty.
    static QString write(const ReportDocument &document, const QString &path,
                         const ReportDocument::Progress &progress = {});
};

} // namespace akim::report
