#include "itemmodels/nomineetablemodel.h"

#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/language.h"
#include "text/textfold.h"

#include <QLocale>

namespace akim {
namespace {

QString searchTextOf(const NomineeRow &row)
{
    const QChar sep = QLatin1Char(' ');
    const QString all = row.nominee.fullName % sep % row.okrugRu % sep % row.okrugKk % sep %
                        row.districtRu % sep % row.districtKk % sep % row.regionRu % sep %
                        row.regionKk % sep % row.okrugKato;
    return text::fold(all);
}

} // namespace

NomineeTableModel::NomineeTableModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &ContestDocument::nomineesChanged, this, &NomineeTableModel::reload);
        connect(document, &ContestDocument::geographyChanged, this, &NomineeTableModel::reload);
        connect(document, &ContestDocument::opened, this, &NomineeTableModel::reload);
        connect(document, &ContestDocument::closed, this, &NomineeTableModel::reload);
    }
    reload();
}

int NomineeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NomineeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NomineeTableModel::displayText(const Entry &entry, int column) const
{
    const NomineeRow &row = entry.row;
    switch (column) {
    case RegionColumn:
        return text::pick(row.regionRu, row.regionKk);
    case DistrictColumn:
        return text::pick(row.districtRu, row.districtKk);
    case OkrugColumn:
        return text::pick(row.okrugRu, row.okrugKk);
    case KatoColumn:
        return row.okrugKato;
    case FullNameColumn:
        return row.nominee.fullName;
    case InOfficeSinceColumn:
        return labels::date(row.nominee.inOfficeSince);
    case StatusColumn:
        return labels::status(row.nominee.status);
    default:
        return {};
    }
}

QVariant NomineeTableModel::sortValue(const Entry &entry, int column) const
{
    switch (column) {
    case InOfficeSinceColumn:
        // ISO dates sort as strings; unknown dates (empty) come first.
        return entry.row.nominee.inOfficeSince.isValid()
                   ? entry.row.nominee.inOfficeSince.toString(Qt::ISODate)
                   : QString();
    case StatusColumn:
        return int(entry.row.nominee.status);
    default:
        return displayText(entry, column);
    }
}

QVariant NomineeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FullNameColumn && !entry.row.nominee.notes.isEmpty())
            return entry.row.nominee.notes;
        return {};
    case IdRole:
        return entry.row.nominee.id;
    case RegionIdRole:
        return entry.row.regionId;
    case DistrictIdRole:
        return entry.row.districtId;
    case SortRole:
        return sortValue(entry, index.column());
    case SearchTextRole:
        return entry.searchText;
    default:
        return {};
    }
}

QVariant NomineeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case DistrictColumn:
        return tr("District");
    case OkrugColumn:
        return tr("Rural okrug");
    case KatoColumn:
        return tr("KATO");
    case FullNameColumn:
        return tr("Akim");
    case InOfficeSinceColumn:
        return tr("In office since");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> NomineeTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "nomineeId");
    names.insert(RegionIdRole, "regionId");
    names.insert(DistrictIdRole, "districtId");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

NomineeRow NomineeTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).row : NomineeRow{};
}

int NomineeTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

void NomineeTableModel::reload()
{
    QVector<NomineeRow> rows;
    if (m_document && m_document->isOpen()) {
        try {
            rows = m_document->nominees().rows();
        } catch (const StorageError &error) {
            qWarning("NomineeTableModel: %s", error.what());
        }
    }
    QVector<Entry> entries;
    entries.reserve(rows.size());
    for (NomineeRow &row : rows) {
        QString search = searchTextOf(row);
        entries.push_back({std::move(row), std::move(search)});
    }

    // An edit that keeps the same rows in the same order must not reset the view: a reset would
    // drop the user's selection and scroll position.
    bool sameRows = entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).row.nominee.id == m_entries.at(i).row.nominee.id;
    if (sameRows) {
        m_entries = std::move(entries);
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }

    beginResetModel();
    m_entries = std::move(entries);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_rowOfId.insert(m_entries.at(i).row.nominee.id, i);
    endResetModel();
}

void NomineeTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace akim
