#pragma once

#include <QString>
#include <QStringView>

namespace akim::survey {

// The forms of one place name that matching compares, computed in one pass over the name.
struct PlaceKeys
{
    // text::fold of the whole name: what an "exact" match compares.
    QString folded;
    // Folded words without designators ("с.о.", "ауданы", "им." …), punctuation or one-letter
    // abbreviations, Latin transliterated, joined by one space.
    QString plain;
    // `plain` before the Kazakh letters were folded, letter for letter the same length: tells
    // whether a '?' in damaged input stands where a letter that cp1251 lacks stood.
    QString lowered;
    // PlaceNormalizer::normalize(): `plain` without spaces, with the Russian adjective ending
    // and the Kazakh final vowel reduced so that "Жосалинский" and "Жосалы" meet.
    QString stem;
    // The name holds '?' or '_' where a letter should be (see PlaceNormalizer::isDamaged).
    bool damaged = false;
};

// Reduces the many spellings of a region, district or rural okrug in survey exports and
// registries (Russian or Kazakh, full or abbreviated designators before or after the name,
// Latin transliteration, letters lost to cp1251, case and stray spaces) to comparable keys.
// Pure functions, no state: safe from any thread.
class PlaceNormalizer
{
public:
    // The stem key: fold, drop designators, punctuation and one-letter abbreviations,
    // transliterate Latin words, merge letters that Russian and Kazakh spellings of one name
    // swap (ы/и, э/е, х/к, ь dropped, doubled letters once) and cut the adjective ending
    // ("-ский", "-инская", …) and the final vowels. "Жосалинский с.о.", "с.о. Жосалы",
    // "Жосалы ауылдық округі" and "Zhosaly" all give "жосал".
    static QString normalize(const QString &name);

    // Latin text (the 2017, 2018 and 2021 Kazakh Latin alphabets, and English or Russian
    // transliterations: zh, sh, ch, kh, q, y, …) to lower-case Cyrillic as text::fold writes it:
    // "Qyzylorda" → "кызылорда", "Şieli" → "шиели". Characters that are not Latin pass through.
    static QString transliterate(const QString &latin);

    // True when a '?' or '_' stands next to a letter, as cp1251 leaves "Қызылорда" ("?ызылорда").
    static bool isDamaged(const QString &name);

    // All keys of `name` at once.
    static PlaceKeys keys(const QString &name);

    static bool isWildcard(QChar c) { return c == QLatin1Char('?') || c == QLatin1Char('_'); }

    // Optimal-string-alignment Damerau-Levenshtein distance; a wildcard on either side matches
    // any one character. Gives up early and returns limit + 1 once the distance exceeds `limit`.
    static int distance(QStringView a, QStringView b, int limit);

    // The largest distance accepted as a typo in a stem of `length` letters: 0 up to 3 letters
    // (one edit turns "Ил" into "Ал"), 1 up to 8, 2 up to 14, 3 beyond. Stricter than edit
    // distance alone suggests, because Kazakh names are built from a few parts ("Кара-",
    // "Ак-", "-булак", "-тобе"): two edits turn "Сарыкемер" into "Каракемер", a real
    // neighbour. Measured on the real list with each okrug given the wrong district, limits of
    // 1 up to 5 and 2 up to 10 letters took 75 of 2,287 for another okrug; these take 19, and
    // still find every one-letter typo.
    static int fuzzyLimit(int length);

    // The set of letters of `key` as 64 bits, for a cheap lower bound on distance(): one edit
    // changes at most two bits. Wildcards set no bit.
    static quint64 letterMask(QStringView key);
};

} // namespace akim::survey
