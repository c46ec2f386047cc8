#include "xlsxsheetparser.h"

#include "xlsxsharedstrings.h"
#include "xlsxstyles.h"
#include "xlsxworkbook.h"

#include <QDateTime>

#include <charconv>
#include <cstring>

namespace akim::survey {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// Cells parsed ahead of the reader: enough to amortise the parser's calls, few enough to keep
// memory flat (a few MB) whatever the rows look like.
constexpr qint64 kMaxQueuedCells = 1 << 16;

// Attribute names of <row> and <c> have no namespace and are one letter long.
bool isPlainAttribute(const char *name, char letter)
{
    return name[0] == letter && name[1] == '\0';
}

bool parseInt64(std::string_view text, qint64 *value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), *value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' ||
                             text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

// "AB12" → 28; 0 when the reference has no column letters. Saturates instead of overflowing so
// that an absurd column is reported as such.
int columnOfReference(const char *reference)
{
    qint64 column = 0;
    const char *p = reference;
    for (; *p; ++p) {
        const char c = *p;
        if (c >= 'A' && c <= 'Z')
            column = column * 26 + (c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            column = column * 26 + (c - 'a' + 1);
        else
            break;
        column = qMin<qint64>(column, qint64(1) << 30);
    }
    return int(column);
}

QString columnName(int column)
{
    QString name;
    for (; column > 0; column = (column - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (column - 1) % 26)));
    return name;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(ZipMemberStream *source, const ReadLimits &limits,
                                 const XlsxSharedStrings &sharedStrings, const XlsxStyles &styles,
                                 bool date1904)
    : ExpatStream(source)
    , m_limits(limits)
    , m_sharedStrings(sharedStrings)
    , m_styles(styles)
    , m_date1904(date1904)
{}

ParsedRow XlsxSheetParser::takeRow()
{
    ParsedRow row = std::move(m_rows.front());
    m_rows.pop_front();
    m_queuedCells -= row.cells.size();
    return row;
}

void XlsxSheetParser::failAt(qint64 row, int column, const QString &message)
{
    m_errorRow = row;
    m_errorColumn = column;
    abort(message);
}

void XlsxSheetParser::startElement(const XmlName &element, const char **attributes)
{
    if (m_inInline) {
        const char *space = attribute(attributes, kXmlNamespace, "space");
        m_preserve.push_back(space ? std::string_view(space) == "preserve"
                                   : !m_preserve.empty() && m_preserve.back());
    }
    if (!ooxml::isMainNamespace(element.ns))
        return;
    const std::string_view local = element.local;
    if (m_inCell) {
        if (local == "v") {
            m_inValue = true;
            m_value.clear();
        } else if (local == "is") {
            m_inInline = true;
            const char *space = attribute(attributes, kXmlNamespace, "space");
            m_preserve.assign(1, space && std::string_view(space) == "preserve");
        } else if (m_inInline && local == "rPh") {
            ++m_phonetic;
        } else if (m_inInline && local == "t" && m_phonetic == 0) {
            m_inText = true;
            m_run.clear();
        }
    } else if (local == "c") {
        if (m_inRow)
            startCell(attributes);
    } else if (local == "row") {
        startRow(attributes);
    }
}

void XlsxSheetParser::endElement(const XmlName &element)
{
    bool preserve = false;
    if (m_inInline && !m_preserve.empty()) {
        preserve = m_preserve.back();
        m_preserve.pop_back();
    }
    if (!ooxml::isMainNamespace(element.ns))
        return;
    const std::string_view local = element.local;
    if (local == "c") {
        if (m_inCell)
            finishCell();
    } else if (local == "v") {
        if (m_inValue) {
            m_inValue = false;
            m_hasValue = true;
        }
    } else if (local == "t") {
        if (m_inText) {
            m_inText = false;
            XlsxSharedStrings::appendRun(m_inline, m_run, preserve);
        }
    } else if (local == "rPh") {
        if (m_phonetic > 0)
            --m_phonetic;
    } else if (local == "is") {
        m_inInline = false;
    } else if (local == "row" && m_inRow) {
        m_inRow = false;
        if (!m_row.cells.isEmpty()) {
            const int width = int(m_row.cells.size());
            m_rows.push_back(std::move(m_row));
            m_row.cells.reserve(width);
            // One chunk of XML can describe thousands of rows, and a row of one cell in column
            // XFD costs 16,384 cells: pause until the reader has taken what is queued.
            m_queuedCells += width;
            if (m_queuedCells >= kMaxQueuedCells)
                suspend();
        }
    }
}

void XlsxSheetParser::characters(const char *text, int length)
{
    std::string *buffer = m_inValue ? &m_value : m_inText ? &m_run : nullptr;
    if (!buffer)
        return;
    buffer->append(text, size_t(length));
    if (buffer->size() + m_inline.size() > size_t(m_limits.maxCellBytes)) {
        failAt(m_row.number, m_column,
               tr("the cell is longer than the limit of %1 bytes").arg(m_limits.maxCellBytes));
    }
}

void XlsxSheetParser::startRow(const char **attributes)
{
    qint64 number = m_lastRowNumber + 1;
    for (const char **a = attributes; *a; a += 2) {
        if (isPlainAttribute(a[0], 'r') && !parseInt64(a[1], &number)) {
            failAt(m_lastRowNumber + 1, 0,
                   tr("the row number \"%1\" is not a number").arg(QString::fromUtf8(a[1])));
            return;
        }
    }
    if (number < 1 || number > kMaxRowNumber) {
        failAt(
            number, 0,
            tr("the row number %1 is outside the sheet (1 to %2)").arg(number).arg(kMaxRowNumber));
        return;
    }
    m_inRow = true;
    m_row.number = number;
    m_row.cells.clear();
    m_lastRowNumber = number;
    m_lastColumn = 0;
}

void XlsxSheetParser::startCell(const char **attributes)
{
    int column = m_lastColumn + 1;
    m_type = CellType::Number;
    m_style = 0;
    for (const char **a = attributes; *a; a += 2) {
        const char *value = a[1];
        if (isPlainAttribute(a[0], 'r')) {
            column = columnOfReference(value);
            if (column == 0) {
                failAt(m_row.number, m_lastColumn + 1,
                       tr("\"%1\" is not a cell reference").arg(QString::fromUtf8(value)));
                return;
            }
        } else if (isPlainAttribute(a[0], 't')) {
            if (std::strcmp(value, "s") == 0)
                m_type = CellType::SharedString;
            else if (std::strcmp(value, "inlineStr") == 0)
                m_type = CellType::InlineString;
            else if (std::strcmp(value, "b") == 0)
                m_type = CellType::Boolean;
            else if (std::strcmp(value, "str") == 0)
                m_type = CellType::String;
            else if (std::strcmp(value, "e") == 0)
                m_type = CellType::Error;
            else if (std::strcmp(value, "d") == 0)
                m_type = CellType::Date;
        } else if (isPlainAttribute(a[0], 's')) {
            qint64 style = 0;
            if (parseInt64(value, &style) && style >= 0 && style < (qint64(1) << 30))
                m_style = int(style);
        }
    }
    if (column > m_limits.maxCellsPerRow) {
        failAt(m_row.number, column,
               tr("row %1 has a cell in column %2, beyond the limit of %3 columns")
                   .arg(m_row.number)
                   .arg(column > 0x3FFFFFF ? QStringLiteral("…") : columnName(column))
                   .arg(m_limits.maxCellsPerRow));
        return;
    }
    m_inCell = true;
    m_column = column;
    m_lastColumn = column;
    m_hasValue = false;
    m_value.clear();
    m_inline.clear();
    m_phonetic = 0;
}

void XlsxSheetParser::finishCell()
{
    m_inCell = false;
    m_inInline = false;
    m_inText = false;
    m_inValue = false;
    QVariant value = cellValue();
    if (!value.isValid())
        return;
    if (m_column > m_row.cells.size())
        m_row.cells.resize(m_column);
    m_row.cells[m_column - 1] = std::move(value);
}

QVariant XlsxSheetParser::cellValue()
{
    const auto textValue = [](const std::string &utf8) {
        return utf8.empty() ? QVariant() : QVariant(XlsxSharedStrings::decode(utf8));
    };
    switch (m_type) {
    case CellType::InlineString:
        // A few writers put the text of an inline string cell into <v>.
        return textValue(m_inline.empty() ? m_value : m_inline);
    case CellType::String:
    case CellType::Error:
        return textValue(m_value);
    default:
        break;
    }
    const std::string_view text = trimmed(m_value);
    if (!m_hasValue || text.empty())
        return QVariant();
    switch (m_type) {
    case CellType::SharedString: {
        qint64 index = -1;
        if (!parseInt64(text, &index) || index < 0 || index >= m_sharedStrings.size()) {
            failAt(m_row.number, m_column,
                   tr("the cell refers to shared string %1, which does not exist")
                       .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
            return QVariant();
        }
        const QString &string = m_sharedStrings.at(int(index));
        return string.isEmpty() ? QVariant() : QVariant(string);
    }
    case CellType::Boolean:
        if (text == "1" || text == "true")
            return true;
        if (text == "0" || text == "false")
            return false;
        return textValue(m_value);
    case CellType::Date: {
        const QString iso = QString::fromLatin1(text.data(), qsizetype(text.size()));
        if (iso.contains(QLatin1Char('T'))) {
            const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
            if (dateTime.isValid())
                return dateTime;
        } else {
            const QDate date = QDate::fromString(iso, Qt::ISODate);
            if (date.isValid())
                return date;
        }
        return iso;
    }
    default:
        break;
    }
    double number = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), number);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size())
        return textValue(m_value); // not a number after all: keep what the file says
    const NumberKind kind = m_styles.kindOfStyle(m_style);
    if (kind == NumberKind::Number)
        return number;
    if (kind == NumberKind::DateTime && size_t(m_column - 1) < m_serialColumns.size() &&
        m_serialColumns[size_t(m_column - 1)])
        return QVariant::fromValue(SerialDateTime{number, m_date1904});
    return XlsxStyles::serialToVariant(number, kind, m_date1904);
}

void XlsxSheetParser::setSerialDateTimeColumns(const QVector<int> &columns)
{
    m_serialColumns.clear();
    for (int column : columns) {
        if (column < 0 || column >= m_limits.maxCellsPerRow)
            continue;
        if (size_t(column) >= m_serialColumns.size())
            m_serialColumns.resize(size_t(column) + 1, false);
        m_serialColumns[size_t(column)] = true;
    }
}

} // namespace akim::survey
