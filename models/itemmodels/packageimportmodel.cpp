#include "itemmodels/packageimportmodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

namespace akim {

PackageImportModel::PackageImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PackageImportModel::setPackages(const QVector<PackageInspection> &packages)
{
    beginResetModel();
    m_packages = packages;
    endResetModel();
}

QVector<PackageInspection> PackageImportModel::acceptable() const
{
    QVector<PackageInspection> result;
    for (const PackageInspection &p : m_packages) {
        if (p.ok())
            result << p;
    }
    return result;
}

int PackageImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int PackageImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageImportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PackageInspection &p = m_packages.at(index.row());
    if (role == AcceptedRole)
        return p.ok();
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && !p.ok())
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case FileColumn:
        return role == Qt::ToolTipRole ? p.path : QFileInfo(p.path).fileName();
    case MemberColumn:
        return p.memberName;
    case CommissionColumn:
        return p.commissionName;
    case ResultColumn:
        if (!p.ok())
            return p.refusal;
        return tr("Ready: %n cell(s); differing from the contest file: %1.", nullptr,
                  int(p.cells.size()))
            .arg(p.changes.size());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PackageImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FileColumn:
        return tr("File");
    case MemberColumn:
        return tr("Member");
    case CommissionColumn:
        return tr("Commission");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace akim
