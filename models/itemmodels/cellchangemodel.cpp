#include "itemmodels/cellchangemodel.h"

namespace akim {

CellChangeModel::CellChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CellChangeModel::setChanges(const QVector<CellChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int CellChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int CellChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CellChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const CellChange &c = m_changes.at(index.row());
    switch (Column(index.column())) {
    case NomineeColumn:
        return c.nominee;
    case CriterionColumn:
        return c.criterion;
    case BeforeColumn:
        return c.before.isEmpty() ? QStringLiteral("—") : c.before;
    case AfterColumn:
        return c.after.isEmpty() ? QStringLiteral("—") : c.after;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CellChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NomineeColumn:
        return tr("Nominee");
    case CriterionColumn:
        return tr("Criterion");
    case BeforeColumn:
        return tr("In the contest file");
    case AfterColumn:
        return tr("In the package");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace akim
