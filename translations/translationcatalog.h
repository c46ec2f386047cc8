#pragma once

#include <QString>
#include <QStringList>

namespace akim {

// Where the embedded catalogues live and which languages the program speaks.
struct TranslationCatalog
{
    static QString resourceDir();   // ":/i18n"
    static QStringList languages(); // "ru", "kk", "en" — Russian first: the primary language
    static QString fileStem();      // "akimcontest"
};

} // namespace akim
