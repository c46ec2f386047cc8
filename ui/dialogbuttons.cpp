#include "dialogbuttons.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>

namespace akim {

QString DialogButtons::text(QDialogButtonBox::StandardButton button)
{
    switch (button) {
    case QDialogButtonBox::Ok:
        return tr("OK");
    case QDialogButtonBox::Cancel:
        return tr("Cancel");
    case QDialogButtonBox::Yes:
        return tr("&Yes");
    case QDialogButtonBox::No:
        return tr("&No");
    case QDialogButtonBox::Close:
        return tr("Close");
    case QDialogButtonBox::Save:
        return tr("Save");
    case QDialogButtonBox::Open:
        return tr("Open");
    case QDialogButtonBox::Discard:
        return tr("Discard");
    case QDialogButtonBox::Apply:
        return tr("Apply");
    case QDialogButtonBox::Retry:
        return tr("Retry");
    case QDialogButtonBox::Ignore:
        return tr("Ignore");
    case QDialogButtonBox::Abort:
        return tr("Abort");
    case QDialogButtonBox::Help:
        return tr("Help");
    default:
        return {};
    }
}

void DialogButtons::relabel(QDialogButtonBox *box)
{
    if (!box)
        return;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        const QString label = text(box->standardButton(button));
        if (!label.isEmpty())
            button->setText(label);
    }
}

void DialogButtons::relabel(QMessageBox *box)
{
    if (!box)
        return;
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        // QMessageBox::StandardButton and QDialogButtonBox::StandardButton share their values.
        const QString label =
            text(QDialogButtonBox::StandardButton(int(box->standardButton(button))));
        if (!label.isEmpty())
            button->setText(label);
    }
}

} // namespace akim
