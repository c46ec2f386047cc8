#pragma once

#include "scoring/ranking.h"

#include <QAbstractTableModel>

namespace akim {

// One ranking (a stage, all regions or one), one nominee per row, in place order. It shows what
// the engine computed and nothing else: it is filled by setRanking() after a recomputation on a
// worker thread, and it has no setData(): results are derived, never typed in.
class RankingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        PlaceColumn,
        NomineeColumn,
        OkrugColumn,
        DistrictColumn,
        RegionColumn,
        SurveyColumn,
        EthicsColumn,
        CommissionColumn,
        Stage1Column,
        TotalColumn,
        FlagsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,     // unrounded numbers; places as numbers; NaN sorts last
        AdvancesRole, // bool
    };
    Q_ENUM(Role)

    explicit RankingTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRanking(const scoring::Ranking &ranking);
    const scoring::Ranking &ranking() const { return m_ranking; }
    const scoring::NomineeResult *resultAt(int row) const;
    int rowOfId(qint64 nomineeId) const; // -1 when absent
    void retranslate();

    // "2.00"-style display of a 0–100 index or total; a dash without data.
    static QString number(double value);
    // A flag key of the engine ("insufficient_sample", "tie_broken_by:commission", …) in words.
    static QString flagText(const QString &flag);

private:
    QString displayText(const scoring::NomineeResult &result, int column) const;

    scoring::Ranking m_ranking;
};

} // namespace akim
