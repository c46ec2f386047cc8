#include "survey/xlsreader.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QtEndian>

#include <freexl.h>

#include <cstring>

namespace akim::survey {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr char kOleMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

quint16 u16(const char *p)
{
    return qFromLittleEndian<quint16>(p);
}

quint32 u32(const char *p)
{
    return qFromLittleEndian<quint32>(p);
}

// Just enough of an OLE2 compound file to find the workbook stream, with every offset and
// chain checked, so that the checks below can run before FreeXL sees the file.
class CompoundFile
{
public:
    explicit CompoundFile(const QByteArray &data)
        : m_data(data)
    {}

    // The "Workbook" (BIFF8) or "Book" (BIFF5) stream; empty with `error` set when it cannot
    // be read.
    QByteArray workbook(QString *error)
    {
        if (m_data.size() < 1024)
            return damaged(error, XlsReader::tr("the file is too short"));
        const quint16 shift = u16(m_data.constData() + 0x1E);
        if (shift != 9 && shift != 12)
            return damaged(error, XlsReader::tr("bad compound file header"));
        m_sectorSize = 1 << shift;
        m_sectors = quint32(m_data.size() / m_sectorSize - 1);
        QVector<quint32> fatSectors;
        for (int i = 0; i < 109; ++i) {
            const quint32 sector = u32(m_data.constData() + 0x4C + 4 * i);
            if (sector != kFreeSector && sector != kEndOfChain)
                fatSectors << sector;
        }
        quint32 difat = u32(m_data.constData() + 0x44);
        for (quint32 n = u32(m_data.constData() + 0x48); n > 0 && difat != kEndOfChain; --n) {
            if (difat >= m_sectors || quint32(fatSectors.size()) > m_sectors)
                return damaged(error, XlsReader::tr("bad sector allocation table"));
            const char *p = sector(difat);
            for (int i = 0; i < m_sectorSize / 4 - 1; ++i) {
                if (u32(p + 4 * i) != kFreeSector)
                    fatSectors << u32(p + 4 * i);
            }
            difat = u32(p + m_sectorSize - 4);
        }
        for (quint32 fatSector : std::as_const(fatSectors)) {
            if (fatSector >= m_sectors)
                return damaged(error, XlsReader::tr("bad sector allocation table"));
            for (int i = 0; i < m_sectorSize / 4; ++i)
                m_fat << u32(sector(fatSector) + 4 * i);
        }

        const QByteArray directory = read(m_fat, u32(m_data.constData() + 0x30), -1, error);
        if (directory.isEmpty())
            return damaged(error, XlsReader::tr("the directory cannot be read"));
        quint32 rootStart = kEndOfChain;
        qint64 rootSize = 0;
        for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
            const char *e = directory.constData() + at;
            const int nameBytes = std::min<int>(u16(e + 0x40), 64);
            const QString name = QString::fromUtf16(reinterpret_cast<const char16_t *>(e),
                                                    std::max(0, nameBytes / 2 - 1));
            const quint8 type = quint8(e[0x42]);
            if (type == 5) {
                rootStart = u32(e + 0x74);
                rootSize = u32(e + 0x78);
            } else if (type == 2 &&
                       (name == QLatin1String("Workbook") || name == QLatin1String("Book"))) {
                return stream(u32(e + 0x74), u32(e + 0x78), rootStart, rootSize, error);
            }
        }
        if (error->isEmpty())
            *error = XlsReader::tr("the file holds no Excel workbook (it may be a Word "
                                   "document or another Office file)");
        return {};
    }

private:
    const char *sector(quint32 index) const
    {
        return m_data.constData() + (qint64(index) + 1) * m_sectorSize;
    }

    // Follows a chain of `table` from `start`; `size` < 0 reads the whole chain.
    QByteArray read(const QVector<quint32> &table, quint32 start, qint64 size, QString *error,
                    const QByteArray *mini = nullptr) const
    {
        const int unit = mini ? 64 : m_sectorSize;
        const qint64 units = mini ? mini->size() / 64 : m_sectors;
        QByteArray result;
        for (quint32 s = start, steps = 0; s != kEndOfChain; s = table.at(s), ++steps) {
            if (s >= quint32(table.size()) || s >= units || steps > units)
                return damaged(error, XlsReader::tr("a broken sector chain; the file may be "
                                                    "truncated"));
            result.append(mini ? mini->constData() + qint64(s) * 64 : sector(s), unit);
            if (size >= 0 && result.size() >= size)
                break;
        }
        if (size >= 0 && result.size() < size)
            return damaged(error, XlsReader::tr("the workbook stream is cut short"));
        return size >= 0 ? result.left(size) : result;
    }

