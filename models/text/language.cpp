#include "text/language.h"

#include <QLocale>

namespace akim::text {

bool preferKazakh()
{
    return QLocale().language() == QLocale::Kazakh;
}

QString pick(const QString &ru, const QString &kk)
{
    return preferKazakh() && !kk.isEmpty() ? kk : ru;
}

} // namespace akim::text
