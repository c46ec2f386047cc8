#pragma once

#include "domain/criterion.h"
#include "domain/meeting.h"

#include <QDialog>
#include <QVector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace akim {

class AttendanceModel;
class ContestDocument;

// "Protocol details" of one scope (stage I of a region, or stage II): what the printed protocol
// records beside the ranking — number, date, place, organisation, hours, invited persons, who
// was absent, the vote and (stage II) the special nominations — and the contest-wide quorum
// rule. Saved through MeetingService when accepted; a refusal is shown and the dialog stays
// open.
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingDialog(ContestDocument &document, StageKind stage, qint64 regionId,
                  QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslateUi();
    void fillAwards();
    void updateState();
    Meeting edited() const;
    QuorumRule chosenRule() const;

    ContestDocument &m_document;
    Meeting m_meeting; // as loaded: the scope, id and uuid
    QString m_scope;
    QString m_loadError;
    QString m_refusal; // why the current actor may not save, if so

    QLabel *m_scopeLabel;
    QLabel *m_numberLabel;
    QLineEdit *m_numberEdit;
    QCheckBox *m_dateCheck;
    QDateEdit *m_dateEdit;
    QCheckBox *m_startCheck;
    QTimeEdit *m_startEdit;
    QCheckBox *m_endCheck;
    QTimeEdit *m_endEdit;
    QLabel *m_placeRuLabel;
    QLineEdit *m_placeRuEdit;
    QLabel *m_placeKkLabel;
    QLineEdit *m_placeKkEdit;
    QLabel *m_organisationRuLabel;
    QLineEdit *m_organisationRuEdit;
    QLabel *m_organisationKkLabel;
    QLineEdit *m_organisationKkEdit;
    QLabel *m_invitedLabel;
    QPlainTextEdit *m_invitedEdit;
    QLabel *m_attendanceLabel;
    AttendanceModel *m_attendance;
    QTableView *m_attendanceView;
    QLabel *m_quorumRuleLabel;
    QComboBox *m_quorumRuleCombo;
    QLabel *m_quorumLabel;
    QCheckBox *m_unanimousCheck;
    QLabel *m_forLabel;
    QSpinBox *m_forSpin;
    QLabel *m_againstLabel;
    QSpinBox *m_againstSpin;
    QLabel *m_abstainedLabel;
    QSpinBox *m_abstainedSpin;
    QGroupBox *m_awardsBox;
    QLabel *m_awardsNote;
    QVector<QLabel *> m_awardLabels;
    QVector<QComboBox *> m_awardCombos;
    QLabel *m_stateLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace akim
