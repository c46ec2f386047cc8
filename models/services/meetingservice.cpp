#include "services/meetingservice.h"

#include "scoring/scoringinputloader.h"
#include "services/ballotservice.h"
#include "storage/meetingrepository.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace akim {
namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue countOrNull(const std::optional<int> &count)
{
    return count ? QJsonValue(*count) : QJsonValue(QJsonValue::Null);
}

QString timeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

// Invited persons one a line, each trimmed, without empty lines.
QString trimmedLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            lines << trimmed;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MeetingService::MeetingService(ContestDocument &document)
    : m_document(document)
{}

// ---- reading ---------------------------------------------------------------------------------

Meeting MeetingService::meeting(StageKind stage, qint64 regionId) const
{
    if (std::optional<Meeting> stored =
            MeetingRepository(m_document.database().connection()).find(stage, regionId))
        return *stored;
    Meeting empty;
    empty.stage = stage;
    empty.regionId = stage == StageKind::National ? 0 : regionId;
    return empty;
}

std::optional<Commission> MeetingService::commission(StageKind stage, qint64 regionId) const
{
    const qint64 region = stage == StageKind::National ? 0 : regionId;
    for (const Commission &c : m_document.commissions().commissions()) {
        if (c.stage == stage && c.regionId == region)
            return c;
    }
    return std::nullopt;
}

QVector<Member> MeetingService::votingMembers(StageKind stage, qint64 regionId) const
{
    const std::optional<Commission> c = commission(stage, regionId);
    // BallotService reads commission 0 as "every commission", which is not this scope's.
    return c ? BallotService(m_document).votingMembers(c->id) : QVector<Member>();
}

QuorumRule MeetingService::quorumRule() const
{
    return MeetingRepository(m_document.database().connection()).quorumRule();
}

QVector<scoring::Nomination> MeetingService::nominations() const
{
    QString error;
    const std::optional<scoring::Methodology> m =
        scoring::ScoringInputLoader(m_document.database().connection()).methodology(&error);
    if (!m)
        throw StorageError(tr("The contest's methodology cannot be used: %1").arg(error));
    return m->nominations;
}

QVector<AwardCandidate> MeetingService::awardCandidates() const
{
    const scoring::Ranking ranking =
        scoring::ScoringInputLoader(m_document.database().connection()).rank(StageKind::National);
    QVector<AwardCandidate> result;
    for (const scoring::NomineeResult &n : ranking.nominees)
        result.push_back({n.nomineeId, n.name, n.regionRu, n.regionKk, n.place});
    return result;
}

// ---- checks ----------------------------------------------------------------------------------

QString MeetingService::mayEdit(StageKind stage, qint64 regionId) const
{
    if (!m_document.isOpen())
        return tr("No contest file is open.");
    if (m_document.isReadOnly())
        return tr("The contest file is open read-only.");
    try {
        const std::optional<Commission> c = commission(stage, regionId);
        return m_document.permit(Permission::RecordMeeting, c ? c->id : 0);
    } catch (const StorageError &e) {
        return e.message();
    }
}

QString MeetingService::mayChangeQuorumRule() const
{
    if (!m_document.isOpen())
        return tr("No contest file is open.");
    if (m_document.isReadOnly())
        return tr("The contest file is open read-only.");
    if (const QString denied = m_document.permit(Permission::RecordMeeting); !denied.isEmpty())
        return denied;
    // Contest-wide: the chair of one commission does not change it for the others' protocols.
    const std::optional<Account> &account = m_document.account();
    if (account && account->role == AccountRole::Chair && account->memberId != 0)
        return tr("The quorum rule applies to every commission of the contest: the secretary "
                  "changes it, not the chair of one commission (signed in as %1).")
            .arg(account->login);
    return {};
}

Meeting MeetingService::normalised(const Meeting &meeting)
{
    Meeting m = meeting;
    if (m.stage == StageKind::National)
        m.regionId = 0;
    m.number = m.number.trimmed();
    m.placeRu = m.placeRu.trimmed();
    m.placeKk = m.placeKk.trimmed();
    m.organisationRu = m.organisationRu.trimmed();
    m.organisationKk = m.organisationKk.trimmed();
    m.invited = trimmedLines(m.invited);
    for (MeetingAbsence &a : m.absences)
        a.reason = a.reason.trimmed();
    // Seconds are not printed and not stored: a time is kept as HH:MM.
    if (m.startedAt.isValid())
        m.startedAt = QTime(m.startedAt.hour(), m.startedAt.minute());
    if (m.endedAt.isValid())
        m.endedAt = QTime(m.endedAt.hour(), m.endedAt.minute());
    std::sort(
        m.absences.begin(), m.absences.end(),
        [](const MeetingAbsence &a, const MeetingAbsence &b) { return a.memberId < b.memberId; });
    std::sort(m.awards.begin(), m.awards.end(), [](const MeetingAward &a, const MeetingAward &b) {
        return a.nomination < b.nomination;
    });
    return m;
}

