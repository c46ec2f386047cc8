#pragma once

#include "contestpage.h"
#include "scoring/rankingrun.h"

#include <QDateTime>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace akim {

class EmptyState;

class BackgroundTask;
class RankingCharts;
class RankingExportAction;
class RankingTableModel;

// The Rankings tab: stage I per region (or all regions) and stage II, computed on a worker from
// the contest as it is now and recomputed after every change while the tab is shown. A table of
// places, components, totals and notes; for the selected nominee the full breakdown and a chart
// of their survey index against the region's average; a chart of the totals shown.
class RankingsPage : public ContestPage
{
    Q_OBJECT

public:
    explicit RankingsPage(ContestDocument *document, QWidget *parent = nullptr);
    ~RankingsPage() override;

    bool canEdit() const override { return false; }
    bool canDelete() const override { return false; }

    RankingTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *breakdown() const { return m_breakdown; }
    bool isComputing() const { return m_task != nullptr; }
    const scoring::RankingSnapshot &snapshot() const { return m_snapshot; }

    // 0: every region (stage I); ignored for stage II
    void setView(StageKind stage, qint64 regionId);

signals:
    // The score card of a nominee of the ranking shown (button or a double-click on its row).
    void scoreCardRequested(StageKind stage, qint64 nomineeId);

public:
public slots:
    void addItem() override {}
    void editSelected() override {}
    void deleteSelected() override {}
    void recompute();
    // Finalises what is shown (stage I of the chosen region, or stage II), after asking.
    void finaliseShown();
    // Shows the methodology; changes it through ContestDocument::setMethodology().
    void editMethodology();
    // Saves what is shown as XLSX or CSV, after asking where (RankingExportAction).
    void exportShown();
    void requestScoreCard();

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent *event) override;
    void permissionsChanged() override { updateFinaliseButton(); }

private:
    void inputsChanged();
    void onComputed(const QString &error, bool cancelled);
    void fillRegions();
    void showView();
    void showSelected();
    void updateFinaliseButton();
    void updateEmptyState();
    const Finalisation *shownFinalisation() const;

    RankingTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_stageLabel;
    QComboBox *m_stageCombo;
    QLabel *m_regionLabel;
    QComboBox *m_regionCombo;
    QPushButton *m_recomputeButton;
    QPushButton *m_finaliseButton;
    QPushButton *m_methodologyButton;
    QPushButton *m_exportButton;
    QPushButton *m_scoreCardButton;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QLabel *m_statusLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    EmptyState *m_emptyState = nullptr;
    QTabWidget *m_details;
    QTextBrowser *m_breakdown;
    RankingCharts *m_charts;
    RankingExportAction *m_exportAction;

    scoring::RankingSnapshot m_snapshot;
    std::shared_ptr<scoring::RankingSnapshot> m_pending; // filled by the worker
    QDateTime m_computedAt;                              // of m_snapshot, for the export's caption
    BackgroundTask *m_task = nullptr;
    bool m_dirty = true;
    bool m_again = false; // inputs changed while computing
    QString m_error;
};

} // namespace akim
