#include "printdialogs.h"

#include "report/reportdocument.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QQueue>

namespace akim {
namespace {

struct Pending
{
    QQueue<PrintDialogs::PreviewAnswer> previews;
    QQueue<PrintDialogs::PrintAnswer> prints;
    int previewsShown = 0;
};

Pending &pending()
{
    static Pending instance;
    return instance;
}

} // namespace

void PrintDialogs::preview(QWidget *parent, const report::ReportDocument &document)
{
    Pending &p = pending();
    ++p.previewsShown;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title());
    if (!p.previews.isEmpty()) {
        p.previews.dequeue()(printer, document);
        return;
    }
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(document.title()));
    // The preview paints every page again on each zoom or layout change; the document holds
    // plain data, so this is only layout and painting, without the contest file.
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { document.print(target); });
    // Large enough to read a page of an A4 protocol without zooming first.
    dialog.resize(900, 1000);
    dialog.exec();
}

std::unique_ptr<QPrinter> PrintDialogs::choosePrinter(QWidget *parent, const QString &documentName)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(documentName);
    Pending &p = pending();
    if (!p.prints.isEmpty())
        return p.prints.dequeue()(*printer) ? std::move(printer) : nullptr;
    QPrintDialog dialog(printer.get(), parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    dialog.setWindowTitle(tr("Print — %1").arg(documentName));
    // A document prints all its pages in its own page layout (ReportDocument::print): a page
    // range or a selection would be ignored, so they are not offered.
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return printer;
}

void PrintDialogs::setNextPreview(PreviewAnswer answer)
{
    pending().previews.enqueue(std::move(answer));
}

void PrintDialogs::setNextPrint(PrintAnswer answer)
{
    pending().prints.enqueue(std::move(answer));
}

void PrintDialogs::clearAnswers()
{
    pending().previews.clear();
    pending().prints.clear();
}

int PrintDialogs::pendingAnswers()
{
    return int(pending().previews.size() + pending().prints.size());
}

int PrintDialogs::previewsShown()
{
    return pending().previewsShown;
}

} // namespace akim
