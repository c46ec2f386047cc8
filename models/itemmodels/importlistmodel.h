#pragma once

#include "storage/surveyrepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The survey and ethics imports of the contest, newest first: when, which file, what kind, the
// rows read / imported / rejected / duplicate, who, and whether it was undone. An undone import
// stays listed (its record and audit entries are kept), greyed.
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        FileColumn,
        KindColumn,
        ReadColumn,
        ImportedColumn,
        RejectedColumn,
        DuplicatesColumn,
        UserColumn,
        UndoneColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        UndoneRole, // bool
        SortRole,
    };
    Q_ENUM(Role)

    explicit ImportListModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    SurveyImportRecord recordAt(int row) const { return m_records.at(row); }
    int rowOfId(qint64 id) const; // -1 when absent

    void reload();
    void retranslate();

    // "15.06.2020 10:21" in the user's locale and time zone, from the stored ISO 8601 UTC time.
    static QString formatTime(const QString &iso);
    static QString kindLabel(const QString &kindKey);

private:
    QString displayText(const SurveyImportRecord &record, int column) const;

    QPointer<ContestDocument> m_document;
    QVector<SurveyImportRecord> m_records;
};

} // namespace akim
