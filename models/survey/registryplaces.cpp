#include "survey/registryplaces.h"

#include "services/contestdocument.h"
#include "text/textfold.h"

#include <algorithm>
#include <numeric>

namespace akim::survey::detail {
namespace {

Kind kindOf(const QString &name)
{
    QString s = name.toLower();
    s.removeIf([](QChar c) { return c.isSpace(); });
    // Abbreviations only where designators stand, first or last: "с.о.Елтоқ", "Бурыл а.о .",
    // so that initials inside a name ("с.о.им.Г.Абдрахманова") are not read as one.
    const auto abbreviated = [&s](std::initializer_list<const char16_t *> list) {
        return std::any_of(list.begin(), list.end(), [&s](const char16_t *a) {
            const QStringView abbreviation(a);
            return s.startsWith(abbreviation) || s.endsWith(abbreviation) ||
                   (s.endsWith(u'.') && QStringView(s).chopped(1).endsWith(abbreviation));
        });
    };
    const auto contains = [&s](std::initializer_list<const char16_t *> list) {
        return std::any_of(list.begin(), list.end(),
                           [&s](const char16_t *word) { return s.contains(QStringView(word)); });
    };
    // The abbreviation decides before the words: "Городской с.о." is an okrug.
    if (abbreviated({u"г.а", u"қ.ә"}))
        return Kind::City;
    if (abbreviated({u"п.а", u"к.ә"}))
        return Kind::Settlement;
    if (abbreviated({u"с.а", u"а.ә"}))
        return Kind::Village;
    if (abbreviated({u"с.о", u"а.о"}))
        return Kind::Okrug;
    if (contains({u"поселков", u"кенттік"}))
        return Kind::Settlement;
    if (contains({u"сельскаяадминистрация", u"ауылдықәкімшіл"}))
        return Kind::Village;
    if (contains({u"округ", u"okrug", u"rural"}))
        return Kind::Okrug;
    if (contains({u"район", u"аудан", u"district", u"rayon", u"audan"}))
        return Kind::District;
    if (contains({u"қаласы", u"город"}))
        return Kind::City;
    return Kind::Unknown;
}

bool compatible(Kind a, Kind b)
{
    return a == Kind::Unknown || b == Kind::Unknown || a == b;
}

Names namesOf(const QString &ru, const QString &kk)
{
    const Kind kind = kindOf(ru);
    return {PlaceNormalizer::keys(ru), PlaceNormalizer::keys(kk),
            kind != Kind::Unknown ? kind : kindOf(kk)};
}

// Whether `name` is another spelling of `names`, loosely: within half the letters of the stem
// or of the words (at least two edits). Only asked when the nominee confirms the okrug, so a
// transliteration as far apart as "Саксаульский" / "Сексеуіл" or "Иртышский" / "Ертіс" is
// accepted, and "Бирликский" / "Жамбыл" is not.
bool closeSpelling(const QString &name, const Names &names)
{
    const PlaceKeys keys = PlaceNormalizer::keys(name);
    for (const PlaceKeys *stored : {&names.ru, &names.kk}) {
        const std::pair<QString, QString> pairs[] = {
            {keys.stem, stored->stem},
            {QString(keys.plain).remove(u' '), QString(stored->plain).remove(u' ')}};
        for (const auto &[a, b] : pairs) {
            if (a.isEmpty() || b.isEmpty())
                continue;
            const int limit = std::max(2, int(std::max(a.size(), b.size())) / 2);
            if (PlaceNormalizer::distance(a, b, limit) <= limit)
                return true;
        }
    }
    return false;
}

// The name keys compared, from the surest to the loosest: the folded name, the words without
// designators, the stem ("Жосалинский с.о." and "Жосалы а.о." meet only there).
const QString &keyAt(const PlaceKeys &keys, int stage)
{
    return stage == 0 ? keys.folded : stage == 1 ? keys.plain : keys.stem;
}

// A Russian adjective ("Карасуский", "Железнодорожный"), as opposed to a noun ("Қарасу").
bool isAdjective(const QString &plain)
{
    static const char16_t *const endings[] = {u"ский", u"ская", u"ское", u"ского", u"ской",
                                              u"цкий", u"цкая", u"цкое", u"ный",   u"ная",
                                              u"ное",  u"ной",  u"ого",  u"ий",    u"ый"};
    return std::any_of(std::begin(endings), std::end(endings),
                       [&plain](const char16_t *ending) { return plain.endsWith(ending); });
}

// Whether two names meet at `stage`. Stems bridge the two forms of one name, the Russian
// adjective and the noun ("Жосалинский" / "Жосалы"); two adjectives or two nouns are spelled
// alike or are different places, even when their stems meet ("Карасуский" / "Карасайский",
// "Қарасу" / "Қарасай" all cut to "карас").
bool meet(const PlaceKeys &a, const PlaceKeys &b, int stage)
{
    const QString &key = keyAt(a, stage);
    if (key.isEmpty() || key != keyAt(b, stage))
        return false;
    return stage < 2 || isAdjective(a.plain) != isAdjective(b.plain);
}

// The candidates whose Russian or Kazakh name equals `name` at the first stage that finds any.
template<typename Entry>
QVector<int> findByName(const QString &name, const QVector<int> &candidates,
                        const QVector<Entry> &entries)
{
    const PlaceKeys keys = PlaceNormalizer::keys(name);
    const Kind kind = kindOf(name);
    for (int stage = 0; stage < 3; ++stage) {
        if (keyAt(keys, stage).isEmpty())
            continue;
        QVector<int> hits;
        for (const int candidate : candidates) {
            const Names &n = entries.at(candidate).names;
            if (compatible(kind, n.kind) && (meet(keys, n.ru, stage) || meet(keys, n.kk, stage)))
                hits << candidate;
        }
        if (!hits.isEmpty())
            return hits;
    }
    return {};
}

// Whether a name to create is Kazakh ("Арал ауданы", "Жосалы а.о.") rather than Russian
// ("Аральский район", "с.о.Елтоқ", which has a Kazakh letter but a Russian designator).
bool looksKazakh(const QString &name)
{
    const QString lower = name.toLower();
    for (const char16_t *mark :
         {u"а.о", u"а.ә", u"к.ә", u"қ.ә", u"ауданы", u"ауылдық", u"округі"}) {
        if (lower.contains(QStringView(mark)))
            return true;
    }
    for (const char16_t *mark : {u"с.о", u"с.а", u"п.а", u"г.а", u"район", u"сельск", u"поселк"}) {
        if (lower.contains(QStringView(mark)))
            return false;
    }
    return std::any_of(lower.cbegin(), lower.cend(),
                       [](QChar c) { return QStringView(u"әғқңөұүһі").contains(c); });
}

} // namespace

QString RegistryPlaces::nameKey(const QString &fullName)
{
    QString key = text::fold(fullName);
    for (QChar &c : key) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    }
    return key.simplified();
}

