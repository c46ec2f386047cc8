#pragma once

#include "packages/packageimporter.h"

#include <QAbstractTableModel>
#include <QVector>

namespace akim {

// The packages of one import, as the import dialog lists them: the file, whose ballot it is,
// and what importing it would do (how many cells, how many differ from the contest file) or
// why it is refused. Read-only.
class PackageImportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, MemberColumn, CommissionColumn, ResultColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        AcceptedRole = Qt::UserRole + 1, // bool: may be imported
    };

    explicit PackageImportModel(QObject *parent = nullptr);

    void setPackages(const QVector<PackageInspection> &packages);
    const QVector<PackageInspection> &packages() const { return m_packages; }
    QVector<PackageInspection> acceptable() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<PackageInspection> m_packages;
};

} // namespace akim
