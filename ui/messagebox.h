#pragma once

#include <QCoreApplication>
#include <QMessageBox>

// windows.h defines MessageBox as a macro (MessageBoxW); our class keeps its name on every
// platform.
#ifdef MessageBox
#undef MessageBox
#endif

namespace akim {

// Every message box of the program goes through here: buttons are named from our catalogue
// (Kazakh has no qtbase translation), and tests can answer a message without a modal loop and
// read what it said.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Ok,
                           Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &title, const QString &text,
                          Buttons buttons = QMessageBox::Ok,
                          Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget *parent, const QString &title, const QString &text,
                              Buttons buttons = QMessageBox::Ok,
                              Button defaultButton = QMessageBox::NoButton);
    // Defaults to Yes/No with No as the default, so Enter never confirms a deletion by accident.
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::No);

    // For tests: the next call returns `answer` without showing anything. Answers queue up.
    static void setNextAnswer(Button answer);
    static void clearAnswers();
    static int pendingAnswers();

    // What the last call said (also when a real box was shown) and how many calls there were.
    static QString lastText();
    static QString lastTitle();
    static QMessageBox::Icon lastIcon();
    static int shownCount();
    static void resetLog();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                       const QString &text, Buttons buttons, Button defaultButton);
};

} // namespace akim
