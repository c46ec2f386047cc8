#pragma once

#include <QString>
#include <QStringList>

namespace akim::test {

// The text of each page of a PDF as QtPdf extracts it, line breaks as "\n" (QtPdf gives
// "\r\n"); empty when the file cannot be read.
QStringList pdfPages(const QString &path);

// What `pdffonts` (poppler-utils) says of each font of a PDF: "<name> <emb>", e.g.
// "ABCDEF+LiberationSerif yes". Empty with `*error` set when the tool is missing or fails.
QStringList pdfFonts(const QString &path, QString *error);

} // namespace akim::test
