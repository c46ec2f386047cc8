#include "itemmodels/attendancemodel.h"

#include "itemmodels/labels.h"

#include <QSet>

namespace akim {

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendanceModel::reset(const QVector<Member> &members, const Meeting &meeting)
{
    beginResetModel();
    m_members = members;
    m_meeting = meeting;
    m_setAside.clear();
    QVector<MeetingAbsence> kept;
    QSet<qint64> seen;
    for (const MeetingAbsence &a : std::as_const(meeting.absences)) {
        if (rowOf(a.memberId) >= 0 && !seen.contains(a.memberId)) {
            kept.push_back(a);
            seen.insert(a.memberId);
        }
    }
    m_meeting.absences = kept;
    endResetModel();
    emit attendanceChanged();
}

int AttendanceModel::rowOf(qint64 memberId) const
{
    for (int i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).id == memberId)
            return i;
    }
    return -1;
}

int AttendanceModel::absenceIndex(qint64 memberId) const
{
    for (int i = 0; i < m_meeting.absences.size(); ++i) {
        if (m_meeting.absences.at(i).memberId == memberId)
            return i;
    }
    return -1;
}

bool AttendanceModel::setPresent(int row, bool present)
{
    if (row < 0 || row >= m_members.size())
        return false;
    const qint64 id = m_members.at(row).id;
    const int absence = absenceIndex(id);
    if (present == (absence == -1))
        return true;
    if (present) {
        m_setAside.insert(id, m_meeting.absences.at(absence).reason);
        m_meeting.absences.remove(absence);
    } else {
        m_meeting.absences.push_back({id, m_setAside.take(id)});
    }
    emit dataChanged(index(row, PresentColumn), index(row, ReasonColumn));
    emit attendanceChanged();
    return true;
}

bool AttendanceModel::setReason(int row, const QString &reason)
{
    if (row < 0 || row >= m_members.size())
        return false;
    const int absence = absenceIndex(m_members.at(row).id);
    // A present member has no reason to give.
    if (absence == -1)
        return false;
    if (m_meeting.absences.at(absence).reason == reason)
        return true;
    m_meeting.absences[absence].reason = reason;
    emit dataChanged(index(row, ReasonColumn), index(row, ReasonColumn));
    return true;
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    const int absence = absenceIndex(member.id);
    const bool present = absence == -1;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return member.fullName;
        case RoleColumn:
            return labels::role(member.role);
        case PositionColumn:
            return member.position;
        case PresentColumn:
            // Said in words too, for screen readers and for the printed view of the table.
            return role == Qt::DisplayRole ? QVariant(present ? tr("Present") : tr("Absent"))
                                           : QVariant();
        case ReasonColumn:
            return present ? QString() : m_meeting.absences.at(absence).reason;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == PresentColumn)
            return present ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn)
            return present ? tr("Only an absent member has a reason to record.")
                           : tr("Why %1 was absent, as the protocol is to print it (e.g. on "
                                "leave, ill).")
                                 .arg(member.fullName);
        if (index.column() == PresentColumn)
            return tr("Untick if %1 did not attend the meeting.").arg(member.fullName);
        return {};
    case MemberIdRole:
        return member.id;
    default:
        return {};
    }
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    if (index.column() == PresentColumn && role == Qt::CheckStateRole)
        return setPresent(index.row(), value.toInt() == Qt::Checked);
    if (index.column() == ReasonColumn && role == Qt::EditRole)
        return setReason(index.row(), value.toString());
    return false;
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PresentColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == ReasonColumn && absenceIndex(m_members.at(index.row()).id) != -1)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Member");
    case RoleColumn:
        return tr("Role");
    case PositionColumn:
        return tr("Position");
    case PresentColumn:
        return tr("Attendance");
    case ReasonColumn:
        return tr("Reason for absence");
    default:
        return {};
    }
}

void AttendanceModel::retranslate()
{
    if (!m_members.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace akim