    QByteArray stream(quint32 start, qint64 size, quint32 rootStart, qint64 rootSize,
                      QString *error) const
    {
        const quint32 miniFatSectors = u32(m_data.constData() + 0x40);
        // FreeXL reads a small stream from the mini stream only when there is a mini FAT.
        if (miniFatSectors == 0 || size > qint64(u32(m_data.constData() + 0x38)))
            return read(m_fat, start, size, error);
        const QByteArray miniFatBytes = read(m_fat, u32(m_data.constData() + 0x3C), -1, error);
        const QByteArray miniStream = read(m_fat, rootStart, rootSize, error);
        if (!error->isEmpty())
            return {};
        QVector<quint32> miniFat;
        for (qsizetype at = 0; at + 4 <= miniFatBytes.size(); at += 4)
            miniFat << u32(miniFatBytes.constData() + at);
        return read(miniFat, start, size, error, &miniStream);
    }

    static QByteArray damaged(QString *error, const QString &what)
    {
        if (error->isEmpty())
            *error = XlsReader::tr("the file is damaged (%1)").arg(what);
        return {};
    }

    const QByteArray &m_data;
    int m_sectorSize = 512;
    quint32 m_sectors = 0;
    QVector<quint32> m_fat;
};

// Walks the BIFF records of the workbook stream: a FILEPASS record means the rest is
// encrypted, and the sheets' dimensions (or, without one, their highest cell) say how much
// memory FreeXL would take. Returns an error message, or nothing.
QString checkRecords(const QByteArray &stream)
{
    const char *data = stream.constData();
    const qsizetype size = stream.size();
    if (size < 8 || u16(data) != 0x0809 || (u16(data + 4) != 0x0600 && u16(data + 4) != 0x0500))
        return XlsReader::tr("not an Excel 97–2003 workbook (the stream does not start with a "
                             "BIFF5 or BIFF8 header)");
    const bool biff8 = u16(data + 4) == 0x0600;
    bool globals = true;
    qint64 total = 0;
    qint64 declared = -1;
    qint64 maxRow = -1;
    qint64 maxColumn = -1;
    const auto endSheet = [&] {
        total += declared >= 0 ? declared : (maxRow + 1) * (maxColumn + 1);
        declared = maxRow = maxColumn = -1;
    };
    for (qsizetype at = 0; at + 4 <= size;) {
        const quint16 type = u16(data + at);
        const quint16 length = u16(data + at + 2);
        const char *body = data + at + 4;
        if (type == 0 && length == 0)
            break; // the padding after the last record
        if (at + 4 + length > size)
            return XlsReader::tr("the file is damaged (a record runs past the end of the "
                                 "workbook stream)");
        if (type == 0x002F && globals) // FILEPASS
            return XlsReader::tr("the workbook is protected with a password; open it in Excel, "
                                 "remove the password and save it again");
        if (type == 0x000A) { // EOF
            if (!globals)
                endSheet();
            globals = false;
        } else if (type == 0x0200 && !globals) { // DIMENSION
            const qint64 rows = biff8 && length >= 14 ? u32(body + 4)
                                : length >= 8         ? u16(body + 2)
                                                      : 0;
            const qint64 columns = length >= (biff8 ? 12 : 8) ? u16(body + (biff8 ? 10 : 6)) : 0;
            declared = std::max<qint64>(declared, 0) + rows * columns;
        } else if (!globals && length >= 4 &&
                   (type == 0x0203 || type == 0x027E || type == 0x00BD || type == 0x0204 ||
                    type == 0x00FD || type == 0x0205)) {
            maxRow = std::max<qint64>(maxRow, u16(body));
            const qint64 last = type == 0x00BD && length >= 6 ? u16(body + length - 2) : 0;
            maxColumn = std::max<qint64>(maxColumn, std::max<qint64>(u16(body + 2), last));
        }
        if (total > XlsReader::kMaxCells || declared > XlsReader::kMaxCells)
            return XlsReader::tr("the sheets claim more than %1 cells, too many to read "
                                 "safely; open the file in Excel and save it as XLSX")
                .arg(XlsReader::kMaxCells);
        at += 4 + length;
    }
    return QString();
}

