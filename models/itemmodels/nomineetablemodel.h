#pragma once

#include "domain/nominee.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// The nominees of the open contest, one row each, joined with the names of their place.
class NomineeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RegionColumn,
        DistrictColumn,
        OkrugColumn,
        KatoColumn,
        FullNameColumn,
        InOfficeSinceColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role { IdRole = Qt::UserRole + 1, RegionIdRole, DistrictIdRole, SortRole, SearchTextRole };
    Q_ENUM(Role)

    explicit NomineeTableModel(ContestDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    NomineeRow rowAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when absent

    void reload();
    // After a runtime language switch: headers, status words and ru/kk names change.
    void retranslate();

private:
    struct Entry
    {
        NomineeRow row;
        QString searchText; // folded, every name of the row in both languages
    };

    QString displayText(const Entry &entry, int column) const;
    QVariant sortValue(const Entry &entry, int column) const;

    QPointer<ContestDocument> m_document;
    QVector<Entry> m_entries;
    QHash<qint64, int> m_rowOfId;
};

} // namespace akim
