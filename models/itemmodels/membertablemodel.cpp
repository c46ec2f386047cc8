#include "itemmodels/membertablemodel.h"

#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

namespace akim {

MemberTableModel::MemberTableModel(ContestDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &ContestDocument::membersChanged, this,
                &MemberTableModel::onMembersChanged);
        connect(document, &ContestDocument::opened, this, &MemberTableModel::reload);
        connect(document, &ContestDocument::closed, this, &MemberTableModel::reload);
    }
}

void MemberTableModel::setCommissionId(qint64 commissionId)
{
    if (commissionId == m_commissionId)
        return;
    m_commissionId = commissionId;
    beginResetModel();
    m_members.clear();
    m_conflictCounts.clear();
    endResetModel();
    reload();
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FullNameColumn:
            return member.fullName;
        case RoleColumn:
            return labels::role(member.role);
        case PositionColumn:
            return member.position;
        case ConflictsColumn:
            return m_conflictCounts.at(index.row());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ConflictsColumn)
            return tr("Declared conflicts of interest: %n nominee(s)", nullptr,
                      m_conflictCounts.at(index.row()));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ConflictsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case IdRole:
        return member.id;
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FullNameColumn:
        return tr("Full name");
    case RoleColumn:
        return tr("Role");
    case PositionColumn:
        return tr("Position");
    case ConflictsColumn:
        return tr("Conflicts of interest");
    default:
        return {};
    }
}

Member MemberTableModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row) : Member{};
}

int MemberTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).id == id)
            return i;
    }
    return -1;
}

int MemberTableModel::conflictCountAt(int row) const
{
    return row >= 0 && row < m_conflictCounts.size() ? m_conflictCounts.at(row) : 0;
}

void MemberTableModel::onMembersChanged(qint64 commissionId)
{
    if (commissionId == m_commissionId || commissionId == 0)
        reload();
}

void MemberTableModel::reload()
{
    QVector<Member> members;
    QVector<int> counts;
    if (m_document && m_document->isOpen() && m_commissionId != 0) {
        try {
            const CommissionRepository repository = m_document->commissions();
            members = repository.members(m_commissionId);
            // A commission has 5–11 members: one small query each is fine.
            for (const Member &member : std::as_const(members))
                counts.push_back(int(repository.conflicts(member.id).size()));
        } catch (const StorageError &error) {
            qWarning("MemberTableModel: %s", error.what());
            members.clear();
            counts.clear();
        }
    }

    bool sameRows = members.size() == m_members.size();
    for (int i = 0; sameRows && i < members.size(); ++i)
        sameRows = members.at(i).id == m_members.at(i).id;
    if (sameRows) {
        // An edit of a member or of its conflicts: keep the view's selection.
        m_members = std::move(members);
        m_conflictCounts = std::move(counts);
        if (!m_members.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_members = std::move(members);
    m_conflictCounts = std::move(counts);
    endResetModel();
}

void MemberTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace akim
