#include "survey/cellvalue.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <cmath>

namespace akim::survey {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr double kLastSerial = 2958465; // 9999-12-31 in the 1900 system

QString isoTime(const QTime &time)
{
    return time.toString(time.msec() ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

// The characters people and spreadsheets put between groups of thousands.
bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// "+1234.5" with a dot and no grouping: the one form QLocale::c() is asked to read.
QVariant plainNumber(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral("^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$"));
    if (!plain.match(text).hasMatch())
        return {};
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return {};
    return value;
}

// Removes `group` and turns `decimal` into a dot, when `text` is grouped by threes with them.
QString ungroup(const QString &text, QChar group, QChar decimal)
{
    const QString g = QRegularExpression::escape(QString(group));
    const QString d = QRegularExpression::escape(QString(decimal));
    const QRegularExpression grouped(QStringLiteral("^[+-]?\\d{1,3}(?:") + g +
                                     QStringLiteral("\\d{3})+(?:") + d + QStringLiteral("\\d+)?$"));
    if (!grouped.match(text).hasMatch())
        return QString();
    QString result = text;
    result.remove(group);
    result.replace(decimal, QLatin1Char('.'));
    return result;
}

QTime makeTime(const QString &hours, const QString &minutes, const QString &seconds,
               const QString &ampm)
{
    int h = hours.toInt();
    if (!ampm.isEmpty()) {
        if (h < 1 || h > 12)
            return {};
        const bool pm = ampm.startsWith(QLatin1Char('P'), Qt::CaseInsensitive);
        h = h % 12 + (pm ? 12 : 0);
    }
    return QTime(h, minutes.toInt(), seconds.isEmpty() ? 0 : seconds.toInt());
}

QVariant combine(const QDate &date, const QTime &time, bool hasTime)
{
    if (!date.isValid() || (hasTime && !time.isValid()))
        return {};
    if (!hasTime)
        return date;
    return QDateTime(date, time);
}

} // namespace

QJsonValue toJson(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return QJsonValue::Null;
    switch (cell.metaType().id()) {
    case QMetaType::Bool:
        return cell.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Float:
    case QMetaType::Double: {
        const double value = cell.toDouble();
        return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QTime:
        return isoTime(cell.toTime());
    case QMetaType::QDateTime: {
        const QDateTime dt = cell.toDateTime();
        if (!dt.isValid())
            return QJsonValue::Null;
        if (dt.timeSpec() != Qt::LocalTime)
            return dt.toString(dt.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
        const QString text =
            dt.date().toString(Qt::ISODate) + QLatin1Char('T') + isoTime(dt.time());
        return text;
    }
    default:
        break;
    }
    const QString text = cell.toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QVariant parseNumber(const QString &input)
{
    QString text = input.trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-'));
    if (text.isEmpty())
        return {};

    // Spaces between groups: "1 234 567,5". Normalise them to one kind first.
    bool spaced = false;
    for (QChar &c : text) {
        if (isGroupSpace(c)) {
            c = u' ';
            spaced = true;
        }
    }
    if (spaced) {
        for (QChar decimal : {u',', u'.'}) {
            const QString plain = ungroup(text, u' ', decimal);
            if (!plain.isEmpty())
                return plainNumber(plain);
        }
        return {};
    }

    const qsizetype comma = text.lastIndexOf(QLatin1Char(','));
    const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && dot >= 0) {
        // Both: whichever comes last is the decimal separator.
        const QChar decimal = comma > dot ? u',' : u'.';
        const QChar group = comma > dot ? u'.' : u',';
        return plainNumber(ungroup(text, group, decimal));
    }
    if (comma >= 0) {
        if (text.count(QLatin1Char(',')) > 1)
            return plainNumber(ungroup(text, u',', u'.'));
        return plainNumber(QString(text).replace(QLatin1Char(','), QLatin1Char('.')));
    }
    if (text.count(QLatin1Char('.')) > 1)
        return plainNumber(ungroup(text, u'.', u','));
    return plainNumber(text);
}

QVariant parseDate(const QString &input, ExcelEpoch epoch)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};

    // dd.MM.yyyy [HH:mm[:ss]], as Russian and Kazakh locales write it.
    static const QRegularExpression dotted(QStringLiteral(
        "^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}),? ?(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    QRegularExpressionMatch m = dotted.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        return combine(date, makeTime(m.captured(4), m.captured(5), m.captured(6), QString()),
                       m.capturedLength(4) > 0);
    }

    // yyyy-MM-dd [HH:mm:ss]: LimeSurvey and databases. "T", milliseconds or an offset: ISO 8601.
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    m = iso.match(text);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return combine(date, makeTime(m.captured(4), m.captured(5), m.captured(6), QString()),
                       m.capturedLength(4) > 0);
    }
    if (text.size() > 10 && text.at(4) == u'-' && text.at(10) == u'T') {
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(text, Qt::ISODate);
        if (dt.isValid())
            return dt;
        return {};
    }

    // Slashes: yyyy/MM/dd (Google Forms' CSV), M/d/yyyy (Google Forms in English), d/M/yyyy.
    static const QRegularExpression slashed(
        QStringLiteral("^(\\d{1,4})/(\\d{1,2})/(\\d{1,4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                       "(?: ?([AaPp][Mm]))?)?(?: (?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?$"));
    m = slashed.match(text);
    if (m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int c = m.captured(3).toInt();
        QDate date;
        if (m.capturedLength(1) == 4)
            date = QDate(a, b, c);
        else if (m.capturedLength(3) == 4)
            date = a > 12 ? QDate(c, b, a) : QDate(c, a, b);
        return combine(date, makeTime(m.captured(4), m.captured(5), m.captured(6), m.captured(7)),
                       m.capturedLength(4) > 0);
    }

    if (epoch != ExcelEpoch::None) {
        const QVariant serial = parseNumber(text);
        if (serial.isValid())
            return excelSerialToDate(serial.toDouble(), epoch == ExcelEpoch::Excel1904);
    }
    return {};
}

QVariant excelSerialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= kLastSerial + 1)
        return {};
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * double(kDayMs));
    if (ms >= kDayMs) { // 23:59:59.9996 rounds up to the next day
        ++days;
        ms = 0;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days); // after Excel's fictitious 1900-02-29
    else if (days == 60)
        date = QDate(1900, 2, 28);
    else
        date = QDate(1899, 12, 31).addDays(days);
    if (ms == 0 && serial == std::floor(serial))
        return date;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(ms)));
}

} // namespace akim::survey
