#include "scoring/scoringinput.h"

namespace akim::scoring {

QString scoreStateKey(ScoreState state)
{
    switch (state) {
    case ScoreState::Entered:
        return QStringLiteral("entered");
    case ScoreState::Abstained:
        return QStringLiteral("abstained");
    case ScoreState::Recused:
        return QStringLiteral("recused");
    }
    return {};
}

std::optional<ScoreState> scoreStateFromKey(const QString &key)
{
    for (const ScoreState state :
         {ScoreState::Entered, ScoreState::Abstained, ScoreState::Recused}) {
        if (key == scoreStateKey(state))
            return state;
    }
    return std::nullopt;
}

QString ethicsConclusionKey(EthicsConclusion conclusion)
{
    switch (conclusion) {
    case EthicsConclusion::NotRecorded:
        return QStringLiteral("not_recorded");
    case EthicsConclusion::Compliant:
        return QStringLiteral("compliant");
    case EthicsConclusion::NotCompliant:
        return QStringLiteral("not_compliant");
    }
    return {};
}

EthicsConclusion ethicsConclusionFromKey(const QString &key)
{
    if (key == u"compliant")
        return EthicsConclusion::Compliant;
    if (key == u"not_compliant")
        return EthicsConclusion::NotCompliant;
    return EthicsConclusion::NotRecorded;
}

} // namespace akim::scoring
