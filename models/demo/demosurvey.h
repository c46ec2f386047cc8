#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace akim::demo {

struct DemoSurveyResult
{
    qint64 population = 0; // citizens' responses imported
    qint64 ethics = 0;     // ethics questionnaire responses imported
};

// The two questionnaires of a demo contest, made the way a secretary makes them: an export of
// the citizens' survey (Google Forms style: timestamp, region, district, okrug, the Likert
// questions as Russian phrases with "hard to say" and blanks, a free-text column) and the Ethics
// Commissioner's anonymous questionnaire (yes/no per ethics criterion), both written as CSV in
// a temporary folder and imported by the real importer, one import each. Responses spread
// unevenly over the active nominees, so some fall below the minimum sample; a few nominees get
// a poor ethics record.
class DemoSurvey
{
    Q_DECLARE_TR_FUNCTIONS(akim::demo::DemoSurvey)

public:
    // Returns a translated error, or empty. Each import commits on its own.
    // `progress` (optional) gets 60..100 and may cancel the import under way.
    static QString addResponses(const QSqlDatabase &db, qint64 responses, quint32 seed,
                                const QString &userName, DemoSurveyResult *result = nullptr,
                                const std::function<bool(int, const QString &)> &progress = {});

    static constexpr int kEthicsRespondentsMin = 8;
    static constexpr int kEthicsRespondentsMax = 24;
};

} // namespace akim::demo
