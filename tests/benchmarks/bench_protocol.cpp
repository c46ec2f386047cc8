// Figures for the protocols (issue 6). The goal: a national-size protocol, 2,300 ranked rows
// with every component, to PDF in under 0.4 s on this machine (a QTextDocument HTML table took
// 1.8 s). The full demo's stage I ranking of every region (2,287 nominees, survey, ethics,
// K1–K5) stands in for the rows; the meeting and commission are a region's. Also: the real
// regional protocols of the demo one by one, all 17 into a folder, and the peak memory as the
// row count grows (the PDF writer streams pages, so it should stay flat). AKIM_BENCH_OPEN uses
// an existing contest file. Prints numbers; asserts nothing about time.
#include "demo/demogenerator.h"
#include "report/pagecanvas.h"
#include "report/pdfoutput.h"
#include "report/protocoldocument.h"
#include "report/protocolrenderer.h"
#include "report/reportfactory.h"
#include "scoring/rankingengine.h"
#include "scoring/scoringinputloader.h"
#include "services/contestdocument.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace akim;
using namespace akim::report;

namespace {

QTextStream out(stdout);

int pageCount(const QString &path)
{
    QPdfDocument pdf;
    return pdf.load(path) == QPdfDocument::Error::None ? pdf.pageCount() : -1;
}

// Peak resident memory of the process so far, in MiB (Linux; 0 elsewhere).
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication, not a screen
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = qEnvironmentVariableIsSet("AKIM_BENCH_OPEN")
                             ? qEnvironmentVariable("AKIM_BENCH_OPEN")
                             : dir.filePath(QStringLiteral("protocols.akc"));
    if (!qEnvironmentVariableIsSet("AKIM_BENCH_OPEN")) {
        QElapsedTimer timer;
        timer.start();
        ContestDocument doc;
        if (!doc.create(path))
            qFatal("create failed: %s", qPrintable(doc.errorString()));
        demo::DemoOptions options;
        options.scores = true;
        options.surveyResponses = 20000;
        const QString error = demo::DemoGenerator::generate(doc, options);
        if (!error.isEmpty())
            qFatal("demo failed: %s", qPrintable(error));
        out << "Demo file: every okrug, ballots, 20,000 survey responses (written in "
            << timer.elapsed() / 1000.0 << " s)" << Qt::endl;
    }

    ContestDocument document;
    if (!document.open(path, Database::Mode::ReadOnly))
        qFatal("open failed: %s", qPrintable(document.errorString()));
    const QVector<Region> regions = document.geography().regions();
    QString error;
    std::optional<ProtocolData> base =
        ProtocolData::load(document, StageKind::Regional, regions.constFirst().id, &error);
    if (!base)
        qFatal("protocol data: %s", qPrintable(error));
    const scoring::Ranking every = scoring::RankingEngine::rank(
        scoring::ScoringInputLoader(document.database().connection()).load(), base->methodology,
        StageKind::Regional, 0);

    out << "\nNational-size protocol (rows of the whole stage I ranking, every component):"
        << Qt::endl;
    const bool nationalOnly = qEnvironmentVariableIsSet("AKIM_BENCH_NATIONAL_ONLY");
    for (const int rows : {250, 1000, int(every.nominees.size())}) {
        if (nationalOnly)
            break;
        for (const char *code : {"ru", "kk"}) {
            ProtocolData data = *base;
            data.ranking.nominees = every.nominees.mid(0, rows);
            QElapsedTimer timer;
            timer.start();
            const ProtocolDocument protocol(data, ReportLanguage(QString::fromLatin1(code)));
            const double compose = ms(timer);
            timer.restart();
            const QString pdf = dir.filePath(
                QStringLiteral("national-%1-%2.pdf").arg(rows).arg(QLatin1String(code)));
            const QString failed = PdfOutput::write(protocol, pdf);
            const double write = ms(timer);
            // The layout alone (measuring every cell, paginating), without painting.
            QBuffer sink;
            sink.open(QIODevice::WriteOnly);
            QPdfWriter writer(&sink);
            timer.restart();
            PageCanvas canvas(&writer, PageStyle::defaults());
            const ProtocolRenderer layout(canvas, protocol.text());
            const double plan = ms(timer);
            if (!failed.isEmpty())
                qFatal("%s", qPrintable(failed));
            out << "  " << rows << " rows, " << code << ": worded in " << compose
                << " ms, laid out and written in " << write << " ms (layout alone " << plan
                << " ms); " << pageCount(pdf) << " pages, " << QFile(pdf).size() / 1024
                << " KiB; peak memory so far " << peakMiB() << " MiB" << Qt::endl;
        }
    }

    if (nationalOnly) { // for profiling: best of 5, wall and processor time
        ProtocolData data = *base;
        data.ranking.nominees = every.nominees;
        const ProtocolDocument protocol(data, ReportLanguage(QStringLiteral("ru")));
        double best = 1e9;
        double bestCpu = 1e9;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            PdfOutput::write(protocol, dir.filePath(QStringLiteral("best.pdf")));
            best = std::min(best, ms(timer));
            bestCpu = std::min(bestCpu, 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
        }
        out << "best of 5, " << every.nominees.size() << " rows, ru: " << best << " ms (" << bestCpu
            << " ms of processor time); " << pageCount(dir.filePath(QStringLiteral("best.pdf")))
            << " pages" << Qt::endl;
        return 0;
    }
    out << "\nRegional protocols of the demo (load + write, ru):" << Qt::endl;
    QVector<double> times;
    int pages = 0;
    for (const Region &region : regions) {
        QElapsedTimer timer;
        timer.start();
        ReportRequest request;
        request.regionId = region.id;
        const std::unique_ptr<ReportDocument> protocol =
            ReportFactory::load(document, request, &error);
        if (!protocol)
            qFatal("%s", qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("region-%1.pdf").arg(region.id));
        if (const QString failed = PdfOutput::write(*protocol, pdf); !failed.isEmpty())
            qFatal("%s", qPrintable(failed));
        times.push_back(ms(timer));
        pages += pageCount(pdf);
    }
    std::sort(times.begin(), times.end());
    out << "  " << times.size() << " protocols, " << pages << " pages: median "
        << times.at(times.size() / 2) << " ms, slowest " << times.constLast() << " ms" << Qt::endl;

    {
        QElapsedTimer timer;
        timer.start();
        ReportRequest request;
        request.stage = StageKind::National;
        const std::unique_ptr<ReportDocument> protocol =
            ReportFactory::load(document, request, &error);
        if (!protocol)
            qFatal("%s", qPrintable(error));
        const QString pdf = dir.filePath(QStringLiteral("national.pdf"));
        if (const QString failed = PdfOutput::write(*protocol, pdf); !failed.isEmpty())
            qFatal("%s", qPrintable(failed));
        out << "  The demo's national protocol ("
            << static_cast<const ProtocolDocument &>(*protocol).data().ranking.nominees.size()
            << " nominees, load + write, ru): " << ms(timer) << " ms, " << pageCount(pdf)
            << " pages" << Qt::endl;
    }

    document.close();
    QElapsedTimer timer;
    timer.start();
    QStringList written;
    const QDir folder(dir.filePath(QStringLiteral("all")));
    QDir().mkpath(folder.path());
    error =
        ReportFactory::writeRegionalProtocols(path, QStringLiteral("kk"), folder.path(), &written);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    out << "  All " << written.size() << " regional protocols into a folder (kk, one worker "
        << "call, own connection): " << ms(timer) << " ms" << Qt::endl;
    return 0;
}
