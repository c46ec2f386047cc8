// The format-independent members of SheetReader. The content-sniffing factory, SheetReader::open(),
// lives with the readers it chooses between, so that this file needs none of them.
#include "survey/sheetreader.h"

namespace akim::survey {

namespace {

// "A", "B", …, "Z", "AA", … as a spreadsheet labels its columns (1-based).
QString columnLabel(int column)
{
    QString label;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        label.prepend(QChar(char16_t(u'A' + digit)));
        column = (column - 1) / 26;
    }
    return label;
}

} // namespace

QString sheetFormatKey(SheetFormat format)
{
    switch (format) {
    case SheetFormat::Csv:
        return QStringLiteral("csv");
    case SheetFormat::Xlsx:
        return QStringLiteral("xlsx");
    case SheetFormat::Ods:
        return QStringLiteral("ods");
    case SheetFormat::Xls:
        return QStringLiteral("xls");
    }
    return QString();
}

QString ReadError::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << file;
    if (row > 0)
        where << QCoreApplication::translate("akim::survey::ReadError", "row %1").arg(row);
    if (column > 0)
        where << QCoreApplication::translate("akim::survey::ReadError", "column %1")
                     .arg(columnLabel(column));
    if (where.isEmpty())
        return message;
    const QString text = where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
    return text;
}

SheetReader::~SheetReader() = default;

bool SheetReader::fail(qint64 row, int column, const QString &message)
{
    m_error.row = row;
    m_error.column = column;
    m_error.message = message;
    return false;
}

} // namespace akim::survey