RegistryPlaces::RegistryPlaces(const ContestDocument &document, RegistryPlan &plan)
    : m_plan(plan)
{
    const GeographyRepository geography = document.geography();
    QHash<qint64, int> regionIndex;
    QHash<qint64, int> districtIndex;
    QHash<qint64, int> okrugIndex;
    for (const Region &r : geography.regions()) {
        regionIndex.insert(r.id, int(m_regions.size()));
        m_regions.append({r.id, r.kato.left(2), r.nameRu, namesOf(r.nameRu, r.nameKk), {}});
    }
    for (const District &d : geography.districts()) {
        const int region = regionIndex.value(d.regionId, -1);
        if (region < 0)
            continue;
        const int index = int(m_districts.size());
        districtIndex.insert(d.id, index);
        m_districts.append(
            {d.id, -1, region, d.kato, d.nameRu, namesOf(d.nameRu, d.nameKk), {}, {}});
        m_regions[region].districts << index;
        if (!d.kato.isEmpty())
            m_districtByKato.insert(d.kato, index);
    }
    for (const Okrug &o : geography.okrugs()) {
        const int district = districtIndex.value(o.districtId, -1);
        if (district < 0)
            continue;
        const int index = int(m_okrugs.size());
        okrugIndex.insert(o.id, index);
        OkrugEntry entry;
        entry.id = o.id;
        entry.district = district;
        entry.kato = o.kato;
        entry.label = o.nameRu;
        entry.names = namesOf(o.nameRu, o.nameKk);
        m_okrugs.append(entry);
        m_districts[district].okrugs << index;
        if (!o.kato.isEmpty())
            m_okrugByKato.insert(o.kato, index);
    }
    for (const NomineeRow &row : document.nominees().rows()) {
        const int okrug = okrugIndex.value(row.nominee.okrugId, -1);
        if (okrug < 0)
            continue;
        OkrugEntry &entry = m_okrugs[okrug];
        entry.nomineeId = row.nominee.id;
        entry.nomineeName = row.nominee.fullName;
        entry.nomineeKey = nameKey(row.nominee.fullName);
        m_districts[entry.district].nominees.insert(entry.nomineeKey, okrug);
    }
}

