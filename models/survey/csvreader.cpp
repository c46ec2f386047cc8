#include "survey/csvreader.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace akim::survey {

namespace {

// Records looked at to choose the delimiter.
constexpr int SniffRecords = 50;
// No real row comes near this; a hostile file with millions of small cells on one line would.
constexpr qsizetype MaxRowChars = qsizetype(64) * 1024 * 1024;

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The length of a "sep=;" line at the start of `text` (Excel's way of naming the delimiter),
// line break included; 0 when there is none. `complete`: nothing follows `text`.
qsizetype sepLineLength(QStringView text, bool complete)
{
    if (text.size() < 5 || !text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
        return 0;
    const QChar separator = text.at(4);
    if (separator == u'"' || isLineBreak(separator))
        return 0;
    if (text.size() == 5)
        return complete ? 5 : 0;
    if (text.at(5) == u'\n')
        return 6;
    if (text.at(5) == u'\r')
        return text.size() > 6 && text.at(6) == u'\n' ? 7 : 6;
    return 0;
}

// The number of fields in each of the first records of `text` split at `delimiter`, honouring
// quotes; blank lines are left out, and so is a last record cut off by the sample's end.
QList<int> fieldCounts(QStringView text, char16_t delimiter, bool complete)
{
    QList<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool atFieldStart = true;
    bool blank = true;
    for (qsizetype i = 0; i < text.size() && counts.size() < SniffRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"')
                    ++i;
                else
                    inQuotes = false;
            }
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            if (!blank)
                counts.append(fields);
            fields = 1;
            atFieldStart = true;
            blank = true;
            continue;
        }
        blank = false;
        if (c == delimiter) {
            ++fields;
            atFieldStart = true;
        } else {
            inQuotes = atFieldStart && c == u'"';
            atFieldStart = false;
        }
    }
    if (complete && !blank && !inQuotes && counts.size() < SniffRecords)
        counts.append(fields);
    return counts;
}

// The delimiter that splits the first records into the same number (above one) of fields most
// consistently; among equals, the one giving more fields, then TAB before ';' before ','.
QChar detectDelimiter(QStringView text, bool complete)
{
    QChar best = u',';
    double bestConsistency = -1;
    int bestFields = 1;
    for (const char16_t candidate : {u'\t', u';', u','}) {
        const QList<int> counts = fieldCounts(text, candidate, complete);
        QMap<int, int> frequency;
        for (const int count : counts)
            ++frequency[count];
        int mode = 0;
        int modeFrequency = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() >= modeFrequency) {
                mode = it.key();
                modeFrequency = it.value();
            }
        }
        if (mode < 2)
            continue;
        const double consistency = double(modeFrequency) / double(counts.size());
        if (consistency > bestConsistency + 1e-9 ||
            (consistency > bestConsistency - 1e-9 && mode > bestFields)) {
            best = QChar(candidate);
            bestConsistency = consistency;
            bestFields = mode;
        }
    }
    return best;
}

bool isBlankRecord(const QVector<QVariant> &cells)
{
    return std::none_of(cells.cbegin(), cells.cend(),
                        [](const QVariant &v) { return v.isValid(); });
}

} // namespace

CsvReader::~CsvReader() = default;

std::unique_ptr<CsvReader> CsvReader::open(const QString &path, const CsvOptions &options,
                                           const ReadLimits &limits, ReadError *error)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_limits = limits;
    reader->setFileName(path);
    reader->m_sheetName = QFileInfo(path).completeBaseName();
    const bool ok = reader->start(path, options);
    if (error != nullptr)
        *error = reader->error();
    if (!ok)
        return nullptr;
    return reader;
}

bool CsvReader::start(const QString &path, const CsvOptions &options)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return fail(0, 0, tr("The file cannot be opened: %1").arg(m_file.errorString()));
    m_size = m_file.size();
    const QByteArray sample = m_file.read(EncodingDetector::SampleSize);
    const bool wholeFile = sample.size() < EncodingDetector::SampleSize || sample.size() >= m_size;
    if (sample.isEmpty())
        return fail(0, 0, tr("The file is empty"));
    const QString binaryMessage = tr("This is not a text spreadsheet: the file holds binary data");

    if (options.encoding.isEmpty()) {
        const EncodingGuess guess = EncodingDetector::detect(sample, wholeFile);
        if (guess.binary)
            return fail(0, 0, binaryMessage);
        m_encoding = guess.encoding;
        m_bomLength = guess.bomLength;
        m_warnings = guess.warnings;
        m_decodeWarned = guess.invalidBytes;
    } else {
        m_encoding = TextDecoder::canonicalName(options.encoding);
        if (m_encoding.isEmpty())
            return fail(0, 0, tr("Unknown encoding “%1”").arg(options.encoding));
        const bool wide = m_encoding.startsWith(QLatin1String("UTF-16")) ||
                          m_encoding.startsWith(QLatin1String("UTF-32"));
        if (!wide && EncodingDetector::looksBinary(sample))
            return fail(0, 0, binaryMessage);
        m_bomLength = EncodingDetector::bomLength(sample, m_encoding);
        m_warnings = EncodingDetector::warningsFor(m_encoding);
    }
    m_repair = m_encoding == EncodingDetector::doubleEncodedName();
    if (wholeFile && sample.size() == m_bomLength)
        return fail(0, 0, tr("The file is empty"));

    QString text;
    TextDecoder(m_encoding).decode(QByteArrayView(sample).sliced(m_bomLength), text);
    const qsizetype sepLength = sepLineLength(text, wholeFile);
    if (!options.delimiter.isNull()) {
        if (options.delimiter == u'"' || isLineBreak(options.delimiter))
            return fail(0, 0, tr("A quote or a line break cannot be the delimiter"));
        m_delimiter = options.delimiter;
    } else if (sepLength > 0) {
        m_delimiter = text.at(4);
    } else {
        m_delimiter = detectDelimiter(text, wholeFile);
    }
    return rewind();
}

