#pragma once

#include <QString>

namespace akim {

// Runs the desktop application: language, main window, optional file to open. Returns the exit
// code.
int runGui(int &argc, char **argv, const QString &fileToOpen);

} // namespace akim
