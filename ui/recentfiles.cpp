#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace akim {
namespace {

const QString kKey = QStringLiteral("recentFiles");

// One spelling per file, so that the same contest reached by two paths is listed once.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}

} // namespace

QStringList RecentFiles::files()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    while (list.size() > kMaxFiles)
        list.removeLast();
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(path);
    list.removeAll(canonical(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace akim
