#include "report/protocoldata.h"

#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "scoring/stagefinaliser.h"
#include "services/contestdocument.h"
#include "storage/meetingrepository.h"
#include "storage/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace akim::report {
namespace {

// Voting members first in the commission's order (chair, deputies, members), the secretary
// last: the order the protocol names them in.
int roleOrder(MemberRole role)
{
    switch (role) {
    case MemberRole::Chair:
        return 0;
    case MemberRole::Deputy:
        return 1;
    case MemberRole::Member:
        return 2;
    case MemberRole::Secretary:
        return 3;
    }
    return 2;
}

} // namespace

int ProtocolData::votingMembers() const
{
    return int(std::count_if(members.cbegin(), members.cend(), [](const ProtocolMember &m) {
        return m.role != MemberRole::Secretary;
    }));
}

int ProtocolData::presentVoting() const
{
    return int(std::count_if(members.cbegin(), members.cend(), [](const ProtocolMember &m) {
        return m.role != MemberRole::Secretary && m.present;
    }));
}

QVector<qint64> ProtocolData::advancing() const
{
    if (final)
        return final->advancing;
    QVector<qint64> result;
    for (const scoring::NomineeResult &n : ranking.nominees) {
        if (stage == StageKind::Regional ? n.advances : (n.place >= 1 && n.place <= 3))
            result.push_back(n.nomineeId);
    }
    return result;
}

std::optional<ProtocolData> ProtocolData::load(ContestDocument &document, StageKind stage,
                                               qint64 regionId, QString *error,
                                               const scoring::ScoringInput *preloaded)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QSqlDatabase db = document.database().connection();
    ProtocolData data;
    data.stage = stage;
    data.regionId = stage == StageKind::Regional ? regionId : 0;
    data.madeAt = QDateTime::currentDateTimeUtc();
    const ContestInfo contest = document.contest().contest();
    data.contestRu = contest.titleRu;
    data.contestKk = contest.titleKk;
    data.year = contest.year;
    data.methodologyVersion = document.contest().methodologyVersion();

    if (stage == StageKind::Regional) {
        bool found = false;
        for (const Region &r : document.geography().regions()) {
            if (r.id == regionId) {
                data.regionRu = r.nameRu;
                data.regionKk = r.nameKk;
                found = true;
            }
        }
        if (!found)
            return fail(tr("There is no region with the id %1 in the contest.").arg(regionId));
    }

    const CommissionRepository commissions = document.commissions();
    Commission commission;
    for (const Commission &c : commissions.commissions()) {
        if (c.stage == StageKind::National) {
            data.republicanCommissionRu = c.nameRu;
            data.republicanCommissionKk = c.nameKk;
        }
        if (c.stage == stage && (stage == StageKind::National || c.regionId == data.regionId))
            commission = c;
    }
    if (commission.id == 0)
        return fail(stage == StageKind::National
                        ? tr("The contest has no republican commission: add it on the "
                             "Commissions tab first.")
                        : tr("%1 has no commission: add it on the Commissions tab first.")
                              .arg(data.regionRu));
    data.commissionRu = commission.nameRu;
    data.commissionKk = commission.nameKk;

    const MeetingRepository meetings(db);
    data.meeting = meetings.find(stage, data.regionId).value_or(Meeting{});
    data.meeting.stage = stage;
    data.meeting.regionId = data.regionId;
    data.quorumRule = meetings.quorumRule();

    QVector<Member> members = commissions.members(commission.id);
    std::stable_sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return roleOrder(a.role) < roleOrder(b.role);
    });

    const scoring::ScoringInputLoader loader(db);
    QString methodologyError;
    const std::optional<scoring::Methodology> methodology = loader.methodology(&methodologyError);
    if (!methodology)
        return fail(tr("The contest's methodology cannot be used: %1").arg(methodologyError));
    data.methodology = *methodology;
    std::optional<scoring::ScoringInput> own;
    if (!preloaded)
        own = loader.load();
    const scoring::ScoringInput &input = preloaded ? *preloaded : *own;
    data.ranking = scoring::RankingEngine::rank(input, data.methodology, stage, data.regionId);
    if (data.ranking.nominees.isEmpty())
        return fail(stage == StageKind::National
                        ? tr("Stage II has no nominees yet: the regions' winners go on to it "
                             "once stage I is finalised.")
                        : tr("%1 has no nominees to rank.").arg(data.regionRu));
    data.rankingSha256 =
        scoring::StageFinaliser::rankingSha256(data.ranking, data.methodology, input);
    data.final = FinalisationRepository(db).find(stage, data.regionId);
    if (data.final && data.final->rankingSha256 != data.rankingSha256)
        return fail(tr("The finalised ranking recorded SHA-256 %1, but the file now gives %2: "
                       "its data were changed outside the program. Run “akimcontest check” on "
                       "the file; no protocol is printed from it.")
                        .arg(data.final->rankingSha256, data.rankingSha256));

    QHash<qint64, QString> nomineeNames;
    for (const scoring::NomineeResult &n : std::as_const(data.ranking.nominees))
        nomineeNames.insert(n.nomineeId, n.name);
    for (const Member &m : std::as_const(members)) {
        ProtocolMember member;
        member.fullName = m.fullName;
        member.position = m.position;
        member.role = m.role;
        for (const MeetingAbsence &a : std::as_const(data.meeting.absences)) {
            if (a.memberId == m.id && m.role != MemberRole::Secretary) {
                member.present = false;
                member.absenceReason = a.reason;
            }
        }
        data.members.push_back(member);
        if (m.role == MemberRole::Secretary)
            continue;
        for (const MemberConflict &c : commissions.conflicts(m.id)) {
            if (nomineeNames.contains(c.nomineeId))
                data.recusals.push_back({m.fullName, nomineeNames.value(c.nomineeId)});
        }
    }

    QSqlQuery audit = sql::prepare(
        db, QStringLiteral("SELECT COUNT(*), (SELECT hash FROM audit_log ORDER BY id DESC "
                           "LIMIT 1) FROM audit_log"));
    sql::exec(audit);
    if (audit.next()) {
        data.auditEntries = audit.value(0).toLongLong();
        data.auditHead = audit.value(1).toString();
    }
    return data;
}

} // namespace akim::report
