#include "storage/surveybatchwriter.h"

#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <charconv>
#include <cmath>

#ifdef AKIM_HAVE_SQLITE3
#include <sqlite3.h>
#endif

namespace akim {
namespace {

const QString kHead = QStringLiteral(
    "INSERT INTO survey_response (import_id, nominee_id, kind, submitted_at, source_row, "
    "row_hash, answers)");

// json_each() yields one row per array element; ->> takes an element as an SQL value (a JSON
// null as NULL) and -> the answers object as JSON text.
const QString kJsonInsert =
    kHead + QStringLiteral(" SELECT ?, value ->> 0, ?, value ->> 1, value ->> 2, value ->> 3, "
                           "value -> 4 FROM json_each(?)");

void appendNumber(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

#ifdef AKIM_HAVE_SQLITE3
// 32 MB (negative: in KiB): the (nominee_id, kind) index of a million responses stays in it,
// while the table's own pages, appended in order, may spill to the WAL once. Peak RSS grows by
// at most this much, whatever the size of the file.
constexpr char kWriterCacheSize[] = "PRAGMA cache_size = -32768";

// The driver's connection, when Qt's SQLite driver runs on the libsqlite3 linked here: the
// handle must never meet the functions of another copy of SQLite (Qt's Windows and macOS
// plugins bundle their own; see models/CMakeLists.txt), so the versions must agree too.
sqlite3 *directHandle(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || db.driver() == nullptr)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (connection == nullptr)
        return nullptr;
    const QVariant version = sql::scalar(db, QStringLiteral("SELECT sqlite_version()"));
    if (version.toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return connection;
}
#endif

} // namespace

struct SurveyBatchWriter::Private
{
    struct Response
    {
        qint64 nomineeId;
        QByteArray submittedAt;
        qint64 sourceRow;
        std::optional<qint64> rowHash;
        QByteArray answers;
    };

    QSqlDatabase db;
    qint64 importId = 0;
    QString kind;
    QVector<QByteArray> keys; // "\"12\":" per criterion
    bool json = false;
    QVector<Response> responses;
    QSqlQuery jsonInsert;
    QSqlQuery fullInsert;
    QByteArray answers;
    QByteArray buffer;
#ifdef AKIM_HAVE_SQLITE3
    sqlite3 *connection = nullptr;
    sqlite3_stmt *statement = nullptr;
    qint64 previousCacheSize = 0;
    bool cacheSizeChanged = false;

    [[noreturn]] void failDirect() const
    {
        throw StorageError(QString::fromUtf8(sqlite3_errmsg(connection)));
    }

    void writeDirect(qint64 nomineeId, QByteArrayView submittedAt, qint64 sourceRow,
                     std::optional<qint64> rowHash)
    {
        // import_id (1) and kind (3) stay bound from the start: reset keeps bindings.
        int rc = sqlite3_bind_int64(statement, 2, nomineeId);
        if (rc == SQLITE_OK)
            rc = submittedAt.isEmpty() ? sqlite3_bind_null(statement, 4)
                                       : sqlite3_bind_text(statement, 4, submittedAt.data(),
                                                           int(submittedAt.size()), SQLITE_STATIC);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_int64(statement, 5, sourceRow);
        if (rc == SQLITE_OK)
            rc = rowHash ? sqlite3_bind_int64(statement, 6, *rowHash)
                         : sqlite3_bind_null(statement, 6);
        if (rc == SQLITE_OK)
            rc = sqlite3_bind_text(statement, 7, answers.constData(), int(answers.size()),
                                   SQLITE_STATIC);
        if (rc != SQLITE_OK)
            failDirect();
        rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            failDirect();
    }
#endif

    bool direct() const
    {
#ifdef AKIM_HAVE_SQLITE3
        return statement != nullptr;
#else
        return false;
#endif
    }

    int batchSize() const
    {
        return json ? kRowsPerBatch : kRowsPerStatement;
    }

    void writeJson()
    {
        buffer.clear();
        buffer += '[';
        for (const Response &r : std::as_const(responses)) {
            if (buffer.size() > 1)
                buffer += ',';
            buffer += '[';
            appendNumber(buffer, r.nomineeId);
            buffer += ',';
            if (r.submittedAt.isEmpty())
                buffer += "null";
            else
                buffer += '"' + r.submittedAt + '"';
            buffer += ',';
            appendNumber(buffer, r.sourceRow);
            buffer += ',';
            if (r.rowHash)
                appendNumber(buffer, *r.rowHash);
            else
                buffer += "null";
            buffer += ',' + r.answers + ']';
        }
        buffer += ']';
        jsonInsert.bindValue(0, importId);
        jsonInsert.bindValue(1, kind);
        jsonInsert.bindValue(2, QString::fromLatin1(buffer));
        sql::exec(jsonInsert);
        responses.clear();
    }

