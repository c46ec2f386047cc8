// Figures for blank paper ballots (issue 5): the largest regional commission of the full demo
// (every okrug) and the republican commission, each written as one PDF in Russian and Kazakh,
// the way the Commissions tab writes it (BlankBallotExport::run: its own connection, every
// voting member's ballot). AKIM_BENCH_OPEN uses an existing contest file instead of a new demo;
// AKIM_BENCH_OUT keeps the PDFs in that folder. Prints numbers; asserts nothing about time.
#include "demo/demogenerator.h"
#include "report/blankballotexport.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace akim;

namespace {

QTextStream out(stdout);

int pageCount(const QString &path)
{
    QPdfDocument pdf;
    return pdf.load(path) == QPdfDocument::Error::None ? pdf.pageCount() : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication, not a screen
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariableIsSet("AKIM_BENCH_OPEN")
                             ? qEnvironmentVariable("AKIM_BENCH_OPEN")
                             : dir.filePath(QStringLiteral("ballots.akc"));
    const QString outDir = qEnvironmentVariableIsSet("AKIM_BENCH_OUT")
                               ? qEnvironmentVariable("AKIM_BENCH_OUT")
                               : dir.path();
    if (!qEnvironmentVariableIsSet("AKIM_BENCH_OPEN")) {
        QElapsedTimer timer;
        timer.start();
        ContestDocument doc;
        if (!doc.create(path))
            qFatal("create failed: %s", qPrintable(doc.errorString()));
        // With the ballots: the republican commission's field comes from the stage I ranking.
        demo::DemoOptions options;
        options.scores = true;
        const QString error = demo::DemoGenerator::generate(doc, options);
        if (!error.isEmpty())
            qFatal("demo failed: %s", qPrintable(error));
        out << "Demo file: every okrug and ballot (written in " << timer.elapsed() / 1000.0 << " s)"
            << Qt::endl;
    }

    // The regional commission with the most nominees, and the republican one.
    ContestDocument doc;
    if (!doc.open(path, Database::Mode::ReadOnly))
        qFatal("open failed: %s", qPrintable(doc.errorString()));
    QHash<qint64, int> nominees; // region → active nominees
    for (const NomineeRow &row : doc.nominees().rows())
        nominees[row.regionId] += row.nominee.status == NomineeStatus::Active ? 1 : 0;
    Commission largest;
    Commission republican;
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::National)
            republican = c;
        else if (largest.id == 0 || nominees.value(c.regionId) > nominees.value(largest.regionId))
            largest = c;
    }
    const BallotService service(doc);
    for (const Commission &c : {largest, republican}) {
        const int members = int(service.votingMembers(c.id).size());
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("kk")}) {
            report::BlankBallotRequest request;
            request.contestPath = path;
            request.commissionId = c.id;
            request.language = language;
            request.outputPath = QDir(outDir).filePath(
                QStringLiteral("blank-ballots-%1-%2.pdf").arg(c.id).arg(language));
            QElapsedTimer timer;
            timer.start();
            const QString error = report::BlankBallotExport::run(request);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!error.isEmpty())
                qFatal("export failed: %s", qPrintable(error));
            out << c.nameRu << " [" << language << "]: " << members << " ballots × "
                << (c.stage == StageKind::National ? QStringLiteral("the stage II field")
                                                   : QString::number(nominees.value(c.regionId)))
                << " nominees: " << QString::number(ms, 'f', 0) << " ms, "
                << pageCount(request.outputPath) << " pages, "
                << QFile(request.outputPath).size() / 1024 << " KiB" << Qt::endl;
        }
    }
    return 0;
}
