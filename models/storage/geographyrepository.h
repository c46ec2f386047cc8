#pragma once

#include "domain/geography.h"

#include <QSqlDatabase>
#include <QVector>

namespace akim {

class GeographyRepository
{
public:
    explicit GeographyRepository(QSqlDatabase db);

    QVector<Region> regions() const;
    QVector<District> districts(qint64 regionId = 0) const; // 0: all
    QVector<Okrug> okrugs(qint64 districtId = 0) const;     // 0: all
    Region region(qint64 id) const;
    District district(qint64 id) const;
    Okrug okrug(qint64 id) const;

    // Inserts keep a given id and uuid (undo restores the exact row), else assign new ones.
    void insert(Region &region);
    void insert(District &district);
    void insert(Okrug &okrug);
    void update(const Okrug &okrug);
    void removeOkrug(qint64 id);
    void removeDistrict(qint64 id);

    qint64 regionCount() const;
    qint64 districtCount() const;
    qint64 okrugCount() const;

private:
    QSqlDatabase m_db;
};

} // namespace akim
