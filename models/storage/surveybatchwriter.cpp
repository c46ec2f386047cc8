#include "storage/surveybatchwriter.h"

#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QSqlQuery>
#include <QVector>

#include <cmath>

namespace akim {
namespace {

// "INSERT … VALUES (?, ?), (?, ?) …" with `rows` tuples of `width` placeholders.
QString multiRowInsert(const QString &head, int width, int rows)
{
    QString tuple = QStringLiteral("(?");
    for (int i = 1; i < width; ++i)
        tuple += QStringLiteral(",?");
    tuple += QLatin1Char(')');
    QString statement = head + QStringLiteral(" VALUES ");
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            statement += QLatin1Char(',');
        statement += tuple;
    }
    return statement;
}

const QString kResponseHead = QStringLiteral(
    "INSERT INTO survey_response (id, import_id, nominee_id, kind, submitted_at, source_row, "
    "row_hash)");
const QString kAnswerHead =
    QStringLiteral("INSERT INTO survey_answer (response_id, criterion_id, value)");

// json_each() yields one row per array element; ->> takes an element as an SQL value (a JSON
// null as NULL), so the columns get integers, reals and text as if bound one by one.
const QString kResponseJson =
    kResponseHead +
    QStringLiteral(" SELECT value ->> 0, ?, value ->> 1, ?, value ->> 2, value ->> 3, value ->> 4 "
                   "FROM json_each(?)");
const QString kAnswerJson =
    kAnswerHead + QStringLiteral(" SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)");

} // namespace

struct SurveyBatchWriter::Private
{
    struct Response
    {
        qint64 id;
        qint64 nomineeId;
        QString submittedAt;
        qint64 sourceRow;
        QString rowHash;
    };
    struct Answer
    {
        qint64 responseId;
        qint64 criterionId;
        double value;
    };

    QSqlDatabase db;
    qint64 importId = 0;
    QString kind;
    qint64 nextId = 0;
    bool json = false;
    QVector<Response> responses;
    QVector<Answer> answers;
    QSqlQuery responseJson;
    QSqlQuery answerJson;
    QSqlQuery fullResponses;
    QSqlQuery fullAnswers;
    QByteArray buffer;

    int batchSize() const { return json ? kRowsPerBatch : kRowsPerStatement; }

    void writeJson()
    {
        buffer.clear();
        buffer += '[';
        for (const Response &r : std::as_const(responses)) {
            if (buffer.size() > 1)
                buffer += ',';
            buffer += '[' + QByteArray::number(r.id) + ',' + QByteArray::number(r.nomineeId) + ',';
            buffer +=
                r.submittedAt.isEmpty() ? QByteArray("null") : '"' + r.submittedAt.toLatin1() + '"';
            buffer += ',' + QByteArray::number(r.sourceRow) + ",\"" + r.rowHash.toLatin1() + "\"]";
        }
        buffer += ']';
        responseJson.bindValue(0, importId);
        responseJson.bindValue(1, kind);
        responseJson.bindValue(2, QString::fromLatin1(buffer));
        sql::exec(responseJson);
        responses.clear();

        buffer.clear();
        buffer += '[';
        for (const Answer &a : std::as_const(answers)) {
            if (buffer.size() > 1)
                buffer += ',';
            // Whole answers as integers (printing a double is slow); 17 digits otherwise, so
            // the stored value is the very double the totals were summed from.
            buffer += '[' + QByteArray::number(a.responseId) + ',' +
                      QByteArray::number(a.criterionId) + ',';
            if (a.value == std::floor(a.value) && std::abs(a.value) < 1e15)
                buffer += QByteArray::number(qint64(a.value));
            else
                buffer += QByteArray::number(a.value, 'g', 17);
            buffer += ']';
        }
        buffer += ']';
        answerJson.bindValue(0, QString::fromLatin1(buffer));
        sql::exec(answerJson);
        answers.clear();
    }

