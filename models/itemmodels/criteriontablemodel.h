#pragma once

#include "domain/criterion.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The criteria of the methodology, stage I then stage II, each by its order. Rows can be dragged
// to a new place within their stage; the move goes through ContestDocument::moveCriterion (undo).
class CriterionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        TitleRuColumn,
        TitleKkColumn,
        TitleEnColumn,
        StageColumn,
        SourceColumn,
        MaxPointsColumn,
        WeightColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role { IdRole = Qt::UserRole + 1 };
    Q_ENUM(Role)

    static QString mimeType() { return QStringLiteral("application/x-akimcontest-criterion-id"); }

    explicit CriterionTableModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    Criterion criterionAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent
    // The message of the last refused or failed drop (empty after a successful one).
    QString lastError() const { return m_lastError; }

    void reload();
    void retranslate();

private:
    struct DropTarget
    {
        qint64 criterionId = 0;
        int stageIndex = -1; // index among the criteria of the criterion's stage
    };
    DropTarget dropTarget(const QMimeData *data, Qt::DropAction action, int row,
                          const QModelIndex &parent) const;

    QPointer<ContestDocument> m_document;
    QVector<Criterion> m_criteria;
    QString m_lastError;
};

} // namespace akim
