#pragma once

// Internal to SurveyImporter: the state of one import while it streams the sheet. Not part of
// the API; the import wizard and the CLI use SurveyImporter.

#include "domain/nominee.h"
#include "survey/importcaches.h"
#include "survey/importmapping.h"
#include "survey/nomineematcher.h"
#include "survey/rejectedfile.h"
#include "survey/sha256.h"
#include "survey/sheetreader.h"
#include "survey/surveyimporter.h"

#include <QByteArrayView>
#include <QHash>
#include <QPair>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace akim {
class SurveyBatchWriter;
}

namespace akim::survey {

class ImportRun
{
public:
    ImportRun(QSqlDatabase db, const ImportOptions &options, ImportSummary &summary);
    ~ImportRun();

    // Reads nominees, aliases, criteria; opens the sheet, reads its header, checks the mapping.
    bool prepare(QString *error);
    // Inside the transaction: the import row (responses refer to it), then the producer starts.
    void begin();

    // Accepted rows, ready to write. `values` holds rows × criterion slots, NaN where a
    // criterion was not answered. The stamps are packed in one array (no string per row):
    // row i's is stamps[stampEnds[i - 1] .. stampEnds[i]), empty for none.
    struct RowBatch
    {
        QVector<qint64> nominees;
        QVector<qint64> rows;
        QVector<qint64> hashes;
        QByteArray stamps;
        QVector<int> stampEnds;
        QVector<double> values;

        int size() const { return int(nominees.size()); }
        QByteArrayView stamp(int i) const
        {
            const int from = i == 0 ? 0 : stampEnds.at(i - 1);
            return QByteArrayView(stamps.constData() + from, stampEnds.at(i) - from);
        }
    };
    enum class Take {
        Batch,
        Done,
        Wait, // nothing yet: report progress and ask again
    };
    Take take(RowBatch *batch, int waitMs);
    void write(const RowBatch &batch);
    QString producerError() const { return m_producerError; } // after Take::Done
    double fraction() const { return m_fraction.load(); }

    // After Take::Done: the buffered rows, the totals, the aliases, the import's counts.
    void end();
    bool saveRejected(QString *error);
    // Stops the producer and drops the rejected-rows file.
    void abandon();

    static constexpr int kBatchRows = 2048;
    static constexpr int kQueuedBatches = 4;

private:
    struct Slot
    {
        qint64 id = 0;
        QString code;
    };
    struct Question
    {
        int index = 0;
        int slot = 0;
        QString header;
    };
    struct Total
    {
        qint64 n = 0;
        double total = 0.0;
    };
    struct Stamp
    {
        char stored[24] = {}; // what submitted_at keeps, ISO 8601
        int length = 0;       // of `stored`; 0 → NULL
        qint64 packed = 0;    // yyyyMMddhhmmss of a readable time, for the row hash
        QByteArray text;      // an unreadable timestamp as written, for the row hash
        bool precise = false; // to the minute or better: tells responses apart
    };
    enum class Step {
        Row,
        End,
        Failed,
    };

    void setupColumns(const QVector<Criterion> &criteria);
    void produce();
    void push(RowBatch &&batch);
    void stopProducer();
    Step next(QString *error); // one non-blank row
    void processRow(qint64 rowNumber);
    QString firstFilled(const QVector<int> &columns) const;
    Answer interpretCell(const QVariant &cell);
    void readStamp(Stamp &stamp);
    int nomineeIndexOf(qint64 nomineeId) const;
    void reject(qint64 row, int column, const QString &reason);
    void fillSummary();
    QString mappingJson() const;
    static QString placeDescription(const PlaceInput &place);

    QSqlDatabase m_db;
    const ImportOptions &m_options;
    ImportMapping m_mapping;
    ImportSummary &m_summary; // written by the producer until it has ended

    QVector<NomineeRow> m_nominees;
    QHash<qint64, int> m_nomineeIndex;  // nominee id → index in m_nominees
    QVector<int> m_denseIndex;          // the same by id while ids are dense; else empty
    QVector<int> m_nomineeRegion;       // index in m_nominees → index in m_regionCounts
    QVector<QByteArray> m_nomineeUuids; // index in m_nominees → its uuid's 16 bytes
    QHash<qint64, int> m_regionOrder;   // region id → sort order
    std::unique_ptr<SheetReader> m_reader;
    QStringList m_headers;

    QVector<int> m_regionColumns;
    QVector<int> m_districtColumns;
    QVector<int> m_okrugColumns;
    QVector<int> m_katoColumns;
    QVector<int> m_respondentColumns;
    int m_timestampColumn = -1;
    QSet<int> m_hiddenColumns; // never written anywhere: respondent ids, free text
    QVector<Slot> m_slots;
    QVector<QByteArray> m_slotTags; // what the row hash says of a slot: its code
    QVector<int> m_slotOrder;
    QVector<Question> m_questions;

    // the producer's
    std::unique_ptr<NomineeMatcher> m_matcher;
    QSet<quint64> m_dbHashes;
    QSet<quint64> m_fileHashes;
    QSet<quint64> m_respondents;
    RejectedFile m_rejectedFile;
    QVector<Total> m_totals;             // nominee index × slot
    QVector<RegionCount> m_regionCounts; // by region, in order of first use of the region id
    QVector<bool> m_regionUsed;          // a row of the region got past its answers
    qint64 m_matchKinds[int(MatchKind::Unmatched) + 1] = {};
    QHash<QString, UnmatchedGroup> m_groups;
    AnswerCache m_answerCache;
    PlaceCache m_placeCache;
    qint64 m_badTimestamps = 0;
    RowBatch m_batch;
    QVector<QVariant> m_cells;
    QVector<double> m_sum;
    QVector<int> m_count;
    Stamp m_stamp;
    QByteArray m_hashInput;
    Sha256 m_hash;

    // shared between the threads
    std::thread m_producer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_queue;
    bool m_done = false;
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_fraction{0.0};
    QString m_producerError;

    // the caller's
    std::unique_ptr<SurveyBatchWriter> m_writer;
};

} // namespace akim::survey
