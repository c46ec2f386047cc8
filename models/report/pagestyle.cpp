#include "report/pagestyle.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QStringList>

namespace akim::report {

PageStyle PageStyle::defaults()
{
    PageStyle style;
    style.family = serifFamily();
    return style;
}

QString PageStyle::serifFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &wanted :
         {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif")}) {
        if (installed.contains(wanted, Qt::CaseInsensitive))
            return wanted;
    }
    QFont serif;
    serif.setStyleHint(QFont::Serif);
    serif.setFamily(QStringLiteral("serif"));
    return QFontInfo(serif).family();
}

QFont PageStyle::font(qreal pointSize, bool bold, bool italic) const
{
    QFont f(family);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    // Exact glyph positions: hinting for the screen would shift text on a 1200 dpi page.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Neither shaping nor kerning, as office documents are set by default: Cyrillic needs
    // neither, and a national protocol draws hundreds of thousands of glyphs.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setKerning(false);
    return f;
}

} // namespace akim::report
