#include "cli/cli.h"
#include "guimain.h"

#include <QString>

#include <cstring>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
// windows.h first: shellapi.h needs its types.
#include <shellapi.h>
#endif

namespace {

// Qt's own GUI options that take a value, so "-platform offscreen" is not taken for a FILE.
bool takesValue(const char *option)
{
    static const char *const withValue[] = {
        "-platform",      "--platform",          "-style",
        "--style",        "-stylesheet",         "--stylesheet",
        "-display",       "--display",           "-session",
        "--session",      "-qwindowgeometry",    "--qwindowgeometry",
        "-qwindowtitle",  "--qwindowtitle",      "-qwindowicon",
        "--qwindowicon",  "-platformpluginpath", "--platformpluginpath",
        "-platformtheme", "--platformtheme"};
    for (const char *candidate : withValue) {
        if (std::strcmp(option, candidate) == 0)
            return true;
    }
    return false;
}

// Argument `index` as the user typed it. On Windows argv is in the ANSI code page, which has no
// Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ): a file named with them arrives as "?", so the
// argument is read again from the UTF-16 command line, whose items argv follows one to one.
QString argument(int index, char *argv[])
{
#ifdef Q_OS_WIN
    int count = 0;
    LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count);
    QString text;
    if (wide && index < count)
        text = QString::fromWCharArray(wide[index]);
    LocalFree(wide);
    if (!text.isEmpty())
        return text;
#endif
    return QString::fromLocal8Bit(argv[index]);
}

// The contest file (or ballot package) to open in the GUI: the first argument that is not an
// option. The desktop file's "Exec=akimcontest %f" and the Windows file association pass it so.
QString fileArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            if (takesValue(argv[i]))
                ++i;
            continue;
        }
        return argument(i, argv);
    }
    return {};
}

#ifdef Q_OS_WIN
// akimcontest.exe is a GUI program, which Windows starts without a console: a command typed in
// cmd.exe or PowerShell would print nothing. Output that is not redirected goes to the console the
// command was started from, if any (the installed akimcontest.com, a console program, has one
// already: packaging/windows.cmake says why both exist). Either way the console reads and shows
// UTF-8, which is what the commands write.
void connectConsole()
{
    const auto unconnected = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle == nullptr || handle == INVALID_HANDLE_VALUE ||
               GetFileType(handle) == FILE_TYPE_UNKNOWN;
    };
    const bool out = unconnected(STD_OUTPUT_HANDLE);
    const bool err = unconnected(STD_ERROR_HANDLE);
    const bool in = unconnected(STD_INPUT_HANDLE);
    if ((out || err || in) && AttachConsole(ATTACH_PARENT_PROCESS)) {
        if (out)
            std::freopen("CONOUT$", "w", stdout);
        if (err)
            std::freopen("CONOUT$", "w", stderr);
        if (in)
            std::freopen("CONIN$", "r", stdin);
    }
    SetConsoleOutputCP(CP_UTF8);
    SetConsoleCP(CP_UTF8);
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    // Commands run with a QCoreApplication, so they work without a display (servers, CI).
    if (akim::cli::handles(argc, argv)) {
#ifdef Q_OS_WIN
        connectConsole();
#endif
        return akim::cli::main(argc, argv);
    }
    const QString file = fileArgument(argc, argv);
    return akim::runGui(argc, argv, file);
}
