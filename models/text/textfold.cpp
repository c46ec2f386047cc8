#include "text/textfold.h"

#include <QStringList>

namespace akim::text {
namespace {

QChar foldChar(QChar c)
{
    switch (c.unicode()) {
    case 0x0451: // ё
        return QChar(0x0435);
    case 0x04D9: // ә
        return QChar(0x0430);
    case 0x0493: // ғ
        return QChar(0x0433);
    case 0x049B: // қ
        return QChar(0x043A);
    case 0x04A3: // ң
        return QChar(0x043D);
    case 0x04E9: // ө
        return QChar(0x043E);
    case 0x04B1: // ұ
    case 0x04AF: // ү
        return QChar(0x0443);
    case 0x04BB: // һ
        return QChar(0x0445);
    case 0x0456: // і (Cyrillic)
        return QChar(0x0438);
    default:
        return c;
    }
}

} // namespace

QString fold(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar raw : text) {
        if (raw.isSpace()) {
            pendingSpace = !result.isEmpty();
            continue;
        }
        if (pendingSpace) {
            result += QLatin1Char(' ');
            pendingSpace = false;
        }
        result += foldChar(raw.toLower());
    }
    return result;
}

bool containsAllWords(const QString &foldedHaystack, const QString &foldedNeedle)
{
    const QStringList words = foldedNeedle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!foldedHaystack.contains(word))
            return false;
    }
    return true;
}

} // namespace akim::text
