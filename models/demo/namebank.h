#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QVector>

namespace akim::demo {

// Synthetic but realistic geography for demo contests. The real KATO list lives outside the
// repository (../shared/data/kato) and must not be copied, so demo names are composed here
// from toponym roots; only the 17 oblast names and their KATO prefixes are real.
struct GeoOkrug
{
    QString kato;   // 9 digits, unique within one generated set
    QString nameRu; // e.g. "Акжарский сельский округ"
    QString nameKk; // e.g. "Ақжар ауылдық округі"
};

struct GeoDistrict
{
    QString kato;
    QString nameRu; // e.g. "Жанакорганский район"
    QString nameKk; // e.g. "Жаңақорған ауданы"
    QVector<GeoOkrug> okrugs;
};

struct GeoRegion
{
    QString kato;
    QString nameRu; // e.g. "Кызылординская область"
    QString nameKk; // e.g. "Қызылорда облысы"
    QVector<GeoDistrict> districts;
};

enum class Gender {
    Male,
    Female,
};

class NameBank
{
public:
    // The 17 oblasts (2022 onwards) with their real KATO codes and ru/kk names, in KATO order.
    static QVector<GeoRegion> regions();

    // Fills `region.districts` with districts and okrugs whose total okrug count is exactly
    // `okrugCount` (6..20 okrugs per district). Names are unique within the region; KATO codes
    // extend the region's prefix. Deterministic for a given generator state.
    static void fillRegion(GeoRegion &region, int okrugCount, QRandomGenerator &rng);

    // "Surname Name Patronymic" in the style of a registry: about 85% Kazakh names (with Kazakh
    // letters, e.g. "Сейтқали Айгүл Бекенқызы" or "Ахметов Ерлан Серикович"), the rest Russian.
    static QString personName(Gender gender, QRandomGenerator &rng);

    // A plausible position line for a commission member, e.g. "депутат областного маслихата".
    static QString memberPosition(QRandomGenerator &rng);
};

} // namespace akim::demo
