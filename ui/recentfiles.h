#pragma once

#include <QStringList>

namespace akim {

// The recently opened contest files, newest first, kept in QSettings ("recentFiles").
class RecentFiles
{
public:
    static constexpr int kMaxFiles = 8;

    static QStringList files();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace akim
