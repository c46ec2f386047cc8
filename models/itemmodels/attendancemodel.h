#pragma once

#include "domain/commission.h"
#include "domain/meeting.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace akim {

// Who attended a commission meeting: one row per voting member of the scope's commission, with
// a "present" check box and, for an absent member, the reason. Edits change the Meeting held
// here only; the dialog saves it through MeetingService.
class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        PositionColumn,
        PresentColumn, // checkable
        ReasonColumn,  // editable while the member is absent
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        MemberIdRole = Qt::UserRole + 1,
    };
    Q_ENUM(Role)

    explicit AttendanceModel(QObject *parent = nullptr);

    // The voting members in the order to show and the meeting being edited. Absences of anyone
    // not among `members` are dropped: they could not be saved (the member left the commission
    // or became its secretary).
    void reset(const QVector<Member> &members, const Meeting &meeting);

    const Meeting &meeting() const { return m_meeting; }
    const QVector<Member> &members() const { return m_members; }
    int votingCount() const { return int(m_members.size()); }
    int presentCount() const { return int(m_members.size() - m_meeting.absences.size()); }
    int rowOf(qint64 memberId) const; // -1 when not listed

    // The same edits as through setData, for code.
    bool setPresent(int row, bool present);
    bool setReason(int row, const QString &reason);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // After a language change: the role names and headers.
    void retranslate();

signals:
    // Someone was marked present or absent (the quorum changes); not for a reason's edit.
    void attendanceChanged();

private:
    int absenceIndex(qint64 memberId) const;

    QVector<Member> m_members;
    Meeting m_meeting;
    // A reason typed and then the member marked present again: restored if marked absent anew.
    QHash<qint64, QString> m_setAside;
};

} // namespace akim
