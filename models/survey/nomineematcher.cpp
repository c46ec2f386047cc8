#include "survey/nomineematcher.h"

#include "survey/placenormalizer.h"
#include "text/textfold.h"

#include <QSet>
#include <QtAlgorithms>

#include <algorithm>

namespace akim::survey {
namespace {

// Letters that cp1251 lacks, or that the crude "replace every Kazakh letter" export loses:
// a '?' standing on one of these is certainly damage, on any other letter only perhaps.
bool isKazakhLetter(QChar c)
{
    return QStringView(u"әғқңөұүһі").contains(c);
}

struct Name
{
    PlaceKeys keys;
    quint64 mask = 0; // of the stem
    QString compact;  // the plain key without spaces
    quint64 compactMask = 0;
};

struct Entry
{
    int group = 0;
    Name ru;
    Name kk;
};

// What one search in a PlaceIndex found: the first stage that found anything, the entries it
// found (best first) and how many of them are equally best.
struct Found
{
    MatchKind kind = MatchKind::Unmatched;
    QVector<int> entries;
    int tied = 0;
    double score = 0.0;
};

// Places of one level (regions, districts or okrugs), each with a Russian and a Kazakh name and
// the group it lies in (its region or district), searchable by the stages of the matcher.
class PlaceIndex
{
public:
    int add(int group, const QString &ru, const QString &kk)
    {
        Entry entry;
        entry.group = group;
        entry.ru = name(ru);
        entry.kk = name(kk);
        const int index = int(m_entries.size());
        for (const Name *n : {&entry.ru, &entry.kk}) {
            if (!n->keys.folded.isEmpty())
                m_byFolded[n->keys.folded].append(index);
            if (!n->keys.plain.isEmpty())
                m_byPlain[n->keys.plain].append(index);
            if (!n->keys.stem.isEmpty())
                m_byStem[n->keys.stem].append(index);
        }
        if (m_byGroup.size() <= group)
            m_byGroup.resize(group + 1);
        m_byGroup[group].append(index);
        m_entries.append(entry);
        return index;
    }

    int group(int entry) const { return m_entries.at(entry).group; }
    int groupCount() const { return int(m_byGroup.size()); }
    int size() const { return int(m_entries.size()); }

    // Searches the entries whose group is allowed (all when `allowed` is null).
    Found find(const PlaceKeys &keys, const QVector<bool> *allowed) const
    {
        Found found;
        const auto inScope = [&](int entry) {
            return !allowed || allowed->value(m_entries.at(entry).group, false);
        };
        const auto lookUp = [&](const QHash<QString, QVector<int>> &hash, const QString &key,
                                MatchKind kind, double score) {
            if (key.isEmpty())
                return false;
            for (const int entry : hash.value(key)) {
                if (inScope(entry) && !found.entries.contains(entry))
                    found.entries.append(entry);
            }
            found.kind = kind;
            found.tied = int(found.entries.size());
            found.score = score;
            return !found.entries.isEmpty();
        };
        const bool wild =
            std::any_of(keys.plain.begin(), keys.plain.end(), PlaceNormalizer::isWildcard);
        if (lookUp(m_byFolded, keys.folded, MatchKind::Exact, 1.0))
            return found;
        if (!wild && lookUp(m_byPlain, keys.plain, MatchKind::Normalized, 0.95))
            return found;
        if (!wild && lookUp(m_byStem, keys.stem, MatchKind::Normalized, 0.9)) {
            crossCheck(keys, allowed, found);
            return found;
        }
        if (wild && findDamaged(keys.plain, allowed, found))
            return found;
        findFuzzy(keys, allowed, found);
        return found;
    }

private:
    static Name name(const QString &text)
    {
        Name n;
        n.keys = PlaceNormalizer::keys(text);
        n.mask = PlaceNormalizer::letterMask(n.keys.stem);
        n.compact = compact(n.keys.plain);
        n.compactMask = PlaceNormalizer::letterMask(n.compact);
        return n;
    }

    template<typename Visit>
    void forEachInScope(const QVector<bool> *allowed, Visit visit) const
    {
        for (int group = 0; group < m_byGroup.size(); ++group) {
            if (allowed && !allowed->value(group, false))
                continue;
            for (const int entry : m_byGroup.at(group))
                visit(entry);
        }
    }

