#include "scoring/scoringinput.h"

#include "domain/enumkeys.h"

namespace akim::scoring {
namespace {

const enumkeys::Table<ScoreState, 3> kStates{{
    {ScoreState::Entered, "entered"},
    {ScoreState::Abstained, "abstained"},
    {ScoreState::Recused, "recused"},
}};

// Unknown or empty conclusion keys read as "not recorded", the table's first entry.
const enumkeys::Table<EthicsConclusion, 3> kConclusions{{
    {EthicsConclusion::NotRecorded, "not_recorded"},
    {EthicsConclusion::Compliant, "compliant"},
    {EthicsConclusion::NotCompliant, "not_compliant"},
}};

} // namespace

QString scoreStateKey(ScoreState state)
{
    return enumkeys::keyOf(kStates, state);
}

std::optional<ScoreState> scoreStateFromKey(const QString &key)
{
    return enumkeys::find(kStates, key);
}

QString ethicsConclusionKey(EthicsConclusion conclusion)
{
    return enumkeys::keyOf(kConclusions, conclusion);
}

EthicsConclusion ethicsConclusionFromKey(const QString &key)
{
    return enumkeys::fromKey(kConclusions, key, nullptr);
}

} // namespace akim::scoring