QString freexlMessage(int code)
{
    switch (code) {
    case FREEXL_FILE_NOT_FOUND:
        return XlsReader::tr("the file cannot be opened");
    case FREEXL_INSUFFICIENT_MEMORY:
        return XlsReader::tr("the workbook is too large to read");
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return XlsReader::tr("the file holds no Excel workbook");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return XlsReader::tr("the workbook holds text in an unknown encoding");
    default:
        return XlsReader::tr("the file is damaged or not an Excel 97–2003 workbook (FreeXL "
                             "error %1)")
            .arg(code);
    }
}

QDate isoDate(const QByteArray &text)
{
    // Like Excel, FreeXL counts a 29 February 1900; the XLSX reader reads it as the 28th.
    if (text == "1900-02-29")
        return QDate(1900, 2, 28);
    return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
}

// "HH:MM:SS" on `date`; FreeXL rounds 23:59:59.6 up to "24:00:00".
QVariant dateTime(QDate date, const QByteArray &time)
{
    const QList<QByteArray> parts = time.split(':');
    if (!date.isValid() || parts.size() != 3)
        return {};
    int hours = parts.at(0).toInt();
    if (hours >= 24) {
        date = date.addDays(hours / 24);
        hours %= 24;
    }
    const QTime clock(hours, parts.at(1).toInt(), parts.at(2).toInt());
    return clock.isValid() ? QVariant(QDateTime(date, clock)) : QVariant();
}

} // namespace

XlsReader::XlsReader(const ReadLimits &limits)
    : m_limits(limits)
{}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

std::unique_ptr<XlsReader> XlsReader::open(const QString &path, const ReadLimits &limits,
                                           ReadError *error)
{
    std::unique_ptr<XlsReader> reader(new XlsReader(limits));
    reader->setFileName(path);
    if (!reader->load(path)) {
        if (error)
            *error = reader->error();
        return nullptr;
    }
    if (error)
        *error = ReadError{path, 0, 0, QString()};
    return reader;
}

bool XlsReader::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(0, 0, tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("the file cannot be opened: %1").arg(file.errorString()));
    if (file.size() == 0)
        return fail(0, 0, tr("the file is empty"));
    // Mapped rather than read: the checks look at the whole file, which may be large.
    const uchar *mapped = file.map(0, file.size());
    const QByteArray data = mapped ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped),
                                                             qsizetype(file.size()))
                                   : file.readAll();
    if (data.startsWith(QByteArray::fromRawData(kOleMagic, 8))) {
        QString problem;
        const QByteArray stream = CompoundFile(data).workbook(&problem);
        if (problem.isEmpty())
            problem = checkRecords(stream);
        if (!problem.isEmpty())
            return fail(0, 0, problem);
    } else if (data.size() < 8 || data.at(0) != '\x09' ||
               (data.at(1) != '\x00' && data.at(1) != '\x02' && data.at(1) != '\x04') ||
               (data.at(2) != '\x04' && data.at(2) != '\x06') || data.at(3) != '\x00') {
        // Neither a compound file nor a BIFF2–4 worksheet (a BOF record 0x0009, 0x0209 or
        // 0x0409 of 4 or 6 bytes).
        return fail(0, 0, tr("not an Excel 97–2003 workbook"));
    }
    file.close(); // unmaps `data`, which is not used below

    const int rc = freexl_open(QFile::encodeName(path).constData(), &m_handle);
    if (rc != FREEXL_OK) {
        if (m_handle)
            freexl_close(m_handle); // FreeXL wants this even after a failure
        m_handle = nullptr;
        return fail(0, 0, freexlMessage(rc));
    }
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info != FREEXL_BIFF_PLAIN)
        return fail(0, 0, tr("the workbook is protected with a password"));
    m_date1904 = freexl_get_info(m_handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK &&
                 info == FREEXL_BIFF_DATEMODE_1904;
    unsigned int sheets = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned int i = 0; i < sheets && i < 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, quint16(i), &name) != FREEXL_OK || !name)
            return fail(0, 0, tr("the name of sheet %1 cannot be read").arg(i + 1));
        m_sheetNames << QString::fromUtf8(name);
    }
    if (m_sheetNames.isEmpty())
        return fail(0, 0, tr("the workbook has no sheets"));
    return startSheet(0);
}