void RegistryPlaces::problem(RegistryRole role, const QString &message)
{
    ReadError error;
    error.file = m_plan.fileName;
    error.row = m_row;
    error.column = m_plan.roles.columnOf(role) + 1; // 0 when no column holds it
    error.message = message;
    m_plan.problems << error;
    m_failed = true;
}

int RegistryPlaces::findRegion(const RegistryInput &in, const QString &kato)
{
    int byKato = -1;
    for (int r = 0; r < m_regions.size() && !kato.isEmpty(); ++r) {
        if (!m_regions.at(r).katoPrefix.isEmpty() && kato.startsWith(m_regions.at(r).katoPrefix))
            byKato = r;
    }
    if (in.region.isEmpty()) {
        if (byKato >= 0)
            return byKato;
        if (kato.isEmpty())
            problem(RegistryRole::Region, tr("The region is blank."));
        else
            problem(RegistryRole::Kato,
                    tr("KATO code %1 is in none of the contest's regions.").arg(kato));
        return -1;
    }
    QVector<int> all(m_regions.size());
    std::iota(all.begin(), all.end(), 0);
    const QVector<int> hits = findByName(in.region, all, m_regions);
    if (hits.size() != 1) {
        problem(RegistryRole::Region,
                tr("Unknown region \"%1\": it is none of the contest's %n region(s).", nullptr,
                   int(m_regions.size()))
                    .arg(in.region));
        return -1;
    }
    if (!kato.isEmpty() && byKato != hits.first()) {
        problem(RegistryRole::Kato,
                tr("KATO code %1 is not in %2.").arg(kato, m_regions.at(hits.first()).label));
        return -1;
    }
    return hits.first();
}

int RegistryPlaces::findDistrict(const RegistryInput &in, int region, const QString &kato,
                                 const QString &key, bool *create)
{
    const QString districtKato =
        kato.isEmpty() ? QString() : kato.left(4) + QStringLiteral("00000");
    if (const int byKato = m_districtByKato.value(districtKato, -1); byKato >= 0)
        return byKato; // its region is the code's, which findRegion() checked
    if (in.district.isEmpty()) {
        problem(RegistryRole::District, tr("The district is blank."));
        return -1;
    }
    QVector<int> hits = findByName(in.district, m_regions.at(region).districts, m_districts);
    if (!districtKato.isEmpty() && !hits.isEmpty()) {
        const QVector<int> named = hits;
        hits.removeIf([&](int d) {
            return !m_districts.at(d).kato.isEmpty() && m_districts.at(d).kato != districtKato;
        });
        if (hits.isEmpty()) {
            problem(RegistryRole::Kato, tr("KATO code %1 is not in %2 (KATO %3).")
                                            .arg(kato, m_districts.at(named.first()).label,
                                                 m_districts.at(named.first()).kato));
            return -1;
        }
    }
    if (hits.isEmpty()) {
        // "Ойыл ауданы" for Уилский район: the district where this person is already a
        // nominee, if its name is close enough.
        for (const int d : m_regions.at(region).districts) {
            if (m_districts.at(d).nominees.contains(key) &&
                (districtKato.isEmpty() || m_districts.at(d).kato.isEmpty()) &&
                compatible(kindOf(in.district), m_districts.at(d).names.kind) &&
                closeSpelling(in.district, m_districts.at(d).names))
                return d;
        }
        *create = true;
        return -1;
    }
    if (hits.size() > 1) {
        QStringList labels;
        for (const int d : std::as_const(hits))
            labels << m_districts.at(d).label;
        problem(RegistryRole::District, tr("\"%1\" matches several districts of %2: %3.")
                                            .arg(in.district, m_regions.at(region).label,
                                                 labels.join(QStringLiteral(", "))));
        return -1;
    }
    return hits.first();
}