bool CsvReader::rewind()
{
    fail(0, 0, QString()); // clears an earlier error: the file is read afresh
    if (!m_file.seek(m_bomLength))
        return fail(0, 0, tr("The file cannot be read: %1").arg(m_file.errorString()));
    m_decoder = TextDecoder(m_encoding);
    m_chunk.resize(m_chunkSize);
    m_text.clear();
    m_pos = 0;
    m_inputDone = false;
    m_bytesRead = m_bomLength;
    m_textStartBytes = m_bomLength;
    m_records = 0;
    m_line = 1;
    m_rowNumber = 0;
    m_blankRun = 0;
    m_pendingBlanks = 0;
    m_held.clear();
    m_hasHeld = false;
    m_finished = false;
    // Enough text to see a whole "sep=;\r\n" line.
    while (m_text.size() < 8 && !m_inputDone) {
        if (!readMore())
            return false;
    }
    m_sepLineLength = sepLineLength(m_text, m_inputDone);
    if (m_sepLineLength > 0) {
        m_pos = m_sepLineLength;
        m_line = 2;
    }
    return true;
}

void CsvReader::setChunkSizeForTesting(int bytes)
{
    m_chunkSize = std::max(1, bytes);
    rewind();
}

bool CsvReader::selectSheet(const QString &name)
{
    if (name != m_sheetName)
        return fail(0, 0, tr("The file has no sheet “%1”").arg(name));
    return rewind();
}

double CsvReader::progress() const
{
    if (m_finished || m_size <= 0)
        return 1.0;
    return std::min(1.0, consumedBytes() / double(m_size));
}

// Bytes up to m_pos, interpolated over the decoded text (a character's byte length varies).
double CsvReader::consumedBytes() const
{
    if (m_text.isEmpty())
        return m_textStartBytes;
    const double span = double(m_bytesRead) - m_textStartBytes;
    return m_textStartBytes + span * double(m_pos) / double(m_text.size());
}

// Appends at least as much text as is pending (or one chunk), so that re-parsing a long record
// from its start after each read stays linear in its length.
bool CsvReader::readMore()
{
    const qsizetype pending = m_text.size() - m_pos;
    m_textStartBytes = consumedBytes();
    m_text.remove(0, m_pos);
    m_pos = 0;
    const qsizetype wanted = std::max<qsizetype>(pending, 1);
    qsizetype added = 0;
    while (added < wanted && !m_inputDone) {
        const qint64 n = m_file.read(m_chunk.data(), m_chunk.size());
        if (n < 0)
            return fail(m_records + 1, 0,
                        tr("The file cannot be read: %1").arg(m_file.errorString()));
        if (n == 0) {
            m_inputDone = true;
            break;
        }
        m_bytesRead += n;
        const qsizetype before = m_text.size();
        m_decoder.decode(QByteArrayView(m_chunk.constData(), n), m_text);
        added += m_text.size() - before;
    }
    if (!m_decodeWarned && m_decoder.hasError()) {
        m_decodeWarned = true;
        m_warnings << tr("Some bytes are not valid %1; they are shown as \uFFFD").arg(m_encoding);
    }
    return true;
}

CsvReader::Record CsvReader::nextRecord(QVector<QVariant> &cells)
{
    for (;;) {
        const Record record = parseRecord(cells);
        if (record != Record::NeedMore)
            return record;
        if (!readMore())
            return Record::Failed;
    }
}

CsvReader::Record CsvReader::cellTooLarge(qint64 row, int column)
{
    fail(row, column,
         tr("The cell holds more than %1 characters, the most a cell may hold")
             .arg(m_limits.maxCellBytes));
    return Record::Failed;
}

