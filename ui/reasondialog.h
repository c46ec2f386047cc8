#pragma once

#include <QString>

class QWidget;

namespace akim {

// Asks why something is done (reopening a ballot, taking one entry's value), for the audit log.
// False when cancelled. The dialog is a QInputDialog named `objectName`, so tests can answer it.
bool askReason(QWidget *parent, const QString &objectName, const QString &title,
               const QString &question, const QString &okText, QString *reason);

} // namespace akim
