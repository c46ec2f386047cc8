#pragma once

#include "domain/meeting.h"

#include <QSqlDatabase>

#include <optional>

namespace akim {

// The tables meeting, meeting_absence and meeting_award, and the contest-wide quorum rule (table
// setting). Writes run inside the caller's transaction.
class MeetingRepository
{
public:
    // The setting that holds the quorum rule, as quorumRuleKey() writes it.
    static constexpr const char *kQuorumSetting = "protocol_quorum";

    explicit MeetingRepository(QSqlDatabase db);

    // The meeting of a scope (regionId 0 for stage II), absences by member id and awards by
    // nomination; nullopt while nothing was recorded for it.
    std::optional<Meeting> find(StageKind stage, qint64 regionId) const;
    // Inserts the scope's meeting or updates the one there (matched on the scope, so a stale id
    // never creates a second), replacing its absences and awards. Sets id, uuid and updatedAt;
    // keeps updatedBy as given.
    void save(Meeting &meeting);

    // More than half unless set; an unknown value (written by a newer version) reads as the
    // default too.
    QuorumRule quorumRule() const;
    void setQuorumRule(QuorumRule rule);

private:
    QSqlDatabase m_db;
};

} // namespace akim
