#pragma once

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace akim {

class BallotModel;
class ContestDocument;

// The Ballot tab's row for double entry of paper ballots, shown to a secretary only: the
// contest's switch "paper ballots need double entry" and, while it is on, which view of the
// chosen member's ballot the tab shows: the saved ballot, entry 1, entry 2 or the comparison of
// the two. It points the ballot grid's model at the entry chosen (BallotModel::source) and says
// who typed each entry and how far. Alt+1, Alt+2 and Alt+E choose the entries and the
// comparison from the keyboard.
class PaperEntryBar : public QWidget
{
    Q_OBJECT

public:
    enum Mode { SavedBallot, FirstEntry, SecondEntry, Compare };
    Q_ENUM(Mode)

    PaperEntryBar(ContestDocument *document, BallotModel *model, QWidget *parent = nullptr);

    // What the tab shows: SavedBallot unless a secretary has double entry on and a ballot open.
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

public slots:
    // After a sign-in, a switch or another ballot: visibility, the mode and the entries' state.
    void refresh();

signals:
    void modeChanged(akim::PaperEntryBar::Mode mode);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void onSwitchToggled(bool on);
    void discardEntry();

    ContestDocument *m_document;
    BallotModel *m_model;
    QCheckBox *m_switch;
    QButtonGroup *m_modes;
    QRadioButton *m_savedRadio;
    QRadioButton *m_firstRadio;
    QRadioButton *m_secondRadio;
    QRadioButton *m_compareRadio;
    QLabel *m_statusLabel;
    QPushButton *m_discardButton;
    Mode m_mode = SavedBallot;
    Mode m_chosen = FirstEntry; // the secretary's choice while double entry is on
};

} // namespace akim
