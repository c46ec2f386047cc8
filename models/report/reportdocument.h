#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace akim::report {

// A printable document with its data loaded: the one print path shared by the print preview,
// the printer and the PDF file (PdfOutput). print() lays the pages out with the metrics of the
// device it is given, so a 600 dpi printer and the 1200 dpi PDF writer both get pages that fit,
// and paints them through PageCanvas. Documents hold plain data only (no connection), so they
// can be loaded on a worker thread and printed on another.
class ReportDocument
{
public:
    // Asked after each page is painted; returning false stops the printing.
    using Progress = std::function<bool(int page, int pages)>;

    virtual ~ReportDocument() = default;

    // The PDF's title and the suggested file name's stem, in the document's language.
    virtual QString title() const = 0;

    // Sets the page layout on `device` (not begun yet: QPdfWriter or QPrinter), paints every
    // page and ends the painter. False when stopped through `progress` or when the device failed.
    virtual bool print(QPagedPaintDevice *device, const Progress &progress = {}) const = 0;
};

} // namespace akim::report
