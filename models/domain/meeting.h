#pragma once

#include "domain/criterion.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <QVector>

#include <optional>

namespace akim {

// How many voting members must be present for the meeting to decide (PROTOCOL.md: "more than
// half or two thirds, a methodology setting"). Kept as a contest setting, not in the
// methodology JSON, because it is not a scoring rule: a finalised ranking's hash must not move
// when it changes.
enum class QuorumRule {
    MoreThanHalf,
    TwoThirds,
};

QString quorumRuleKey(QuorumRule rule); // "more_than_half", "two_thirds"
QuorumRule quorumRuleFromKey(const QString &key, bool *ok = nullptr);
// The fewest present voting members that make a quorum of `voting`.
int quorumNeeded(int voting, QuorumRule rule);

// A voting member who did not attend, and why ("on leave", "ill").
struct MeetingAbsence
{
    qint64 memberId = 0;
    QString reason;

    bool operator==(const MeetingAbsence &o) const
    {
        return memberId == o.memberId && reason == o.reason;
    }
};

// A special nomination (an index into Methodology::nominations) awarded by the republican
// commission's decision.
struct MeetingAward
{
    int nomination = 0;
    qint64 nomineeId = 0;

    bool operator==(const MeetingAward &o) const
    {
        return nomination == o.nomination && nomineeId == o.nomineeId;
    }
};

// The particulars of the commission meeting that a protocol records and the ranking does not:
// its number, date, place and hours, who was absent, the vote, and (stage II) the nominations.
// One per scope: stage I of a region, or stage II. Everything is optional; what is missing is
// printed as a blank to fill in by hand.
struct Meeting
{
    qint64 id = 0;
    QString uuid;
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // 0 for stage II

    QString number;         // the protocol's number as printed: "3", "3-П"
    QDate heldOn;           // invalid: not set
    QString placeRu;        // the city: "Кызылорда" (printed «г. Кызылорда»)
    QString placeKk;        // "Қызылорда" (printed «Қызылорда қ.»)
    QString organisationRu; // printed centred above the title
    QString organisationKk;
    QTime startedAt; // invalid: not set
    QTime endedAt;
    QString invited; // invited persons and observers, one per line, as they are to be printed

    // Voting members who were absent; every other voting member was present.
    QVector<MeetingAbsence> absences;
    // The vote on the decision; unset: every present voting member voted for.
    std::optional<int> votesFor;
    std::optional<int> votesAgainst;
    std::optional<int> votesAbstained;

    QVector<MeetingAward> awards; // stage II only

    QString updatedAt; // ISO 8601 UTC
    QString updatedBy;

    bool isAbsent(qint64 memberId) const
    {
        for (const MeetingAbsence &a : absences) {
            if (a.memberId == memberId)
                return true;
        }
        return false;
    }
};

} // namespace akim
