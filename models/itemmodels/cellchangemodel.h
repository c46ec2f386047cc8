#pragma once

#include "packages/packageimporter.h"

#include <QAbstractTableModel>
#include <QVector>

namespace akim {

// The differences of one package against the contest file, cell by cell.
class CellChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NomineeColumn, CriterionColumn, BeforeColumn, AfterColumn, ColumnCount };
    Q_ENUM(Column)

    explicit CellChangeModel(QObject *parent = nullptr);

    void setChanges(const QVector<CellChange> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<CellChange> m_changes;
};

} // namespace akim
