#pragma once

#include "domain/criterion.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace akim {
class ContestDocument;
}

namespace akim::scoring {
struct Methodology;
struct Ranking;
struct ScoringInput;
} // namespace akim::scoring

namespace akim::scoring {

struct FinaliseRequest
{
    StageKind stage = StageKind::Regional;
    qint64 regionId = 0; // stage I: the region; stage II: 0
    // At a tie on the advancement cut: the nominees the chair chose for the open seats.
    QVector<qint64> chairChosen;
};

struct FinaliseResult
{
    QString error; // translated; empty when finalised
    int nominees = 0;
    QVector<qint64> advancing;
    QString rankingSha256;
    bool ok() const { return error.isEmpty(); }
};

// Finalising a result: the ranking is computed from the contest as it is, checked (every cut
// decided, the scores there), and recorded in one transaction with the methodology it used,
// the SHA-256 of its `rank --format json` text, who advances and the chair's decision, plus an
// audit entry "stage.finalise". From then on the region's inputs are locked: nominees of the
// region, the stage's criteria and survey imports are refused by the services. Stage II can be
// finalised once every region's stage I is. Nothing undoes a finalisation.
class StageFinaliser
{
    Q_DECLARE_TR_FUNCTIONS(akim::scoring::StageFinaliser)

public:
    explicit StageFinaliser(ContestDocument &document);

    FinaliseResult finalise(const FinaliseRequest &request);

    // What a finalisation records of a ranking: the SHA-256 (hex) of the bytes `rank --format
    // json` prints for it, which name the region of a stage I ranking in Russian.
    static QString rankingSha256(const Ranking &ranking, const Methodology &methodology,
                                 const ScoringInput &input);

private:
    ContestDocument &m_document;
};

} // namespace akim::scoring
