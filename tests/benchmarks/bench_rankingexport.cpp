// Figures for the ranking export (issue 6): stage I of every okrug (2,300 nominees in 17 regions,
// the stress case) written as XLSX (17 sheets) and as CSV, in Russian and Kazakh, from a ranking
// computed in memory with the recommended default methodology. Prints numbers; asserts nothing
// about time.
#include "../scoringfixture.h"
#include "demo/namebank.h"
#include "report/rankingexport.h"
#include "report/reportlanguage.h"
#include "scoring/rankingengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace akim;
using namespace akim::scoring;

namespace {

QTextStream out(stdout);

constexpr int kNominees = 2300;
constexpr int kMembers = 9;

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

void figure(const QString &what, double ms, const QString &extra = {})
{
    out << what.leftJustified(44) << QString::number(ms, 'f', 1).rightJustified(9) << " ms"
        << (extra.isEmpty() ? QString() : QStringLiteral("   ") + extra) << Qt::endl;
}

// The default methodology with ids and (long, as real ones are) titles.
Methodology methodology()
{
    Methodology m = Methodology::defaults();
    int id = 0;
    for (Criterion &c : m.criteria) {
        c.id = ++id;
        c.sortOrder = id;
        c.titleRu = QStringLiteral("Критерий %1: оценка по утверждённой методике").arg(c.code);
        c.titleKk = QStringLiteral("%1 өлшемі: бекітілген әдістеме бойынша бағалау").arg(c.code);
    }
    return m;
}

// Every region of the name bank with its share of 2,300 okrugs, one nominee each, every member's
// score and survey totals: what a real export of the largest contest holds.
ScoringInput contest(const Methodology &m)
{
    QRandomGenerator rng(2020);
    test::ScoringBuilder b;
    b.useCriteria(m);
    QVector<demo::GeoRegion> regions = demo::NameBank::regions();
    qint64 id = 0;
    for (int r = 0; r < regions.size(); ++r) {
        demo::GeoRegion &region = regions[r];
        const int okrugs =
            kNominees / int(regions.size()) + (r < kNominees % int(regions.size()) ? 1 : 0);
        demo::NameBank::fillRegion(region, okrugs, rng);
        b.region(r + 1, region.nameRu);
        b.input.regions.last().nameKk = region.nameKk;
        const QVector<qint64> members = b.members((r + 1) * 100, kMembers, r + 1);
        for (const demo::GeoDistrict &district : region.districts) {
            for (const demo::GeoOkrug &okrug : district.okrugs) {
                b.nominee(++id, r + 1,
                          demo::NameBank::personName(
                              rng.bounded(2) ? demo::Gender::Male : demo::Gender::Female, rng));
                InputNominee &n = b.nomineeRef(id);
                n.districtRu = district.nameRu;
                n.districtKk = district.nameKk;
                n.okrugRu = okrug.nameRu;
                n.okrugKk = okrug.nameKk;
                const double quality = 3.0 + rng.bounded(6.0);
                for (int k = 1; k <= 5; ++k) {
                    for (const qint64 member : members)
                        b.score(
                            member, id, QStringLiteral("K%1").arg(k),
                            std::clamp(std::round(quality + rng.bounded(3.0) - 1.5), 0.0, 10.0));
                }
                const qint64 responses = 20 + qint64(rng.bounded(400));
                for (int s = 1; s <= 6; ++s)
                    b.survey(id, QStringLiteral("S%1").arg(s), responses,
                             double(responses) * (2.0 + rng.bounded(2.5)));
                const qint64 ethics = 10 + qint64(rng.bounded(30));
                b.survey(id, QStringLiteral("E1"), ethics, double(rng.bounded(int(ethics) + 1)));
                b.responses(id, responses, ethics);
            }
        }
    }
    return b.input;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString why;
    if (!report::RankingExport::xlsxAvailable(&why))
        qFatal("%s", qPrintable(why));
    const Methodology m = methodology();
    const ScoringInput input = contest(m);
    const Ranking regional = RankingEngine::rank(input, m, StageKind::Regional);
    out << "ranking export: stage I, " << regional.nominees.size() << " nominees in "
        << input.regions.size() << " regions, " << m.criteriaOf(StageKind::Regional).size()
        << " criteria (one sheet per region)" << Qt::endl;

    QTemporaryDir dir;
    report::RankingExportCaption caption;
    caption.contestRu = QStringLiteral("Лучший сельский аким 2020");
    caption.contestKk = QStringLiteral("Үздік ауыл әкімі 2020");
    caption.computedAt = QDateTime::currentDateTimeUtc();
    for (const char *code : {"ru", "kk"}) {
        const report::ReportLanguage language{QLatin1String(code)};
        const QString xlsx = dir.filePath(QStringLiteral("ranking-%1.xlsx").arg(language.code()));
        QString error;
        double ms = medianMs(5, [&] {
            error = report::RankingExport::writeXlsx(regional, m, language, xlsx, caption);
        });
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        figure(QStringLiteral("XLSX (%1), 2,300 rows").arg(language.code()), ms,
               QStringLiteral("%1 KiB").arg(QFileInfo(xlsx).size() / 1024));
        const QString csv = dir.filePath(QStringLiteral("ranking-%1.csv").arg(language.code()));
        ms = medianMs(5,
                      [&] { error = report::RankingExport::writeCsv(regional, m, language, csv); });
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        figure(QStringLiteral("CSV (%1), 2,300 rows").arg(language.code()), ms,
               QStringLiteral("%1 KiB").arg(QFileInfo(csv).size() / 1024));
    }
    out << "goal: well under a second each (the page writes it on a worker)" << Qt::endl;
    return 0;
}
