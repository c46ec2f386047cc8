#pragma once

#include "contestpage.h"
#include "survey/importmapping.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace akim {

class EmptyState;

class SurveyStatsModel;

// The Survey tab: per nominee the citizens' responses n, the mean answer of each survey
// criterion, the survey index and the "insufficient sample" flag, and the ethics
// questionnaire's n and index; filtered by region, sorted by any column. Nothing is edited
// here: the numbers come from imports (File ▸ Import survey…).
class SurveyPage : public ContestPage
{
    Q_OBJECT

public:
    explicit SurveyPage(ContestDocument *document, QWidget *parent = nullptr);

    bool canEdit() const override { return false; }
    bool canDelete() const override { return false; }

    SurveyStatsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // 0: all regions
    void setRegionFilter(qint64 regionId);

public slots:
    void addItem() override; // asks for a survey import
    void editSelected() override {}
    void deleteSelected() override {}

signals:
    void importRequested(akim::survey::SurveyKind kind);

protected:
    void retranslateUi() override;
    void permissionsChanged() override;

private:
    void fillRegions();
    void onRegionChosen();
    void updateSummary();
    void resizeColumns();

    SurveyStatsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_regionLabel;
    QComboBox *m_regionCombo;
    QLabel *m_summaryLabel;
    QPushButton *m_importSurveyButton;
    QPushButton *m_importEthicsButton;
    QTableView *m_table;
    EmptyState *m_emptyState = nullptr;
    qint64 m_regionId = 0;
};

} // namespace akim
