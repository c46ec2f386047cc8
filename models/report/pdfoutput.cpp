#include "report/pdfoutput.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace akim::report {

QString PdfOutput::write(const ReportDocument &document, const QString &path,
                         const ReportDocument::Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    bool stopped = false;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(document.title());
        writer.setCreator(QStringLiteral("Akim Contest"));
        painted = document.print(&writer, [&](int page, int pages) {
            stopped = progress && !progress(page, pages);
            return !stopped;
        });
    } // the writer flushes the PDF's end into the file here
    if (stopped || !painted) {
        file.cancelWriting();
        return stopped ? tr("Cancelled.") : tr("Cannot write %1.").arg(path);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace akim::report