QString MeetingService::validate(const Meeting &meeting) const
{
    if (!m_document.isOpen())
        return tr("No contest file is open.");
    const Meeting m = normalised(meeting);
    try {
        if (m.stage == StageKind::Regional && m_document.geography().region(m.regionId).id == 0)
            return tr("The region of this protocol no longer exists.");

        const auto tooLong = [](const QString &what, const QString &text, int limit) {
            return text.size() > limit
                       ? tr("%1 is %2 characters long; at most %3 fit the protocol.")
                             .arg(what)
                             .arg(text.size())
                             .arg(limit)
                       : QString();
        };
        for (const QString &problem :
             {tooLong(tr("The protocol number"), m.number, kMaxNumber),
              tooLong(tr("The place (Russian)"), m.placeRu, kMaxPlace),
              tooLong(tr("The place (Kazakh)"), m.placeKk, kMaxPlace),
              tooLong(tr("The organisation (Russian)"), m.organisationRu, kMaxOrganisation),
              tooLong(tr("The organisation (Kazakh)"), m.organisationKk, kMaxOrganisation),
              tooLong(tr("The list of invited persons"), m.invited, kMaxInvited)}) {
            if (!problem.isEmpty())
                return problem;
        }
        for (const QString *single : {&m.number, &m.placeRu, &m.placeKk})
            if (single->contains(QLatin1Char('\n')))
                return tr("The protocol number and the place are one line each.");

        if (m.startedAt.isValid() && m.endedAt.isValid() && m.endedAt <= m.startedAt)
            return tr("The meeting ends at %1, which is not after it starts (%2).")
                .arg(timeText(m.endedAt), timeText(m.startedAt));

        // Absences: voting members of this scope's commission, each once.
        const QVector<Member> voting = votingMembers(m.stage, m.regionId);
        QHash<qint64, Member> votingById;
        for (const Member &member : voting)
            votingById.insert(member.id, member);
        QSet<qint64> seen;
        for (const MeetingAbsence &a : m.absences) {
            if (!votingById.contains(a.memberId)) {
                const Member member = m_document.commissions().member(a.memberId);
                if (const QString notVoting = BallotService::notAVoter(member);
                    !notVoting.isEmpty())
                    return notVoting;
                return tr("%1 is not a voting member of this meeting's commission, so cannot be "
                          "recorded as absent from it.")
                    .arg(member.fullName);
            }
            const QString name = votingById.value(a.memberId).fullName;
            if (seen.contains(a.memberId))
                return tr("%1 is recorded as absent twice.").arg(name);
            seen.insert(a.memberId);
            if (a.reason.size() > kMaxReason)
                return tr("The reason for the absence of %1 is %2 characters long; at most %3 "
                          "fit the protocol.")
                    .arg(name)
                    .arg(a.reason.size())
                    .arg(kMaxReason);
        }

        // The vote: counts of present voting members only.
        const int present = int(voting.size() - seen.size());
        int cast = 0;
        for (const std::optional<int> &count : {m.votesFor, m.votesAgainst, m.votesAbstained}) {
            if (count && *count < 0)
                return tr("A vote count cannot be negative.");
            cast += count.value_or(0);
        }
        // The protocol prints an unset "for" as every present member: with a count against or
        // abstaining beside it that would add up to more than were there.
        if (!m.votesFor && (m.votesAgainst || m.votesAbstained))
            return tr("Give the number of votes for as well: without it the protocol would say "
                      "that every present member voted for.");
        if (cast > present)
            return tr("%n vote(s) are recorded, but only %1 of the voting members are present.",
                      nullptr, cast)
                .arg(present);

        // Nominations: stage II only, each once, to a nominee ranked there.
        if (m.awards.isEmpty())
            return {};
        if (m.stage != StageKind::National)
            return tr("Special nominations are awarded by the republican commission, in the "
                      "protocol of stage II only.");
        const QVector<scoring::Nomination> titles = nominations();
        QSet<qint64> candidates;
        for (const AwardCandidate &c : awardCandidates())
            candidates.insert(c.nomineeId);
        QSet<int> awarded;
        for (const MeetingAward &a : m.awards) {
            if (a.nomination < 0 || a.nomination >= titles.size())
                return tr("There is no nomination number %1: the methodology lists %n "
                          "nomination(s).",
                          nullptr, int(titles.size()))
                    .arg(a.nomination + 1);
            const QString title = nominationTitle(titles.at(a.nomination));
            if (awarded.contains(a.nomination))
                return tr("The nomination «%1» is awarded twice.").arg(title);
            awarded.insert(a.nomination);
            if (!candidates.contains(a.nomineeId)) {
                const Nominee nominee = m_document.nominees().nominee(a.nomineeId);
                return nominee.id == 0
                           ? tr("The nominee awarded «%1» no longer exists.").arg(title)
                           : tr("%1 is not ranked in stage II, so cannot be awarded «%2».")
                                 .arg(nominee.fullName, title);
            }
        }
    } catch (const StorageError &e) {
        return e.message();
    }
    return {};
}

// ---- writing ---------------------------------------------------------------------------------

