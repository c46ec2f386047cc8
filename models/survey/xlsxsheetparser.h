#pragma once

#include "expatstream.h"
#include "sheetreader.h"

#include <QVariant>
#include <QVector>

#include <deque>
#include <string>
#include <vector>

namespace akim::survey {

class XlsxSharedStrings;
class XlsxStyles;

// One row as the sheet XML states it; rows with no value at all are never queued, so gaps are
// filled by the reader and trailing empty rows vanish.
struct ParsedRow
{
    qint64 number = 0; // 1-based
    QVector<QVariant> cells;
};

// Streams a worksheet part through expat and queues its completed rows. The reader calls
// parseChunk() only while the queue is empty, so memory stays flat whatever the sheet's size.
class XlsxSheetParser : public ExpatStream
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxSheetParser)

public:
    // Excel stops at 1,048,576 rows; LibreOffice's large sheets at 16,777,216. A row number
    // beyond that is a hostile file, not a survey.
    static constexpr qint64 kMaxRowNumber = qint64(1) << 24;

    XlsxSheetParser(ZipMemberStream *source, const ReadLimits &limits,
                    const XlsxSharedStrings &sharedStrings, const XlsxStyles &styles,
                    bool date1904);

    // Date-time cells of these columns (0-based) come as SerialDateTime, not QDateTime.
    void setSerialDateTimeColumns(const QVector<int> &columns);

    bool hasRow() const { return !m_rows.empty(); }
    const ParsedRow &nextRow() const { return m_rows.front(); }
    ParsedRow takeRow();

    // Where the error happened (0 when not inside a row or cell). An error of the XML or of
    // the zip member itself is placed in the row being read when it struck.
    qint64 errorRow() const { return m_errorRow ? m_errorRow : m_inRow ? m_row.number : 0; }
    int errorColumn() const { return m_errorColumn; }

protected:
    void startElement(const XmlName &element, const char **attributes) override;
    void endElement(const XmlName &element) override;
    void characters(const char *text, int length) override;

private:
    enum class CellType : quint8 {
        Number,
        SharedString,
        InlineString,
        Boolean,
        String,
        Error,
        Date
    };

    void startRow(const char **attributes);
    void startCell(const char **attributes);
    void finishCell();
    QVariant cellValue();
    void failAt(qint64 row, int column, const QString &message);

    const ReadLimits &m_limits;
    const XlsxSharedStrings &m_sharedStrings;
    const XlsxStyles &m_styles;
    const bool m_date1904;
    std::vector<bool> m_serialColumns;

    std::deque<ParsedRow> m_rows;
    qint64 m_queuedCells = 0;
    ParsedRow m_row;
    qint64 m_lastRowNumber = 0;
    int m_lastColumn = 0;
    bool m_inRow = false;

    // The cell being read.
    bool m_inCell = false;
    int m_column = 0;
    int m_style = 0;
    CellType m_type = CellType::Number;
    bool m_inValue = false;
    bool m_hasValue = false;
    std::string m_value;
    // Inline strings (<is>): text runs, phonetic runs to skip, xml:space per open element.
    bool m_inInline = false;
    bool m_inText = false;
    int m_phonetic = 0;
    std::vector<bool> m_preserve;
    std::string m_run;
    std::string m_inline;

    qint64 m_errorRow = 0;
    int m_errorColumn = 0;
};

} // namespace akim::survey
