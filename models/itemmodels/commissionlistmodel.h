#pragma once

#include "domain/commission.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The commissions of the contest: the regional ones in region order, then the republican one,
// each shown with its number of members.
class CommissionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        MemberCountRole,
        StageRole // StageKind as int
    };
    Q_ENUM(Role)

    explicit CommissionListModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Commission commissionAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent

    void reload();
    void retranslate();

private:
    void onMembersChanged(qint64 commissionId);

    QPointer<ContestDocument> m_document;
    QVector<Commission> m_commissions;
    QVector<int> m_memberCounts; // parallel to m_commissions
};

} // namespace akim
