#pragma once

#include "sheetreader.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariant>

#include <vector>

namespace akim::survey {

class ZipArchive;

// How a number formatted by a cell style is meant to be read.
enum class NumberKind : quint8 {
    Number,
    Date,     // date tokens only
    DateTime, // date and time tokens
    Time,     // time tokens only, e.g. "h:mm" or "[h]:mm:ss"
};

// The part of styles.xml that matters for reading values: which cell styles (cellXfs, the `s`
// attribute of a cell) carry a date or time number format.
class XlsxStyles
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxStyles)

public:
    bool load(ZipArchive &zip, const QString &member, const ReadLimits &limits);
    QString errorString() const { return m_error; }

    NumberKind kindOfStyle(int styleIndex) const
    {
        return styleIndex >= 0 && size_t(styleIndex) < m_kinds.size() ? m_kinds[size_t(styleIndex)]
                                                                      : NumberKind::Number;
    }

    static NumberKind kindOfBuiltInFormat(int id);
    // Looks for date and time tokens (d m y h s) outside quoted text, escapes and [brackets]
    // (except the elapsed-time brackets [h] [mm] [ss]).
    static NumberKind kindOfFormatCode(QStringView code);
    // Converts a serial day number to QDate or QDateTime: QDate for a whole day in a date format,
    // QDateTime when the format or the value has a time part. Returns the number itself when it is
    // outside the calendar (negative, or after 9999-12-31). The 1900 system keeps Excel's
    // fictitious 29 February 1900 (serial 60), which is read as 28 February.
    static QVariant serialToVariant(double serial, NumberKind kind, bool date1904);
    // The day and the milliseconds into it (rounded) of a serial, as serialToVariant() reads
    // them; false when the serial is outside the calendar.
    static bool splitSerial(double serial, bool date1904, QDate *date, qint64 *ms);

private:
    std::vector<NumberKind> m_kinds;
    QString m_error;
};

// A date-time cell left as its serial number, for a caller that asked the reader for it
// (XlsxReader::setSerialDateTimeColumns): turning every timestamp of a big sheet into a local
// QDateTime costs a time-zone lookup (mktime) per cell, which the importer does not need.
struct SerialDateTime
{
    double serial = 0.0;
    bool date1904 = false;

    QVariant toVariant() const
    {
        return XlsxStyles::serialToVariant(serial, NumberKind::DateTime, date1904);
    }
};

} // namespace akim::survey

Q_DECLARE_METATYPE(akim::survey::SerialDateTime)
