#include "itemmodels/geographytreemodel.h"

#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QHash>

namespace akim {
namespace {

// internalId of an index: 0 for a top-level (region) row, else 1 + the row of its region.
constexpr quintptr kTopLevel = 0;

} // namespace

GeographyTreeModel::GeographyTreeModel(ContestDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    if (document) {
        connect(document, &ContestDocument::nomineesChanged, this, &GeographyTreeModel::reload);
        connect(document, &ContestDocument::geographyChanged, this, &GeographyTreeModel::reload);
        connect(document, &ContestDocument::opened, this, &GeographyTreeModel::reload);
        connect(document, &ContestDocument::closed, this, &GeographyTreeModel::reload);
    }
    reload();
}

QModelIndex GeographyTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GeographyTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int GeographyTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_regions.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel)
        return 0;
    return int(m_regions.at(parent.row()).districts.size());
}

int GeographyTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant GeographyTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isRegion = index.internalId() == kTopLevel;
    const RegionNode &region =
        isRegion ? m_regions.at(index.row()) : m_regions.at(int(index.internalId() - 1));
    const DistrictNode *district = isRegion ? nullptr : &region.districts.at(index.row());
    const int nominees = district ? district->nominees : region.nominees;

    switch (role) {
    case Qt::DisplayRole: {
        QString name;
        if (district)
            name = text::pick(district->nameRu, district->nameKk);
        else if (region.id == 0)
            name = tr("All regions");
        else
            name = text::pick(region.nameRu, region.nameKk);
        return tr("%1 (%2)").arg(name).arg(nominees);
    }
    case Qt::ToolTipRole:
        return tr("%n nominee(s)", nullptr, nominees);
    case RegionIdRole:
        return region.id;
    case DistrictIdRole:
        return district ? district->id : qint64(0);
    case NomineeCountRole:
        return nominees;
    default:
        return {};
    }
}

QHash<int, QByteArray> GeographyTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RegionIdRole, "regionId");
    names.insert(DistrictIdRole, "districtId");
    names.insert(NomineeCountRole, "nomineeCount");
    return names;
}

QModelIndex GeographyTreeModel::indexOfRegion(qint64 regionId) const
{
    for (int i = 0; i < m_regions.size(); ++i) {
        if (m_regions.at(i).id == regionId)
            return index(i, 0);
    }
    return {};
}

QModelIndex GeographyTreeModel::indexOfDistrict(qint64 districtId) const
{
    for (int r = 1; r < m_regions.size(); ++r) {
        const QVector<DistrictNode> &districts = m_regions.at(r).districts;
        for (int d = 0; d < districts.size(); ++d) {
            if (districts.at(d).id == districtId)
                return index(d, 0, index(r, 0));
        }
    }
    return {};
}

void GeographyTreeModel::reload()
{
    QVector<RegionNode> regions;
    regions.push_back(RegionNode{}); // "All regions"
    if (m_document && m_document->isOpen()) {
        try {
            QHash<qint64, int> regionRow;
            for (const Region &region : m_document->geography().regions()) {
                regionRow.insert(region.id, int(regions.size()));
                regions.push_back({region.id, region.nameRu, region.nameKk, 0, {}});
            }
            QHash<qint64, QPair<int, int>> districtPos; // district id → (region row, row)
            for (const District &district : m_document->geography().districts()) {
                const int r = regionRow.value(district.regionId, -1);
                if (r < 0)
                    continue;
                QVector<DistrictNode> &districts = regions[r].districts;
                districtPos.insert(district.id, {r, int(districts.size())});
                districts.push_back({district.id, district.nameRu, district.nameKk, 0});
            }
            // The nominee rows are one joined query; counting them here is cheap even for
            // every okrug of the country.
            for (const NomineeRow &row : m_document->nominees().rows()) {
                ++regions[0].nominees;
                const auto pos = districtPos.constFind(row.districtId);
                if (pos == districtPos.constEnd())
                    continue;
                ++regions[pos->first].nominees;
                ++regions[pos->first].districts[pos->second].nominees;
            }
        } catch (const StorageError &error) {
            qWarning("GeographyTreeModel: %s", error.what());
            regions.resize(1);
            regions[0].nominees = 0;
        }
    }

    // Counts change with every nominee edit; only a new or removed region or district needs a
    // reset (which collapses the view's tree).
    bool sameShape = regions.size() == m_regions.size();
    for (int r = 0; sameShape && r < regions.size(); ++r) {
        const RegionNode &a = regions.at(r);
        const RegionNode &b = m_regions.at(r);
        sameShape = a.id == b.id && a.districts.size() == b.districts.size();
        for (int d = 0; sameShape && d < a.districts.size(); ++d)
            sameShape = a.districts.at(d).id == b.districts.at(d).id;
    }
    if (!sameShape) {
        beginResetModel();
        m_regions = std::move(regions);
        endResetModel();
        return;
    }
    m_regions = std::move(regions);
    retranslate();
}

void GeographyTreeModel::retranslate()
{
    if (m_regions.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
    for (int r = 0; r < m_regions.size(); ++r) {
        const int districts = int(m_regions.at(r).districts.size());
        if (districts > 0) {
            const QModelIndex parentIndex = index(r, 0);
            emit dataChanged(index(0, 0, parentIndex), index(districts - 1, 0, parentIndex));
        }
    }
}

} // namespace akim
