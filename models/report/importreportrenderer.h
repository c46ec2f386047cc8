#pragma once

#include "report/importreport.h"
#include "report/reportlanguage.h"

#include <QString>

namespace akim::report {

class DocumentFlow;

// Words an import report in one language and lays it out on a DocumentFlow (A4 landscape: the
// imports table is wide): the contest and the scope; every import with its file, SHA-256,
// questionnaire, region, who and when, rows read, imported, rejected (of them without a
// nominee) and skipped as duplicates, and whether it was undone; the totals per questionnaire
// of the imports in force; a sentence on where rejected rows go; then per region a table of
// its nominees with the citizens' and ethics responses that count and the sample against the
// methodology's minimum.
class ImportReportRenderer
{
public:
    ImportReportRenderer(const ImportReport &report, const ReportLanguage &language);

    void compose(DocumentFlow &flow) const;
    // "Survey imports – <region or every region>", the PDF's title and the file name's stem.
    QString title() const;

    // Stored times are UTC ISO 8601; shown as local "dd.MM.yyyy HH:mm".
    static QString localTime(const QString &iso);
    // 64 hex digits in groups of eight, so that the hash wraps in a narrow column.
    static QString groupedHash(const QString &sha256);

private:
    QString scope() const;
    QString kindLabel(const QString &kind) const;
    void imports(DocumentFlow &flow) const;
    void responses(DocumentFlow &flow) const;

    const ImportReport &m_report;
    const ReportLanguage m_language;
};

} // namespace akim::report