int RegistryPlaces::findOkrug(const RegistryInput &in, int district, const QString &kato,
                              const QString &key, bool *create)
{
    QVector<int> candidates;
    for (const int o : m_districts.at(district).okrugs) {
        // Two okrugs may share a name in one district (Жосалинский с.о. twice in
        // Кармакшинский район); different codes tell them apart.
        if (kato.isEmpty() || m_okrugs.at(o).kato.isEmpty() || m_okrugs.at(o).kato == kato)
            candidates << o;
    }
    const QVector<int> hits = findByName(in.okrug, candidates, m_okrugs);
    if (hits.isEmpty()) {
        // Spellings too far apart for the name keys ("Караултобинский с.о." / "Қарауылтөбе
        // а.о."): the okrug of the district where this person is already the nominee, if
        // its name is close enough.
        const int same = m_districts.at(district).nominees.value(key, -1);
        if (same >= 0 && candidates.contains(same) &&
            compatible(kindOf(in.okrug), m_okrugs.at(same).names.kind) &&
            closeSpelling(in.okrug, m_okrugs.at(same).names))
            return same;
        *create = true;
        return -1;
    }
    if (hits.size() == 1)
        return hits.first();
    // Several okrugs of the name: the one that already has this nominee is meant.
    QVector<int> same;
    QStringList labels;
    for (const int o : hits) {
        if (m_okrugs.at(o).nomineeKey == key)
            same << o;
        labels << (m_okrugs.at(o).kato.isEmpty()
                       ? m_okrugs.at(o).label
                       : QStringLiteral("%1 (%2)").arg(m_okrugs.at(o).label, m_okrugs.at(o).kato));
    }
    if (same.size() == 1)
        return same.first();
    problem(RegistryRole::Okrug,
            tr("\"%1\" matches several okrugs of %2: %3. Add the KATO codes "
               "to tell them apart.")
                .arg(in.okrug, m_districts.at(district).label, labels.join(QStringLiteral(", "))));
    return -1;
}

