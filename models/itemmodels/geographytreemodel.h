#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QVector>

namespace akim {

class ContestDocument;

// "All regions", then the regions with their districts, each with its number of nominees; the
// view beside the nominee table picks the region or district to filter by.
class GeographyTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { RegionIdRole = Qt::UserRole + 1, DistrictIdRole, NomineeCountRole };
    Q_ENUM(Role)

    explicit GeographyTreeModel(ContestDocument *document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfRegion(qint64 regionId) const;     // 0: the "All regions" row
    QModelIndex indexOfDistrict(qint64 districtId) const; // invalid when absent

    void reload();
    void retranslate();

private:
    struct DistrictNode
    {
        qint64 id = 0;
        QString nameRu;
        QString nameKk;
        int nominees = 0;
    };
    struct RegionNode
    {
        qint64 id = 0; // 0: "All regions"
        QString nameRu;
        QString nameKk;
        int nominees = 0;
        QVector<DistrictNode> districts;
    };

    QPointer<ContestDocument> m_document;
    QVector<RegionNode> m_regions; // [0] is "All regions"
};

} // namespace akim