QString XlsReader::currentSheet() const
{
    return m_sheet < 0 ? QString() : m_sheetNames.at(m_sheet);
}

bool XlsReader::selectSheet(const QString &name)
{
    for (int pass = 0; pass < 2; ++pass) {
        const Qt::CaseSensitivity cs = pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (int i = 0; i < m_sheetNames.size(); ++i) {
            if (m_sheetNames.at(i).compare(name, cs) == 0)
                return startSheet(i);
        }
    }
    return fail(0, 0, tr("the workbook has no sheet named \"%1\"").arg(name));
}

bool XlsReader::startSheet(int index)
{
    m_sheet = index;
    m_rowNumber = 0;
    m_lastRow = 0;
    m_columns = 0;
    m_failed = true;
    unsigned int rows = 0;
    if (freexl_select_active_worksheet(m_handle, quint16(index)) != FREEXL_OK ||
        freexl_worksheet_dimensions(m_handle, &rows, &m_columns) != FREEXL_OK)
        return fail(0, 0, tr("sheet \"%1\" cannot be read").arg(m_sheetNames.at(index)));
    if (m_columns > m_limits.maxCellsPerRow)
        return fail(1, 0,
                    tr("sheet \"%1\" has %2 columns, more than the %3 allowed")
                        .arg(m_sheetNames.at(index))
                        .arg(m_columns)
                        .arg(m_limits.maxCellsPerRow));
    // Blank rows at the end (formatted but empty cells widen the dimension) are not returned.
    for (qint64 row = qint64(rows) - 1; row >= 0 && m_lastRow == 0; --row) {
        for (quint16 column = 0; column < m_columns; ++column) {
            if (cell(quint32(row), column).isValid()) {
                m_lastRow = row + 1;
                break;
            }
        }
    }
    m_failed = false;
    fail(0, 0, QString()); // a sheet that opens clears the error of an earlier attempt
    return true;
}

QVariant XlsReader::cell(quint32 row, quint16 column) const
{
    FreeXL_CellValue value;
    if (freexl_get_cell_value(m_handle, row, column, &value) != FREEXL_OK)
        return {};
    switch (value.type) {
    case FREEXL_CELL_INT:
        return double(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return value.value.double_value;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT: {
        const QString text = QString::fromUtf8(value.value.text_value);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FREEXL_CELL_DATE: {
        const QDate date = isoDate(QByteArray(value.value.text_value));
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case FREEXL_CELL_DATETIME: {
        const QByteArray text(value.value.text_value);
        return dateTime(isoDate(text.left(10)), text.mid(11));
    }
    case FREEXL_CELL_TIME:
        return dateTime(QDate(1899, 12, 31), QByteArray(value.value.text_value));
    default:
        return {};
    }
}

bool XlsReader::readRow(QVector<QVariant> &cells)
{
    cells.clear();
    if (m_failed || m_rowNumber >= m_lastRow)
        return false;
    const quint32 row = quint32(m_rowNumber);
    cells.resize(m_columns);
    for (quint16 column = 0; column < m_columns; ++column) {
        cells[column] = cell(row, column);
        if (cells.at(column).metaType().id() == QMetaType::QString &&
            cells.at(column).toString().size() * 2 > m_limits.maxCellBytes) {
            cells.clear();
            m_failed = true;
            return fail(m_rowNumber + 1, column + 1,
                        tr("the cell holds more than %1 bytes").arg(m_limits.maxCellBytes));
        }
    }
    while (!cells.isEmpty() && !cells.constLast().isValid())
        cells.removeLast();
    ++m_rowNumber;
    return true;
}

double XlsReader::progress() const
{
    return m_rowNumber >= m_lastRow ? 1.0 : double(m_rowNumber) / double(m_lastRow);
}

} // namespace akim::survey
