#include "translationcatalog.h"

namespace akim {

QString TranslationCatalog::resourceDir()
{
    return QStringLiteral(":/i18n");
}

QStringList TranslationCatalog::languages()
{
    return {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};
}

QString TranslationCatalog::fileStem()
{
    return QStringLiteral("akimcontest");
}

} // namespace akim
