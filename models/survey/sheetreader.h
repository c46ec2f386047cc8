#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

namespace akim::survey {

enum class SheetFormat {
    Csv,
    Xlsx,
    Ods,
    Xls,
};

QString sheetFormatKey(SheetFormat format); // "csv", "xlsx", "ods", "xls"

// Limits that keep a hostile file from exhausting memory. All configurable; the defaults fit the
// largest real exports (a million responses) with room to spare.
struct ReadLimits
{
    qint64 maxInflatedBytes = qint64(2) * 1024 * 1024 * 1024; // per archive member
    int maxCellsPerRow = 16384;
    int maxCellBytes = 1024 * 1024;
    int maxRepeatedRows = 1024; // ODS: trailing repeats are capped, never expanded
};

// Where and what went wrong; rows and columns are 1-based as a spreadsheet shows them, 0 when
// the problem is not tied to one.
struct ReadError
{
    QString file;
    qint64 row = 0;
    int column = 0;
    QString message;

    bool isError() const { return !message.isEmpty(); }
    QString toString() const; // "file, row 12, column C: message"
};

// Options a user can override in the import wizard (CSV only; ignored by other formats).
struct CsvOptions
{
    QString encoding; // empty: detect; else "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251",
                      // "IBM866", ...
    QChar delimiter;  // null: detect among , ; TAB (and a "sep=" first line)
};

// A streaming reader over one sheet of a spreadsheet. Cells are QVariant: QString, double, bool,
// QDate or QDateTime; an invalid QVariant is a blank cell ("not answered", never zero). Rows keep
// their position: a row missing from a sparse sheet comes back empty, not skipped.
class SheetReader
{
public:
    virtual ~SheetReader();

    virtual SheetFormat format() const = 0;
    virtual QStringList sheetNames() const = 0; // CSV: one, the file's base name
    // Selects the sheet to stream and rewinds; false (with error()) when it does not exist.
    virtual bool selectSheet(const QString &name) = 0;
    virtual QString currentSheet() const = 0;
    // Reads the next row into `cells`; false at the end or on an error (check error()).
    virtual bool readRow(QVector<QVariant> &cells) = 0;
    virtual qint64 rowNumber() const = 0; // 1-based number of the row last read
    // Fraction of the input consumed, 0..1, for a progress bar.
    virtual double progress() const = 0;

    const ReadError &error() const { return m_error; }

    // Opens `path`, choosing the reader from the content (never the extension alone: an "xlsx"
    // may be a CSV or an ODS). Returns null and fills `error` when the file cannot be read.
    static std::unique_ptr<SheetReader> open(const QString &path, ReadError *error,
                                             const CsvOptions &csv = {},
                                             const ReadLimits &limits = {});

protected:
    bool fail(qint64 row, int column, const QString &message);
    void setFileName(const QString &file) { m_error.file = file; }

private:
    ReadError m_error;
};

} // namespace akim::survey
