#include "survey/importrun.h"

#include "storage/surveybatchwriter.h"
#include "survey/cellvalue.h"
#include "survey/headerguess.h"
#include "survey/xlsxstyles.h"
#include "text/textfold.h"

#include <QDate>
#include <QDateTime>
#include <QtEndian>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

namespace akim::survey {
namespace {

int digits(QStringView text, qsizetype from, qsizetype count, bool *ok)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

// The two forms nearly every export uses, "dd.MM.yyyy HH:mm:ss" (Google Forms in Russian) and
// "yyyy-MM-dd HH:mm:ss" (LimeSurvey, databases), read without a regular expression: a
// timestamp is parsed for every row. Anything else goes to parseDate().
bool fastDateTime(QStringView t, int *ymdhms)
{
    bool ok = true;
    qsizetype p = 0;
    if (t.size() >= 19 && t.at(4) == u'-' && t.at(7) == u'-' &&
        (t.at(10) == u' ' || t.at(10) == u'T')) {
        ymdhms[0] = digits(t, 0, 4, &ok);
        ymdhms[1] = digits(t, 5, 2, &ok);
        ymdhms[2] = digits(t, 8, 2, &ok);
        p = 11;
    } else {
        const qsizetype dot1 = t.indexOf(u'.');
        if (dot1 < 1 || dot1 > 2)
            return false;
        const qsizetype dot2 = t.indexOf(u'.', dot1 + 1);
        if (dot2 - dot1 < 2 || dot2 - dot1 > 3 || t.size() < dot2 + 5 + 1 + 7)
            return false;
        ymdhms[2] = digits(t, 0, dot1, &ok);
        ymdhms[1] = digits(t, dot1 + 1, dot2 - dot1 - 1, &ok);
        ymdhms[0] = digits(t, dot2 + 1, 4, &ok);
        p = dot2 + 5;
        if (t.at(p) == u',')
            ++p;
        if (p >= t.size() || t.at(p) != u' ')
            return false;
        ++p;
    }
    const qsizetype colon = t.indexOf(u':', p);
    if (colon < p + 1 || colon > p + 2 || t.size() != colon + 6 || t.at(colon + 3) != u':')
        return false;
    ymdhms[3] = digits(t, p, colon - p, &ok);
    ymdhms[4] = digits(t, colon + 1, 2, &ok);
    ymdhms[5] = digits(t, colon + 4, 2, &ok);
    return ok && QDate::isValid(ymdhms[0], ymdhms[1], ymdhms[2]) && ymdhms[3] < 24 &&
           ymdhms[4] < 60 && ymdhms[5] < 60;
}

// "yyyy-MM-ddThh:mm:ss" (or the date alone, `parts` 3) into `out`, without printf: a timestamp
// is written for every row. Returns the length.
int isoStamp(const int *v, int parts, char *out)
{
    const auto two = [](char *p, int value) {
        p[0] = char('0' + value / 10 % 10);
        p[1] = char('0' + value % 10);
    };
    const int year = std::clamp(v[0], 0, 9999);
    two(out, year / 100);
    two(out + 2, year % 100);
    out[4] = '-';
    two(out + 5, v[1]);
    out[7] = '-';
    two(out + 8, v[2]);
    if (parts == 3)
        return 10;
    out[10] = 'T';
    two(out + 11, v[3]);
    out[13] = ':';
    two(out + 14, v[4]);
    out[16] = ':';
    two(out + 17, v[5]);
    return 19;
}

qint64 packStamp(const int *v)
{
    return ((((qint64(v[0]) * 100 + v[1]) * 100 + v[2]) * 100 + v[3]) * 100 + v[4]) * 100 + v[5];
}

} // namespace

// --- ImportRun: the two threads --------------------------------------------------------------

void ImportRun::produce()
{
    QString error;
    qint64 sinceFraction = 0;
    while (!m_stop.load()) {
        const Step step = next(&error);
        if (step == Step::End)
            break;
        if (step == Step::Failed) {
            m_producerError = error;
            break;
        }
        if (++sinceFraction >= 256) {
            sinceFraction = 0;
            m_fraction.store(m_reader->progress());
        }
        if (m_batch.size() >= kBatchRows)
            push(std::exchange(m_batch, RowBatch()));
    }
    if (m_batch.size() > 0 && m_producerError.isEmpty())
        push(std::exchange(m_batch, RowBatch()));
    m_fraction.store(1.0);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

void ImportRun::push(RowBatch &&batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return int(m_queue.size()) < kQueuedBatches || m_stop.load(); });
    if (m_stop.load())
        return;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
}

