#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace akim {

// Inserts the responses and answers of one import in large batches. A 200,000-response export
// holds over a million answers, and binding them one value at a time through QSqlQuery costs
// more than SQLite's own work (Qt formats a placeholder name for every bound value). So where
// the database has JSON functions (SQLite 3.38 and later, as shipped with Qt 6.4 and Debian
// 12), each batch is one bound JSON array that an `INSERT … SELECT … FROM json_each(?)`
// unpacks: one bind per two thousand rows. Elsewhere it falls back to multi-row
// `INSERT … VALUES (?, …), …` statements bound by position. Response ids are assigned here,
// from SurveyRepository::nextResponseId(), so answers can refer to responses written in the
// same batch. Errors throw StorageError; everything runs in the caller's transaction.
class SurveyBatchWriter
{
public:
    enum class Mode {
        Auto,        // JSON batches where the database can, else bound values
        BoundValues, // always bound values (tests the fallback)
    };

    SurveyBatchWriter(QSqlDatabase db, qint64 importId, const QString &kind, qint64 firstId,
                      Mode mode = Mode::Auto);
    ~SurveyBatchWriter();
    SurveyBatchWriter(const SurveyBatchWriter &) = delete;
    SurveyBatchWriter &operator=(const SurveyBatchWriter &) = delete;

    // Returns the new response's id. `submittedAt` empty: NULL. Only ISO 8601 timestamps and
    // hex hashes are expected: they are written into JSON without escaping.
    qint64 addResponse(qint64 nomineeId, const QString &submittedAt, qint64 sourceRow,
                       const QString &rowHash);
    void addAnswer(qint64 responseId, qint64 criterionId, double value);
    // Writes what is buffered. Call before reading the rows back or committing.
    void flush();

    qint64 responsesWritten() const { return m_responsesWritten; }
    qint64 answersWritten() const { return m_answersWritten; }
    bool usesJson() const;

    static constexpr int kRowsPerStatement = 128; // the bound-values fallback
    static constexpr int kRowsPerBatch = 2048;    // responses per JSON batch

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_responsesWritten = 0;
    qint64 m_answersWritten = 0;
};

} // namespace akim
