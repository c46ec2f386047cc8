#pragma once

#include "report/reportlanguage.h"
#include "scoring/methodology.h"
#include "scoring/ranking.h"

#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace akim::report {

// The columns of an exported ranking and one nominee's cells, in the document's language: one
// definition for the XLSX and the CSV writers, so that the two cannot drift apart.
class RankingExportTable
{
public:
    enum class Kind {
        Integer, // place, numbers of responses
        Number,  // indexes, points, totals: unrounded
        Text,
    };
    struct Column
    {
        QString header;
        Kind kind = Kind::Text;
        double width = 12.0; // in characters, for the XLSX
    };

    RankingExportTable(StageKind stage, const scoring::Methodology &methodology,
                       const ReportLanguage &language);
    // Not copied: its cells call back into it.
    RankingExportTable(const RankingExportTable &) = delete;
    RankingExportTable &operator=(const RankingExportTable &) = delete;

    const QVector<Column> &columns() const { return m_columns; }
    int columnOf(const QString &header) const; // -1 when absent
    int nomineeColumn() const { return 1; }
    int totalColumn() const { return m_totalColumn; }

    // One cell per column: qint64 (Integer), double (Number), QString (Text); an invalid
    // QVariant for a number that does not exist (no data), never a zero.
    QVector<QVariant> row(const scoring::NomineeResult &nominee) const;

    // An engine flag ("insufficient_sample", "tie_broken_by:commission", …) in words.
    QString flagText(const QString &flag) const;
    QString stageTitle(StageKind stage) const; // "stage I (regional)"
    const ReportLanguage &language() const { return m_language; }

private:
    using Cell = std::function<QVariant(const scoring::NomineeResult &)>;
    void add(const QString &header, Kind kind, double width, Cell cell);
    QString componentText(const QString &key) const;

    ReportLanguage m_language;
    QVector<Column> m_columns;
    QVector<Cell> m_cells;
    int m_totalColumn = -1;
};

} // namespace akim::report
