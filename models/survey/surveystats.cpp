#include "survey/surveystats.h"

#include "storage/contestrepository.h"
#include "storage/criterionrepository.h"
#include "storage/sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace akim::survey {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double number(const QJsonObject &object, const char *key, double fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? value.toDouble() : fallback;
}

double meanOfIndexes(const QVector<CriterionStat> &stats)
{
    double sum = 0.0;
    int counted = 0;
    for (const CriterionStat &stat : stats) {
        if (stat.n > 0) {
            sum += stat.index;
            ++counted;
        }
    }
    return counted > 0 ? sum / counted : kNaN;
}

} // namespace

SurveySettings SurveySettings::fromMethodologyJson(const QString &json)
{
    SurveySettings settings;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject survey = root.value(QStringLiteral("survey")).toObject();
    settings.scaleMin = number(survey, "scale_min", settings.scaleMin);
    settings.scaleMax = number(survey, "scale_max", settings.scaleMax);
    settings.minSample = int(number(survey, "min_sample", settings.minSample));
    const QJsonObject ethics = root.value(QStringLiteral("ethics")).toObject();
    settings.ethicsMin = number(ethics, "scale_min", settings.ethicsMin);
    settings.ethicsMax = number(ethics, "scale_max", settings.ethicsMax);
    return settings;
}

SurveyStats::SurveyStats(QSqlDatabase db)
    : m_db(std::move(db))
    , m_settings(SurveySettings::fromMethodologyJson(ContestRepository(m_db).methodologyJson()))
{}

SurveyStats::SurveyStats(QSqlDatabase db, const SurveySettings &settings)
    : m_db(std::move(db))
    , m_settings(settings)
{}

double SurveyStats::indexOf(double mean, double min, double max)
{
    if (!std::isfinite(mean) || max <= min)
        return kNaN;
    return 100.0 * (mean - min) / (max - min);
}

QVector<NomineeSurveyStats> SurveyStats::all() const
{
    return compute(0);
}

NomineeSurveyStats SurveyStats::forNominee(qint64 nomineeId) const
{
    const QVector<NomineeSurveyStats> one = compute(nomineeId);
    if (one.isEmpty()) {
        NomineeSurveyStats none;
        none.surveyIndex = kNaN;
        none.ethicsIndex = kNaN;
        return none;
    }
    return one.first();
}

QVector<NomineeSurveyStats> SurveyStats::compute(qint64 onlyNominee) const
{
    QVector<Criterion> survey;
    QVector<Criterion> ethics;
    for (const Criterion &criterion : CriterionRepository(m_db).all()) {
        if (criterion.source == CriterionSource::Survey)
            survey.append(criterion);
        else if (criterion.source == CriterionSource::Ethics)
            ethics.append(criterion);
    }
    const QString where = onlyNominee > 0 ? QStringLiteral(" WHERE nominee_id = ?") : QString();
    const auto run = [&](const QString &statement) {
        QSqlQuery q = sql::prepare(m_db, statement);
        q.setForwardOnly(true);
        if (onlyNominee > 0)
            q.addBindValue(onlyNominee);
        sql::exec(q);
        return q;
    };

    QVector<NomineeSurveyStats> result;
    QHash<qint64, int> index;
    {
        QSqlQuery q = run(onlyNominee > 0 ? QStringLiteral("SELECT id FROM nominee WHERE id = ?")
                                          : QStringLiteral("SELECT id FROM nominee ORDER BY id"));
        while (q.next()) {
            NomineeSurveyStats stats;
            stats.nomineeId = q.value(0).toLongLong();
            for (const Criterion &c : survey)
                stats.criteria.append({c.id, c.code, 0, kNaN, kNaN});
            for (const Criterion &c : ethics)
                stats.ethicsCriteria.append({c.id, c.code, 0, kNaN, kNaN});
            index.insert(stats.nomineeId, int(result.size()));
            result.append(stats);
        }
    }
    {
        // The (nominee_id, kind) index answers this without reading the responses.
        QSqlQuery q = run(QStringLiteral("SELECT nominee_id, kind, COUNT(*) FROM survey_response") +
                          where + QStringLiteral(" GROUP BY nominee_id, kind"));
        while (q.next()) {
            const auto found = index.constFind(q.value(0).toLongLong());
            if (found == index.cend())
                continue;
            NomineeSurveyStats &stats = result[*found];
            if (q.value(1).toString() == u"ethics")
                stats.ethicsResponses = q.value(2).toLongLong();
            else
                stats.responses = q.value(2).toLongLong();
        }
    }
    {
        QSqlQuery q = run(QStringLiteral("SELECT nominee_id, criterion_id, n, total FROM "
                                         "survey_aggregate") +
                          where);
        while (q.next()) {
            const auto found = index.constFind(q.value(0).toLongLong());
            if (found == index.cend())
                continue;
            NomineeSurveyStats &stats = result[*found];
            const qint64 criterionId = q.value(1).toLongLong();
            const qint64 n = q.value(2).toLongLong();
            const double total = q.value(3).toDouble();
            for (CriterionStat &stat : stats.criteria) {
                if (stat.criterionId == criterionId && n > 0) {
                    stat.n = n;
                    stat.mean = total / double(n);
                    stat.index = indexOf(stat.mean, m_settings.scaleMin, m_settings.scaleMax);
                }
            }
            for (CriterionStat &stat : stats.ethicsCriteria) {
                if (stat.criterionId == criterionId && n > 0) {
                    stat.n = n;
                    stat.mean = total / double(n);
                    stat.index = indexOf(stat.mean, m_settings.ethicsMin, m_settings.ethicsMax);
                }
            }
        }
    }
    for (NomineeSurveyStats &stats : result) {
        stats.surveyIndex = meanOfIndexes(stats.criteria);
        stats.ethicsIndex = meanOfIndexes(stats.ethicsCriteria);
        stats.insufficientSample = stats.responses < m_settings.minSample;
    }
    return result;
}

} // namespace akim::survey
