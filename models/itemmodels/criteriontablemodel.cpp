#include "itemmodels/criteriontablemodel.h"

#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QLocale>
#include <QMimeData>

#include <algorithm>

namespace akim {

CriterionTableModel::CriterionTableModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &ContestDocument::criteriaChanged, this, &CriterionTableModel::reload);
        connect(document, &ContestDocument::opened, this, &CriterionTableModel::reload);
        connect(document, &ContestDocument::closed, this, &CriterionTableModel::reload);
    }
    reload();
}

int CriterionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int CriterionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CriterionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Criterion &c = m_criteria.at(index.row());
    const int column = index.column();
    const bool numeric = column == MaxPointsColumn || column == WeightColumn;

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return c.code;
        case TitleRuColumn:
            return c.titleRu;
        case TitleKkColumn:
            return c.titleKk;
        case TitleEnColumn:
            return c.titleEn;
        case StageColumn:
            return labels::stage(c.stage);
        case SourceColumn:
            return labels::source(c.source);
        case MaxPointsColumn:
            return QLocale().toString(c.maxPoints, 'g', QLocale::FloatingPointShortest);
        case WeightColumn:
            return QLocale().toString(c.weight, 'g', QLocale::FloatingPointShortest);
        default:
            return {};
        }
    case Qt::EditRole:
        if (column == MaxPointsColumn)
            return c.maxPoints;
        if (column == WeightColumn)
            return c.weight;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (numeric)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return c.id;
    default:
        return {};
    }
}

QVariant CriterionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case TitleRuColumn:
        return tr("Title (Russian)");
    case TitleKkColumn:
        return tr("Title (Kazakh)");
    case TitleEnColumn:
        return tr("Title (English)");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case MaxPointsColumn:
        return tr("Max points");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

Qt::ItemFlags CriterionTableModel::flags(const QModelIndex &index) const
{
    // Only the root accepts drops, so a view drops between rows, never onto a row.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

Qt::DropActions CriterionTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CriterionTableModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CriterionTableModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *CriterionTableModel::mimeData(const QModelIndexList &indexes) const
{
    // One criterion moves at a time: the first selected row.
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            continue;
        auto *mime = new QMimeData;
        mime->setData(mimeType(), QByteArray::number(m_criteria.at(index.row()).id));
        return mime;
    }
    return nullptr;
}

CriterionTableModel::DropTarget CriterionTableModel::dropTarget(const QMimeData *data,
                                                                Qt::DropAction action, int row,
                                                                const QModelIndex &parent) const
{
    if (!data || action != Qt::MoveAction || !data->hasFormat(mimeType()))
        return {};
    bool ok = false;
    const qint64 id = data->data(mimeType()).toLongLong(&ok);
    const int fromRow = ok ? rowOfId(id) : -1;
    if (fromRow < 0)
        return {};

    // The insertion point in the whole list: before `row`; onto a row means before it; onto
    // the empty area below the rows means at the end.
    int target = row;
    if (parent.isValid())
        target = parent.row();
    if (target < 0 || target > m_criteria.size())
        target = int(m_criteria.size());

    const StageKind stage = m_criteria.at(fromRow).stage;
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria.at(i).stage == stage) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    // Criteria are listed stage by stage, so the stage's rows are contiguous; the gap just
    // after its last row still belongs to it.
    if (target < first || target > last + 1)
        return {id, -1};
    const int insertAt = target - first;
    const int fromIndex = fromRow - first;
    return {id, insertAt > fromIndex ? insertAt - 1 : insertAt};
}

bool CriterionTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                          int, const QModelIndex &parent) const
{
    return dropTarget(data, action, row, parent).stageIndex >= 0;
}

bool CriterionTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent)
{
    m_lastError.clear();
    if (!m_document)
        return false;
    const DropTarget target = dropTarget(data, action, row, parent);
    if (target.criterionId == 0) {
        m_lastError = tr("Only criteria of this contest can be dropped here.");
        return false;
    }
    if (target.stageIndex < 0) {
        m_lastError = tr("A criterion can only be moved within its own stage.");
        return false;
    }
    const EditResult result = m_document->moveCriterion(target.criterionId, target.stageIndex);
    if (!result.ok()) {
        m_lastError = result.message;
        return false;
    }
    // The document's criteriaChanged has already reordered the rows (reload()). The view must not
    // remove the source row after this "move": this model has no removeRows, so it cannot.
    return true;
}

Criterion CriterionTableModel::criterionAt(int row) const
{
    return row >= 0 && row < m_criteria.size() ? m_criteria.at(row) : Criterion{};
}

int CriterionTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_criteria.size(); ++i) {
        if (m_criteria.at(i).id == id)
            return i;
    }
    return -1;
}

void CriterionTableModel::reload()
{
    QVector<Criterion> criteria;
    if (m_document && m_document->isOpen()) {
        try {
            criteria = m_document->criteria().all();
        } catch (const StorageError &error) {
            qWarning("CriterionTableModel: %s", error.what());
        }
    }

    QVector<qint64> oldIds;
    QVector<qint64> newIds;
    for (const Criterion &c : std::as_const(m_criteria))
        oldIds.push_back(c.id);
    for (const Criterion &c : std::as_const(criteria))
        newIds.push_back(c.id);

    if (oldIds == newIds) {
        m_criteria = std::move(criteria);
        retranslate();
        return;
    }

    QVector<qint64> oldSorted = oldIds;
    QVector<qint64> newSorted = newIds;
    std::sort(oldSorted.begin(), oldSorted.end());
    std::sort(newSorted.begin(), newSorted.end());
    if (oldSorted != newSorted) {
        beginResetModel();
        m_criteria = std::move(criteria);
        endResetModel();
        return;
    }

    // Same criteria in a new order (a drag and drop, or its undo): a layout change keeps the
    // view's selection on the moved row.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    m_criteria = std::move(criteria);
    for (const QModelIndex &index : before) {
        const int newRow = int(newIds.indexOf(oldIds.at(index.row())));
        after.push_back(index.isValid() && newRow >= 0 ? this->index(newRow, index.column())
                                                       : QModelIndex());
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    retranslate();
}

void CriterionTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_criteria.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace akim
