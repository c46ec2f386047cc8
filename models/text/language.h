#pragma once

#include <QString>

namespace akim::text {

// Names stored in both languages (regions, okrugs, criteria) are shown in Kazakh when the
// interface is Kazakh, otherwise in Russian (English users see the Russian official names).
// Follows QLocale's default, which the language manager sets.
bool preferKazakh();
QString pick(const QString &ru, const QString &kk);

} // namespace akim::text
