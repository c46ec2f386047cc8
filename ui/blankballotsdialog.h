#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace akim {

// Asks in which language to print a commission's blank ballots. The choice is the document's,
// not the interface's: Kazakh and Russian ballots are separate documents (PROTOCOL.md).
class BlankBallotsDialog : public QDialog
{
    Q_OBJECT

public:
    BlankBallotsDialog(const QString &commission, int ballots, QWidget *parent = nullptr);

    // "kk", "ru" or "en"; the interface's language is offered first.
    QString language() const;
    void setLanguage(const QString &language);

private:
    QComboBox *m_language;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