    // Wildcards match any one letter; the other letters must be equal (folded). Entries where
    // every wildcard stands on a Kazakh letter come first, and alone decide when there are any.
    bool findDamaged(const QString &pattern, const QVector<bool> *allowed, Found &found) const
    {
        QVector<int> strong;
        QVector<int> weak;
        const auto fits = [&pattern](const PlaceKeys &stored, bool *onKazakh) {
            if (stored.plain.size() != pattern.size())
                return false;
            const bool aligned = stored.lowered.size() == stored.plain.size();
            *onKazakh = true;
            for (qsizetype i = 0; i < pattern.size(); ++i) {
                if (PlaceNormalizer::isWildcard(pattern.at(i))) {
                    *onKazakh = *onKazakh && aligned && isKazakhLetter(stored.lowered.at(i));
                } else if (pattern.at(i) != stored.plain.at(i)) {
                    return false;
                }
            }
            return true;
        };
        forEachInScope(allowed, [&](int entry) {
            bool onKazakhRu = false;
            bool onKazakhKk = false;
            const bool ru = fits(m_entries.at(entry).ru.keys, &onKazakhRu);
            const bool kk = fits(m_entries.at(entry).kk.keys, &onKazakhKk);
            if ((ru && onKazakhRu) || (kk && onKazakhKk))
                strong.append(entry);
            else if (ru || kk)
                weak.append(entry);
        });
        found.kind = MatchKind::Damaged;
        found.score = strong.isEmpty() ? 0.75 : 0.85;
        found.entries = strong.isEmpty() ? weak : strong;
        found.tied = int(found.entries.size());
        return !found.entries.isEmpty();
    }

    // Stems are short, and a typo can make one the stem of another name: "Архааский" (for
    // Архатский) cuts to "арк", the stem of Аркинский / Арқа. When some other name is closer
    // to the whole words than every name the stem found, the stem's answer is not trusted
    // alone: all of them become candidates.
    void crossCheck(const PlaceKeys &keys, const QVector<bool> *allowed, Found &found) const
    {
        const QString whole = compact(keys.plain);
        const quint64 mask = PlaceNormalizer::letterMask(whole);
        const auto closeness = [&](int entry) { // 0, 1, or 2 for anything farther
            int best = 2;
            for (const Name *n : {&m_entries.at(entry).ru, &m_entries.at(entry).kk}) {
                const int d = within(whole, mask, n->compact, n->compactMask, 1);
                best = d >= 0 ? std::min(best, d) : best;
            }
            return best;
        };
        int stemBest = 2;
        for (const int entry : std::as_const(found.entries))
            stemBest = std::min(stemBest, closeness(entry));
        if (stemBest == 0 || whole.isEmpty())
            return;
        const QVector<int> stemEntries = found.entries;
        forEachInScope(allowed, [&](int entry) {
            if (!stemEntries.contains(entry) && closeness(entry) < stemBest)
                found.entries.append(entry);
        });
        found.tied = int(found.entries.size());
    }

    // The distance from `key` to `other` (with their letter sets), or -1 beyond `limit`.
    static int within(const QString &key, quint64 mask, const QString &other, quint64 otherMask,
                      int limit)
    {
        if (key.isEmpty() || other.isEmpty())
            return -1;
        // One edit changes at most two letters of the set; a wildcard hides one.
        const auto wildcards = std::count_if(key.begin(), key.end(), PlaceNormalizer::isWildcard);
        if (qPopulationCount(mask ^ otherMask) > 2 * limit + wildcards)
            return -1;
        const int d = PlaceNormalizer::distance(key, other, limit);
        return d <= limit ? d : -1;
    }

    // Damerau-Levenshtein on stems (a typo in a Russian adjective against a Kazakh noun) and on
    // the whole words without spaces (where cutting the ending would swallow a typo that made a
    // vowel). Both within PlaceNormalizer::fuzzyLimit of the stored name's stem: the stem is
    // what tells names apart, so "-инский" must not buy "Жасалинский" three edits, and a typo
    // that shortens the input's stem ("Архааский") must not take away its own allowance.
    void findFuzzy(const PlaceKeys &keys, const QVector<bool> *allowed, Found &found) const
    {
        found = Found();
        const quint64 stemMask = PlaceNormalizer::letterMask(keys.stem);
        const QString whole = compact(keys.plain);
        const quint64 wholeMask = PlaceNormalizer::letterMask(whole);
        QVector<QPair<int, int>> hits; // distance, entry
        forEachInScope(allowed, [&](int entry) {
            const Entry &e = m_entries.at(entry);
            int best = -1;
            for (const Name *n : {&e.ru, &e.kk}) {
                // The whole words get the allowance of a stem one letter longer: cutting "-ин"
                // leaves "Екпинский" a stem of three letters, too short for any typo at all.
                const int stemLength = int(n->keys.stem.size());
                for (const int d : {within(keys.stem, stemMask, n->keys.stem, n->mask,
                                           PlaceNormalizer::fuzzyLimit(stemLength)),
                                    within(whole, wholeMask, n->compact, n->compactMask,
                                           PlaceNormalizer::fuzzyLimit(stemLength + 1))}) {
                    if (d >= 0 && (best < 0 || d < best))
                        best = d;
                }
            }
            if (best >= 0)
                hits.append({best, entry});
        });
        if (hits.isEmpty())
            return;
        std::sort(hits.begin(), hits.end());
        found.kind = MatchKind::Fuzzy;
        for (const auto &hit : std::as_const(hits)) {
            found.entries.append(hit.second);
            if (hit.first == hits.first().first)
                ++found.tied;
        }
        const double length = double(std::max(keys.stem.size(), whole.size()));
        found.score = 0.8 * (1.0 - hits.first().first / (length + 1.0));
    }

