#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    return akim::cli::main(argc, argv);
}
