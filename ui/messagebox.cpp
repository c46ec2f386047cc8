#include "messagebox.h"

#include "dialogbuttons.h"

#include <QApplication>
#include <QQueue>

namespace akim {
namespace {

struct Log
{
    QQueue<QMessageBox::StandardButton> answers;
    QString lastText;
    QString lastTitle;
    QMessageBox::Icon lastIcon = QMessageBox::NoIcon;
    int count = 0;
};

Log &log()
{
    static Log instance;
    return instance;
}

} // namespace

MessageBox::Button MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                    const QString &text, Buttons buttons, Button defaultButton)
{
    Log &l = log();
    l.lastText = text;
    l.lastTitle = title;
    l.lastIcon = icon;
    ++l.count;
    if (!l.answers.isEmpty())
        return l.answers.dequeue();

    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("messageBox"));
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    DialogButtons::relabel(&box);
    const int result = box.exec();
    // Closing the window without a button reports the escape button, or NoButton.
    if (box.clickedButton() == nullptr)
        return QMessageBox::NoButton;
    return Button(result);
}

MessageBox::Button MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                       Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget *parent, const QString &title,
                                           const QString &text, Buttons buttons,
                                           Button defaultButton)
{
    return show(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                        Buttons buttons, Button defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    log().answers.enqueue(answer);
}

void MessageBox::clearAnswers()
{
    log().answers.clear();
}

int MessageBox::pendingAnswers()
{
    return int(log().answers.size());
}

QString MessageBox::lastText()
{
    return log().lastText;
}

QString MessageBox::lastTitle()
{
    return log().lastTitle;
}

QMessageBox::Icon MessageBox::lastIcon()
{
    return log().lastIcon;
}

int MessageBox::shownCount()
{
    return log().count;
}

void MessageBox::resetLog()
{
    Log &l = log();
    l.lastText.clear();
    l.lastTitle.clear();
    l.lastIcon = QMessageBox::NoIcon;
    l.count = 0;
}

} // namespace akim
