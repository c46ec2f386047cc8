#pragma once

#include "domain/criterion.h"
#include "domain/nominee.h"
#include "survey/surveystats.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The survey tab: per nominee the citizens' responses n, the mean answer of each survey
// criterion, the survey index and the "insufficient sample" flag, then the ethics
// questionnaire's n and index. Read from the per nominee × criterion totals (SurveyStats), so
// it reloads in milliseconds after an import even at a million answers. The criterion columns
// follow the contest's methodology: one per survey criterion, in criterion order.
class SurveyStatsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn {
        RegionColumn,
        DistrictColumn,
        OkrugColumn,
        NomineeColumn,
        ResponsesColumn,
        FirstCriterionColumn, // then one per survey criterion, then the columns below
    };

    enum Role {
        NomineeIdRole = Qt::UserRole + 1,
        RegionIdRole,
        SortRole,         // numbers as numbers (NaN as −1), texts as texts
        InsufficientRole, // bool, on every column of the row
    };
    Q_ENUM(Role)

    explicit SurveyStatsModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int criterionCount() const { return int(m_criteria.size()); }
    int surveyIndexColumn() const { return FirstCriterionColumn + criterionCount(); }
    int insufficientColumn() const { return surveyIndexColumn() + 1; }
    int ethicsResponsesColumn() const { return surveyIndexColumn() + 2; }
    int ethicsIndexColumn() const { return surveyIndexColumn() + 3; }

    int rowOfNominee(qint64 nomineeId) const; // -1 when absent
    const survey::NomineeSurveyStats &statsAt(int row) const { return m_entries.at(row).stats; }
    const survey::SurveySettings &settings() const { return m_settings; }
    // Totals over all nominees, for the page's summary line.
    qint64 totalResponses() const { return m_totalResponses; }
    qint64 totalEthicsResponses() const { return m_totalEthics; }

    void reload();
    // After a language switch: headers, place names (ru/kk) and number formats change.
    void retranslate();

private:
    struct Entry
    {
        NomineeRow row;
        survey::NomineeSurveyStats stats;
    };

    QString displayText(const Entry &entry, int column) const;
    QVariant sortValue(const Entry &entry, int column) const;
    QString tooltip(const Entry &entry, int column) const;
    const survey::CriterionStat *criterionStat(const Entry &entry, int column) const;

    QPointer<ContestDocument> m_document;
    QVector<Criterion> m_criteria; // of source survey, in criterion order
    QVector<Entry> m_entries;
    survey::SurveySettings m_settings;
    qint64 m_totalResponses = 0;
    qint64 m_totalEthics = 0;
};

} // namespace akim