    void writeBound()
    {
        const int rows = int(responses.size());
        QSqlQuery partial;
        QSqlQuery *q = &fullInsert;
        if (rows == kRowsPerStatement) {
            if (fullInsert.lastQuery().isEmpty())
                fullInsert = sql::prepare(db, sql::multiRowInsert(kHead, 7, rows));
        } else {
            partial = sql::prepare(db, sql::multiRowInsert(kHead, 7, rows));
            q = &partial;
        }
        const QVariant nullText(QMetaType::fromType<QString>());
        const QVariant nullNumber(QMetaType::fromType<qint64>());
        for (int i = 0; i < rows; ++i) {
            const Response &r = responses.at(i);
            const int base = i * 7;
            q->bindValue(base, importId);
            q->bindValue(base + 1, r.nomineeId);
            q->bindValue(base + 2, kind);
            q->bindValue(base + 3, r.submittedAt.isEmpty()
                                       ? nullText
                                       : QVariant(QString::fromLatin1(r.submittedAt)));
            q->bindValue(base + 4, r.sourceRow);
            q->bindValue(base + 5, r.rowHash ? QVariant(*r.rowHash) : nullNumber);
            q->bindValue(base + 6, QString::fromLatin1(r.answers));
        }
        sql::exec(*q);
        responses.clear();
    }

    void write()
    {
        if (responses.isEmpty())
            return;
        if (json)
            writeJson();
        else
            writeBound();
    }
};

SurveyBatchWriter::SurveyBatchWriter(QSqlDatabase db, qint64 importId, const QString &kind,
                                     const QVector<qint64> &criterionIds, Mode mode)
    : d(std::make_unique<Private>())
{
    d->db = std::move(db);
    d->importId = importId;
    d->kind = kind;
    for (qint64 id : criterionIds) {
        QByteArray key = "\"";
        appendNumber(key, id);
        key += "\":";
        d->keys.append(key);
    }
#ifdef AKIM_HAVE_SQLITE3
    if (mode == Mode::Auto)
        d->connection = directHandle(d->db);
    if (d->connection != nullptr) {
        const QByteArray text = (kHead + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?)")).toUtf8();
        if (sqlite3_prepare_v3(d->connection, text.constData(), int(text.size()),
                               SQLITE_PREPARE_PERSISTENT, &d->statement, nullptr) != SQLITE_OK)
            d->failDirect();
        // The (nominee_id, kind) index takes its entries in random order, and with SQLite's
        // default 2 MB page cache its pages would be written out and read back again within
        // the transaction. A larger cache for the writer's life is cheap (it is only used as
        // pages are touched) and is given back in the destructor.
        sqlite3_stmt *pragma = nullptr;
        if (sqlite3_prepare_v2(d->connection, "PRAGMA cache_size", -1, &pragma, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(pragma) == SQLITE_ROW) {
            d->previousCacheSize = sqlite3_column_int64(pragma, 0);
            d->cacheSizeChanged = sqlite3_exec(d->connection, kWriterCacheSize, nullptr, nullptr,
                                               nullptr) == SQLITE_OK;
        }
        sqlite3_finalize(pragma);
        const QByteArray kindText = kind.toUtf8();
        if (sqlite3_bind_int64(d->statement, 1, importId) != SQLITE_OK ||
            sqlite3_bind_text(d->statement, 3, kindText.constData(), int(kindText.size()),
                              SQLITE_TRANSIENT) != SQLITE_OK) {
            sqlite3_finalize(d->statement);
            d->statement = nullptr;
            d->failDirect();
        }
        return;
    }
#endif
    // Preparing checks that the database knows json_each, -> and ->>; if not, bound values.
    d->jsonInsert = QSqlQuery(d->db);
    d->json = mode != Mode::BoundValues && d->jsonInsert.prepare(kJsonInsert);
    d->responses.reserve(d->batchSize());
}

SurveyBatchWriter::~SurveyBatchWriter()
{
#ifdef AKIM_HAVE_SQLITE3
    if (d->statement != nullptr)
        sqlite3_finalize(d->statement);
    if (d->cacheSizeChanged) {
        const QByteArray restore =
            "PRAGMA cache_size = " + QByteArray::number(d->previousCacheSize);
        sqlite3_exec(d->connection, restore.constData(), nullptr, nullptr, nullptr);
    }
#endif
}

bool SurveyBatchWriter::usesDirect() const
{
    return d->direct();
}

bool SurveyBatchWriter::usesJson() const
{
    return d->json;
}

int SurveyBatchWriter::appendAnswers(QByteArray &out, const QVector<QByteArray> &keys,
                                     const double *values)
{
    out += '{';
    int answered = 0;
    for (int i = 0; i < keys.size(); ++i) {
        const double value = values[i];
        if (std::isnan(value))
            continue;
        if (answered++ > 0)
            out += ',';
        out += keys.at(i);
        if (value >= 0 && value <= 9 && value == std::floor(value)) {
            out += char('0' + int(value)); // nearly every Likert or yes/no answer
        } else if (value == std::floor(value) && std::abs(value) < 1e15) {
            appendNumber(out, qint64(value));
        } else {
            // The shortest text that reads back as the same double.
            char buffer[32];
            const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
            out.append(buffer, result.ptr - buffer);
        }
    }
    out += '}';
    return answered;
}

void SurveyBatchWriter::addResponse(qint64 nomineeId, QByteArrayView submittedAt, qint64 sourceRow,
                                    std::optional<qint64> rowHash, const double *values)
{
    d->answers.clear();
    m_answersWritten += appendAnswers(d->answers, d->keys, values);
    ++m_responsesWritten;
#ifdef AKIM_HAVE_SQLITE3
    if (d->direct()) {
        d->writeDirect(nomineeId, submittedAt, sourceRow, rowHash);
        return;
    }
#endif
    d->responses.append({nomineeId, submittedAt.toByteArray(), sourceRow, rowHash, d->answers});
    if (d->responses.size() >= d->batchSize())
        d->write();
}

void SurveyBatchWriter::flush()
{
    d->write();
}

} // namespace akim
