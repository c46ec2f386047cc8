#pragma once

namespace akim::cli {

// True when argv asks for the command line (a command of the contract, --version or --help)
// rather than the desktop application.
bool handles(int argc, char *argv[]);

// Runs the command line with a QCoreApplication: no display needed. Returns the exit status.
int main(int argc, char *argv[]);

} // namespace akim::cli
