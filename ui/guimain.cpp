#include "guimain.h"

#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace akim {
namespace {

// The demo contest the welcome page offers: `akimcontest demo` writes it to the application's
// data folder. Empty when there is none.
QString demoContestPath()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    for (const QString &name : {QStringLiteral("demo.akc"), QStringLiteral("demo")}) {
        if (QFileInfo(dir.filePath(name)).isFile())
            return dir.filePath(name);
    }
    return {};
}

} // namespace

int runGui(int &argc, char **argv, const QString &fileToOpen)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Akim Contest"));
    QApplication::setOrganizationName(QStringLiteral("AkimContest"));
    QApplication::setApplicationVersion(QStringLiteral(AKIM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("akimcontest"));

    LanguageManager languages;
    languages.setLanguage(LanguageManager::initialLanguage());

    MainWindow window(&languages);
    window.setDemoPath(demoContestPath());
    window.show();
    if (!fileToOpen.isEmpty())
        window.openFile(fileToOpen);
    return QApplication::exec();
}

} // namespace akim