ImportRun::Take ImportRun::take(RowBatch *batch, int waitMs)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(waitMs),
                       [this] { return !m_queue.empty() || m_done; });
    if (!m_queue.empty()) {
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return Take::Batch;
    }
    return m_done ? Take::Done : Take::Wait;
}

void ImportRun::stopProducer()
{
    if (!m_producer.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        // After Take::Done this changes nothing; before it, the producer ends at its next row.
        if (!m_done)
            m_stop.store(true);
    }
    m_changed.notify_all();
    m_producer.join();
}

void ImportRun::write(const RowBatch &batch)
{
    const int slotCount = int(m_slots.size());
    for (int i = 0; i < batch.size(); ++i)
        m_writer->addResponse(batch.nominees.at(i), batch.stamp(i), batch.rows.at(i),
                              batch.hashes.at(i), batch.values.constData() + i * slotCount);
}

int ImportRun::nomineeIndexOf(qint64 nomineeId) const
{
    if (nomineeId >= 0 && nomineeId < m_denseIndex.size())
        return m_denseIndex.at(nomineeId);
    return m_nomineeIndex.value(nomineeId, -1);
}

// --- ImportRun: rows -------------------------------------------------------------------------

ImportRun::Step ImportRun::next(QString *error)
{
    while (true) {
        if (!m_reader->readRow(m_cells)) {
            if (m_reader->error().isError()) {
                *error = m_reader->error().toString();
                return Step::Failed;
            }
            return Step::End;
        }
        // A blank row is not a response (sheets end in them, forms leave gaps).
        if (!std::all_of(m_cells.cbegin(), m_cells.cend(), isBlankCell))
            break;
    }
    ++m_summary.read;
    processRow(m_reader->rowNumber());
    return Step::Row;
}

QString ImportRun::firstFilled(const QVector<int> &columns) const
{
    for (int column : columns) {
        if (column < m_cells.size() && !isBlankCell(m_cells.at(column)))
            return cellText(m_cells.at(column));
    }
    return {};
}

Answer ImportRun::interpretCell(const QVariant &cell)
{
    if (cell.typeId() != QMetaType::QString)
        return m_mapping.scale.interpret(cell);
    const QString &text = *static_cast<const QString *>(cell.constData());
    if (const Answer *cached = m_answerCache.find(text))
        return *cached;
    const Answer answer = m_mapping.scale.interpretText(text);
    m_answerCache.insert(text, answer);
    return answer;
}

void ImportRun::readStamp(Stamp &stamp)
{
    stamp.length = 0;
    stamp.packed = 0;
    stamp.text.clear();
    stamp.precise = false;
    if (m_timestampColumn < 0 || m_timestampColumn >= m_cells.size() ||
        isBlankCell(m_cells.at(m_timestampColumn)))
        return;
    const QVariant &cell = m_cells.at(m_timestampColumn);
    int v[6] = {0, 0, 0, 0, 0, 0};
    int parts = 6;
    const bool fast =
        cell.typeId() == QMetaType::QString &&
        fastDateTime(QStringView(*static_cast<const QString *>(cell.constData())).trimmed(), v);
    QDate serialDate;
    qint64 serialMs = 0;
    if (cell.metaType() == QMetaType::fromType<SerialDateTime>()) {
        // An XLSX date-time as its serial: split as XlsxStyles::serialToVariant() would.
        const auto *serial = static_cast<const SerialDateTime *>(cell.constData());
        if (!XlsxStyles::splitSerial(serial->serial, serial->date1904, &serialDate, &serialMs)) {
            ++m_badTimestamps;
            stamp.text = cellText(cell).toUtf8();
            return;
        }
        const int seconds = int(serialMs / 1000);
        const int read[6] = {serialDate.year(), serialDate.month(), serialDate.day(),
                             seconds / 3600,    seconds / 60 % 60,  seconds % 60};
        std::copy(std::begin(read), std::end(read), v);
    } else if (!fast) {
        QVariant value = cell;
        if (cell.typeId() == QMetaType::QString)
            value = parseDate(cell.toString());
        else if (cell.typeId() == QMetaType::Double)
            value = excelSerialToDate(cell.toDouble(), false);
        if (value.typeId() == QMetaType::QDateTime) {
            // The wall-clock parts as read: a QDateTime keeps them, no time zone is consulted.
            const QDateTime &dt = *static_cast<const QDateTime *>(value.constData());
            const QDate date = dt.date();
            const QTime time = dt.time();
            const int read[6] = {date.year(), date.month(),  date.day(),
                                 time.hour(), time.minute(), time.second()};
            std::copy(std::begin(read), std::end(read), v);
        } else if (value.typeId() == QMetaType::QDate) {
            const QDate date = value.toDate();
            v[0] = date.year();
            v[1] = date.month();
            v[2] = date.day();
            parts = 3;
        } else {
            ++m_badTimestamps;
            stamp.text = cellText(cell).toUtf8();
            return;
        }
    }
    stamp.length = isoStamp(v, parts, stamp.stored);
    stamp.packed = packStamp(v);
    stamp.precise = parts == 6;
    // The Ethics Commissioner's questionnaire is anonymous: the time of day could tell who.
    if (m_mapping.kind == SurveyKind::Ethics)
        stamp.length = std::min(stamp.length, 10);
}

