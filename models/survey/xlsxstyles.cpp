#include "xlsxstyles.h"

#include "xlsxworkbook.h"
#include "zipaccess.h"

#include <QDateTime>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace akim::survey {

NumberKind XlsxStyles::kindOfBuiltInFormat(int id)
{
    if (id >= 14 && id <= 17)
        return NumberKind::Date;
    if (id == 22)
        return NumberKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return NumberKind::Time;
    return NumberKind::Number;
}

NumberKind XlsxStyles::kindOfFormatCode(QStringView code)
{
    bool date = false;
    bool time = false;
    bool month = false; // "m" alone is a month; next to h or s it is minutes, either way a date
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped literal, a space as wide as the next character, a fill character
        } else if (c == QLatin1Char('[')) {
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QStringView inside = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1);
            // [h], [mm], [ss]: elapsed time. Anything else ([Red], [$-409], [<=100]) is not.
            if (!inside.isEmpty() &&
                std::all_of(inside.begin(), inside.end(),
                            [&](QChar x) { return x.toLower() == inside.front().toLower(); }) &&
                QStringLiteral("hms").contains(inside.front().toLower()))
                time = true;
            i = end < 0 ? code.size() : end;
        } else {
            switch (c.toLower().unicode()) {
            case 'd':
            case 'y':
                date = true;
                break;
            case 'h':
            case 's':
                time = true;
                break;
            case 'm':
                month = true;
                break;
            default:
                break;
            }
        }
    }
    if (date)
        return time ? NumberKind::DateTime : NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return month ? NumberKind::Date : NumberKind::Number;
}

QVariant XlsxStyles::serialToVariant(double serial, NumberKind kind, bool date1904)
{
    QDate date;
    qint64 ms = 0;
    if (!splitSerial(serial, date1904, &date, &ms))
        return serial;
    if (kind == NumberKind::Date && ms == 0)
        return date;
    // A spreadsheet's date-time has no time zone: it is a wall-clock time, kept as local time
    // like QDateTime(QDate, QTime) does.
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)));
}

bool XlsxStyles::splitSerial(double serial, bool date1904, QDate *result, qint64 *resultMs)
{
    constexpr double kLastSerial = 2958465.0; // 9999-12-31 in the 1900 system
    constexpr qint64 kDayMs = 86400000;
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial + 1)
        return false;
    qint64 days = qint64(std::floor(serial));
    // Rounded to the millisecond: a time stored as 0.5416666666666666 is 13:00:00, not 12:59:59.
    qint64 ms = std::llround((serial - double(days)) * double(kDayMs));
    if (ms >= kDayMs) {
        ++days;
        ms -= kDayMs;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days);
    else if (days == 60)
        date = QDate(1900, 2, 28);
    else
        date = QDate(1899, 12, 31).addDays(days);
    if (!date.isValid() || date.year() > 9999)
        return false;
    *result = date;
    *resultMs = ms;
    return true;
}

bool XlsxStyles::load(ZipArchive &zip, const QString &member, const ReadLimits &limits)
{
    m_kinds.clear();
    QByteArray data;
    if (!XlsxWorkbook::readPart(zip, member, limits, &data, &m_error))
        return false;
    QHash<int, NumberKind> custom;
    bool inNumFmts = false;
    bool inCellXfs = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            break;
        if ((token != QXmlStreamReader::StartElement && token != QXmlStreamReader::EndElement) ||
            !ooxml::isMainNamespace(xml.namespaceUri()))
            continue;
        const bool start = token == QXmlStreamReader::StartElement;
        const QStringView name = xml.name();
        if (name == QLatin1String("numFmts")) {
            inNumFmts = start;
        } else if (name == QLatin1String("cellXfs")) {
            inCellXfs = start;
        } else if (start && inNumFmts && name == QLatin1String("numFmt")) {
            // Differential formats (dxfs) have numFmt elements too; only these define ids.
            const QXmlStreamAttributes attributes = xml.attributes();
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          kindOfFormatCode(attributes.value(QLatin1String("formatCode"))));
        } else if (start && inCellXfs && name == QLatin1String("xf")) {
            bool ok = false;
            const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt(&ok);
            const auto it = custom.constFind(id);
            m_kinds.push_back(!ok                   ? NumberKind::Number
                              : it != custom.cend() ? *it
                                                    : kindOfBuiltInFormat(id));
        }
    }
    m_error = XlsxWorkbook::xmlError(xml, member);
    return m_error.isEmpty();
}

} // namespace akim::survey
