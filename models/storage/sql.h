#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace akim::sql {

// Thin helpers so that every repository prepares, binds and checks the same way.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
// Binds the next positional value. A null QString is bound as '' (Qt would bind NULL); a NULL
// is only ever bound on purpose, as a null QVariant (see nullIfEmpty, idOrNull).
void bind(QSqlQuery &query, const QVariant &value);
QSqlQuery exec(const QSqlDatabase &db, const QString &statement,
               std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &statement,
                std::initializer_list<QVariant> values = {});
qint64 lastId(const QSqlQuery &query);
// "INSERT … VALUES (?, ?), (?, ?) … tail" with `rows` tuples of `width` placeholders: one
// statement for many rows, where binding row by row would cost a statement each.
QString multiRowInsert(const QString &head, int width, int rows, const QString &tail = {});

QString newUuid();
QString nowUtc(); // ISO 8601 with milliseconds, UTC

QVariant nullIfEmpty(const QString &value);
QVariant idOrNull(qint64 id); // NULL lets SQLite assign the key

} // namespace akim::sql
