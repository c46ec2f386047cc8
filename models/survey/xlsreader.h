#pragma once

#include "survey/sheetreader.h"

#include <memory>

namespace akim::survey {

// Reads a legacy Excel 97–2003 workbook (.xls, BIFF5/BIFF8 in an OLE2 compound file; also the
// older single-stream BIFF2–4) with FreeXL. FreeXL decodes the whole workbook when it opens, so
// rows are then served from memory; before that, the file is checked here without FreeXL: a
// password-protected workbook is refused with a clear message, and so is one whose sheets
// claim more cells than can be held, since FreeXL allocates every sheet's declared grid.
//
// Cells: numbers (FreeXL's integers and doubles) → double; text → QString (an empty one is
// blank); cells in a date format → QDate, QDateTime (local time), or for a time of day alone a
// QDateTime on 1899-12-31, as the XLSX reader gives them. FreeXL reads no formula results and
// reports a boolean as the number 1 or 0, so those come back blank and as doubles.
class XlsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsReader)

public:
    // The most cells (summed over the sheets, as their dimensions declare them) a workbook may
    // claim: FreeXL keeps 16 bytes per cell, so this is 256 MB.
    static constexpr qint64 kMaxCells = qint64(16) * 1024 * 1024;

    // Null (with `error` filled) when `path` is not a readable .xls workbook. The first sheet
    // is selected.
    static std::unique_ptr<XlsReader> open(const QString &path, const ReadLimits &limits,
                                           ReadError *error);
    ~XlsReader() override;

    SheetFormat format() const override { return SheetFormat::Xls; }
    QStringList sheetNames() const override { return m_sheetNames; }
    bool selectSheet(const QString &name) override;
    QString currentSheet() const override;
    bool readRow(QVector<QVariant> &cells) override;
    qint64 rowNumber() const override { return m_rowNumber; }
    double progress() const override;

    bool date1904() const { return m_date1904; }

private:
    explicit XlsReader(const ReadLimits &limits);
    bool load(const QString &path);
    bool startSheet(int index);
    QVariant cell(quint32 row, quint16 column) const;

    ReadLimits m_limits;
    const void *m_handle = nullptr; // FreeXL's
    QStringList m_sheetNames;
    int m_sheet = -1;
    quint16 m_columns = 0;
    qint64 m_lastRow = 0; // 1-based number of the last row with a value
    qint64 m_rowNumber = 0;
    bool m_date1904 = false;
    bool m_failed = false;
};

} // namespace akim::survey
