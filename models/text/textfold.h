#pragma once

#include <QString>

namespace akim::text {

// Folds a string for searching: lower case, ё → е, the Kazakh letters to the Russian letters they
// are typed as on a Russian keyboard (ә → а, ғ → г, қ → к, ң → н, ө → о, ұ ү → у, һ → х, і → и),
// any run of white space (including no-break spaces) to one space. "кызылорда" then finds
// "Қызылорда", and "Жосалы" finds "ЖОСАЛЫ".
QString fold(const QString &text);

// True when every space-separated word of `needle` (already folded) occurs in `haystack`
// (already folded).
bool containsAllWords(const QString &foldedHaystack, const QString &foldedNeedle);

} // namespace akim::text
