#include "rankingcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace akim {
namespace {

constexpr int kBins = 10; // totals and indexes are on 0–100

QChart *newChart(QBarSeries *series, const QStringList &categories, double maxY,
                 const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(1.0, maxY));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(series->count() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old; // setChart() leaves the old chart to its caller
}

} // namespace

RankingCharts::RankingCharts(QWidget *parent)
    : QWidget(parent)
    , m_distributionView(new QChartView)
    , m_nomineeView(new QChartView)
{
    m_distributionView->setObjectName(QStringLiteral("totalsChart"));
    m_nomineeView->setObjectName(QStringLiteral("nomineeSurveyChart"));
    for (QChartView *view : {m_distributionView, m_nomineeView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_distributionView, 1);
    layout->addWidget(m_nomineeView, 1);
    showDistribution({});
    showNominee(nullptr, {});
}

void RankingCharts::showDistribution(const QVector<scoring::NomineeResult> &nominees)
{
    QVector<int> counts(kBins, 0);
    for (const scoring::NomineeResult &n : nominees) {
        if (std::isfinite(n.total))
            ++counts[std::clamp(int(n.total / (100.0 / kBins)), 0, kBins - 1)];
    }
    auto *set = new QBarSet(tr("Nominees"));
    QStringList categories;
    for (int bin = 0; bin < kBins; ++bin) {
        *set << counts.at(bin);
        categories << QString::number(bin * 100 / kBins);
    }
    auto *series = new QBarSeries;
    series->append(set);
    const int highest = *std::max_element(counts.cbegin(), counts.cend());
    QChart *chart = newChart(series, categories, highest * 1.1, tr("Totals of the nominees shown"));
    chart->axes(Qt::Horizontal)
        .value(0)
        ->setTitleText(tr("total, in steps of %1 points").arg(100 / kBins));
    replaceChart(m_distributionView, chart);
}

void RankingCharts::showNominee(const scoring::NomineeResult *nominee,
                                const QVector<const scoring::NomineeResult *> &region)
{
    auto *own = new QBarSet(nominee ? nominee->name : tr("Nominee"));
    auto *average = new QBarSet(tr("Region average"));
    QStringList categories;
    if (nominee) {
        for (const scoring::CriterionResult &c : nominee->criteria) {
            if (c.source != CriterionSource::Survey)
                continue;
            categories << c.code;
            *own << (std::isfinite(c.value) ? c.value : 0.0);
            double sum = 0;
            int counted = 0;
            for (const scoring::NomineeResult *other : region) {
                for (const scoring::CriterionResult &oc : other->criteria) {
                    if (oc.code == c.code && std::isfinite(oc.value)) {
                        sum += oc.value;
                        ++counted;
                    }
                }
            }
            *average << (counted > 0 ? sum / counted : 0.0);
        }
    }
    auto *series = new QBarSeries;
    series->append(own);
    series->append(average);
    replaceChart(m_nomineeView,
                 newChart(series, categories, 100.0,
                          nominee ? tr("Survey index by criterion") : tr("Select a nominee")));
}

} // namespace akim
