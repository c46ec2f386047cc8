#include "survey/rejectedfile.h"

#include "survey/headerguess.h"
#include "survey/surveyimporter.h"
#include "survey/xlsxstyles.h"
#include "text/csvfield.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace akim::survey {

bool isBlankCell(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return true;
    if (cell.typeId() != QMetaType::QString)
        return false;
    const QString text = cell.toString();
    for (const QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QString cellText(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::QString:
        return cell.toString().trimmed();
    case QMetaType::Double: {
        const double value = cell.toDouble();
        if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
            return QString::number(qint64(value));
        return QString::number(value, 'g', 15);
    }
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(Qt::ISODate);
    case QMetaType::Bool:
        return cell.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        if (cell.metaType() == QMetaType::fromType<SerialDateTime>())
            return cellText(static_cast<const SerialDateTime *>(cell.constData())->toVariant());
        return cell.toString();
    }
}

// --- RejectedFile ----------------------------------------------------------------------------

void RejectedFile::open(const QString &path, const QStringList &headers)
{
    m_path = path;
    if (path.isEmpty())
        return;
    m_file = std::make_unique<QSaveFile>(path);
    m_columns = int(headers.size());
    m_buffer = QByteArrayLiteral("\xEF\xBB\xBF"); // a BOM, so Excel reads UTF-8
    writeField(SurveyImporter::tr("Row"), false);
    writeField(SurveyImporter::tr("Column"), false);
    writeField(SurveyImporter::tr("Reason"), headers.isEmpty());
    for (int i = 0; i < headers.size(); ++i)
        writeField(headers.at(i), i + 1 == headers.size());
}

void RejectedFile::writeField(const QString &field, bool last)
{
    m_buffer += text::csvField(field, QLatin1Char(';')).toUtf8();
    m_buffer += last ? QByteArrayLiteral("\r\n") : QByteArrayLiteral(";");
}

void RejectedFile::write(qint64 row, int column, const QString &reason,
                         const QVector<QVariant> &cells, const QSet<int> &hidden)
{
    if (!m_file)
        return;
    const int width = std::max(m_columns, int(cells.size()));
    writeField(QString::number(row), false);
    writeField(column >= 0 ? HeaderGuess::columnLetter(column) : QString(), false);
    writeField(reason, width == 0);
    for (int i = 0; i < width; ++i) {
        const QString text =
            i < cells.size() && !hidden.contains(i) ? cellText(cells.at(i)) : QString();
        writeField(text, i + 1 == width);
    }
    // The file is opened only when the first block is due, so a run that fails early does not
    // even create the temporary file.
    if (m_buffer.size() > (1 << 16)) {
        if (!m_file->isOpen())
            m_file->open(QIODevice::WriteOnly);
        m_file->write(m_buffer);
        m_buffer.clear();
    }
}

bool RejectedFile::commit(QString *error)
{
    if (!m_file)
        return true;
    if (!m_file->isOpen() && !m_file->open(QIODevice::WriteOnly)) {
        *error = SurveyImporter::tr("%1: the rejected rows cannot be written: %2")
                     .arg(m_path, m_file->errorString());
        return false;
    }
    m_file->write(m_buffer);
    m_buffer.clear();
    if (!m_file->commit()) {
        *error = SurveyImporter::tr("%1: the rejected rows cannot be written: %2")
                     .arg(m_path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file.reset();
    return true;
}

void RejectedFile::discard()
{
    if (m_file && m_file->isOpen())
        m_file->cancelWriting();
    m_file.reset();
    m_buffer.clear();
}

} // namespace akim::survey
