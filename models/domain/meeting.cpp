#include "domain/meeting.h"

#include "domain/enumkeys.h"

namespace akim {
namespace {

const enumkeys::Table<QuorumRule, 2> kQuorumRules{{
    {QuorumRule::MoreThanHalf, "more_than_half"},
    {QuorumRule::TwoThirds, "two_thirds"},
}};

} // namespace

QString quorumRuleKey(QuorumRule rule)
{
    return enumkeys::keyOf(kQuorumRules, rule);
}

QuorumRule quorumRuleFromKey(const QString &key, bool *ok)
{
    return enumkeys::fromKey(kQuorumRules, key, ok);
}

int quorumNeeded(int voting, QuorumRule rule)
{
    // A commission without voting members can never decide: asking for one present member
    // keeps "present >= needed" false, where 0 would call an empty room a quorum.
    if (voting <= 0)
        return 1;
    switch (rule) {
    case QuorumRule::MoreThanHalf:
        // Strictly more than half: 9 → 5, 8 → 5 (4 is only half).
        return voting / 2 + 1;
    case QuorumRule::TwoThirds:
        // At least two thirds («не менее двух третей»), rounded up: 9 → 6, 8 → 6, 7 → 5.
        return (2 * voting + 2) / 3;
    }
    return voting;
}

} // namespace akim
