#pragma once

#include "expatstream.h"
#include "sheetreader.h"

#include <QStringList>
#include <QVariant>
#include <QVector>

#include <deque>
#include <string>

namespace akim::survey {

// A row of an ODS table as content.xml states it: `repeat` identical rows starting at `number`.
// Rows without any value are never queued; the reader fills gaps and drops trailing ones.
struct OdsRow
{
    qint64 number = 0; // 1-based
    qint64 repeat = 1;
    QVector<QVariant> cells;
};

// Streams content.xml of an OpenDocument spreadsheet through expat. Either lists the tables
// (sheetIndex < 0) or queues the rows of the table with the given index. Repeated rows and
// cells are never expanded in memory beyond what the limits allow: empty repeats only move the
// position, trailing ones vanish.
class OdsContentParser : public ExpatStream
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::OdsContentParser)

public:
    static constexpr qint64 kMaxRowNumber = qint64(1) << 24;

    // Listing mode when sheetIndex < 0; else streams that table, which must be named
    // `expectedName` (the name OdsTableScanner listed for it).
    OdsContentParser(ZipMemberStream *source, const ReadLimits &limits, int sheetIndex,
                     const QString &expectedName = QString());

    // Listing mode: the names of the tables, and whether the body is a spreadsheet at all.
    const QStringList &tableNames() const { return m_tableNames; }
    bool isSpreadsheet() const { return m_spreadsheet; }

    // Streaming mode: whether the selected table has been seen, and read completely.
    bool sheetFound() const { return m_tableIndex >= m_sheetIndex; }
    bool sheetDone() const { return m_sheetDone; }
    bool hasRow() const { return !m_rows.empty(); }
    const OdsRow &nextRow() const { return m_rows.front(); }
    OdsRow takeRow();

    // Where the error happened; an error of the XML or of the zip member itself is placed in
    // the row being read when it struck.
    qint64 errorRow() const { return m_errorRow ? m_errorRow : m_inRow ? m_nextRowNumber : 0; }
    int errorColumn() const { return m_errorColumn; }

protected:
    void startElement(const XmlName &element, const char **attributes) override;
    void endElement(const XmlName &element) override;
    void characters(const char *text, int length) override;

private:
    void startCell(const char **attributes);
    void finishCell();
    void finishRow();
    QVariant cellValue() const;
    void appendText(std::string_view text);
    void failAt(qint64 row, qint64 column, const QString &message);

    const ReadLimits &m_limits;
    const int m_sheetIndex;
    const QString m_expectedName;
    QStringList m_tableNames;
    bool m_spreadsheet = false;
    int m_depth = 0;
    int m_tableDepth = 0; // open table:table elements, nested ones included
    int m_tableIndex = -1;
    bool m_active = false; // inside the selected table
    bool m_sheetDone = false;

    std::deque<OdsRow> m_rows;
    qint64 m_queuedCells = 0;
    qint64 m_nextRowNumber = 1;
    bool m_inRow = false;
    qint64 m_rowRepeat = 1;
    QVector<QVariant> m_cells;
    qint64 m_column = 0; // 0-based position of the next cell

    bool m_inCell = false;
    int m_cellDepth = 0;
    qint64 m_cellRepeat = 1;
    std::string m_valueType;
    std::string m_value;        // office:value
    std::string m_dateValue;    // office:date-value
    std::string m_booleanValue; // office:boolean-value
    std::string m_stringValue;  // office:string-value
    bool m_hasStringValue = false;
    std::string m_text;
    int m_paragraphs = 0;
    int m_paragraphDepth = 0; // depth of the open cell paragraph, 0 when none
    int m_skipDepth = 0;      // depth of an annotation or note being skipped, 0 when none
    bool m_paragraphHasText = false;
    bool m_pendingSpace = false; // collapsed white space, written only if text follows

    qint64 m_errorRow = 0;
    int m_errorColumn = 0;
};

} // namespace akim::survey
