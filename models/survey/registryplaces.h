#pragma once

// RegistryPlaces matches each registry row to the contest's regions, districts and okrugs, or
// plans the ones to create. It never guesses: a registry creates the places it does not find, so
// a loose match would silently merge two places. Only RegistryImporter uses it (hence detail).

#include "survey/placenormalizer.h"
#include "survey/registryimporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>

namespace akim::survey::detail {

// One data row as read: the cells of the mapped columns, as text.
struct RegistryInput
{
    qint64 row = 0;
    QString region;
    QString district;
    QString okrug;
    QString fullName;
    QString kato;
    QVariant since;
    QString sinceText;
    QDate sinceDate; // invalid when sinceText is not a date
};

// What kind of unit a designator says a name is. Names of different kinds are different units
// even when their stems meet: Павлодар Г.А. (the city) and Павлодарский район, Жанакорган п.а.
// and a Жанакорганский с.о. A name without a designator fits any kind.
enum class Kind {
    Unknown,
    City,
    District,
    Okrug,
    Village,
    Settlement,
};

struct Names
{
    PlaceKeys ru;
    PlaceKeys kk;
    Kind kind = Kind::Unknown;
};

// The places as RegistryPlaces holds them; declared here only because its members are vectors
// of them.
struct RegionEntry
{
    qint64 id = 0;
    QString katoPrefix; // the first two digits of every code in the region
    QString label;
    Names names;
    QVector<int> districts;
};

struct DistrictEntry
{
    qint64 id = 0;
    int newIndex = -1; // into RegistryPlan::newDistricts
    int region = 0;
    QString kato;
    QString label;
    Names names;
    QVector<int> okrugs;
    QHash<QString, int> nominees; // RegistryPlaces::nameKey → okrug entry
};

struct OkrugEntry
{
    qint64 id = 0;
    int newIndex = -1; // into RegistryPlan::newOkrugs
    int district = 0;
    QString kato;
    QString label;
    Names names;
    qint64 nomineeId = 0; // in the contest
    QString nomineeName;
    QString nomineeKey;
    qint64 nomineeRow = 0; // the row of this file that names it
};

// The contest's regions, districts, okrugs and nominees, and what the rows planned so far add
// to them, so that a later row finds the okrug an earlier row creates.
class RegistryPlaces
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::RegistryImporter)

public:
    RegistryPlaces(const ContestDocument &document, RegistryPlan &plan);
    void add(const RegistryInput &in);

    static QString nameKey(const QString &fullName);

private:
    void problem(RegistryRole role, const QString &message);
    int findRegion(const RegistryInput &in, const QString &kato);
    int findDistrict(const RegistryInput &in, int region, const QString &kato, const QString &key,
                     bool *create);
    int findOkrug(const RegistryInput &in, int district, const QString &kato, const QString &key,
                  bool *create);

    RegistryPlan &m_plan;
    QVector<RegionEntry> m_regions;
    QVector<DistrictEntry> m_districts;
    QVector<OkrugEntry> m_okrugs;
    QHash<QString, int> m_districtByKato;
    QHash<QString, int> m_okrugByKato;
    qint64 m_row = 0;
    bool m_failed = false;
};

} // namespace akim::survey::detail
