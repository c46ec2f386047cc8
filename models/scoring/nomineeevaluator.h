#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "scoring/scoringinput.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace akim::scoring {

// One nominee's figures for one stage, before any place is given: per criterion the members'
// scores aggregated (commission) or the answers' mean rescaled (survey, ethics), the commission,
// survey and ethics indexes, the stage I total, the ethics gate and the flags that go with
// them. Built once per ranking: it indexes the snapshot (scores grouped by nominee, ids to
// positions) so that each evaluation only touches the nominee's own rows.
class NomineeEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::NomineeEvaluator)

public:
    NomineeEvaluator(const ScoringInput &input, const Methodology &methodology, StageKind stage);
    ~NomineeEvaluator();
    NomineeEvaluator(const NomineeEvaluator &) = delete;
    NomineeEvaluator &operator=(const NomineeEvaluator &) = delete;

    // Position of a nominee in input.nominees; -1 when absent.
    int indexOf(qint64 nomineeId) const;
    // Stage I: everything including the total. Stage II: the criteria and the commission index;
    // the caller adds the stage I total and the stage II total.
    NomineeResult evaluate(int nomineeIndex) const;

    // Translated: methodology criteria the contest does not have.
    const QStringList &problems() const;
    // Scores by members of another commission met so far, ignored.
    int foreignScores() const;

private:
    struct Data;
    std::unique_ptr<Data> m_d;
};

} // namespace akim::scoring
