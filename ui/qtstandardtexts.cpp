#include "qtstandardtexts.h"

#include <QtGlobal>

// Qt translates the texts of its own widgets with QCoreApplication::translate() under the
// widget's class name as the context ("QPlatformTheme", "OK"). Any installed translator may
// answer, not only qtbase_<lang>.qm, so the entries below put these texts into our own
// catalogues: lupdate files each QT_TRANSLATE_NOOP under its context, the Kazakh catalogue gives
// the Kazakh text (Debian ships no qtbase_kk.qm), and the Russian one repeats qtbase_ru's
// wording, which answers first where installed (LanguageManager installs it last) and ours where
// it is missing (a Windows installation without Qt's translations).
//
// The source strings must be Qt 6.4's to the letter: they were taken from qtbase_ru.qm of
// qt6-translations-l10n 6.4.2 and checked against the strings in libQt6Gui.so.6 and
// libQt6Widgets.so.6. tst_qtstandardtexts compares every entry with qtbase_ru.qm.
//
// Chosen: what a secretary meets in this program. The standard buttons of every dialog and
// message box; Qt's own file and print dialogs, which appear where the desktop has no native one
// (Linux); the print preview of the protocols; the context menu of every text field. Left out:
// QColorDialog, QFontDialog, QErrorMessage and the About Qt box (the program shows none), the
// page setup and printer properties dialogs (a protocol prints in its own page layout) and the
// print dialog's page range (PrintDialogs switches it off); QWizard's buttons are named by
// ImportWizard itself.

namespace akim {

const QVector<QtStandardText> &QtStandardTexts::all()
{
    static const QVector<QtStandardText> texts = {
        // The standard buttons of QDialogButtonBox and QMessageBox
        // (QPlatformTheme::defaultStandardButtonText), used on Windows, KDE, plain X11 and
        // offscreen.
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Open")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "&No")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Help")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")},
        {"QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")},

        // GNOME and the gtk3 platform theme name five buttons their own way.
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&OK")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Save")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "&Close")},
        {"QGnomeTheme", QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving")},

        // A message box with details.
        {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Show Details...")},
        {"QMessageBox", QT_TRANSLATE_NOOP("QMessageBox", "Hide Details...")},

        // Qt's own file dialog, shown where the desktop offers no native one (Linux without the GTK
        // theme); the most commonly seen labels, tool tips and questions.
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Look in:")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of type:")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Open")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Save As")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Find Directory")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "My Computer")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")},
        {"QFileDialog",
         QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?")},
        {"QFileDialog",
         QT_TRANSLATE_NOOP("QFileDialog",
                           "%1\nFile not found.\nPlease verify the correct file name was given.")},
        {"QFileDialog",
         QT_TRANSLATE_NOOP(
             "QFileDialog",
             "%1\nDirectory not found.\nPlease verify the correct directory name was given.")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Are you sure you want to delete '%1'?")},
        {"QFileDialog",
         QT_TRANSLATE_NOOP("QFileDialog",
                           "'%1' is write protected.\nDo you want to delete it anyway?")},
        {"QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory.")},

        // The file dialog's column headers.
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Kind")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer")},
        {"QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")},

        // The file dialog's Type column. Qt 6.4 asks for Folder and Shortcut with a disambiguation
        // ("All other platforms"), which a translator without one answers with the plain entry.
        // Debian's qtbase_ru still files these under QFileDialog, Qt 5's context, so a Russian
        // interface gets them from ours, worded as qtbase_ru words them there.
        {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder")},
        {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut")},
        {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive")},
        {"QAbstractFileIconProvider", QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown")},

        // The print preview, where every protocol is looked at before printing: its tool bar.
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Export to PDF")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages")},
        {"QPrintPreviewDialog",
         QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page Setup")},
        {"QPrintPreviewDialog", QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup")},

        // Qt's own print dialog (Linux; Windows shows its native one): the main page. The page
        // range
        // is switched off by PrintDialogs, so its labels are left out; the Properties dialog too.
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Print")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "&Print")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "&Options >>")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "&Options <<")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Print to File (PDF)")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Local file")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Write PDF file")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "All Pages")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Odd Pages")},
        {"QPrintDialog", QT_TRANSLATE_NOOP("QPrintDialog", "Even Pages")},
        {"QPrintDialog",
         QT_TRANSLATE_NOOP("QPrintDialog", "%1 already exists.\nDo you want to overwrite it?")},
        {"QPrintDialog",
         QT_TRANSLATE_NOOP("QPrintDialog",
                           "%1 is a directory.\nPlease choose a different file name.")},
        {"QPrintDialog",
         QT_TRANSLATE_NOOP("QPrintDialog",
                           "File %1 is not writable.\nPlease choose a different file name.")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "Printer")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "&Name:")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "P&roperties")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "Location:")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "Type:")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "Output &file:")},
        {"QPrintWidget", QT_TRANSLATE_NOOP("QPrintWidget", "Preview")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Copies:")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Collate")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Reverse")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print range")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Print all")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Options")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Output Settings")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color Mode")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Color")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Grayscale")},
        {"QPrintSettingsOutput",
         QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding")},
        {"QPrintSettingsOutput", QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page Set:")},

        // The context menus of every text field, text box and spin box.
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")},
        {"QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")},
        {"QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")},
        {"QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")},
    };
    return texts;
}

} // namespace akim
