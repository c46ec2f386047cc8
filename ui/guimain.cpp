#include "guimain.h"

#include <QApplication>

namespace akim {

int runGui(int &argc, char **argv, const QString &fileToOpen)
{
    QApplication app(argc, argv);
    Q_UNUSED(fileToOpen);
    return 0;
}

} // namespace akim
