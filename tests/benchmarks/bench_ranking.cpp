// Figures for the ranking engine (issue 4's target: a full re-rank of a national demo in under
// 200 ms once the contest is open). First a snapshot built in memory, 2,300 nominees × 11
// members × 10 commission criteria; then a real demo file (every okrug, every ballot, a
// citizens' survey of AKIM_BENCH_SURVEY responses, 170,000 by default ≈ 1,000,000 answers)
// read by the loader. Prints numbers; asserts nothing about time.
#include "../scoringfixture.h"
#include "demo/demogenerator.h"
#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"
#include "storage/contestrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace akim;
using namespace akim::scoring;

namespace {

QTextStream out(stdout);

constexpr int kRegions = 17;
constexpr int kNominees = 2300;
constexpr int kMembers = 11;
constexpr int kCommissionCriteria = 10;
constexpr qint64 kResponses = 1000000;

double medianMs(int runs, const std::function<void()> &work)
{
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const QString &what, double ms, const QString &extra = {})
{
    out << what.leftJustified(52) << QString::number(ms, 'f', 1).rightJustified(9) << " ms"
        << (extra.isEmpty() ? QString() : QStringLiteral("   ") + extra) << Qt::endl;
}

// The default methodology with ten commission criteria K1–K10 in stage I.
Methodology tenCriteria()
{
    Methodology m = Methodology::defaults();
    QVector<Criterion> criteria;
    for (const Criterion &c : m.criteria) {
        if (c.source != CriterionSource::Commission || c.stage == StageKind::National)
            criteria.append(c);
    }
    for (int k = 1; k <= kCommissionCriteria; ++k) {
        Criterion c;
        c.code = QStringLiteral("K%1").arg(k);
        c.maxPoints = 10;
        criteria.insert(7 + k - 1, c);
    }
    int id = 0;
    for (Criterion &c : criteria) {
        c.id = ++id;
        c.sortOrder = id;
    }
    m.criteria = criteria;
    return m;
}

ScoringInput inMemory(const Methodology &m, qint64 *scoreCount)
{
    QRandomGenerator rng(2020);
    test::ScoringBuilder b;
    b.useCriteria(m);
    for (int r = 1; r <= kRegions; ++r) {
        b.region(r, QStringLiteral("Region %1").arg(r));
        b.members(r * 100, kMembers, r);
    }
    b.members(10000, kMembers, 0);
    b.input.scores.reserve(kNominees * kMembers * kCommissionCriteria);
    const qint64 perNominee = kResponses / kNominees;
    for (qint64 id = 1; id <= kNominees; ++id) {
        const qint64 region = 1 + (id - 1) % kRegions;
        b.nominee(id, region);
        const double quality = 3.0 + rng.bounded(6.0);
        for (int k = 1; k <= kCommissionCriteria; ++k) {
            const qint64 criterion = b.criterion(QStringLiteral("K%1").arg(k));
            for (int member = 0; member < kMembers; ++member) {
                const qint64 memberId = region * 100 + member;
                const int roll = int(rng.bounded(100));
                const ScoreState state = roll == 0   ? ScoreState::Abstained
                                         : roll == 1 ? ScoreState::Recused
                                                     : ScoreState::Entered;
                const double points = std::clamp(quality + rng.bounded(3.0) - 1.5, 0.0, 10.0);
                b.input.scores.append({memberId, id, criterion, state, std::round(points * 2) / 2});
            }
        }
        const qint64 n = perNominee + qint64(rng.bounded(21)) - 10;
        for (int s = 1; s <= 6; ++s)
            b.survey(id, QStringLiteral("S%1").arg(s), n - qint64(rng.bounded(5)),
                     double(n) * (2.0 + rng.bounded(2.5)));
        const qint64 e = 20 + qint64(rng.bounded(30));
        b.survey(id, QStringLiteral("E1"), e, double(rng.bounded(int(e) + 1)));
        b.responses(id, n, e);
    }
    *scoreCount = b.input.scores.size();
    return b.input;
}

void benchInMemory()
{
    const Methodology m = tenCriteria();
    qint64 scores = 0;
    QElapsedTimer build;
    build.start();
    const ScoringInput input = inMemory(m, &scores);
    out << "In memory: " << kNominees << " nominees, " << kRegions << " regions, " << kMembers
        << " members per commission, " << kCommissionCriteria << " commission criteria, " << scores
        << " scores, " << kResponses << " responses (built in " << build.elapsed() << " ms)"
        << Qt::endl;

    // Each figure is taken before its description is built (argument order is unspecified).
    Ranking regional;
    double ms = medianMs(7, [&] { regional = RankingEngine::rank(input, m, StageKind::Regional); });
    report(QStringLiteral("rank stage I, every region"), ms,
           QStringLiteral("%1 ranked, %2 advance")
               .arg(regional.nominees.size())
               .arg(std::count_if(regional.nominees.cbegin(), regional.nominees.cend(),
                                  [](const NomineeResult &n) { return n.advances; })));
    Ranking one;
    ms = medianMs(7, [&] { one = RankingEngine::rank(input, m, StageKind::Regional, 5); });
    report(QStringLiteral("rank stage I, one region"), ms,
           QStringLiteral("%1 ranked").arg(one.nominees.size()));
    Ranking national;
    ms = medianMs(7, [&] { national = RankingEngine::rank(input, m, StageKind::National); });
    report(QStringLiteral("rank stage II (stage I included)"), ms,
           QStringLiteral("%1 ranked").arg(national.nominees.size()));
    QJsonObject object;
    ms = medianMs(3, [&] { object = RankingJson::toJson(regional, m); });
    report(QStringLiteral("rank JSON of stage I: QJsonObject"), ms);
    QByteArray json;
    ms = medianMs(3, [&] { json = RankingJson::toJsonBytes(regional, m); });
    report(QStringLiteral("rank JSON of stage I: bytes"), ms,
           QStringLiteral("%1 MiB").arg(json.size() / 1048576.0, 0, 'f', 1));
}

void benchFile()
{
    const int survey = qEnvironmentVariableIsSet("AKIM_BENCH_SURVEY")
                           ? qEnvironmentVariableIntValue("AKIM_BENCH_SURVEY")
                           : 170000;
    QTemporaryDir dir;
    // AKIM_BENCH_FILE keeps the demo file for a look with sqlite3; AKIM_BENCH_OPEN ranks an
    // existing contest file instead of writing a demo.
    const bool existing = qEnvironmentVariableIsSet("AKIM_BENCH_OPEN");
    const QString path = existing ? qEnvironmentVariable("AKIM_BENCH_OPEN")
                         : qEnvironmentVariableIsSet("AKIM_BENCH_FILE")
                             ? qEnvironmentVariable("AKIM_BENCH_FILE")
                             : dir.filePath(QStringLiteral("ranking.akc"));
    if (existing) {
        out << "Contest file: " << path << Qt::endl;
    } else {
        QFile::remove(path);
        QElapsedTimer timer;
        timer.start();
        ContestDocument doc;
        if (!doc.create(path))
            qFatal("create failed: %s", qPrintable(doc.errorString()));
        demo::DemoOptions options;
        options.scores = true;
        options.surveyResponses = survey;
        const QString error = demo::DemoGenerator::generate(doc, options);
        if (!error.isEmpty())
            qFatal("demo failed: %s", qPrintable(error));
        out << "Demo file: every okrug, --scores, --survey " << survey << " (written in "
            << timer.elapsed() / 1000.0 << " s)" << Qt::endl;
    }

    ContestDocument doc;
    if (!doc.open(path))
        qFatal("open failed: %s", qPrintable(doc.errorString()));
    const QSqlDatabase db = doc.database().connection();
    const ContestCounts counts = doc.contest().counts();
    ScoringInput input;
    double ms = medianMs(5, [&] { input = ScoringInputLoader(db).load(); });
    report(QStringLiteral("load snapshot (ScoringInputLoader)"), ms,
           QStringLiteral("%1 nominees, %2 scores, %3 responses")
               .arg(counts.nominees)
               .arg(counts.scores)
               .arg(counts.surveyResponses + counts.ethicsResponses));
    std::optional<Methodology> m;
    QString error;
    ms = medianMs(5, [&] { m = ScoringInputLoader(db).methodology(&error); });
    report(QStringLiteral("load methodology"), ms);
    if (!m)
        qFatal("methodology refused: %s", qPrintable(error));
    Ranking regional;
    ms = medianMs(7, [&] { regional = RankingEngine::rank(input, *m, StageKind::Regional); });
    report(QStringLiteral("rank stage I, every region"), ms);
    ms = medianMs(5, [&] {
        const ScoringInput fresh = ScoringInputLoader(db).load();
        const std::optional<Methodology> mm = ScoringInputLoader(db).methodology(&error);
        regional = RankingEngine::rank(fresh, *mm, StageKind::Regional);
    });
    report(QStringLiteral("full re-rank: load + methodology + rank"), ms,
           QStringLiteral("%1 ranked").arg(regional.nominees.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    benchInMemory();
    benchFile();
    return 0;
}
