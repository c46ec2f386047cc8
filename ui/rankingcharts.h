#pragma once

#include "scoring/ranking.h"

#include <QWidget>

class QChart;
class QChartView;

namespace akim {

// The two pictures of the Rankings tab: how the totals of the nominees shown are distributed,
// and the selected nominee's survey index per criterion against the average of their region.
class RankingCharts : public QWidget
{
    Q_OBJECT

public:
    explicit RankingCharts(QWidget *parent = nullptr);

    void showDistribution(const QVector<scoring::NomineeResult> &nominees);
    // `region`: the stage I results of the nominee's region, for the averages.
    void showNominee(const scoring::NomineeResult *nominee,
                     const QVector<const scoring::NomineeResult *> &region);

    QChartView *distributionView() const { return m_distributionView; }
    QChartView *nomineeView() const { return m_nomineeView; }

private:
    QChartView *m_distributionView;
    QChartView *m_nomineeView;
};

} // namespace akim