void ImportRun::reject(qint64 row, int column, const QString &reason)
{
    ++m_summary.rejected;
    if (m_summary.rejectedRows.size() < m_options.keepRejected)
        m_summary.rejectedRows.append({row, column, reason});
    m_rejectedFile.write(row, column, reason, m_cells, m_hiddenColumns);
}

void ImportRun::processRow(qint64 rowNumber)
{
    PlaceInput place;
    place.region = firstFilled(m_regionColumns);
    place.district = firstFilled(m_districtColumns);
    place.okrug = firstFilled(m_okrugColumns);
    place.kato = firstFilled(m_katoColumns);
    if (place.okrug.isEmpty() && place.kato.isEmpty()) {
        const int column =
            !m_okrugColumns.isEmpty() ? m_okrugColumns.first() : m_katoColumns.value(0, -1);
        reject(rowNumber, column, SurveyImporter::tr("the row names no rural okrug"));
        return;
    }
    const MatchResult *cachedMatch = m_placeCache.find(place);
    const MatchResult match = cachedMatch != nullptr ? *cachedMatch : m_matcher->match(place);
    if (cachedMatch == nullptr)
        m_placeCache.insert(place, match);
    if (!match.isMatch()) {
        ++m_summary.unmatched;
        const QString key = NomineeMatcher::aliasKey(place) + QLatin1String(" | ") + place.kato;
        auto group = m_groups.find(key);
        if (group == m_groups.end()) {
            UnmatchedGroup fresh;
            fresh.place = place;
            fresh.key = NomineeMatcher::aliasKey(place);
            fresh.match = match;
            fresh.firstRow = rowNumber;
            group = m_groups.insert(key, fresh);
        }
        ++group->rows;
        const QString text = placeDescription(place);
        if (match.kind == MatchKind::Ambiguous) {
            QStringList names;
            for (qint64 id : match.candidates.mid(0, std::max(match.tied, 2)).mid(0, 3)) {
                const NomineeRow &row = m_nominees.at(nomineeIndexOf(id));
                names.append(row.okrugRu + QStringLiteral(" (") + row.districtRu +
                             QLatin1Char(')'));
            }
            reject(rowNumber, m_okrugColumns.value(0, -1),
                   SurveyImporter::tr("\"%1\" fits several nominees: %2")
                       .arg(text, names.join(QStringLiteral(", "))));
        } else {
            reject(rowNumber, m_okrugColumns.value(0, -1),
                   SurveyImporter::tr("no nominee matches \"%1\"").arg(text));
        }
        return;
    }

    m_sum.fill(0.0, m_slots.size());
    m_count.fill(0, m_slots.size());
    int notCounted = 0;
    static const QVariant blank;
    for (const Question &question : std::as_const(m_questions)) {
        const QVariant &cell = question.index < m_cells.size() ? m_cells.at(question.index) : blank;
        const Answer answer = interpretCell(cell);
        if (answer.isInvalid()) {
            reject(rowNumber, question.index,
                   SurveyImporter::tr("column %1 \"%2\": %3")
                       .arg(HeaderGuess::columnLetter(question.index), question.header,
                            m_mapping.scale.invalidMessage(cell)));
            return;
        }
        if (answer.isValue()) {
            m_sum[question.slot] += answer.value;
            ++m_count[question.slot];
        } else {
            ++notCounted;
        }
    }
    if (std::all_of(m_count.cbegin(), m_count.cend(), [](int n) { return n == 0; })) {
        reject(rowNumber, -1, SurveyImporter::tr("the row has no answer that counts"));
        return;
    }

    const int nomineeIndex = nomineeIndexOf(match.nomineeId);
    const int regionIndex = m_nomineeRegion.at(nomineeIndex);
    RegionCount &region = m_regionCounts[regionIndex];
    m_regionUsed[regionIndex] = true;

    // A respondent who sent the form twice about the same akim counts once. The id is hashed
    // in memory only, for this file, and never stored.
    if (!m_respondentColumns.isEmpty()) {
        const QString respondent = firstFilled(m_respondentColumns);
        if (!respondent.isEmpty()) {
            const quint64 key = quint64(qHash(text::fold(respondent), 0x5eed)) ^
                                (quint64(match.nomineeId) * 0x9E3779B97F4A7C15ULL);
            if (m_respondents.contains(key) && m_options.skipDuplicates) {
                ++m_summary.duplicates;
                ++region.duplicates;
                return;
            }
            m_respondents.insert(key);
        }
    }

    // The row hash: kind, nominee, time and the answers per criterion, as binary values (text
    // formatting of numbers cost more than the SHA-256 itself). Without a time to the minute,
    // two people giving the same answers would look like one, so the row number (the same when
    // the same file comes again) takes its place.
    readStamp(m_stamp);
    const QByteArray &uuid = m_nomineeUuids.at(nomineeIndex);
    // Written into one buffer sized up front: a QByteArray append per field cost more than
    // the hash itself.
    qsizetype needed = 1 + uuid.size() + 1 + 8 + 4 + m_stamp.text.size() + 1 + 8;
    for (const QByteArray &tag : std::as_const(m_slotTags))
        needed += tag.size() + 1 + 8;
    if (m_hashInput.size() < needed)
        m_hashInput.resize(needed);
    char *const start = m_hashInput.data();
    char *p = start;
    const auto put = [&p](const void *data, qsizetype size) {
        std::memcpy(p, data, size_t(size));
        p += size;
    };
    const auto putNumber = [&put](auto value) {
        const auto little = qToLittleEndian(value);
        put(&little, sizeof little);
    };
    *p++ = m_mapping.kind == SurveyKind::Ethics ? 'e' : 'p';
    put(uuid.constData(), uuid.size());
    if (m_stamp.length > 0) {
        *p++ = m_stamp.precise ? 'T' : 'D';
        putNumber(m_stamp.packed);
    } else {
        *p++ = 'X';
        putNumber(qint32(m_stamp.text.size()));
        put(m_stamp.text.constData(), m_stamp.text.size());
    }
    if (!m_stamp.precise) {
        *p++ = '#';
        putNumber(rowNumber);
    }
    for (int slot : std::as_const(m_slotOrder)) {
        const QByteArray &tag = m_slotTags.at(slot);
        put(tag.constData(), tag.size());
        if (m_count.at(slot) > 0) {
            const double mean = m_sum.at(slot) / m_count.at(slot);
            *p++ = '=';
            quint64 bits = 0;
            std::memcpy(&bits, &mean, sizeof bits);
            putNumber(bits);
        } else {
            *p++ = '-';
        }
    }
    m_hash.reset();
    m_hash.addData(QByteArrayView(start, p - start));
    const qint64 rowHash = qFromBigEndian<qint64>(m_hash.result().data());
    const quint64 prefix = quint64(rowHash);
    if (m_options.skipDuplicates &&
        (m_dbHashes.contains(prefix) || m_fileHashes.contains(prefix))) {
        ++m_summary.duplicates;
        ++region.duplicates;
        return;
    }
    m_fileHashes.insert(prefix);

    m_batch.nominees.append(match.nomineeId);
    m_batch.rows.append(rowNumber);
    m_batch.hashes.append(rowHash);
    m_batch.stamps.append(m_stamp.stored, m_stamp.length);
    m_batch.stampEnds.append(int(m_batch.stamps.size()));
    const int slotCount = int(m_slots.size());
    Total *totals = m_totals.data() + qsizetype(nomineeIndex) * slotCount;
    for (int slot = 0; slot < slotCount; ++slot) {
        if (m_count.at(slot) == 0) {
            m_batch.values.append(std::numeric_limits<double>::quiet_NaN());
            continue;
        }
        const double value =
            m_count.at(slot) == 1 ? m_sum.at(slot) : m_sum.at(slot) / m_count.at(slot);
        m_batch.values.append(value);
        ++m_summary.answers;
        ++totals[slot].n;
        totals[slot].total += value;
    }
    ++m_summary.imported;
    ++region.imported;
    m_summary.notCounted += notCounted;
    ++m_matchKinds[int(match.kind)];
}

} // namespace akim::survey
