#include "reasondialog.h"

#include "dialogbuttons.h"

#include <QInputDialog>

namespace akim {

bool askReason(QWidget *parent, const QString &objectName, const QString &title,
               const QString &question, const QString &okText, QString *reason)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(objectName);
    dialog.setWindowTitle(title);
    dialog.setLabelText(question);
    dialog.setOkButtonText(okText);
    dialog.setCancelButtonText(DialogButtons::text(QDialogButtonBox::Cancel));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = dialog.textValue();
    return true;
}

} // namespace akim
