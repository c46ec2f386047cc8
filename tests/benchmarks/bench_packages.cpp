// Figures for ballot packages on the full demo (every okrug, 2,287 nominees): exporting the
// package of a member of the largest regional commission, one cell saved in the package (its
// own transaction, with the package resealed), and the secretary's check and import of the
// scored package. Prints numbers; asserts nothing about time.
#include "demo/demogenerator.h"
#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "packages/packageseal.h"
#include "services/ballotservice.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace akim;

namespace {

QTextStream out(stdout);

void report(const QString &what, double ms, const QString &extra = {})
{
    out << what.leftJustified(52) << QString::number(ms, 'f', 1).rightJustified(9) << " ms"
        << (extra.isEmpty() ? QString() : QStringLiteral("   ") + extra) << Qt::endl;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString contestPath = dir.filePath(QStringLiteral("full.akc"));
    const QString packagePath = dir.filePath(QStringLiteral("member.akb"));
    qint64 memberId = 0;
    int cells = 0;
    {
        ContestDocument doc;
        if (!doc.create(contestPath) ||
            !demo::DemoGenerator::generate(doc, demo::DemoOptions()).isEmpty()) {
            out << "cannot build the demo" << Qt::endl;
            return 1;
        }
        doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo"));
        BallotService ballots(doc);
        for (const Member &m : ballots.votingMembers()) {
            const BallotLayout layout = ballots.layout(m.id);
            if (layout.commission.stage == StageKind::Regional && layout.cellCount() > cells) {
                cells = layout.cellCount();
                memberId = m.id;
            }
        }
        QElapsedTimer timer;
        timer.start();
        const EditResult exported = PackageExporter(doc).exportTo(memberId, packagePath);
        if (!exported.ok()) {
            out << exported.message << Qt::endl;
            return 1;
        }
        report(QStringLiteral("export (largest regional commission)"), msSince(timer),
               QStringLiteral("%1 cells, %2 KiB")
                   .arg(cells)
                   .arg(QFileInfo(packagePath).size() / 1024));
    }
    {
        // The member scores every cell, each saved and resealed on its own.
        ContestDocument package;
        package.open(packagePath);
        package.signIn(QStringLiteral("member%1").arg(memberId), QStringLiteral("demo"));
        BallotService ballots(package);
        const BallotLayout layout = ballots.layout(memberId);
        QVector<double> times;
        for (const NomineeRow &row : layout.nominees) {
            for (const Criterion &c : layout.criteria) {
                const bool conflict = layout.isConflict(row.nominee.id);
                QElapsedTimer timer;
                timer.start();
                ballots.setCell(memberId, row.nominee.id, c.id,
                                conflict ? scoring::ScoreState::Recused
                                         : scoring::ScoreState::Entered,
                                conflict ? 0.0 : 7.0);
                times << msSince(timer);
            }
        }
        std::sort(times.begin(), times.end());
        report(QStringLiteral("one cell saved in the package (median)"), times[times.size() / 2],
               QStringLiteral("slowest %1 ms, the last cells").arg(times.back(), 0, 'f', 1));
        QElapsedTimer timer;
        timer.start();
        const EditResult submitted = ballots.submit(memberId);
        report(QStringLiteral("submit in the package"), msSince(timer),
               submitted.ok() ? QString() : submitted.message);
    }
    {
        ContestDocument doc;
        doc.open(contestPath);
        doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo"));
        PackageImporter importer(doc);
        QElapsedTimer timer;
        timer.start();
        const PackageInspection inspection = importer.inspect(packagePath);
        report(QStringLiteral("check before import (seal, layout, differences)"), msSince(timer),
               inspection.ok() ? QStringLiteral("%1 differences").arg(inspection.changes.size())
                               : inspection.refusal);
        timer.restart();
        const EditResult accepted = importer.accept({inspection});
        report(QStringLiteral("import (one transaction)"), msSince(timer),
               accepted.ok() ? QString() : accepted.message);
    }
    return 0;
}
