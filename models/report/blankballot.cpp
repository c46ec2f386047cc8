#include "report/blankballot.h"

#include "services/ballotlayout.h"
#include "storage/contestrepository.h"

#include <QStringList>

#include <algorithm>

namespace akim::report {

BlankBallot BlankBallot::build(const BallotLayout &layout, const ContestInfo &contest,
                               const ReportLanguage &language)
{
    BlankBallot ballot;
    ballot.language = language.code();
    ballot.contestTitle = language.pick(contest.titleRu, contest.titleKk);
    ballot.year = contest.year;
    ballot.commission = language.pick(layout.commission.nameRu, layout.commission.nameKk);
    ballot.stage = layout.commission.stage;
    ballot.memberName = layout.member.fullName;
    ballot.memberPosition = layout.member.position;
    ballot.memberRole = layout.member.role;
    for (const Criterion &c : layout.criteria)
        ballot.criteria.push_back({c.code, language.criterionTitle(c), c.maxPoints});
    int number = 0;
    for (const NomineeRow &row : layout.nominees) {
        BlankBallotNominee n;
        n.number = ++number;
        n.id = row.nominee.id;
        n.name = row.nominee.fullName;
        n.region = language.pick(row.regionRu, row.regionKk);
        n.district = language.pick(row.districtRu, row.districtKk);
        n.okrug = language.pick(row.okrugRu, row.okrugKk);
        n.recused = layout.isConflict(row.nominee.id);
        ballot.nominees.push_back(n);
    }
    return ballot;
}

bool BlankBallot::hasConflicts() const
{
    return std::any_of(nominees.begin(), nominees.end(),
                       [](const BlankBallotNominee &n) { return n.recused; });
}

QString BlankBallot::dump() const
{
    const auto line = [](const QString &key, const QStringList &values) -> QString {
        return key + QStringLiteral(": ") + values.join(QStringLiteral(" | ")) + QLatin1Char('\n');
    };
    QString text;
    text += line(QStringLiteral("language"), {language});
    text += line(QStringLiteral("contest"), {contestTitle, QString::number(year)});
    text += line(QStringLiteral("commission"), {commission, stageKindKey(stage)});
    text += line(QStringLiteral("member"), {memberName, memberRoleKey(memberRole), memberPosition});
    for (const BlankBallotCriterion &c : criteria)
        text += line(QStringLiteral("criterion"),
                     {c.code, QString::number(c.maxPoints, 'g', 6), c.title});
    for (const BlankBallotNominee &n : nominees) {
        QStringList values{QString::number(n.number), n.name, n.region, n.district, n.okrug};
        if (n.recused)
            values << QStringLiteral("recused");
        text += line(QStringLiteral("nominee"), values);
    }
    return text;
}

} // namespace akim::report
