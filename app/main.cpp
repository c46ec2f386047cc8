#include "cli/cli.h"
#include "guimain.h"

#include <QString>

#include <cstring>

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

// The contest file to open in the GUI: the first argument that is not an option.
QString fileArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (argv[i][0] == '-') {
            if (takesValue(argv[i]))
                ++i;
            continue;
        }
        return QString::fromLocal8Bit(argv[i]);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands run with a QCoreApplication, so they work without a display (servers, CI).
    if (akim::cli::handles(argc, argv))
        return akim::cli::main(argc, argv);
    const QString file = fileArgument(argc, argv);
    return akim::runGui(argc, argv, file);
}
