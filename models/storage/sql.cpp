#include "storage/sql.h"

#include "storage/storageerror.h"

#include <QDateTime>
#include <QSqlError>
#include <QUuid>

namespace akim::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        throw StorageError(query.lastError().text() + QStringLiteral(" [") + statement +
                           QLatin1Char(']'));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw StorageError(query.lastError().text());
}

void bind(QSqlQuery &query, const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QStringLiteral(""));
    else
        query.addBindValue(value);
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement,
               std::initializer_list<QVariant> values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant &value : values)
        bind(query, value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

qint64 lastId(const QSqlQuery &query)
{
    return query.lastInsertId().toLongLong();
}

QString multiRowInsert(const QString &head, int width, int rows, const QString &tail)
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
    return statement + tail;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace akim::sql
