#pragma once

#include "domain/nominee.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace akim::survey {

// Where a survey answer or a registry row says the nominee is. Any field may be empty.
struct PlaceInput
{
    QString region;
    QString district;
    QString okrug;
    QString kato;

    bool operator==(const PlaceInput &other) const
    {
        return okrug == other.okrug && district == other.district && region == other.region &&
               kato == other.kato;
    }
    bool operator!=(const PlaceInput &other) const { return !(*this == other); }
};

size_t qHash(const PlaceInput &input, size_t seed = 0) noexcept;

// How a nominee was found, from the most to the least certain.
enum class MatchKind {
    ExactKato,  // the KATO code of the okrug
    Alias,      // a spelling the user resolved before
    Exact,      // the okrug's Russian or Kazakh name, up to case, ё and spaces
    Normalized, // the same name after designators, punctuation and word endings are set aside
    Damaged,    // '?' or '_' where cp1251 lost a Kazakh letter, the other letters equal
    Fuzzy,      // a typo: the one nearest name within a small edit distance
    Ambiguous,  // several nominees fit equally well; never guessed
    Unmatched,
};

struct MatchResult
{
    MatchKind kind = MatchKind::Unmatched;
    qint64 nomineeId = 0; // set for ExactKato … Fuzzy
    // Ambiguous: the nominees that fit, best first: the `tied` equally good ones, then (after a
    // typo) up to ten in all of the next best, for the user to choose from.
    QVector<qint64> candidates;
    int tied = 0;
    // 0…1: 1 for a code, an alias or an exact name, lower the more was guessed; ×0.9 when a
    // region or district was given but not recognised, so it did not narrow the search.
    double score = 0.0;

    bool isMatch() const { return kind != MatchKind::Ambiguous && kind != MatchKind::Unmatched; }
};

// Finds the nominee a survey answer or registry row means, from a KATO code or the names of
// region, district and okrug in any of the spellings PlaceNormalizer understands. Pure: reads
// nothing, writes nothing.
//
// Order: a known KATO code wins; then a remembered alias; then region and district, each
// matched the same way as okrugs, narrow the candidates (a region or district that matches
// nothing does not narrow); then the okrug name, exact, normalized, damaged and fuzzy in that
// order, against both the Russian and the Kazakh stored name of each okrug (some differ
// completely: Иртышский / Ертіс). The first step that finds anything decides; two nominees
// found by it make the answer Ambiguous. So does a name found only by its stem while another
// name is closer to the words typed (a typo can turn one stem into another's).
//
// Results are cached per distinct input, since a million responses hold a few thousand
// spellings, so match() is a hash lookup for repeats. The cache makes match() unsafe to call
// from several threads at once on one matcher.
class NomineeMatcher
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::NomineeMatcher)

public:
    // `aliases` maps aliasKey() of an input resolved earlier to the nominee it means; aliases
    // naming a nominee not in `rows` are ignored.
    explicit NomineeMatcher(const QVector<NomineeRow> &rows,
                            const QHash<QString, qint64> &aliases = {});
    ~NomineeMatcher();
    NomineeMatcher(NomineeMatcher &&) noexcept;
    NomineeMatcher &operator=(NomineeMatcher &&) noexcept;

    MatchResult match(const PlaceInput &input) const;

    // How many different inputs match() has seen (the size of its cache).
    int distinctInputs() const;
    void clearCache();

    // The key under which a resolution of `input` is remembered: the folded region, district
    // and okrug. Region and district are part of it because "Жамбылский с.о." means a
    // different okrug in each of its 19 districts.
    static QString aliasKey(const PlaceInput &input);

    // "exact_kato", "alias", "exact", "normalized", "damaged", "fuzzy", "ambiguous",
    // "unmatched": for JSON and the rejected-rows file.
    static QString kindKey(MatchKind kind);
    // The same, translated, for the import summary.
    static QString kindLabel(MatchKind kind);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace akim::survey