    void writeResponses(int rows)
    {
        QSqlQuery partial;
        QSqlQuery *q = &fullResponses;
        if (rows == kRowsPerStatement) {
            if (fullResponses.lastQuery().isEmpty())
                fullResponses = sql::prepare(db, multiRowInsert(kResponseHead, 7, rows));
        } else {
            partial = sql::prepare(db, multiRowInsert(kResponseHead, 7, rows));
            q = &partial;
        }
        const QVariant nullText(QMetaType::fromType<QString>());
        for (int i = 0; i < rows; ++i) {
            const Response &r = responses.at(i);
            const int base = i * 7;
            q->bindValue(base, r.id);
            q->bindValue(base + 1, importId);
            q->bindValue(base + 2, r.nomineeId);
            q->bindValue(base + 3, kind);
            q->bindValue(base + 4, r.submittedAt.isEmpty() ? nullText : QVariant(r.submittedAt));
            q->bindValue(base + 5, r.sourceRow);
            // Qt binds a null QString as NULL; the column wants '' for "no hash".
            q->bindValue(base + 6, r.rowHash.isNull() ? QStringLiteral("") : r.rowHash);
        }
        sql::exec(*q);
        responses.remove(0, rows);
    }

    void writeAnswers(int rows)
    {
        QSqlQuery partial;
        QSqlQuery *q = &fullAnswers;
        if (rows == kRowsPerStatement) {
            if (fullAnswers.lastQuery().isEmpty())
                fullAnswers = sql::prepare(db, multiRowInsert(kAnswerHead, 3, rows));
        } else {
            partial = sql::prepare(db, multiRowInsert(kAnswerHead, 3, rows));
            q = &partial;
        }
        for (int i = 0; i < rows; ++i) {
            const Answer &a = answers.at(i);
            q->bindValue(i * 3, a.responseId);
            q->bindValue(i * 3 + 1, a.criterionId);
            q->bindValue(i * 3 + 2, a.value);
        }
        sql::exec(*q);
        answers.remove(0, rows);
    }

    // Responses first: foreign keys are checked at once, so an answer is written only after
    // its response.
    void write(bool everything)
    {
        if (json) {
            if (!responses.isEmpty() || !answers.isEmpty())
                writeJson();
            return;
        }
        if (!responses.isEmpty() && (everything || responses.size() >= kRowsPerStatement))
            writeResponses(int(responses.size()));
        while (answers.size() >= kRowsPerStatement)
            writeAnswers(kRowsPerStatement);
        if (everything && !answers.isEmpty())
            writeAnswers(int(answers.size()));
    }
};

SurveyBatchWriter::SurveyBatchWriter(QSqlDatabase db, qint64 importId, const QString &kind,
                                     qint64 firstId, Mode mode)
    : d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->importId = importId;
    d->kind = kind;
    d->nextId = firstId;
    // Preparing checks that the database knows json_each and ->>; if not, bound values.
    d->responseJson = QSqlQuery(d->db);
    d->answerJson = QSqlQuery(d->db);
    d->json = mode == Mode::Auto && d->responseJson.prepare(kResponseJson) &&
              d->answerJson.prepare(kAnswerJson);
    d->responses.reserve(d->batchSize());
    d->answers.reserve(d->batchSize() * 8);
}

SurveyBatchWriter::~SurveyBatchWriter() = default;

bool SurveyBatchWriter::usesJson() const
{
    return d->json;
}

qint64 SurveyBatchWriter::addResponse(qint64 nomineeId, const QString &submittedAt,
                                      qint64 sourceRow, const QString &rowHash)
{
    // A full batch is written when the next response starts, so that the answers of the
    // responses in it are all there.
    if (d->responses.size() >= d->batchSize())
        d->write(false);
    const qint64 id = d->nextId++;
    d->responses.append({id, nomineeId, submittedAt, sourceRow, rowHash});
    ++m_responsesWritten;
    return id;
}

void SurveyBatchWriter::addAnswer(qint64 responseId, qint64 criterionId, double value)
{
    d->answers.append({responseId, criterionId, value});
    ++m_answersWritten;
}

void SurveyBatchWriter::flush()
{
    d->write(true);
}

} // namespace akim
