// Figures for the foundation: how long the demo contest takes to write, to open, to load into the
// nominee table and to filter. Prints numbers; asserts nothing about time.
#include "demo/demogenerator.h"
#include "itemmodels/nomineefilterproxymodel.h"
#include "itemmodels/nomineetablemodel.h"
#include "services/contestdocument.h"
#include "services/integritychecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace akim;

namespace {

QTextStream out(stdout);

// Median of `runs` timings in milliseconds.
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

void report(const char *what, double ms, const QString &extra = {})
{
    out << QString::fromUtf8(what).leftJustified(46)
        << QString::number(ms, 'f', 1).rightJustified(9) << " ms"
        << (extra.isEmpty() ? QString() : QStringLiteral("   ") + extra) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    int fileNo = 0;
    QString lastPath;
    const double demoMs = medianMs(5, [&] {
        lastPath = dir.filePath(QStringLiteral("demo%1.akc").arg(++fileNo));
        ContestDocument doc;
        doc.create(lastPath);
        const QString error = demo::DemoGenerator::generate(doc, demo::DemoOptions{});
        if (!error.isEmpty())
            qFatal("demo failed: %s", qPrintable(error));
    });
    report("create + full demo (2,287 nominees)", demoMs,
           QStringLiteral("%1 KiB").arg(QFileInfo(lastPath).size() / 1024));

    ContestDocument doc;
    report("open the demo file", medianMs(5, [&] { doc.open(lastPath); }));
    NomineeTableModel model(&doc);
    report("load nominee table model", medianMs(5, [&] { model.reload(); }),
           QStringLiteral("%1 rows").arg(model.rowCount()));
    NomineeFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    int shown = 0;
    const double filterMs = medianMs(9, [&] {
        proxy.setFilterText(QString());
        proxy.setFilterText(QStringLiteral("кызылорда"));
        shown = proxy.rowCount();
    });
    report("filter \"кызылорда\" over all rows", filterMs,
           QStringLiteral("%1 rows shown").arg(shown));
    const double sortMs = medianMs(5, [&] {
        proxy.setFilterText(QString());
        proxy.sort(NomineeTableModel::FullNameColumn, Qt::AscendingOrder);
        proxy.sort(NomineeTableModel::FullNameColumn, Qt::DescendingOrder);
    });
    report("sort by full name twice (collator)", sortMs);
    const double checkMs = medianMs(3, [&] { IntegrityChecker(doc.database()).problems(); });
    report("integrity check (check command)", checkMs);
    return 0;
}
