#include "storage/meetingrepository.h"

#include "storage/settingrepository.h"
#include "storage/sql.h"

#include <QSqlQuery>

namespace akim {
namespace {

const QString kTimeFormat = QStringLiteral("HH:mm");

QVariant intOrNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> intFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant timeOrNull(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(kTimeFormat)) : QVariant();
}

} // namespace

MeetingRepository::MeetingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

std::optional<Meeting> MeetingRepository::find(StageKind stage, qint64 regionId) const
{
    Meeting m;
    {
        QSqlQuery q = sql::exec(
            m_db,
            QStringLiteral("SELECT id, uuid, number, held_on, place_ru, place_kk, "
                           "organisation_ru, organisation_kk, started_at, ended_at, invited, "
                           "votes_for, votes_against, votes_abstained, updated_at, updated_by "
                           "FROM meeting WHERE stage_kind = ? AND COALESCE(region_id, 0) = ?"),
            {stageKindKey(stage), stage == StageKind::National ? 0 : regionId});
        if (!q.next())
            return std::nullopt;
        m.id = q.value(0).toLongLong();
        m.uuid = q.value(1).toString();
        m.stage = stage;
        m.regionId = stage == StageKind::National ? 0 : regionId;
        m.number = q.value(2).toString();
        m.heldOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        m.placeRu = q.value(4).toString();
        m.placeKk = q.value(5).toString();
        m.organisationRu = q.value(6).toString();
        m.organisationKk = q.value(7).toString();
        m.startedAt = QTime::fromString(q.value(8).toString(), kTimeFormat);
        m.endedAt = QTime::fromString(q.value(9).toString(), kTimeFormat);
        m.invited = q.value(10).toString();
        m.votesFor = intFrom(q.value(11));
        m.votesAgainst = intFrom(q.value(12));
        m.votesAbstained = intFrom(q.value(13));
        m.updatedAt = q.value(14).toString();
        m.updatedBy = q.value(15).toString();
    }
    QSqlQuery absences = sql::exec(m_db,
                                   QStringLiteral("SELECT member_id, reason FROM meeting_absence "
                                                  "WHERE meeting_id = ? ORDER BY member_id"),
                                   {m.id});
    while (absences.next())
        m.absences.push_back({absences.value(0).toLongLong(), absences.value(1).toString()});
    QSqlQuery awards = sql::exec(m_db,
                                 QStringLiteral("SELECT nomination, nominee_id FROM meeting_award "
                                                "WHERE meeting_id = ? ORDER BY nomination"),
                                 {m.id});
    while (awards.next())
        m.awards.push_back({awards.value(0).toInt(), awards.value(1).toLongLong()});
    return m;
}

void MeetingRepository::save(Meeting &m)
{
    if (m.stage == StageKind::National)
        m.regionId = 0;
    m.updatedAt = sql::nowUtc();
    const std::optional<Meeting> existing = find(m.stage, m.regionId);
    if (existing) {
        m.id = existing->id;
        m.uuid = existing->uuid;
        sql::exec(m_db,
                  QStringLiteral("UPDATE meeting SET number = ?, held_on = ?, place_ru = ?, "
                                 "place_kk = ?, organisation_ru = ?, organisation_kk = ?, "
                                 "started_at = ?, ended_at = ?, invited = ?, votes_for = ?, "
                                 "votes_against = ?, votes_abstained = ?, updated_at = ?, "
                                 "updated_by = ? WHERE id = ?"),
                  {m.number, dateOrNull(m.heldOn), m.placeRu, m.placeKk, m.organisationRu,
                   m.organisationKk, timeOrNull(m.startedAt), timeOrNull(m.endedAt), m.invited,
                   intOrNull(m.votesFor), intOrNull(m.votesAgainst), intOrNull(m.votesAbstained),
                   m.updatedAt, m.updatedBy, m.id});
        sql::exec(m_db, QStringLiteral("DELETE FROM meeting_absence WHERE meeting_id = ?"), {m.id});
        sql::exec(m_db, QStringLiteral("DELETE FROM meeting_award WHERE meeting_id = ?"), {m.id});
    } else {
        if (m.uuid.isEmpty())
            m.uuid = sql::newUuid();
        QSqlQuery q = sql::exec(
            m_db,
            QStringLiteral("INSERT INTO meeting (uuid, stage_kind, region_id, number, held_on, "
                           "place_ru, place_kk, organisation_ru, organisation_kk, started_at, "
                           "ended_at, invited, votes_for, votes_against, votes_abstained, "
                           "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?)"),
            {m.uuid, stageKindKey(m.stage), sql::idOrNull(m.regionId), m.number,
             dateOrNull(m.heldOn), m.placeRu, m.placeKk, m.organisationRu, m.organisationKk,
             timeOrNull(m.startedAt), timeOrNull(m.endedAt), m.invited, intOrNull(m.votesFor),
             intOrNull(m.votesAgainst), intOrNull(m.votesAbstained), m.updatedAt, m.updatedBy});
        m.id = sql::lastId(q);
    }
    QSqlQuery absence = sql::prepare(m_db, QStringLiteral("INSERT INTO meeting_absence "
                                                          "(meeting_id, member_id, reason) "
                                                          "VALUES (?, ?, ?)"));
    for (const MeetingAbsence &a : m.absences) {
        sql::bind(absence, m.id);
        sql::bind(absence, a.memberId);
        sql::bind(absence, a.reason);
        sql::exec(absence);
    }
    QSqlQuery award = sql::prepare(m_db, QStringLiteral("INSERT INTO meeting_award (meeting_id, "
                                                        "nomination, nominee_id) VALUES (?, ?, "
                                                        "?)"));
    for (const MeetingAward &a : m.awards) {
        sql::bind(award, m.id);
        sql::bind(award, a.nomination);
        sql::bind(award, a.nomineeId);
        sql::exec(award);
    }
}

QuorumRule MeetingRepository::quorumRule() const
{
    const std::optional<QString> key = SettingRepository(m_db).value(QLatin1String(kQuorumSetting));
    return key ? quorumRuleFromKey(*key) : QuorumRule::MoreThanHalf;
}

void MeetingRepository::setQuorumRule(QuorumRule rule)
{
    SettingRepository(m_db).setValue(QLatin1String(kQuorumSetting), quorumRuleKey(rule));
}

} // namespace akim
