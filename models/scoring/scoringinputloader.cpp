#include "scoring/scoringinputloader.h"

#include "scoring/rankingengine.h"
#include "storage/contestrepository.h"
#include "storage/criterionrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <limits>

namespace akim::scoring {
namespace {

QSqlQuery scan(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q = sql::prepare(db, statement);
    // SQLite fetches lazily anyway; forward-only keeps Qt from caching every row read.
    q.setForwardOnly(true);
    sql::exec(q);
    return q;
}

// A read transaction for a consistent snapshot; when the caller already has one open, its own
// is as good.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
        , m_open(m_db.transaction())
    {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

ScoringInputLoader::ScoringInputLoader(QSqlDatabase db)
    : m_db(std::move(db))
{}

ScoringInput ScoringInputLoader::load() const
{
    const ReadSnapshot snapshot(m_db);
    ScoringInput in;
    {
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT id, coalesce(kato, ''), name_ru, name_kk, "
                                                "sort_order FROM region ORDER BY sort_order, id"));
        while (q.next())
            in.regions.append({q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()});
    }
    {
        QSqlQuery q = scan(
            m_db, QStringLiteral(
                      "SELECT n.id, n.uuid, n.full_name, n.status, n.ethics_conclusion, "
                      "r.id, r.name_ru, r.name_kk, d.name_ru, d.name_kk, o.name_ru, o.name_kk "
                      "FROM nominee n JOIN okrug o ON o.id = n.okrug_id "
                      "JOIN district d ON d.id = o.district_id JOIN region r ON r.id = d.region_id "
                      "ORDER BY n.id"));
        while (q.next()) {
            InputNominee n;
            n.id = q.value(0).toLongLong();
            n.uuid = q.value(1).toString();
            n.name = q.value(2).toString();
            n.status = nomineeStatusFromKey(q.value(3).toString());
            n.ethicsConclusion = ethicsConclusionFromKey(q.value(4).toString());
            n.regionId = q.value(5).toLongLong();
            n.regionRu = q.value(6).toString();
            n.regionKk = q.value(7).toString();
            n.districtRu = q.value(8).toString();
            n.districtKk = q.value(9).toString();
            n.okrugRu = q.value(10).toString();
            n.okrugKk = q.value(11).toString();
            in.nominees.append(n);
        }
    }
    in.criteria = CriterionRepository(m_db).all();
    {
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT m.id, m.commission_id, c.stage_kind, "
                                                "coalesce(c.region_id, 0), m.full_name, m.role, "
                                                "m.sort_order FROM member m JOIN commission c ON "
                                                "c.id = m.commission_id ORDER BY m.id"));
        while (q.next())
            in.members.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                               stageKindFromKey(q.value(2).toString()), q.value(3).toLongLong(),
                               q.value(4).toString(), memberRoleFromKey(q.value(5).toString()),
                               q.value(6).toInt()});
    }
    {
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT member_id, nominee_id FROM member_conflict "
                                                "ORDER BY member_id, nominee_id"));
        while (q.next())
            in.conflicts.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    {
        const qint64 count =
            sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM score")).toLongLong();
        in.scores.reserve(count);
        // The heart of a re-rank's cost is Qt's wrapping of every column of every row: the ids
        // and the state are packed into two numbers (ids stay far below 2^31) and the state is
        // never read as a string. SQLite scans the rows in a third of the time Qt takes to
        // hand them over.
        QSqlQuery q = scan(
            m_db, QStringLiteral("SELECT member_id * 2147483648 + nominee_id, criterion_id * 4 + "
                                 "CASE state WHEN 'entered' THEN 0 WHEN 'abstained' THEN 1 WHEN "
                                 "'recused' THEN 2 END, points FROM score ORDER BY id"));
        constexpr ScoreState kStates[] = {ScoreState::Entered, ScoreState::Abstained,
                                          ScoreState::Recused};
        constexpr qint64 kShift = Q_INT64_C(2147483648);
        while (q.next()) {
            const QVariant criterionState = q.value(1);
            if (criterionState.isNull())
                throw StorageError(tr("A score has an unknown state."));
            const qint64 ids = q.value(0).toLongLong();
            const qint64 cs = criterionState.toLongLong();
            const QVariant points = q.value(2);
            in.scores.append(
                {ids / kShift, ids % kShift, cs / 4, kStates[cs % 4],
                 points.isNull() ? std::numeric_limits<double>::quiet_NaN() : points.toDouble()});
        }
    }
    {
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT nominee_id, criterion_id, n, total FROM "
                                                "survey_aggregate ORDER BY nominee_id, "
                                                "criterion_id"));
        while (q.next())
            in.survey.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toLongLong(), q.value(3).toDouble()});
    }
    {
        // The (nominee_id, kind) index answers this without reading the responses; no ORDER BY,
        // which would cost SQLite a temporary b-tree.
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT nominee_id, kind = 'ethics', COUNT(*) "
                                                "FROM survey_response GROUP BY nominee_id, kind"));
        QHash<qint64, int> position;
        while (q.next()) {
            const qint64 nominee = q.value(0).toLongLong();
            auto found = position.find(nominee);
            if (found == position.end()) {
                found = position.insert(nominee, int(in.responses.size()));
                in.responses.append({nominee, 0, 0});
            }
            InputResponseCount &counts = in.responses[*found];
            (q.value(1).toBool() ? counts.ethics : counts.population) = q.value(2).toLongLong();
        }
    }
    {
        // The chairs' decisions at tied cuts, recorded when each region was finalised: every
        // later recomputation, and stage II, advance the nominees the chair chose.
        QSqlQuery q = scan(m_db, QStringLiteral("SELECT chair_decision_json FROM finalisation "
                                                "ORDER BY id"));
        while (q.next()) {
            const QJsonArray ids = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).array();
            for (const QJsonValue &id : ids)
                in.chairChosen.append(id.toInteger());
        }
    }
    return in;
}

std::optional<Methodology> ScoringInputLoader::methodology(QString *error) const
{
    const QString json = ContestRepository(m_db).methodologyJson();
    std::optional<Methodology> m = json.trimmed().isEmpty()
                                       ? Methodology::defaults()
                                       : Methodology::fromJsonBytes(json.toUtf8(), error);
    if (m)
        m->criteria = CriterionRepository(m_db).all();
    return m;
}

Ranking ScoringInputLoader::rank(StageKind stage, qint64 regionId) const
{
    QString error;
    const std::optional<Methodology> m = methodology(&error);
    if (!m)
        throw StorageError(tr("The contest's methodology cannot be used: %1").arg(error));
    return RankingEngine::rank(load(), *m, stage, regionId);
}

} // namespace akim::scoring
