#include "text/csvfield.h"

namespace akim::text {

QString csvField(const QString &field, QChar delimiter)
{
    if (!field.contains(delimiter) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace akim::text
