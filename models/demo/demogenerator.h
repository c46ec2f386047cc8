#pragma once

#include <functional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace akim {
class ContestDocument;
}

namespace akim::demo {

struct DemoOptions
{
    int regions = 17; // the first N regions of the template, in template order
    // 0: the real number of rural okrugs of each region (2,287 in all); else this many per region.
    int nomineesPerRegion = 0;
    bool scores = false;     // both stages' ballots of every voting member (DemoScores)
    int surveyResponses = 0; // citizens' responses, plus an ethics questionnaire (DemoSurvey)
    quint32 seed = 2020;
};

// Fills a freshly created contest with a realistic synthetic contest: geography, one nominee per
// rural okrug, the commissions' members and a few declared conflicts of interest, and on request
// the stage I ballots. All that is written in one transaction with one "contest.demo" audit
// entry, so a failure leaves the file as it was. Survey responses, when asked for, follow as two
// ordinary imports. The same options and seed give the same names and scores (UUIDs and
// timestamps differ).
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // fillRegion's two-digit KATO parts allow at most 90 districts of 20 okrugs.
    static constexpr int kMaxNomineesPerRegion = 1800;
    static constexpr int kRepublicanMembers = 11;

    // Returns a translated error message, or an empty string when the demo was written.
    // percent 0..100 and a translated stage; returning false cancels (nothing of the registry
    // and ballots is written, and no survey import is committed)
    using Progress = std::function<bool(int percent, const QString &stage)>;

    static QString generate(ContestDocument &document, const DemoOptions &options,
                            const Progress &progress = {});

    // Rural okrugs and village/settlement administrations of a region (KATO 2025), by the
    // region's 9-digit KATO code; 0 for a code not in the list.
    static int realOkrugCount(const QString &regionKato);

    static QJsonObject optionsJson(const DemoOptions &options);
};

} // namespace akim::demo