    static QString compact(QString plain)
    {
        plain.remove(QLatin1Char(' '));
        return plain;
    }

    QVector<Entry> m_entries;
    QVector<QVector<int>> m_byGroup;
    QHash<QString, QVector<int>> m_byFolded;
    QHash<QString, QVector<int>> m_byPlain;
    QHash<QString, QVector<int>> m_byStem;
};

// "434 630 000", "434630000.0" (a number cell read as text) → "434630000"; anything that is
// not a code → empty.
QString katoDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
        else if (c == QLatin1Char('.') || c == QLatin1Char(','))
            break; // a fraction, ".0" at most, after a code read as a number
        else if (!c.isSpace())
            return QString();
    }
    return digits;
}

// The identity of a region or district: the database id when there is one, else its names.
QString placeKey(qint64 id, const QString &ru, const QString &kk)
{
    return id != 0 ? QString::number(id)
                   : QString(text::fold(ru) % QLatin1Char('|') % text::fold(kk));
}

// Ambiguous results list the tied candidates and, after them, the next best up to this many.
constexpr int kMaxCandidates = 10;

} // namespace

size_t qHash(const PlaceInput &input, size_t seed) noexcept
{
    return qHashMulti(seed, input.okrug, input.district, input.region, input.kato);
}

struct NomineeMatcher::Private
{
    QVector<qint64> nomineeIds; // per okrug entry, which is per row
    QSet<qint64> knownIds;
    PlaceIndex regions;
    PlaceIndex districts; // grouped by region entry
    PlaceIndex okrugs;    // grouped by district entry
    QHash<QString, QVector<int>> rowsByKato;
    QHash<QString, qint64> aliases;
    mutable QHash<PlaceInput, MatchResult> cache;

    MatchResult compute(const PlaceInput &input) const;
    MatchResult fromRows(const QVector<int> &rows, int tied, MatchKind kind, double score) const;
};

NomineeMatcher::NomineeMatcher(const QVector<NomineeRow> &rows,
                               const QHash<QString, qint64> &aliases)
    : d(std::make_unique<Private>())
{
    QHash<QString, int> regionEntries;
    QHash<QString, int> districtEntries;
    for (const NomineeRow &row : rows) {
        const QString regionKey = placeKey(row.regionId, row.regionRu, row.regionKk);
        auto region = regionEntries.constFind(regionKey);
        if (region == regionEntries.cend())
            region = regionEntries.insert(regionKey, d->regions.add(0, row.regionRu, row.regionKk));
        const QString districtKey =
            regionKey % QLatin1Char('/') % placeKey(row.districtId, row.districtRu, row.districtKk);
        auto district = districtEntries.constFind(districtKey);
        if (district == districtEntries.cend()) {
            const int entry = d->districts.add(*region, row.districtRu, row.districtKk);
            district = districtEntries.insert(districtKey, entry);
        }
        const int entry = d->okrugs.add(*district, row.okrugRu, row.okrugKk);
        d->nomineeIds.append(row.nominee.id);
        d->knownIds.insert(row.nominee.id);
        const QString kato = katoDigits(row.okrugKato);
        if (!kato.isEmpty())
            d->rowsByKato[kato].append(entry);
    }
    for (auto it = aliases.cbegin(); it != aliases.cend(); ++it) {
        if (d->knownIds.contains(it.value()))
            d->aliases.insert(it.key(), it.value());
    }
}

NomineeMatcher::~NomineeMatcher() = default;
NomineeMatcher::NomineeMatcher(NomineeMatcher &&) noexcept = default;
NomineeMatcher &NomineeMatcher::operator=(NomineeMatcher &&) noexcept = default;

