#pragma once

#include "sheetreader.h"
#include "xlsxsharedstrings.h"
#include "xlsxstyles.h"
#include "xlsxworkbook.h"

#include <memory>

namespace akim::survey {

class XlsxSheetParser;
class ZipArchive;
class ZipMemberStream;

// Streams the rows of one worksheet of an XLSX workbook (transitional or Strict OOXML). Opening
// reads the workbook, relationships, styles and shared strings; rows are then parsed from the
// worksheet part as they are asked for.
//
// Values: text → QString (empty text is a blank), numbers → double, booleans → bool, error
// cells → their text ("#N/A"). A number in a date or time format becomes a QDate, or a
// QDateTime when the format or the value has a time of day; spreadsheets store no time zone, so
// date-times are wall-clock times in Qt::LocalTime, as QDateTime(QDate, QTime) makes them.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxReader)

public:
    // Null (with `error` filled) when `path` is not a readable XLSX workbook. The first worksheet
    // is selected.
    static std::unique_ptr<XlsxReader> open(const QString &path, const ReadLimits &limits,
                                            ReadError *error);
    ~XlsxReader() override;

    SheetFormat format() const override { return SheetFormat::Xlsx; }
    QStringList sheetNames() const override;
    bool selectSheet(const QString &name) override;
    QString currentSheet() const override;
    bool readRow(QVector<QVariant> &cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    double progress() const override;

    // Date-time cells of these columns (0-based) come back as SerialDateTime from now on (and
    // for rows the parser has already read ahead, as QDateTime): for the importer, which wants
    // the wall-clock parts of every timestamp without a time-zone lookup per cell.
    void setSerialDateTimeColumns(const QVector<int> &columns);

private:
    explicit XlsxReader(const ReadLimits &limits);
    bool load(const QString &path);
    bool startSheet(int index);

    ReadLimits m_limits;
    // Declared before the stream and the parser, which use it, so that it is destroyed last.
    std::unique_ptr<ZipArchive> m_zip;
    XlsxWorkbook m_workbook;
    XlsxStyles m_styles;
    XlsxSharedStrings m_sharedStrings;
    std::unique_ptr<ZipMemberStream> m_stream;
    std::unique_ptr<XlsxSheetParser> m_parser;
    QVector<int> m_serialDateTimeColumns;
    int m_sheet = -1;
    qint64 m_rowNumber = 0;
    bool m_failed = false;
};

} // namespace akim::survey
