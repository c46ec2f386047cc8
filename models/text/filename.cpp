#include "text/filename.h"

#include <QRegularExpression>

namespace akim::text {

QString safeFileName(const QString &stem)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    QString name = stem;
    name.replace(forbidden, QStringLiteral("_"));
    return name.simplified();
}

} // namespace akim::text
