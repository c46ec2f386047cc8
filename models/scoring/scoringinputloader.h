#pragma once

#include "scoring/methodology.h"
#include "scoring/ranking.h"
#include "scoring/scoringinput.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace akim::scoring {

// Reads a ScoringInput snapshot from an open contest file: read-only, inside one read
// transaction so that an import committing meanwhile cannot tear it. Survey data comes from
// the running totals (survey_aggregate) and the response counts, never from the answers, so a
// re-rank stays fast at a million answers.
class ScoringInputLoader
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::ScoringInputLoader)

public:
    explicit ScoringInputLoader(QSqlDatabase db);

    // Throws StorageError when a statement fails. The chairs' decisions at tied cuts come from
    // the regions' finalisations (chairChosen); stage I totals are not stored but recomputed
    // by the engine from the same snapshot, so stage II always carries what stage I gives now.
    ScoringInput load() const;

    // The contest's stored methodology (the recommended default when none is stored) with the
    // criteria of the criterion table, which is what the contest scores. A stored methodology
    // that does not validate gives nullopt and the message.
    std::optional<Methodology> methodology(QString *error) const;

    // The file as it stands, ranked with its methodology. Throws StorageError when a statement
    // fails or the stored methodology does not validate.
    Ranking rank(StageKind stage, qint64 regionId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace akim::scoring
