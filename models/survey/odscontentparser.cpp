#include "odscontentparser.h"

#include <QDateTime>

#include <charconv>

namespace akim::survey {

namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

// Cells parsed ahead of the reader: enough to amortise the parser's calls, few enough to keep
// memory flat.
constexpr qint64 kMaxQueuedCells = 1 << 16;

// Far beyond any real repeat count, small enough that sums never overflow.
constexpr qint64 kRepeatCeiling = qint64(1) << 40;

qint64 repeatCount(const char *value)
{
    if (!value)
        return 1;
    qint64 count = 0;
    const std::string_view text(value);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), count);
    if (result.ec == std::errc::result_out_of_range)
        return kRepeatCeiling;
    if (result.ec != std::errc() || count < 1)
        return 1;
    return qMin(count, kRepeatCeiling);
}

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QString toQString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QVariant dateValue(const std::string &iso)
{
    QString text = toQString(iso);
    if (!text.contains(QLatin1Char('T'))) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid()) {
        // Fractions finer than a millisecond ("10:30:00.123456789") are cut to milliseconds.
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            qsizetype end = dot + 1;
            while (end < text.size() && text.at(end).isDigit())
                ++end;
            text.remove(qMin(dot + 4, end), end - qMin(dot + 4, end));
            dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
        }
    }
    return dateTime.isValid() ? QVariant(dateTime) : QVariant();
}

} // namespace

OdsContentParser::OdsContentParser(ZipMemberStream *source, const ReadLimits &limits,
                                   int sheetIndex, const QString &expectedName)
    : ExpatStream(source)
    , m_limits(limits)
    , m_sheetIndex(sheetIndex)
    , m_expectedName(expectedName)
{
    // Text matters only inside the selected table.
    setCharactersWanted(false);
}

void OdsContentParser::failAt(qint64 row, qint64 column, const QString &message)
{
    m_errorRow = row;
    m_errorColumn = int(qMin<qint64>(column, 1 << 30));
    abort(message);
}

void OdsContentParser::startElement(const XmlName &element, const char **attributes)
{
    ++m_depth;
    if (element.ns == kTable) {
        if (element.local == "table") {
            if (m_tableDepth++ != 0)
                return; // a table inside a cell is not a sheet
            ++m_tableIndex;
            if (m_sheetIndex < 0) {
                const char *tableName = attribute(attributes, kTable, "name");
                m_tableNames.append(tableName ? QString::fromUtf8(tableName) : QString());
            } else if (m_tableIndex == m_sheetIndex) {
                const char *tableName = attribute(attributes, kTable, "name");
                const QString name = tableName ? QString::fromUtf8(tableName) : QString();
                if (name != m_expectedName) {
                    failAt(0, 0,
                           tr("content.xml names sheet %1 \"%2\" on a second reading, not "
                              "\"%3\"")
                               .arg(m_sheetIndex + 1)
                               .arg(name, m_expectedName));
                    return;
                }
                m_active = true;
                setCharactersWanted(true);
            }
            return;
        }
        if (!m_active || m_tableDepth != 1)
            return;
        if (element.local == "table-row") {
            m_inRow = true;
            m_rowRepeat = repeatCount(attribute(attributes, kTable, "number-rows-repeated"));
            m_cells.clear();
            m_column = 0;
        } else if ((element.local == "table-cell" || element.local == "covered-table-cell") &&
                   m_inRow && !m_inCell) {
            startCell(attributes);
        }
        return;
    }
    if (element.ns == kOffice && element.local == "spreadsheet") {
        m_spreadsheet = true;
        return;
    }
    if (!m_inCell || m_tableDepth != 1 || m_skipDepth != 0)
        return;
    if (element.ns == kOffice && element.local == "annotation") {
        m_skipDepth = m_depth; // a comment on the cell, not its value
        return;
    }
    if (element.ns != kText)
        return;
    if ((element.local == "p" || element.local == "h") && m_depth == m_cellDepth + 1) {
        if (m_paragraphs++ > 0)
            m_text.push_back('\n');
        m_paragraphDepth = m_depth;
        m_paragraphHasText = false;
        m_pendingSpace = false;
        return;
    }
    if (m_paragraphDepth == 0)
        return;
    if (element.local == "note") {
        m_skipDepth = m_depth;
    } else if (element.local == "s") {
        const qint64 count = repeatCount(attribute(attributes, kText, "c"));
        appendText(std::string(size_t(qMin<qint64>(count, m_limits.maxCellBytes + 1LL)), ' '));
    } else if (element.local == "tab") {
        appendText("\t");
    } else if (element.local == "line-break") {
        appendText("\n");
    }
}

void OdsContentParser::endElement(const XmlName &element)
{
    if (m_skipDepth == m_depth)
        m_skipDepth = 0;
    else if (m_paragraphDepth == m_depth)
        m_paragraphDepth = 0;
    if (element.ns == kTable) {
        if (element.local == "table") {
            if (--m_tableDepth == 0 && m_active) {
                m_active = false;
                m_sheetDone = true;
                setCharactersWanted(false);
            }
        } else if (m_active && m_tableDepth == 1) {
            if (m_inCell && m_depth == m_cellDepth)
                finishCell();
            else if (m_inRow && element.local == "table-row")
                finishRow();
        }
    }
    --m_depth;
}

