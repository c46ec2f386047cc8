#pragma once

#include <QFont>
#include <QMarginsF>
#include <QString>

namespace akim::report {

// How printed documents look (PROTOCOL.md, "Typography"): inferred choices kept in one place so
// they can become settings. Sizes in points, margins in millimetres.
struct PageStyle
{
    QString family; // see serifFamily()
    qreal titlePt = 14;
    qreal textPt = 12;
    qreal tablePt = 11;
    qreal smallPt = 9;
    QMarginsF marginsMm{30, 20, 10, 20}; // left, top, right, bottom

    static PageStyle defaults();

    // "Times New Roman" where installed, else the metric-compatible "Liberation Serif", else
    // the system's serif face. Either has the Kazakh letters; the PDF embeds the one used.
    static QString serifFamily();

    QFont font(qreal pointSize, bool bold = false, bool italic = false) const;
};

} // namespace akim::report
