#pragma once

#include <QJsonValue>
#include <QString>
#include <QVariant>

// Conversions of spreadsheet cells shared by the survey importer and `akimcontest inspect`, so
// that both read a number or a date the same way. Nothing here depends on the user's locale:
// survey exports carry the locale of whoever made them, not of the machine that reads them.
namespace akim::survey {

// How a plain number in a date column is to be read.
enum class ExcelEpoch {
    None,      // a number is not a date
    Excel1900, // Excel's default serial days: 1 is 1900-01-01 (with the fictitious 1900-02-29)
    Excel1904, // old Mac Excel: 0 is 1904-01-01
};

// A cell as JSON, the way `inspect` shows what the importer reads: blank (invalid, null or an
// empty string) → null; numbers → JSON numbers (non-finite ones → null); bool → true/false;
// QDate → "2024-06-01"; QDateTime → "2024-06-01T10:30:00" (milliseconds only when there are
// any, an offset only when the value is not local time); QTime → "10:30:00"; text as it is.
QJsonValue toJson(const QVariant &cell);

// A number written by a person or a spreadsheet in any of the locales survey files come from:
// "4,5" and "4.5"; thousands separated by a space, a no-break space (U+00A0 or U+202F), a dot
// or a comma ("1 234 567,5", "1.234,5", "1,234.5"); a leading + or − (U+2212); an exponent.
// One comma alone is a decimal comma ("1,234" is 1.234), as in Russian and Kazakh. Returns a
// double, or an invalid QVariant when the text is not a number.
QVariant parseNumber(const QString &text);

// A date or date-time written as text: "15.06.2020" and "15.06.2020 10:21[:05]";
// "2020-06-15", "2020-06-15 10:21:05" and ISO 8601 with "T", milliseconds and an offset;
// "6/15/2020 10:21:05" (M/d/yyyy, as Google Forms writes in English; d/M/yyyy when the first
// number is over 12); "2020/06/15 10:21:05 AM GMT+6" (a Google Forms CSV download; the time is
// kept as written and the offset ignored, as for every other local time in a survey). With an
// epoch, a plain number is an Excel serial day. Returns QDate without a time, QDateTime (local
// time) with one, or an invalid QVariant.
QVariant parseDate(const QString &text, ExcelEpoch epoch = ExcelEpoch::None);

// An Excel serial day as QDate (a whole number) or QDateTime (with a time of day), in the 1900
// or 1904 system; invalid for a negative serial or one past 9999-12-31. Serial 60, Excel's
// 29 February 1900, is read as 28 February.
QVariant excelSerialToDate(double serial, bool date1904);

} // namespace akim::survey