// Parses the record at m_pos into `cells`. Without the rest of the input at hand, a record
// that reaches the end of the text is incomplete (NeedMore) and is parsed again from its start
// once more text has arrived; only limits already exceeded are reported early.
CsvReader::Record CsvReader::parseRecord(QVector<QVariant> &cells)
{
    const auto *base = reinterpret_cast<const char16_t *>(m_text.constData());
    const char16_t *const begin = base + m_pos;
    const char16_t *const end = base + m_text.size();
    const bool eof = m_inputDone;
    if (begin == end)
        return eof ? Record::End : Record::NeedMore;

    const char16_t delimiter = m_delimiter.unicode();
    const auto endsField = [delimiter](char16_t c) {
        return c == delimiter || c == u'\n' || c == u'\r';
    };
    const auto asQChars = [](const char16_t *p) {
        return reinterpret_cast<const QChar *>(p);
    };
    const qint64 row = m_records + 1;
    const qsizetype maxCell = m_limits.maxCellBytes;
    qint64 lines = 0; // line breaks inside quoted cells so far
    cells.clear();
    const char16_t *p = begin;
    for (;;) {
        const int column = int(cells.size()) + 1;
        if (column > m_limits.maxCellsPerRow) {
            fail(row, column, tr("The row has more than %1 cells").arg(m_limits.maxCellsPerRow));
            return Record::Failed;
        }
        if (p < end && *p == u'"') {
            const qint64 startLine = m_line + lines;
            QString value;
            bool tooLong = false;
            const char16_t *segment = ++p;
            for (;;) {
                while (p < end && *p != u'"') {
                    if (*p == u'\n' || (*p == u'\r' && (p + 1 == end || p[1] != u'\n')))
                        ++lines;
                    ++p;
                }
                // A quote as the last character seen may be the first of a "" pair.
                if (p == end || (p + 1 == end && !eof)) {
                    if (eof) {
                        fail(row, column,
                             tr("The quoted cell that begins on line %1 is never closed")
                                 .arg(startLine));
                        return Record::Failed;
                    }
                    if (value.size() + (p - segment) > maxCell)
                        return cellTooLarge(row, column);
                    if (end - begin > MaxRowChars) {
                        tooLong = true;
                        break;
                    }
                    return Record::NeedMore;
                }
                if (p + 1 < end && p[1] == u'"') {
                    value.append(asQChars(segment), p + 1 - segment);
                    p += 2;
                    segment = p;
                    continue;
                }
                break;
            }
            if (tooLong)
                break; // reported below
            value.append(asQChars(segment), p - segment);
            const char16_t *tail = ++p;
            // Text after the closing quote is kept, as spreadsheet programs do with "a"b.
            while (p < end && !endsField(*p))
                ++p;
            if (p == end && !eof)
                return Record::NeedMore;
            value.append(asQChars(tail), p - tail);
            if (value.size() > maxCell)
                return cellTooLarge(row, column);
            cells.append(value.isEmpty() ? QVariant() : QVariant(value));
        } else {
            const char16_t *start = p;
            while (p < end && !endsField(*p))
                ++p;
            if (p - start > maxCell)
                return cellTooLarge(row, column);
            if (p == end && !eof) {
                if (end - begin > MaxRowChars)
                    break;
                return Record::NeedMore;
            }
            cells.append(p == start ? QVariant() : QVariant(QString(asQChars(start), p - start)));
        }
        if (p == end)
            break; // the last record, without a line break
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == u'\r') {
            if (p + 1 == end && !eof)
                return Record::NeedMore; // an LF may follow in the next chunk
            ++p;
            if (p < end && *p == u'\n')
                ++p;
        } else {
            ++p;
        }
        break;
    }
    if (p - begin > MaxRowChars) {
        fail(row, 0, tr("The row is longer than %1 characters").arg(MaxRowChars));
        return Record::Failed;
    }
    m_pos = p - base;
    ++m_records;
    m_line += 1 + lines;
    return Record::Complete;
}

bool CsvReader::readRow(QVector<QVariant> &cells)
{
    if (error().isError() || m_finished) {
        cells.clear();
        return false;
    }
    if (m_pendingBlanks > 0) {
        --m_pendingBlanks;
        cells.clear();
        ++m_rowNumber;
        return true;
    }
    if (m_hasHeld) {
        m_hasHeld = false;
        cells.swap(m_held);
        ++m_rowNumber;
        return true;
    }
    for (;;) {
        const Record record = nextRecord(cells);
        if (record == Record::Failed) {
            cells.clear();
            return false;
        }
        if (record == Record::End) {
            m_finished = true; // blank rows still held back were trailing: dropped
            cells.clear();
            return false;
        }
        if (!isBlankRecord(cells))
            break;
        ++m_blankRun;
    }
    if (m_repair) {
        for (QVariant &cell : cells) {
            if (cell.isValid())
                cell = EncodingDetector::repairDoubleEncoding(cell.toString());
        }
    }
    if (m_blankRun > 0) {
        m_held.swap(cells);
        m_hasHeld = true;
        m_pendingBlanks = m_blankRun - 1;
        m_blankRun = 0;
        cells.clear();
    }
    ++m_rowNumber;
    return true;
}

} // namespace akim::survey
