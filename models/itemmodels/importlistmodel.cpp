#include "itemmodels/importlistmodel.h"

#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace akim {

ImportListModel::ImportListModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        for (auto signal : {&ContestDocument::opened, &ContestDocument::closed,
                            &ContestDocument::surveyDataChanged})
            connect(document, signal, this, &ImportListModel::reload);
    }
    reload();
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportListModel::formatTime(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso;
    if (time.timeSpec() == Qt::LocalTime && !iso.endsWith(QLatin1Char('Z')) &&
        !iso.contains(QLatin1Char('+')))
        time.setTimeSpec(Qt::UTC); // stored in UTC without a marker
    const QLocale locale;
    // The year in full, as every date of the program ("11/26/26" could be any century).
    return locale.toString(time.toLocalTime(), labels::shortDateFormat() + QLatin1Char(' ') +
                                                   locale.timeFormat(QLocale::ShortFormat));
}

QString ImportListModel::kindLabel(const QString &kindKey)
{
    if (kindKey == QLatin1String("ethics"))
        return tr("Ethics questionnaire");
    if (kindKey == QLatin1String("population"))
        return tr("Citizens' survey");
    return kindKey;
}

QString ImportListModel::displayText(const SurveyImportRecord &record, int column) const
{
    const QLocale locale;
    switch (column) {
    case DateColumn:
        return formatTime(record.importedAt);
    case FileColumn:
        return record.fileName;
    case KindColumn:
        return kindLabel(record.kind);
    case ReadColumn:
        return locale.toString(record.rowsRead);
    case ImportedColumn:
        return locale.toString(record.rowsImported);
    case RejectedColumn:
        return locale.toString(record.rowsRejected);
    case DuplicatesColumn:
        return locale.toString(record.rowsDuplicate);
    case UserColumn:
        return record.importedBy;
    case UndoneColumn:
        return record.isUndone() ? formatTime(record.undoneAt) : QString();
    default:
        return {};
    }
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SurveyImportRecord &record = m_records.at(index.row());
    const int column = index.column();
    const bool numeric = column >= ReadColumn && column <= DuplicatesColumn;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(record, column);
    case Qt::ToolTipRole:
        if (column == FileColumn)
            return tr("SHA-256 %1").arg(record.sha256);
        if (record.isUndone())
            return tr("Undone: its responses no longer count");
        return {};
    case Qt::TextAlignmentRole:
        if (numeric)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        if (record.isUndone())
            return QColor(0x80, 0x80, 0x80);
        return {};
    case IdRole:
        return record.id;
    case UndoneRole:
        return record.isUndone();
    case SortRole:
        switch (column) {
        case DateColumn:
            return record.importedAt;
        case ReadColumn:
            return record.rowsRead;
        case ImportedColumn:
            return record.rowsImported;
        case RejectedColumn:
            return record.rowsRejected;
        case DuplicatesColumn:
            return record.rowsDuplicate;
        case UndoneColumn:
            return record.undoneAt;
        default:
            return displayText(record, column);
        }
    default:
        return {};
    }
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DateColumn:
            return tr("Imported on");
        case FileColumn:
            return tr("File");
        case KindColumn:
            return tr("Questionnaire");
        case ReadColumn:
            return tr("Rows read");
        case ImportedColumn:
            return tr("Responses imported");
        case RejectedColumn:
            return tr("Rows rejected");
        case DuplicatesColumn:
            return tr("Duplicates skipped");
        case UserColumn:
            return tr("Imported by");
        case UndoneColumn:
            return tr("Undone on");
        default:
            return {};
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    // The counts add up: read = imported + rejected + duplicates skipped.
    switch (section) {
    case ReadColumn:
        return tr("Rows of the sheet that were not blank");
    case ImportedColumn:
        return tr("Rows that became responses and count in the survey index");
    case RejectedColumn:
        return tr("Rows not imported: no matching nominee, or an answer outside the scale");
    case DuplicatesColumn:
        return tr("Rows identical to a row already imported (same time and answers)");
    case UndoneColumn:
        return tr("An undone import keeps its record, but its responses no longer count");
    default:
        return {};
    }
}

int ImportListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

void ImportListModel::reload()
{
    beginResetModel();
    m_records.clear();
    if (m_document && m_document->isOpen()) {
        try {
            m_records = SurveyRepository(m_document->database().connection()).imports();
            std::reverse(m_records.begin(), m_records.end()); // newest first
        } catch (const StorageError &) {
            m_records.clear();
        }
    }
    endResetModel();
}

void ImportListModel::retranslate()
{
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace akim
