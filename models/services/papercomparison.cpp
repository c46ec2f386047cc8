#include "services/papercomparison.h"

#include "text/language.h"

#include <QHash>

#include <cmath>

namespace akim {
namespace {

std::optional<ScoreCell> lookUp(const QHash<CellKey, ScoreCell> &cells, const CellKey &key)
{
    const auto found = cells.constFind(key);
    return found == cells.constEnd() ? std::nullopt : std::optional<ScoreCell>(*found);
}

} // namespace

PaperComparison PaperComparison::load(const QSqlDatabase &db, const BallotLayout &layout)
{
    const PaperEntryRepository entries(db);
    const qint64 memberId = layout.member.id;
    PaperComparison result;
    result.memberId = memberId;
    result.first = entries.entry(memberId, PaperSide::First);
    result.second = entries.entry(memberId, PaperSide::Second);
    const QVector<ScoreCell> first = entries.cells(memberId, PaperSide::First);
    const QVector<ScoreCell> second = entries.cells(memberId, PaperSide::Second);
    result.firstProgress = BallotService::progress(layout, first);
    result.secondProgress = BallotService::progress(layout, second);
    const QHash<CellKey, ScoreCell> a = cellsByKey(first);
    const QHash<CellKey, ScoreCell> b = cellsByKey(second);
    for (const NomineeRow &row : layout.nominees) {
        if (layout.isConflict(row.nominee.id))
            continue;
        for (const Criterion &c : layout.criteria) {
            const CellKey key{row.nominee.id, c.id};
            const std::optional<ScoreCell> one = lookUp(a, key);
            const std::optional<ScoreCell> two = lookUp(b, key);
            if ((!one && !two) || (one && two && sameValue(*one, *two)))
                continue;
            PaperDisagreement d;
            d.nomineeId = row.nominee.id;
            d.criterionId = c.id;
            d.nominee = row.nominee.fullName;
            d.okrug = text::pick(row.okrugRu, row.okrugKk);
            d.criterion = c.code;
            d.first = one;
            d.second = two;
            result.disagreements.push_back(d);
        }
    }
    return result;
}

bool PaperComparison::sameValue(const ScoreCell &a, const ScoreCell &b)
{
    return a.state == b.state && (a.state != scoring::ScoreState::Entered ||
                                  std::llround(a.points * 100) == std::llround(b.points * 100));
}

QString PaperComparison::acceptProblem(const BallotLayout &layout) const
{
    const PaperComparison &comparison = *this;
    const QString member = layout.member.fullName;
    if (layout.cellCount() == 0)
        return tr("The ballot of %1 has nothing to score yet: no nominees or no criteria.")
            .arg(member);
    for (const PaperSide side : {PaperSide::First, PaperSide::Second}) {
        const BallotProgress &progress =
            side == PaperSide::First ? comparison.firstProgress : comparison.secondProgress;
        if (progress.missing() > 0)
            return tr("Entry %1 of the ballot of %2 is not complete: %n cell(s) not typed yet.",
                      nullptr, progress.missing())
                .arg(int(side))
                .arg(member);
    }
    // Both typed by one account cannot happen through this service; a file edited elsewhere
    // is refused all the same.
    if (comparison.first.stored && comparison.second.stored &&
        comparison.first.typedBy == comparison.second.typedBy)
        return tr("Both entries of the ballot of %1 were typed by %2; the second entry must be "
                  "typed by another secretary.")
            .arg(member, comparison.first.typedBy);
    if (!comparison.disagreements.isEmpty())
        return tr("The entries of the ballot of %1 disagree on %n cell(s). Correct the entries "
                  "or take one entry's value for each, then accept.",
                  nullptr, int(comparison.disagreements.size()))
            .arg(member);
    return {};
}

bool PaperComparison::complete() const
{
    return firstProgress.cells > 0 && firstProgress.missing() == 0 && secondProgress.missing() == 0;
}

} // namespace akim
