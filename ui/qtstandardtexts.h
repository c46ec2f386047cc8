#pragma once

#include <QVector>

namespace akim {

// One text of Qt's own widgets, under the context Qt translates it in.
struct QtStandardText
{
    const char *context;
    const char *source;
};

// Texts of Qt's own dialogs and menus that our catalogues carry, so that they read Kazakh
// although Debian ships no qtbase_kk.qm (see qtstandardtexts.cpp).
class QtStandardTexts
{
public:
    static const QVector<QtStandardText> &all();
};

} // namespace akim
