#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace akim {

namespace report {
class ReportDocument;
}

// The print preview and the print dialog of the program, as FileDialogs is for files: buttons
// named from our catalogue, and tests can answer the next dialog without a modal loop.
class PrintDialogs
{
    Q_DECLARE_TR_FUNCTIONS(akim::PrintDialogs)

public:
    // A test's stand-in for a dialog: gets the printer the dialog would have shown (and, for a
    // preview, the document), e.g. points the printer at a PDF file and prints into it. The
    // print answer returns false for a dialog the user cancelled.
    using PreviewAnswer =
        std::function<void(QPrinter &printer, const report::ReportDocument &document)>;
    using PrintAnswer = std::function<bool(QPrinter &printer)>;

    // Shows `document` in a print preview (paginated on this thread, as the preview widget
    // paints it), from which the user may print it; returns when the preview is closed.
    static void preview(QWidget *parent, const report::ReportDocument &document);

    // Asks which printer, pages and copies; nullptr when cancelled. The document sets its own
    // page layout when printed, so the dialog's page setup is not offered.
    static std::unique_ptr<QPrinter> choosePrinter(QWidget *parent, const QString &documentName);

    // For tests: the next preview / print dialog calls `answer` instead of showing.
    static void setNextPreview(PreviewAnswer answer);
    static void setNextPrint(PrintAnswer answer);
    static void clearAnswers();
    static int pendingAnswers();
    static int previewsShown(); // previews opened (also the answered ones) since the start
};

} // namespace akim