MatchResult NomineeMatcher::match(const PlaceInput &input) const
{
    const auto cached = d->cache.constFind(input);
    if (cached != d->cache.cend())
        return *cached;
    const MatchResult result = d->compute(input);
    d->cache.insert(input, result);
    return result;
}

int NomineeMatcher::distinctInputs() const
{
    return int(d->cache.size());
}

void NomineeMatcher::clearCache()
{
    d->cache.clear();
}

MatchResult NomineeMatcher::Private::fromRows(const QVector<int> &rows, int tied, MatchKind kind,
                                              double score) const
{
    MatchResult result;
    result.score = score;
    if (rows.isEmpty())
        return result;
    if (tied == 1) {
        result.kind = kind;
        result.nomineeId = nomineeIds.at(rows.first());
        return result;
    }
    result.kind = MatchKind::Ambiguous;
    result.tied = tied;
    // All the equally good ones, then the next best, up to a list a person can read.
    const int shown = std::max(tied, std::min(int(rows.size()), kMaxCandidates));
    for (int i = 0; i < shown; ++i)
        result.candidates.append(nomineeIds.at(rows.at(i)));
    return result;
}

MatchResult NomineeMatcher::Private::compute(const PlaceInput &input) const
{
    const QString kato = katoDigits(input.kato);
    const auto byKato = rowsByKato.constFind(kato);
    if (!kato.isEmpty() && byKato != rowsByKato.cend())
        return fromRows(*byKato, int(byKato->size()), MatchKind::ExactKato, 1.0);

    const auto alias = aliases.constFind(aliasKey(input));
    if (alias != aliases.cend()) {
        MatchResult result;
        result.kind = MatchKind::Alias;
        result.nomineeId = *alias;
        result.score = 1.0;
        return result;
    }

    double confidence = 1.0;
    // Region, then district within it; each narrows only when it matched something.
    QVector<bool> allowedRegions;
    if (!input.region.trimmed().isEmpty()) {
        const Found found = regions.find(PlaceNormalizer::keys(input.region), nullptr);
        if (found.tied > 0) {
            allowedRegions.fill(false, regions.size());
            for (int i = 0; i < found.tied; ++i)
                allowedRegions[found.entries.at(i)] = true;
        } else {
            confidence = 0.9;
        }
    }
    QVector<bool> allowedDistricts;
    if (!input.district.trimmed().isEmpty()) {
        const Found found = districts.find(PlaceNormalizer::keys(input.district),
                                           allowedRegions.isEmpty() ? nullptr : &allowedRegions);
        if (found.tied > 0) {
            allowedDistricts.fill(false, okrugs.groupCount());
            for (int i = 0; i < found.tied; ++i)
                allowedDistricts[found.entries.at(i)] = true;
        } else {
            confidence = 0.9;
        }
    }
    if (allowedDistricts.isEmpty() && !allowedRegions.isEmpty()) {
        allowedDistricts.fill(false, okrugs.groupCount());
        for (int district = 0; district < okrugs.groupCount(); ++district)
            allowedDistricts[district] = allowedRegions.value(districts.group(district), false);
    }

    const Found found = okrugs.find(PlaceNormalizer::keys(input.okrug),
                                    allowedDistricts.isEmpty() ? nullptr : &allowedDistricts);
    if (found.kind == MatchKind::Unmatched)
        return MatchResult();
    return fromRows(found.entries, found.tied, found.kind, found.score * confidence);
}

QString NomineeMatcher::aliasKey(const PlaceInput &input)
{
    return text::fold(input.region) % QLatin1String(" | ") % text::fold(input.district) %
           QLatin1String(" | ") % text::fold(input.okrug);
}

QString NomineeMatcher::kindKey(MatchKind kind)
{
    static const char *const keys[] = {"exact_kato", "alias", "exact",     "normalized",
                                       "damaged",    "fuzzy", "ambiguous", "unmatched"};
    return QString::fromLatin1(keys[int(kind)]);
}

QString NomineeMatcher::kindLabel(MatchKind kind)
{
    static const char *const labels[] = {
        QT_TR_NOOP("KATO code"),
        QT_TR_NOOP("Remembered spelling"),
        QT_TR_NOOP("Exact name"),
        QT_TR_NOOP("Name in another form"),
        QT_TR_NOOP("Name with lost Kazakh letters"),
        QT_TR_NOOP("Name with a typo"),
        QT_TR_NOOP("Ambiguous"),
        QT_TR_NOOP("Not found"),
    };
    return tr(labels[int(kind)]);
}

} // namespace akim::survey
