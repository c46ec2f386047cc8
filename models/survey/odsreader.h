#pragma once

#include "sheetreader.h"

#include <memory>

namespace akim::survey {

class OdsContentParser;
class ZipArchive;
class ZipMemberStream;

// Streams the rows of one table of an OpenDocument spreadsheet (.ods). Opening checks the
// mimetype and lists the tables, which takes one pass over content.xml; rows are then parsed as
// they are asked for, and parsing stops at the end of the selected table.
//
// Values follow office:value-type: float, percentage and currency → double; date → QDate, or a
// QDateTime (Qt::LocalTime, a wall-clock time) when the value has a time; boolean → bool;
// string → the paragraphs joined with "\n". Other types (time) keep the text shown.
class OdsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::OdsReader)

public:
    // Null (with `error` filled) when `path` is not a readable ODS file. The first table is
    // selected.
    static std::unique_ptr<OdsReader> open(const QString &path, const ReadLimits &limits,
                                           ReadError *error);
    ~OdsReader() override;

    SheetFormat format() const override { return SheetFormat::Ods; }
    QStringList sheetNames() const override { return m_sheetNames; }
    bool selectSheet(const QString &name) override;
    QString currentSheet() const override;
    bool readRow(QVector<QVariant> &cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    double progress() const override;

private:
    explicit OdsReader(const ReadLimits &limits);
    bool load(const QString &path);
    bool checkPackage();
    bool startSheet(int index);

    ReadLimits m_limits;
    std::unique_ptr<ZipArchive> m_zip;
    QString m_content; // the member name of content.xml
    QStringList m_sheetNames;
    std::unique_ptr<ZipMemberStream> m_stream;
    std::unique_ptr<OdsContentParser> m_parser;
    int m_sheet = -1;
    qint64 m_rowNumber = 0;
    qint64 m_emittedOfRow = 0; // copies of the parser's next row already returned
    bool m_failed = false;
};

} // namespace akim::survey
