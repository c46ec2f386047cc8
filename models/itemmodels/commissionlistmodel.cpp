#include "itemmodels/commissionlistmodel.h"

#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QHash>

namespace akim {

CommissionListModel::CommissionListModel(ContestDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &ContestDocument::membersChanged, this,
                &CommissionListModel::onMembersChanged);
        connect(document, &ContestDocument::opened, this, &CommissionListModel::reload);
        connect(document, &ContestDocument::closed, this, &CommissionListModel::reload);
    }
    reload();
}

int CommissionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_commissions.size());
}

QVariant CommissionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Commission &commission = m_commissions.at(index.row());
    const int members = m_memberCounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(text::pick(commission.nameRu, commission.nameKk)).arg(members);
    case Qt::ToolTipRole:
        return tr("%n member(s)", nullptr, members);
    case IdRole:
        return commission.id;
    case MemberCountRole:
        return members;
    case StageRole:
        return int(commission.stage);
    default:
        return {};
    }
}

QHash<int, QByteArray> CommissionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "commissionId");
    names.insert(MemberCountRole, "memberCount");
    names.insert(StageRole, "stage");
    return names;
}

Commission CommissionListModel::commissionAt(int row) const
{
    return row >= 0 && row < m_commissions.size() ? m_commissions.at(row) : Commission{};
}

int CommissionListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_commissions.size(); ++i) {
        if (m_commissions.at(i).id == id)
            return i;
    }
    return -1;
}

void CommissionListModel::onMembersChanged(qint64 commissionId)
{
    const int row = rowOfId(commissionId);
    if (row < 0 || !m_document || !m_document->isOpen()) {
        reload();
        return;
    }
    try {
        m_memberCounts[row] = int(m_document->commissions().members(commissionId).size());
    } catch (const StorageError &error) {
        qWarning("CommissionListModel: %s", error.what());
    }
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void CommissionListModel::reload()
{
    QVector<Commission> commissions;
    QVector<int> counts;
    if (m_document && m_document->isOpen()) {
        try {
            commissions = m_document->commissions().commissions();
            QHash<qint64, int> perCommission;
            for (const Member &member : m_document->commissions().members())
                ++perCommission[member.commissionId];
            for (const Commission &commission : std::as_const(commissions))
                counts.push_back(perCommission.value(commission.id));
        } catch (const StorageError &error) {
            qWarning("CommissionListModel: %s", error.what());
            commissions.clear();
            counts.clear();
        }
    }
    beginResetModel();
    m_commissions = std::move(commissions);
    m_memberCounts = std::move(counts);
    endResetModel();
}

void CommissionListModel::retranslate()
{
    if (!m_commissions.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1));
}

} // namespace akim
