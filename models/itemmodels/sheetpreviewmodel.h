#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace akim {

// The first rows of a spreadsheet as the import wizard previews them: every cell as the importer
// reads it, the rows chosen as the header highlighted, so the user sees at once whether the
// encoding, the delimiter and the header rows are right.
class SheetPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IsHeaderRole = Qt::UserRole + 1, // bool: the row is one of the header rows
        CellValueRole,                   // the cell as read (QString, double, bool, QDate, …)
    };
    Q_ENUM(Role)

    explicit SheetPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Rows as a SheetReader returns them (row i is sheet row i + 1); columns as wide as the
    // widest row.
    void setRows(const QVector<QVector<QVariant>> &rows);
    const QVector<QVector<QVariant>> &rows() const { return m_rows; }
    // 0-based indexes of the header rows, highlighted.
    void setHeaderRows(const QVector<int> &headerRows);
    QVector<int> headerRows() const { return m_headerRows; }
    // The column titles shown above the preview ("B · Район"); missing ones show the letter.
    void setColumnNames(const QStringList &names);
    void clear();

    // A cell as text, the way the preview and the mapping page's samples show it.
    static QString cellText(const QVariant &cell);

private:
    QVector<QVector<QVariant>> m_rows;
    QVector<int> m_headerRows;
    QStringList m_columnNames;
    int m_columns = 0;
};

} // namespace akim
