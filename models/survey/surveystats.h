#pragma once

#include "domain/criterion.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace akim::survey {

// What the methodology says about survey and ethics indexes (methodology JSON keys
// survey.scale_min, survey.scale_max, survey.min_sample, and ethics.scale_min / scale_max, which
// the template leaves out: yes/no answers, 0..1). The defaults are the template's.
struct SurveySettings
{
    double scaleMin = 1.0;
    double scaleMax = 5.0;
    int minSample = 30;
    double ethicsMin = 0.0;
    double ethicsMax = 1.0;

    static SurveySettings fromMethodologyJson(const QString &json);
};

struct CriterionStat
{
    qint64 criterionId = 0;
    QString code;
    qint64 n = 0;       // counted answers
    double mean = 0.0;  // NaN when n == 0
    double index = 0.0; // 100·(mean − min)/(max − min); NaN when n == 0
};

// One nominee's survey column of the survey tab, from survey_aggregate (never the answers).
struct NomineeSurveyStats
{
    qint64 nomineeId = 0;
    qint64 responses = 0;            // citizens' responses
    QVector<CriterionStat> criteria; // the survey criteria, in criterion order
    double surveyIndex = 0.0;        // mean over criteria with answers of their index; NaN if none
    bool insufficientSample = false; // responses < minSample (the index still counts)
    qint64 ethicsResponses = 0;
    QVector<CriterionStat> ethicsCriteria;
    // share of positive ethics answers, 0..100: mean over ethics criteria of
    // 100·(mean − min)/(max − min), which for yes/no answers (0..1) is the share of "yes";
    // NaN when there are none
    double ethicsIndex = 0.0;
};

// Survey statistics per nominee for the survey tab and the rankings. Reads only the totals
// and the response counts (an index scan), so it stays fast at a million answers.
class SurveyStats
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::SurveyStats)

public:
    // Reads the settings from the contest's methodology and the criteria from the file.
    explicit SurveyStats(QSqlDatabase db);
    SurveyStats(QSqlDatabase db, const SurveySettings &settings);

    const SurveySettings &settings() const { return m_settings; }

    // Every nominee with or without answers, in nominee id order.
    QVector<NomineeSurveyStats> all() const;
    NomineeSurveyStats forNominee(qint64 nomineeId) const;

    // The index of one criterion's mean on [min, max] → 0..100 (NaN for n == 0).
    static double indexOf(double mean, double min, double max);

private:
    QVector<NomineeSurveyStats> compute(qint64 onlyNominee) const;

    QSqlDatabase m_db;
    SurveySettings m_settings;
};

} // namespace akim::survey
