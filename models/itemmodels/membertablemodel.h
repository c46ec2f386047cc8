#pragma once

#include "domain/commission.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The members of one commission, with their role and the number of declared conflicts of interest.
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FullNameColumn, RoleColumn, PositionColumn, ConflictsColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role { IdRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    explicit MemberTableModel(ContestDocument *document, QObject *parent = nullptr);

    qint64 commissionId() const { return m_commissionId; }
    void setCommissionId(qint64 commissionId); // 0: no commission, no rows

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Member memberAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent
    int conflictCountAt(int row) const;

    void reload();
    void retranslate();

private:
    void onMembersChanged(qint64 commissionId);

    QPointer<ContestDocument> m_document;
    qint64 m_commissionId = 0;
    QVector<Member> m_members;
    QVector<int> m_conflictCounts; // parallel to m_members
};

} // namespace akim
