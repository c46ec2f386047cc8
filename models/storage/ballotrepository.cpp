#include "storage/ballotrepository.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {

QString ballotStateKey(BallotState state)
{
    return state == BallotState::Submitted ? QStringLiteral("submitted") : QStringLiteral("open");
}

BallotRepository::BallotRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Ballot BallotRepository::ballot(qint64 memberId) const
{
    Ballot ballot;
    ballot.memberId = memberId;
    QSqlQuery q = sql::exec(m_db,
                            QStringLiteral("SELECT state, submitted_at, submitted_by, version "
                                           "FROM ballot WHERE member_id = ?"),
                            {memberId});
    if (!q.next())
        return ballot;
    ballot.stored = true;
    ballot.state = q.value(0).toString() == QLatin1String("submitted") ? BallotState::Submitted
                                                                       : BallotState::Open;
    ballot.submittedAt = q.value(1).toString();
    ballot.submittedBy = q.value(2).toString();
    ballot.version = q.value(3).toInt();
    return ballot;
}

void BallotRepository::start(qint64 memberId)
{
    sql::exec(m_db,
              QStringLiteral("INSERT INTO ballot (member_id, state, version) VALUES (?, 'open', 0) "
                             "ON CONFLICT (member_id) DO NOTHING"),
              {memberId});
}

int BallotRepository::submit(qint64 memberId, const QString &at, const QString &by)
{
    start(memberId);
    sql::exec(m_db,
              QStringLiteral("UPDATE ballot SET state = 'submitted', submitted_at = ?, "
                             "submitted_by = ?, version = version + 1 WHERE member_id = ?"),
              {at, by, memberId});
    return ballot(memberId).version;
}

int BallotRepository::reopen(qint64 memberId)
{
    sql::exec(m_db,
              QStringLiteral("UPDATE ballot SET state = 'open', submitted_at = NULL, "
                             "submitted_by = NULL, version = version + 1 WHERE member_id = ?"),
              {memberId});
    return ballot(memberId).version;
}

void BallotRepository::forgetIfUnused(qint64 memberId)
{
    sql::exec(m_db,
              QStringLiteral("DELETE FROM ballot WHERE member_id = ? AND version = 0 AND "
                             "state = 'open' AND NOT EXISTS (SELECT 1 FROM score WHERE "
                             "member_id = ?)"),
              {memberId, memberId});
}

} // namespace akim
