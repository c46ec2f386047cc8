#include "scoring/placement.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace akim::scoring {
namespace {

void addFlag(NomineeResult *n, const QString &flag)
{
    if (!n->flags.contains(flag))
        n->flags.append(flag);
}

} // namespace

double Placement::componentValue(const NomineeResult &n, TieComponent component)
{
    switch (component) {
    case TieComponent::Commission:
        return n.components.commission;
    case TieComponent::Survey:
        // A survey index left out of the total (below the minimum sample) does not break ties
        // either.
        return std::isnan(n.weightsUsed.survey) ? kNoValue : n.components.survey;
    case TieComponent::Ethics:
        return n.components.ethics;
    case TieComponent::SurveyN:
        return double(n.surveyResponses);
    case TieComponent::EthicsN:
        return double(n.ethicsResponses);
    case TieComponent::Stage1Total:
        return n.components.stage1Total;
    }
    return kNoValue;
}

double Placement::sortKey(double value, double tolerance)
{
    if (std::isnan(value))
        return -std::numeric_limits<double>::infinity();
    return tolerance > 0.0 ? std::round(value / tolerance) : value;
}

void Placement::rank(QVector<NomineeResult *> &group, const QVector<TieComponent> &cascade,
                     RankingStyle style, double tolerance)
{
    const int width = 1 + int(cascade.size());
    struct Entry
    {
        NomineeResult *nominee;
        QVector<double> keys;
    };
    QVector<Entry> entries;
    entries.reserve(group.size());
    for (NomineeResult *n : group) {
        Entry e{n, QVector<double>(width)};
        e.keys[0] = sortKey(n->total, tolerance);
        for (int i = 0; i < cascade.size(); ++i) {
            const TieComponent c = cascade.at(i);
            // Counts are whole numbers: compared as they are.
            const bool count = c == TieComponent::SurveyN || c == TieComponent::EthicsN;
            e.keys[i + 1] = sortKey(componentValue(*n, c), count ? 0.0 : tolerance);
        }
        entries.append(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.keys != b.keys)
            return std::lexicographical_compare(b.keys.cbegin(), b.keys.cend(), a.keys.cbegin(),
                                                a.keys.cend());
        return a.nominee->nomineeId < b.nominee->nomineeId;
    });

    int place = 0;
    for (int i = 0; i < entries.size(); ++i) {
        NomineeResult *n = entries.at(i).nominee;
        n->tieShared = false;
        n->tieBrokenBy.clear();
        if (i > 0 && entries.at(i).keys == entries.at(i - 1).keys) {
            NomineeResult *previous = entries.at(i - 1).nominee;
            n->place = previous->place;
            n->tieShared = previous->tieShared = true;
            addFlag(n, QLatin1String(flag::tieShared));
            addFlag(previous, QLatin1String(flag::tieShared));
        } else {
            place = style == RankingStyle::Standard ? i + 1 : place + 1;
            n->place = place;
        }
    }
    // Equal totals separated by the cascade: both nominees say which component decided.
    for (int i = 1; i < entries.size(); ++i) {
        const QVector<double> &a = entries.at(i - 1).keys;
        const QVector<double> &b = entries.at(i).keys;
        if (a.at(0) != b.at(0) || a == b)
            continue;
        int j = 1;
        while (a.at(j) == b.at(j))
            ++j;
        const QString component = tieComponentKey(cascade.at(j - 1));
        for (NomineeResult *n : {entries.at(i - 1).nominee, entries.at(i).nominee}) {
            if (!n->tieBrokenBy.contains(component))
                n->tieBrokenBy.append(component);
            addFlag(n, QLatin1String(flag::tieBrokenByPrefix) + component);
        }
    }
    for (int i = 0; i < entries.size(); ++i)
        group[i] = entries.at(i).nominee;
}

AdvancementCut Placement::advance(const QVector<NomineeResult *> &ranked, int seats,
                                  const QVector<qint64> &chairChosen)
{
    AdvancementCut cut;
    cut.seats = seats;
    if (!ranked.isEmpty())
        cut.regionId = ranked.first()->regionId;
    QVector<NomineeResult *> eligible;
    for (NomineeResult *n : ranked) {
        n->advances = false;
        n->tiedAtCut = false;
        if (!n->ethicsGate && !std::isnan(n->total))
            eligible.append(n);
    }
    const auto advanceOne = [&cut](NomineeResult *n) {
        n->advances = true;
        addFlag(n, QLatin1String(flag::advances));
        cut.advancing.append(n->nomineeId);
    };
    if (eligible.size() <= seats) {
        for (NomineeResult *n : eligible)
            advanceOne(n);
        return cut;
    }
    const int cutPlace = eligible.at(seats - 1)->place;
    if (eligible.at(seats)->place != cutPlace) {
        for (int i = 0; i < seats; ++i)
            advanceOne(eligible.at(i));
        return cut;
    }
    // A tie across the cut: the places above it advance, the tied ones wait for the chair.
    QVector<NomineeResult *> tied;
    for (NomineeResult *n : eligible) {
        if (n->place < cutPlace) {
            advanceOne(n);
        } else if (n->place == cutPlace) {
            n->tiedAtCut = true;
            addFlag(n, QLatin1String(flag::tiedAtCut));
            tied.append(n);
            cut.tied.append(n->nomineeId);
        }
    }
    cut.openSeats = seats - int(cut.advancing.size());
    QVector<NomineeResult *> chosen;
    for (NomineeResult *n : tied) {
        if (chairChosen.contains(n->nomineeId))
            chosen.append(n);
    }
    cut.decided = chosen.size() == cut.openSeats;
    if (cut.decided) {
        for (NomineeResult *n : chosen) {
            advanceOne(n);
            addFlag(n, QLatin1String(flag::chairDecision));
        }
    }
    return cut;
}

} // namespace akim::scoring
