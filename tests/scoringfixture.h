#pragma once

// Builds ScoringInput snapshots by hand for the scoring tests and the ranking benchmark: regions,
// nominees, members, criteria, ballots and survey totals with ids the test chooses.

#include "scoring/methodology.h"
#include "scoring/scoringinput.h"

#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <initializer_list>

namespace akim::test {

class ScoringBuilder
{
public:
    scoring::ScoringInput input;

    // A methodology with the given criteria only (ids 1, 2, … in this order), every other setting
    // the recommended default.
    static scoring::Methodology methodology(std::initializer_list<const char *> codes)
    {
        scoring::Methodology m = scoring::Methodology::defaults();
        m.criteria.clear();
        int order = 0;
        for (const char *code : codes) {
            Criterion c;
            c.id = ++order;
            c.sortOrder = order;
            c.code = QLatin1String(code);
            switch (code[0]) {
            case 'S':
                c.source = CriterionSource::Survey;
                c.maxPoints = 5;
                break;
            case 'E':
                c.source = CriterionSource::Ethics;
                c.maxPoints = 100;
                break;
            case 'R':
                c.stage = StageKind::National;
                c.maxPoints = 10;
                break;
            default:
                c.maxPoints = 10;
            }
            m.criteria.append(c);
        }
        return m;
    }

    // The contest's criteria are the methodology's (same ids).
    void useCriteria(const scoring::Methodology &m) { input.criteria = m.criteria; }

    qint64 criterion(const QString &code) const
    {
        for (const Criterion &c : input.criteria) {
            if (c.code == code)
                return c.id;
        }
        return 0;
    }

    void region(qint64 id, const QString &name)
    {
        input.regions.append({id, {}, name, name + QStringLiteral(" (kk)"), int(id)});
    }

    qint64 nominee(qint64 id, qint64 regionId, const QString &name = {})
    {
        scoring::InputNominee n;
        n.id = id;
        n.uuid = QStringLiteral("uuid-%1").arg(id);
        n.name = name.isEmpty() ? QStringLiteral("Nominee %1").arg(id) : name;
        n.regionId = regionId;
        for (const scoring::InputRegion &r : input.regions) {
            if (r.id == regionId) {
                n.regionRu = r.nameRu;
                n.regionKk = r.nameKk;
            }
        }
        n.districtRu = QStringLiteral("District %1").arg(id);
        n.okrugRu = QStringLiteral("Okrug %1").arg(id);
        input.nominees.append(n);
        return id;
    }

    scoring::InputNominee &nomineeRef(qint64 id)
    {
        for (scoring::InputNominee &n : input.nominees) {
            if (n.id == id)
                return n;
        }
        Q_UNREACHABLE();
    }

    // Members `firstId`, firstId + 1, … of the region's commission (regionId 0: republican).
    QVector<qint64> members(qint64 firstId, int count, qint64 regionId)
    {
        QVector<qint64> ids;
        for (int i = 0; i < count; ++i) {
            scoring::InputMember m;
            m.id = firstId + i;
            m.commissionId = regionId == 0 ? 1000 : regionId;
            m.stage = regionId == 0 ? StageKind::National : StageKind::Regional;
            m.regionId = regionId;
            m.name = QStringLiteral("Member %1").arg(m.id);
            m.sortOrder = i;
            input.members.append(m);
            ids.append(m.id);
        }
        return ids;
    }

    void score(qint64 member, qint64 nominee, const QString &code, double points)
    {
        input.scores.append(
            {member, nominee, criterion(code), scoring::ScoreState::Entered, points});
    }
    void abstain(qint64 member, qint64 nominee, const QString &code)
    {
        input.scores.append(
            {member, nominee, criterion(code), scoring::ScoreState::Abstained, 0.0});
    }
    void recuse(qint64 member, qint64 nominee, const QString &code)
    {
        input.scores.append({member, nominee, criterion(code), scoring::ScoreState::Recused, 0.0});
    }
    // One score per member, in order.
    void scores(const QVector<qint64> &members, qint64 nominee, const QString &code,
                std::initializer_list<double> points)
    {
        int i = 0;
        for (const double p : points)
            score(members.at(i++), nominee, code, p);
    }

    void survey(qint64 nominee, const QString &code, qint64 n, double sum)
    {
        input.survey.append({nominee, criterion(code), n, sum});
    }
    void responses(qint64 nominee, qint64 population, qint64 ethics)
    {
        input.responses.append({nominee, population, ethics});
    }

    // Shuffles every list whose order must not matter (the property test).
    void shuffle(QRandomGenerator &rng)
    {
        shuffleList(input.nominees, rng);
        shuffleList(input.members, rng);
        shuffleList(input.scores, rng);
        shuffleList(input.survey, rng);
        shuffleList(input.responses, rng);
        shuffleList(input.conflicts, rng);
        shuffleList(input.criteria, rng);
    }

    template<typename T>
    static void shuffleList(QVector<T> &list, QRandomGenerator &rng)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[qsizetype(rng.bounded(quint64(i + 1)))]);
    }
};

} // namespace akim::test