void OdsContentParser::characters(const char *text, int length)
{
    if (!m_inCell || m_paragraphDepth == 0 || m_skipDepth != 0)
        return;
    // ODF collapses white space in paragraphs like HTML: runs become one space, and spaces at
    // the start or end of a paragraph vanish; text:s carries the spaces that count.
    for (int i = 0; i < length; ++i) {
        const char c = text[i];
        if (isXmlSpace(c)) {
            m_pendingSpace = m_paragraphHasText;
            continue;
        }
        if (m_pendingSpace) {
            m_text.push_back(' ');
            m_pendingSpace = false;
        }
        m_text.push_back(c);
        m_paragraphHasText = true;
    }
    if (m_text.size() > size_t(m_limits.maxCellBytes))
        failAt(m_nextRowNumber, m_column + 1,
               tr("the cell is longer than the limit of %1 bytes").arg(m_limits.maxCellBytes));
}

void OdsContentParser::appendText(std::string_view text)
{
    if (m_pendingSpace)
        m_text.push_back(' ');
    m_pendingSpace = false;
    m_paragraphHasText = true;
    m_text.append(text);
    if (m_text.size() > size_t(m_limits.maxCellBytes))
        failAt(m_nextRowNumber, m_column + 1,
               tr("the cell is longer than the limit of %1 bytes").arg(m_limits.maxCellBytes));
}

void OdsContentParser::startCell(const char **attributes)
{
    m_inCell = true;
    m_cellDepth = m_depth;
    m_cellRepeat = 1;
    m_valueType.clear();
    m_value.clear();
    m_dateValue.clear();
    m_booleanValue.clear();
    m_stringValue.clear();
    m_hasStringValue = false;
    m_text.clear();
    m_paragraphs = 0;
    m_paragraphDepth = 0;
    m_skipDepth = 0;
    for (const char **a = attributes; *a; a += 2) {
        const XmlName attributeName = this->attributeName(a[0]);
        if (attributeName.ns == kOffice) {
            if (attributeName.local == "value-type")
                m_valueType = a[1];
            else if (attributeName.local == "value")
                m_value = a[1];
            else if (attributeName.local == "date-value")
                m_dateValue = a[1];
            else if (attributeName.local == "boolean-value")
                m_booleanValue = a[1];
            else if (attributeName.local == "string-value") {
                m_stringValue = a[1];
                m_hasStringValue = true;
            }
        } else if (attributeName.ns == kTable && attributeName.local == "number-columns-repeated") {
            m_cellRepeat = repeatCount(a[1]);
        }
    }
}

QVariant OdsContentParser::cellValue() const
{
    const QVariant text = m_text.empty() ? QVariant() : QVariant(toQString(m_text));
    if (m_valueType == "float" || m_valueType == "percentage" || m_valueType == "currency") {
        double number = 0;
        const auto result =
            std::from_chars(m_value.data(), m_value.data() + m_value.size(), number);
        if (!m_value.empty() && result.ec == std::errc() &&
            result.ptr == m_value.data() + m_value.size())
            return number;
        return text;
    }
    if (m_valueType == "date") {
        const QVariant date = dateValue(m_dateValue);
        return date.isValid() ? date : text;
    }
    if (m_valueType == "boolean") {
        if (m_booleanValue == "true" || m_booleanValue == "1")
            return true;
        if (m_booleanValue == "false" || m_booleanValue == "0")
            return false;
        return text;
    }
    if (m_valueType == "string" && m_hasStringValue)
        return m_stringValue.empty() ? QVariant() : QVariant(toQString(m_stringValue));
    // Strings, and what has no better representation here (time durations): the text shown.
    return text;
}

void OdsContentParser::finishCell()
{
    m_inCell = false;
    const QVariant value = cellValue();
    const qint64 first = m_column;
    m_column = qMin(m_column + m_cellRepeat, kRepeatCeiling);
    if (!value.isValid())
        return; // blank: only the position moves, so trailing blanks cost nothing
    if (m_column > m_limits.maxCellsPerRow) {
        failAt(m_nextRowNumber, first + 1,
               tr("row %1 has values up to column %2, beyond the limit of %3 columns")
                   .arg(m_nextRowNumber)
                   .arg(m_column)
                   .arg(m_limits.maxCellsPerRow));
        return;
    }
    m_cells.resize(first);
    for (qint64 i = first; i < m_column; ++i)
        m_cells.append(value);
}

void OdsContentParser::finishRow()
{
    m_inRow = false;
    const qint64 number = m_nextRowNumber;
    m_nextRowNumber = qMin(m_nextRowNumber + m_rowRepeat, kRepeatCeiling);
    if (m_cells.isEmpty())
        return; // empty rows, however many, are only a gap
    if (m_rowRepeat > m_limits.maxRepeatedRows) {
        failAt(number, 0,
               tr("row %1 repeats %2 times, more than the limit of %3 repeated rows")
                   .arg(number)
                   .arg(m_rowRepeat)
                   .arg(m_limits.maxRepeatedRows));
        return;
    }
    if (m_nextRowNumber - 1 > kMaxRowNumber) {
        failAt(number, 0,
               tr("row %1 is outside the sheet (1 to %2)").arg(number).arg(kMaxRowNumber));
        return;
    }
    m_queuedCells += m_cells.size();
    m_rows.push_back(OdsRow{number, m_rowRepeat, std::move(m_cells)});
    m_cells = QVector<QVariant>();
    // Rows are queued only until the reader catches up: a row can hold 16,384 cells.
    if (m_queuedCells >= kMaxQueuedCells)
        suspend();
}

OdsRow OdsContentParser::takeRow()
{
    OdsRow row = std::move(m_rows.front());
    m_rows.pop_front();
    m_queuedCells -= row.cells.size();
    return row;
}

} // namespace akim::survey
