#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace akim {

// Appends the responses of one import to survey_response, one row per response with its answers
// packed as a JSON object {"<criterion id>": value, …} (only the answered criteria). Everything
// runs in the caller's transaction; errors throw StorageError.
//
// How (measured on a 200,000-response import, see tests/benchmarks/bench_surveyimport.cpp):
// - Direct: where Qt's SQLite driver runs on the very libsqlite3 this program links (Debian's
//   plugin links the system library), one prepared INSERT is bound and stepped per response
//   through the sqlite3 C API on the driver's own handle. No SQL text, no QVariant, no
//   placeholder names per value: the fastest way, and what Auto picks.
// - Json: elsewhere on SQLite, each batch of responses is one bound JSON array unpacked by
//   `INSERT … SELECT … FROM json_each(?)`: one bind per two thousand rows.
// - BoundValues: multi-row `INSERT … VALUES (?, …), …` bound by position, for any database.
class SurveyBatchWriter
{
public:
    enum class Mode {
        Auto,        // Direct where possible, else Json where the database can, else BoundValues
        Json,        // Json where the database can, else BoundValues
        BoundValues, // always bound values (tests the fallback)
    };

    // `criterionIds`: the criteria of the values given to addResponse(), in that order.
    SurveyBatchWriter(QSqlDatabase db, qint64 importId, const QString &kind,
                      const QVector<qint64> &criterionIds, Mode mode = Mode::Auto);
    ~SurveyBatchWriter();
    SurveyBatchWriter(const SurveyBatchWriter &) = delete;
    SurveyBatchWriter &operator=(const SurveyBatchWriter &) = delete;

    // `submittedAt`: an ISO 8601 timestamp or date (Latin-1, written into JSON unescaped), empty
    // for NULL. `values`: one per criterion, NaN where it was not answered. `rowHash`: none for
    // NULL.
    void addResponse(qint64 nomineeId, QByteArrayView submittedAt, qint64 sourceRow,
                     std::optional<qint64> rowHash, const double *values);
    // Writes what is buffered. Call before reading the rows back or committing.
    void flush();

    qint64 responsesWritten() const { return m_responsesWritten; }
    qint64 answersWritten() const { return m_answersWritten; }
    bool usesDirect() const;
    bool usesJson() const;

    // Appends the JSON object of the answered values to `out`; returns how many there were.
    // Whole values are written as integers, others with 17 digits, so that the stored value is
    // the very double the totals were summed from.
    static int appendAnswers(QByteArray &out, const QVector<QByteArray> &keys,
                             const double *values);

    static constexpr int kRowsPerStatement = 128; // the bound-values fallback
    static constexpr int kRowsPerBatch = 2048;    // responses per JSON batch

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_responsesWritten = 0;
    qint64 m_answersWritten = 0;
};

} // namespace akim
