#include "guimain.h"

#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QStandardPaths>

namespace akim {
namespace {

// The demo contest the welcome page offers, in the application's data folder (run.sh creates it
// there too: ~/.local/share/AkimContest/Akim Contest/demo.akc on Linux).
QString demoContestPath()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
    return dir.filePath(QStringLiteral("demo.akc"));
}

} // namespace

int runGui(int &argc, char **argv, const QString &fileToOpen)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Akim Contest"));
    QApplication::setOrganizationName(QStringLiteral("AkimContest"));
    QApplication::setApplicationVersion(QStringLiteral(AKIM_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("akimcontest"));
    // The icon the package installs into the hicolor theme, for window managers that do not match
    // windows to the desktop file. Windows takes the executable's own icon (IDI_ICON1).
    const QIcon icon = QIcon::fromTheme(QStringLiteral("akimcontest"));
    if (!icon.isNull())
        QApplication::setWindowIcon(icon);

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