QString MeetingService::meetingJson(const Meeting &m) const
{
    QJsonArray absences;
    for (const MeetingAbsence &a : m.absences)
        absences.append(QJsonObject{
            {QStringLiteral("member_id"), a.memberId},
            {QStringLiteral("member"), m_document.commissions().member(a.memberId).fullName},
            {QStringLiteral("reason"), a.reason}});
    QVector<scoring::Nomination> titles;
    if (!m.awards.isEmpty())
        titles = nominations();
    QJsonArray awards;
    for (const MeetingAward &a : m.awards)
        awards.append(QJsonObject{
            {QStringLiteral("nomination"), a.nomination},
            {QStringLiteral("title"),
             a.nomination < titles.size() ? titles.at(a.nomination).ru : QString()},
            {QStringLiteral("nominee_id"), a.nomineeId},
            {QStringLiteral("nominee"), m_document.nominees().nominee(a.nomineeId).fullName}});
    return json({
        {QStringLiteral("stage"), stageKindKey(m.stage)},
        {QStringLiteral("region_id"), m.regionId},
        {QStringLiteral("number"), m.number},
        {QStringLiteral("held_on"),
         m.heldOn.isValid() ? m.heldOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("place_ru"), m.placeRu},
        {QStringLiteral("place_kk"), m.placeKk},
        {QStringLiteral("organisation_ru"), m.organisationRu},
        {QStringLiteral("organisation_kk"), m.organisationKk},
        {QStringLiteral("started_at"), timeText(m.startedAt)},
        {QStringLiteral("ended_at"), timeText(m.endedAt)},
        {QStringLiteral("invited"), m.invited},
        {QStringLiteral("absences"), absences},
        {QStringLiteral("votes_for"), countOrNull(m.votesFor)},
        {QStringLiteral("votes_against"), countOrNull(m.votesAgainst)},
        {QStringLiteral("votes_abstained"), countOrNull(m.votesAbstained)},
        {QStringLiteral("awards"), awards},
    });
}

EditResult MeetingService::save(const Meeting &meeting)
{
    Meeting m = normalised(meeting);
    if (const QString refused = mayEdit(m.stage, m.regionId); !refused.isEmpty())
        return {refused};
    if (const QString invalid = validate(m); !invalid.isEmpty())
        return {invalid};
    // Deliberately no finalisation check: see the class comment.
    const QString error = m_document.runInTransaction([&] {
        MeetingRepository repository(m_document.database().connection());
        const std::optional<Meeting> before = repository.find(m.stage, m.regionId);
        const QString oldJson = before ? meetingJson(*before) : QString();
        const QString newJson = meetingJson(m);
        if (oldJson == newJson)
            return;
        m.updatedBy = m_document.userName();
        repository.save(m);
        m_document.recordAudit(QStringLiteral("meeting.save"), QStringLiteral("meeting"), m.uuid,
                               oldJson, newJson);
    });
    if (!error.isEmpty())
        return {tr("The protocol details were not saved: %1").arg(error)};
    return {};
}

EditResult MeetingService::setQuorumRule(QuorumRule rule)
{
    if (const QString refused = mayChangeQuorumRule(); !refused.isEmpty())
        return {refused};
    const QString error = m_document.runInTransaction([&] {
        MeetingRepository repository(m_document.database().connection());
        const QuorumRule before = repository.quorumRule();
        if (before == rule)
            return;
        repository.setQuorumRule(rule);
        m_document.recordAudit(QStringLiteral("protocol.quorum"), QStringLiteral("contest"),
                               m_document.contest().contest().uuid,
                               json({{QStringLiteral("quorum"), quorumRuleKey(before)}}),
                               json({{QStringLiteral("quorum"), quorumRuleKey(rule)}}));
    });
    if (!error.isEmpty())
        return {tr("The quorum rule was not changed: %1").arg(error)};
    return {};
}

// ---- words -----------------------------------------------------------------------------------

QString MeetingService::nominationTitle(const scoring::Nomination &n)
{
    // The methodology carries an English title, unlike the names of places and people: a
    // Russian or Kazakh interface shows its own, any other the English one.
    const QLocale::Language language = QLocale().language();
    if (language == QLocale::Kazakh && !n.kk.isEmpty())
        return n.kk;
    if (language != QLocale::Russian && language != QLocale::Kazakh && !n.en.isEmpty())
        return n.en;
    return n.ru;
}

QString MeetingService::quorumRuleName(QuorumRule rule)
{
    switch (rule) {
    case QuorumRule::MoreThanHalf:
        return tr("more than half");
    case QuorumRule::TwoThirds:
        return tr("two thirds");
    }
    return {};
}

QString MeetingService::quorumSummary(int voting, int present, QuorumRule rule)
{
    const int needed = quorumNeeded(voting, rule);
    return tr("%1 of %n voting member(s) present; quorum (%2): %3 — %4", nullptr, voting)
        .arg(present)
        .arg(quorumRuleName(rule))
        .arg(needed)
        .arg(present >= needed ? tr("met") : tr("not met"));
}

} // namespace akim
