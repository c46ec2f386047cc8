#pragma once

// Internal to SurveyImporter: cells as text, and the rejected-rows file.

#include <QSaveFile>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <memory>

namespace akim::survey {

bool isBlankCell(const QVariant &cell);
// A cell as text for places, ids and the rejected-rows file: whole numbers without ".0" (a
// KATO code read as a number), dates in ISO 8601.
QString cellText(const QVariant &cell);

// The rejected-rows CSV, written to a temporary file and put in place only when the run ends
// well (a cancelled or failed run leaves no file behind).
class RejectedFile
{
public:
    void open(const QString &path, const QStringList &headers);
    void write(qint64 row, int column, const QString &reason, const QVector<QVariant> &cells,
               const QSet<int> &hidden);
    bool commit(QString *error);
    void discard();

private:
    void writeField(const QString &field, bool last);

    std::unique_ptr<QSaveFile> m_file;
    QString m_path;
    int m_columns = 0;
    QByteArray m_buffer;
};

// One import while it streams the sheet. Two threads share the work: a producer (reading,
// matching, interpreting answers, duplicate checks, totals, rejected rows) and the caller's
// thread, which owns the database connection and writes batches of accepted rows as they come.
// So on two cores parsing and SQLite overlap. A bounded queue keeps memory flat.

} // namespace akim::survey
