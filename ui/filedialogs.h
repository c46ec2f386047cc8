#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace akim {

// The file dialogs of the program. They remember the last folder, name their buttons from our
// catalogue, and let tests preset the path the next dialog "chooses" without showing it.
class FileDialogs
{
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)

public:
    static QString contestSuffix() { return QStringLiteral("akc"); }
    static QString contestFilter();

    // An existing contest file to open; empty when cancelled.
    static QString openContest(QWidget *parent);
    // Where to write a contest file (new contest, copy); ".akc" is added when no suffix is typed.
    static QString saveContest(QWidget *parent, const QString &caption,
                               const QString &suggestedName);

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    // Several existing files; a preset path may name several, separated by newlines.
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                        const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption);
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &suggestedName, const QString &filter,
                                   const QString &defaultSuffix);

    // For tests: the next dialog returns `path` without showing (an empty path: cancelled).
    static void setNextPath(const QString &path);
    static void clearPendingPaths();
    static int pendingPaths();
    static QString lastCaption();

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString &path);
};

} // namespace akim
