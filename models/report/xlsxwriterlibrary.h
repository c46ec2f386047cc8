#pragma once

// Included by .cpp files only: libxlsxwriter's headers are no part of the models' interface.
#include <xlsxwriter.h>

#include <QCoreApplication>
#include <QString>

namespace akim::report {

// The libxlsxwriter functions the exports call.
#define AKIM_XLSXWRITER_FUNCTIONS(X)                                                               \
    X(workbook_new)                                                                                \
    X(workbook_add_worksheet)                                                                      \
    X(workbook_add_format)                                                                         \
    X(workbook_set_properties)                                                                     \
    X(workbook_close)                                                                              \
    X(worksheet_write_string)                                                                      \
    X(worksheet_write_number)                                                                      \
    X(worksheet_set_column)                                                                        \
    X(worksheet_freeze_panes)                                                                      \
    X(worksheet_autofilter)                                                                        \
    X(worksheet_set_landscape)                                                                     \
    X(worksheet_set_paper)                                                                         \
    X(worksheet_fit_to_pages)                                                                      \
    X(worksheet_repeat_rows)                                                                       \
    X(format_set_bold)                                                                             \
    X(format_set_italic)                                                                           \
    X(format_set_font_size)                                                                        \
    X(format_set_border)                                                                           \
    X(format_set_text_wrap)                                                                        \
    X(format_set_align)                                                                            \
    X(format_set_bg_color)                                                                         \
    X(format_set_num_format)                                                                       \
    X(lxw_strerror)

// libxlsxwriter, called through this table. It calls the system minizip's zipOpen…, and QuaZip
// (which the readers use, in the same process) exports functions of the same names with other
// meanings: linked the usual way, libxlsxwriter binds to QuaZip's and crashes in its first
// write. On Linux it is therefore loaded with dlopen(RTLD_DEEPBIND), which makes it look up its
// symbols in itself and its own dependencies (the system minizip) before the process's global
// scope; elsewhere the table holds the linked functions.
//
// A process that links libxlsxwriter itself (the survey-import benchmark) has it loaded the
// usual way already, and dlopen returns that copy: such a process must not export rankings.
struct XlsxWriterLibrary
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::XlsxWriterLibrary)

public:
#define AKIM_XLSXWRITER_MEMBER(name) decltype(&::name) name = nullptr;
    AKIM_XLSXWRITER_FUNCTIONS(AKIM_XLSXWRITER_MEMBER)
#undef AKIM_XLSXWRITER_MEMBER

    // The library, loaded on the first call (from any thread); null with a translated `error`
    // when it cannot be loaded.
    static const XlsxWriterLibrary *get(QString *error);
};

} // namespace akim::report
