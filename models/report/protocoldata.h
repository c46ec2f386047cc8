#pragma once

#include "domain/commission.h"
#include "domain/meeting.h"
#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "storage/finalisationrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace akim::scoring {
struct ScoringInput;
}

namespace akim {
class ContestDocument;
}

namespace akim::report {

// A commission member as the protocol lists them.
struct ProtocolMember
{
    QString fullName;
    QString position;
    MemberRole role = MemberRole::Member;
    bool present = true;
    QString absenceReason;
};

// A declared conflict of interest in the protocol's scope: the member did not score the nominee.
struct ProtocolRecusal
{
    QString member;
    QString nominee;
};

// Everything a regional (stage I, one region) or national (stage II) protocol records, as facts:
// names in both languages, numbers unrounded. ProtocolText words it in one language. Loaded in
// one read transaction, so a protocol never mixes two states of the file.
struct ProtocolData
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ProtocolData)

public:
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0;
    QString regionRu;
    QString regionKk;
    QString contestRu;
    QString contestKk;
    int year = 0;
    QString commissionRu;
    QString commissionKk;
    QString republicanCommissionRu; // where a regional protocol is sent
    QString republicanCommissionKk;

    Meeting meeting; // as recorded, or an empty one of the scope
    QuorumRule quorumRule = QuorumRule::MoreThanHalf;
    // The commission: its voting members (chair, deputies, members) in its order, then its
    // secretary, who keeps the minutes and does not vote.
    QVector<ProtocolMember> members;
    QVector<ProtocolRecusal> recusals;

    scoring::Methodology methodology;
    int methodologyVersion = 0;
    scoring::Ranking ranking;          // the scope's ranking, in place order
    std::optional<Finalisation> final; // set once the scope is finalised
    // The SHA-256 of `akimcontest rank FILE --stage … [--region …] --format json`: what a
    // finalisation records, and what the printed footer lets anyone check against the file.
    QString rankingSha256;
    // The head of the audit chain when the protocol was made: an entry appended later (even with
    // a correct hash) shows as a longer chain than the signed paper says.
    qint64 auditEntries = 0;
    QString auditHead;
    QDateTime madeAt; // UTC

    int votingMembers() const;
    int presentVoting() const;
    bool quorate() const { return presentVoting() >= quorumNeeded(votingMembers(), quorumRule); }
    // The nominees the decision names as going on (stage I) or placed 1–3 (stage II): for a
    // finalised scope what the finalisation recorded, else what the ranking says.
    QVector<qint64> advancing() const;

    // Throws StorageError. nullopt with a translated `error` when the scope has no commission
    // or no nominees, or when a finalised scope no longer gives the ranking it recorded (the
    // file was changed outside the program: `akimcontest check` names how).
    // `input`, when given, is the whole contest's scoring input already read from `document`:
    // the 17 regional protocols made in one go share one reading.
    static std::optional<ProtocolData> load(ContestDocument &document, StageKind stage,
                                            qint64 regionId, QString *error,
                                            const scoring::ScoringInput *input = nullptr);
};

} // namespace akim::report
