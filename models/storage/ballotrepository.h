#pragma once

#include <QSqlDatabase>
#include <QString>

namespace akim {

enum class BallotState {
    Open,
    Submitted, // locked until the secretary reopens it
};

QString ballotStateKey(BallotState state); // "open", "submitted"

// The state of one member's ballot. A member who has not started has no row: an open ballot at
// version 0.
struct Ballot
{
    qint64 memberId = 0;
    BallotState state = BallotState::Open;
    QString submittedAt;
    QString submittedBy;
    int version = 0; // grows with every submit and reopen
    bool stored = false;

    bool isSubmitted() const { return state == BallotState::Submitted; }
};

// The ballot table. Writes run inside the caller's transaction.
class BallotRepository
{
public:
    explicit BallotRepository(QSqlDatabase db);

    Ballot ballot(qint64 memberId) const;
    // The member has started scoring: an open row at version 0 unless one exists.
    void start(qint64 memberId);
    // Locks the ballot and raises its version; returns the new version.
    int submit(qint64 memberId, const QString &at, const QString &by);
    // Opens it again and raises its version; returns the new version.
    int reopen(qint64 memberId);
    // Drops the row of a ballot that was started and emptied again without ever being
    // submitted, so that it does not keep the member from being deleted.
    void forgetIfUnused(qint64 memberId);

private:
    QSqlDatabase m_db;
};

} // namespace akim
