#pragma once

#include <QCoreApplication>
#include <QDialogButtonBox>

class QMessageBox;

namespace akim {

// Debian ships no qtbase_kk.qm, so Qt's own button texts would stay English in a Kazakh
// interface. Our dialogs name their standard buttons from our catalogue instead.
class DialogButtons
{
    Q_DECLARE_TR_FUNCTIONS(DialogButtons)

public:
    // The translated text of a standard button; empty for buttons we do not use.
    static QString text(QDialogButtonBox::StandardButton button);
    // Renames every standard button of the box; call it from retranslateUi() too.
    static void relabel(QDialogButtonBox *box);
    static void relabel(QMessageBox *box);
};

} // namespace akim
