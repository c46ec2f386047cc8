#pragma once

#include "domain/meeting.h"
#include "scoring/methodology.h"
#include "services/contestdocument.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace akim {

// A nominee who may receive a special nomination: one ranked in stage II.
struct AwardCandidate
{
    qint64 nomineeId = 0;
    QString name;
    QString regionRu;
    QString regionKk;
    int place = 0; // in the national ranking as it stands
};

// The one way the particulars of a commission meeting (models/domain/meeting.h) and the
// contest's quorum rule are changed.
//
// The rules, and why:
// - The secretary, who keeps the minutes, and a chair, who signs them (RecordMeeting; a chair
//   bound to a commission only for that commission's meeting). A file without accounts lets
//   whoever may print its protocols fill them in.
// - Absent members are voting members of the scope's commission (stage I: the region's,
//   stage II: the republican one; BallotService::votingMembers): the secretary keeps the minutes
//   and is not counted in the quorum.
// - The vote counts only present voting members: for + against + abstained never exceeds them.
//   No count given at all means all of them voted for (as the protocol prints it); a count
//   against or abstaining needs the count for, while one not given beside it is taken as none.
// - Nominations are awarded at stage II only, each to a nominee ranked in stage II, by an index
//   into the methodology's nominations.
// - Texts are trimmed and kept within the limits below, so that a protocol's header fits its
//   page.
// - Saving stays allowed after the result is finalised: the protocol is printed, and its
//   meeting held, after finalising, and none of these particulars enters the ranking or its
//   hash. Every save is audited ("meeting.save", old → new), so nothing changes unseen.
// Every refusal is a sentence and writes nothing; every write is one transaction with one audit
// entry, and a save that changes nothing writes nothing.
class MeetingService
{
    Q_DECLARE_TR_FUNCTIONS(akim::MeetingService)

public:
    static constexpr int kMaxNumber = 20;
    static constexpr int kMaxPlace = 100;
    static constexpr int kMaxOrganisation = 300;
    static constexpr int kMaxInvited = 4000;
    static constexpr int kMaxReason = 200;

    explicit MeetingService(ContestDocument &document);

    // These read the file and throw StorageError.
    // The scope's meeting as stored, or an empty one of that scope when nothing is recorded.
    Meeting meeting(StageKind stage, qint64 regionId) const;
    // The scope's commission; nullopt when the contest has none for it.
    std::optional<Commission> commission(StageKind stage, qint64 regionId) const;
    // Who counts for the quorum and may be absent: the commission's voting members.
    QVector<Member> votingMembers(StageKind stage, qint64 regionId) const;
    QuorumRule quorumRule() const;
    // The methodology's special nominations, which awards index.
    QVector<scoring::Nomination> nominations() const;
    // The nominees ranked in stage II, in place order.
    QVector<AwardCandidate> awardCandidates() const;

    // Empty when the current actor may record the scope's meeting; else why not (translated).
    QString mayEdit(StageKind stage, qint64 regionId) const;
    // Empty when the current actor may change the quorum rule; else why not.
    QString mayChangeQuorumRule() const;
    // The meeting as it would be stored: texts trimmed, the scope's region 0 at stage II.
    static Meeting normalised(const Meeting &meeting);
    // Empty when the (normalised) meeting may be stored; else a sentence saying what is wrong.
    QString validate(const Meeting &meeting) const;

    // Validates and stores the scope's meeting, with its absences and awards.
    EditResult save(const Meeting &meeting);
    EditResult setQuorumRule(QuorumRule rule);

    // A nomination's title in the interface's language: Kazakh, Russian, else English.
    static QString nominationTitle(const scoring::Nomination &nomination);
    // "more than half", "two thirds"
    static QString quorumRuleName(QuorumRule rule);
    // "7 of 9 voting members present; quorum (more than half): 5 — met"
    static QString quorumSummary(int voting, int present, QuorumRule rule);

private:
    QString meetingJson(const Meeting &meeting) const;

    ContestDocument &m_document;
};

} // namespace akim
