#include "cli/cli.h"

#include <QCoreApplication>

namespace akim::cli {

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return 0;
}

} // namespace akim::cli