void RegistryPlaces::add(const RegistryInput &in)
{
    m_row = in.row;
    m_failed = false;
    RegistryRow row;
    row.row = in.row;
    row.region = in.region;
    row.district = in.district;
    row.okrug = in.okrug;
    row.fullName = in.fullName;
    row.inOfficeSince = in.sinceDate;
    const auto finish = [&] {
        row.action = RegistryAction::Problem;
        m_plan.rows << row;
    };

    if (in.fullName.isEmpty())
        problem(RegistryRole::FullName, tr("The akim's full name is blank."));
    else if (in.fullName.size() > 200)
        problem(RegistryRole::FullName, tr("The full name is longer than 200 characters."));
    const std::pair<RegistryRole, QString> texts[] = {{RegistryRole::Region, in.region},
                                                      {RegistryRole::District, in.district},
                                                      {RegistryRole::Okrug, in.okrug},
                                                      {RegistryRole::FullName, in.fullName}};
    for (const auto &[role, text] : texts) {
        if (PlaceNormalizer::isDamaged(text))
            problem(role, tr("\"%1\" has \"?\" or \"_\" where letters were lost: the file was "
                             "probably saved in an encoding without Kazakh letters (such as "
                             "Windows-1251). Save it as XLSX or UTF-8 CSV and import it again.")
                              .arg(text));
    }
    QString kato = in.kato;
    kato.remove(QLatin1Char(' '));
    if (!kato.isEmpty() &&
        (kato.size() != 9 ||
         !std::all_of(kato.cbegin(), kato.cend(), [](QChar c) { return c.isDigit(); }))) {
        problem(RegistryRole::Kato, tr("\"%1\" is not a KATO code (9 digits).").arg(in.kato));
        kato.clear();
    }
    row.kato = kato;
    if (!in.sinceText.isEmpty() && !in.sinceDate.isValid())
        problem(RegistryRole::InOfficeSince,
                tr("\"%1\" is not a date; write it as dd.mm.yyyy.").arg(in.sinceText));
    else if (in.sinceDate.isValid() && in.sinceDate > QDate::currentDate())
        problem(
            RegistryRole::InOfficeSince,
            tr("%1 is in the future.").arg(in.sinceDate.toString(QStringLiteral("dd.MM.yyyy"))));

    const int region = findRegion(in, kato);
    if (region < 0 || m_failed)
        return finish();
    row.regionId = m_regions.at(region).id;
    const QString key = nameKey(in.fullName);
    int okrug = kato.isEmpty() ? -1 : m_okrugByKato.value(kato, -1);
    int district = -1;
    bool createDistrict = false;
    bool createOkrug = false;
    if (okrug >= 0) {
        district = m_okrugs.at(okrug).district;
        const QVector<int> named =
            in.district.isEmpty()
                ? QVector<int>()
                : findByName(in.district, m_regions.at(region).districts, m_districts);
        if (!named.isEmpty() && !named.contains(district))
            problem(RegistryRole::District, tr("KATO code %1 is %2 in %3, not in %4.")
                                                .arg(kato, m_okrugs.at(okrug).label,
                                                     m_districts.at(district).label, in.district));
    } else {
        district = findDistrict(in, region, kato, key, &createDistrict);
        if (!m_failed && in.okrug.isEmpty())
            problem(RegistryRole::Okrug, tr("The rural okrug is blank."));
        else if (!m_failed && district >= 0)
            okrug = findOkrug(in, district, kato, key, &createOkrug);
        else
            createOkrug = true;
    }
    if (m_failed)
        return finish();

    bool present = false;
    if (okrug >= 0) {
        const OkrugEntry &o = m_okrugs.at(okrug);
        if (o.nomineeRow > 0 && o.nomineeKey == key) {
            problem(
                RegistryRole::FullName,
                tr("Row %1 already lists %2 for %3.").arg(o.nomineeRow).arg(in.fullName, o.label));
        } else if (o.nomineeRow > 0) {
            problem(RegistryRole::Okrug, tr("Row %1 already gives %2 to %3; a rural okrug has one "
                                            "nominee. If these are two okrugs of the same name, "
                                            "add their KATO codes.")
                                             .arg(o.nomineeRow)
                                             .arg(o.label, o.nomineeName));
        } else if (o.nomineeId != 0 && o.nomineeKey != key) {
            problem(RegistryRole::FullName, tr("%1 already has a nominee, %2; a rural okrug has "
                                               "one nominee.")
                                                .arg(o.label, o.nomineeName));
        }
        present = o.nomineeId != 0;
        row.nomineeId = o.nomineeId;
    }
    if (!present && district >= 0 && !m_failed) {
        const int other = m_districts.at(district).nominees.value(key, -1);
        if (other >= 0 && other != okrug)
            problem(RegistryRole::FullName,
                    tr("%1 is already the nominee of %2 in this district; if \"%3\" is another "
                       "name of it, add the okrug's KATO code.")
                        .arg(in.fullName, m_okrugs.at(other).label, in.okrug));
    }
    if (m_failed)
        return finish();

    if (createDistrict) {
        District d;
        d.regionId = m_regions.at(region).id;
        d.kato = kato.isEmpty() ? QString() : kato.left(4) + QStringLiteral("00000");
        d.nameRu = in.district;
        d.nameKk = looksKazakh(in.district) ? in.district : QString();
        district = int(m_districts.size());
        m_districts.append({0,
                            int(m_plan.newDistricts.size()),
                            region,
                            d.kato,
                            d.nameRu,
                            namesOf(d.nameRu, d.nameKk),
                            {},
                            {}});
        m_regions[region].districts << district;
        if (!d.kato.isEmpty())
            m_districtByKato.insert(d.kato, district);
        m_plan.newDistricts << d;
    }
    if (createOkrug) {
        NewOkrug planned;
        planned.okrug.districtId = m_districts.at(district).id;
        planned.newDistrict = m_districts.at(district).newIndex;
        planned.okrug.kato = kato;
        planned.okrug.nameRu = in.okrug;
        planned.okrug.nameKk = looksKazakh(in.okrug) ? in.okrug : QString();
        okrug = int(m_okrugs.size());
        OkrugEntry entry;
        entry.newIndex = int(m_plan.newOkrugs.size());
        entry.district = district;
        entry.kato = kato;
        entry.label = in.okrug;
        entry.names = namesOf(planned.okrug.nameRu, planned.okrug.nameKk);
        m_okrugs.append(entry);
        m_districts[district].okrugs << okrug;
        if (!kato.isEmpty())
            m_okrugByKato.insert(kato, okrug);
        m_plan.newOkrugs << planned;
    }
    OkrugEntry &o = m_okrugs[okrug];
    o.nomineeRow = in.row;
    if (!present) {
        o.nomineeName = in.fullName;
        o.nomineeKey = key;
        m_districts[district].nominees.insert(key, okrug);
    }
    row.districtId = m_districts.at(district).id;
    row.newDistrict = m_districts.at(district).newIndex;
    row.okrugId = o.id;
    row.newOkrug = o.newIndex;
    row.action = present ? RegistryAction::Present : RegistryAction::Add;
    m_plan.rows << row;
}

} // namespace akim::survey::detail
