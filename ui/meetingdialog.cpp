#include "meetingdialog.h"

#include "dialogbuttons.h"
#include "itemmodels/attendancemodel.h"
#include "itemmodels/labels.h"
#include "messagebox.h"
#include "services/meetingservice.h"
#include "storage/storageerror.h"
#include "text/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace akim {
namespace {

template<typename T>
T *named(const char *name)
{
    auto *widget = new T;
    widget->setObjectName(QLatin1String(name));
    return widget;
}

QLineEdit *lineEdit(const char *name, int maxLength)
{
    auto *edit = named<QLineEdit>(name);
    edit->setMaxLength(maxLength);
    return edit;
}

// An optional date or time: the check box in front says whether it is set.
QHBoxLayout *optionalRow(QCheckBox *set, QWidget *value)
{
    auto *row = new QHBoxLayout;
    row->addWidget(set);
    row->addWidget(value);
    row->addStretch();
    QObject::connect(set, &QCheckBox::toggled, value, &QWidget::setEnabled);
    value->setEnabled(set->isChecked());
    return row;
}

} // namespace

MeetingDialog::MeetingDialog(ContestDocument &document, StageKind stage, qint64 regionId,
                             QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_scopeLabel(named<QLabel>("meetingScopeLabel"))
    , m_numberLabel(new QLabel)
    , m_numberEdit(lineEdit("meetingNumberEdit", MeetingService::kMaxNumber))
    , m_dateCheck(named<QCheckBox>("meetingDateCheck"))
    , m_dateEdit(named<QDateEdit>("meetingDateEdit"))
    , m_startCheck(named<QCheckBox>("meetingStartCheck"))
    , m_startEdit(named<QTimeEdit>("meetingStartEdit"))
    , m_endCheck(named<QCheckBox>("meetingEndCheck"))
    , m_endEdit(named<QTimeEdit>("meetingEndEdit"))
    , m_placeRuLabel(new QLabel)
    , m_placeRuEdit(lineEdit("meetingPlaceRuEdit", MeetingService::kMaxPlace))
    , m_placeKkLabel(new QLabel)
    , m_placeKkEdit(lineEdit("meetingPlaceKkEdit", MeetingService::kMaxPlace))
    , m_organisationRuLabel(new QLabel)
    , m_organisationRuEdit(lineEdit("meetingOrganisationRuEdit", MeetingService::kMaxOrganisation))
    , m_organisationKkLabel(new QLabel)
    , m_organisationKkEdit(lineEdit("meetingOrganisationKkEdit", MeetingService::kMaxOrganisation))
    , m_invitedLabel(new QLabel)
    , m_invitedEdit(named<QPlainTextEdit>("meetingInvitedEdit"))
    , m_attendanceLabel(new QLabel)
    , m_attendance(new AttendanceModel(this))
    , m_attendanceView(named<QTableView>("meetingAttendanceView"))
    , m_quorumRuleLabel(new QLabel)
    , m_quorumRuleCombo(named<QComboBox>("meetingQuorumRuleCombo"))
    , m_quorumLabel(named<QLabel>("meetingQuorumLabel"))
    , m_unanimousCheck(named<QCheckBox>("meetingUnanimousCheck"))
    , m_forLabel(new QLabel)
    , m_forSpin(named<QSpinBox>("meetingVotesForSpin"))
    , m_againstLabel(new QLabel)
    , m_againstSpin(named<QSpinBox>("meetingVotesAgainstSpin"))
    , m_abstainedLabel(new QLabel)
    , m_abstainedSpin(named<QSpinBox>("meetingVotesAbstainedSpin"))
    , m_awardsBox(named<QGroupBox>("meetingAwardsBox"))
    , m_awardsNote(new QLabel)
    , m_stateLabel(named<QLabel>("meetingStateLabel"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("meetingDialog"));
    m_meeting.stage = stage;
    m_meeting.regionId = stage == StageKind::National ? 0 : regionId;
    m_scopeLabel->setWordWrap(true);
    // In characters of the interface font, so that a larger system font keeps them readable.
    const int em = fontMetrics().averageCharWidth();
    m_numberEdit->setMaximumWidth(em * 22);
    m_placeRuEdit->setMinimumWidth(em * 50);
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(labels::shortDateFormat());
    m_dateEdit->setDate(QDate::currentDate());
    for (QTimeEdit *time : {m_startEdit, m_endEdit})
        time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_startEdit->setTime(QTime(10, 0));
    m_endEdit->setTime(QTime(12, 0));
    m_invitedEdit->setTabChangesFocus(true);
    m_invitedEdit->setFixedHeight(m_invitedEdit->fontMetrics().lineSpacing() * 4);
    m_attendanceView->setModel(m_attendance);
    // Arrows move inside the table, Tab leaves it; Space ticks, typing edits the reason.
    m_attendanceView->setTabKeyNavigation(false);
    m_attendanceView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_attendanceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendanceView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                      QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed);
    m_attendanceView->verticalHeader()->hide();
    m_attendanceView->horizontalHeader()->setStretchLastSection(true);
    m_attendanceView->setMinimumHeight(m_attendanceView->fontMetrics().lineSpacing() * 8);
    m_quorumLabel->setWordWrap(true);
    m_awardsNote->setWordWrap(true);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_stateLabel->hide();
    m_buttons->setObjectName(QStringLiteral("meetingButtonBox"));

    auto *form = new QFormLayout;
    form->addRow(m_numberLabel, m_numberEdit);
    form->addRow(optionalRow(m_dateCheck, m_dateEdit));
    auto *hours = optionalRow(m_startCheck, m_startEdit);
    hours->insertLayout(hours->count() - 1, optionalRow(m_endCheck, m_endEdit));
    form->addRow(hours);
    form->addRow(m_placeRuLabel, m_placeRuEdit);
    form->addRow(m_placeKkLabel, m_placeKkEdit);
    form->addRow(m_organisationRuLabel, m_organisationRuEdit);
    form->addRow(m_organisationKkLabel, m_organisationKkEdit);
    form->addRow(m_invitedLabel, m_invitedEdit);
    form->addRow(m_quorumRuleLabel, m_quorumRuleCombo);
    m_numberLabel->setBuddy(m_numberEdit);
    m_placeRuLabel->setBuddy(m_placeRuEdit);
    m_placeKkLabel->setBuddy(m_placeKkEdit);
    m_organisationRuLabel->setBuddy(m_organisationRuEdit);
    m_organisationKkLabel->setBuddy(m_organisationKkEdit);
    m_invitedLabel->setBuddy(m_invitedEdit);
    m_attendanceLabel->setBuddy(m_attendanceView);
    m_quorumRuleLabel->setBuddy(m_quorumRuleCombo);
    m_forLabel->setBuddy(m_forSpin);
    m_againstLabel->setBuddy(m_againstSpin);
    m_abstainedLabel->setBuddy(m_abstainedSpin);

    auto *votes = new QHBoxLayout;
    votes->addWidget(m_unanimousCheck);
    for (const auto &[label, spin] :
         {std::pair{m_forLabel, m_forSpin}, std::pair{m_againstLabel, m_againstSpin},
          std::pair{m_abstainedLabel, m_abstainedSpin}}) {
        votes->addSpacing(12);
        votes->addWidget(label);
        votes->addWidget(spin);
    }
    votes->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scopeLabel);
    layout->addLayout(form);
    layout->addWidget(m_attendanceLabel);
    layout->addWidget(m_attendanceView, 1);
    layout->addWidget(m_quorumLabel);
    layout->addLayout(votes);
    layout->addWidget(m_awardsBox);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_buttons);

    connect(m_attendance, &AttendanceModel::attendanceChanged, this, &MeetingDialog::updateState);
    connect(m_quorumRuleCombo, &QComboBox::currentIndexChanged, this, &MeetingDialog::updateState);
    connect(m_unanimousCheck, &QCheckBox::toggled, this, &MeetingDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    load();
    retranslateUi();
}

void MeetingDialog::load()
{
    MeetingService service(m_document);
    const StageKind stage = m_meeting.stage;
    const qint64 regionId = m_meeting.regionId;
    QVector<Member> voting;
    QuorumRule rule = QuorumRule::MoreThanHalf;
    try {
        m_meeting = service.meeting(stage, regionId);
        voting = service.votingMembers(stage, regionId);
        rule = service.quorumRule();
        const Region region = m_document.geography().region(regionId);
        m_scope =
            stage == StageKind::National
                ? labels::stage(stage)
                : tr("%1, %2").arg(labels::stage(stage), text::pick(region.nameRu, region.nameKk));
        if (const std::optional<Commission> c = service.commission(stage, regionId))
            m_scope += QStringLiteral(" — ") + text::pick(c->nameRu, c->nameKk);
    } catch (const StorageError &e) {
        m_loadError = e.message();
    }
    m_refusal = m_loadError.isEmpty() ? service.mayEdit(stage, regionId) : m_loadError;

    m_numberEdit->setText(m_meeting.number);
    m_dateCheck->setChecked(m_meeting.heldOn.isValid());
    if (m_meeting.heldOn.isValid())
        m_dateEdit->setDate(m_meeting.heldOn);
    m_startCheck->setChecked(m_meeting.startedAt.isValid());
    if (m_meeting.startedAt.isValid())
        m_startEdit->setTime(m_meeting.startedAt);
    m_endCheck->setChecked(m_meeting.endedAt.isValid());
    if (m_meeting.endedAt.isValid())
        m_endEdit->setTime(m_meeting.endedAt);
    m_placeRuEdit->setText(m_meeting.placeRu);
    m_placeKkEdit->setText(m_meeting.placeKk);
    m_organisationRuEdit->setText(m_meeting.organisationRu);
    m_organisationKkEdit->setText(m_meeting.organisationKk);
    m_invitedEdit->setPlainText(m_meeting.invited);
    m_attendance->reset(voting, m_meeting);
    m_attendanceView->resizeColumnsToContents();
    for (QSpinBox *spin : {m_forSpin, m_againstSpin, m_abstainedSpin})
        spin->setRange(0, int(voting.size()));
    const bool unanimous =
        !m_meeting.votesFor && !m_meeting.votesAgainst && !m_meeting.votesAbstained;
    m_unanimousCheck->setChecked(unanimous);
    m_forSpin->setValue(m_meeting.votesFor.value_or(m_attendance->presentCount()));
    m_againstSpin->setValue(m_meeting.votesAgainst.value_or(0));
    m_abstainedSpin->setValue(m_meeting.votesAbstained.value_or(0));
    m_quorumRuleCombo->setProperty("stored", int(rule));
    const QString ruleRefusal = service.mayChangeQuorumRule();
    m_quorumRuleCombo->setEnabled(ruleRefusal.isEmpty());
    m_quorumRuleCombo->setToolTip(ruleRefusal);
    fillAwards();
}

void MeetingDialog::fillAwards()
{
    QGroupBox *box = m_awardsBox;
    box->setVisible(m_meeting.stage == StageKind::National);
    if (m_meeting.stage != StageKind::National)
        return;
    auto *form = new QFormLayout(box);
    form->addRow(m_awardsNote);
    QVector<scoring::Nomination> nominations;
    QVector<AwardCandidate> candidates;
    QString problem;
    try {
        MeetingService service(m_document);
        nominations = service.nominations();
        candidates = service.awardCandidates();
    } catch (const StorageError &e) {
        problem = e.message();
    }
    m_awardsNote->setProperty("problem", problem);
    m_awardsNote->setProperty("none", nominations.isEmpty());
    for (int i = 0; i < nominations.size(); ++i) {
        auto *label = new QLabel(MeetingService::nominationTitle(nominations.at(i)));
        label->setWordWrap(true);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("meetingAwardCombo%1").arg(i));
        combo->setAccessibleName(label->text());
        combo->addItem(QString(), 0); // "not awarded", named in retranslateUi()
        for (const AwardCandidate &c : std::as_const(candidates))
            combo->addItem(tr("%1 (%2)").arg(c.name, text::pick(c.regionRu, c.regionKk)),
                           c.nomineeId);
        for (const MeetingAward &a : std::as_const(m_meeting.awards)) {
            if (a.nomination != i)
                continue;
            if (combo->findData(a.nomineeId) < 0) // kept, so saving says what is wrong with it
                combo->addItem(m_document.nominees().nominee(a.nomineeId).fullName, a.nomineeId);
            combo->setCurrentIndex(combo->findData(a.nomineeId));
        }
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_awardLabels.push_back(label);
        m_awardCombos.push_back(combo);
    }
}

void MeetingDialog::retranslateUi()
{
    setWindowTitle(tr("Protocol Details"));
    m_scopeLabel->setText(tr("The meeting recorded in the protocol of: %1").arg(m_scope));
    m_numberLabel->setText(tr("Protocol &number:"));
    m_numberEdit->setPlaceholderText(tr("e.g. 3"));
    m_dateCheck->setText(tr("&Held on:"));
    m_dateCheck->setToolTip(tr("Untick to leave the date blank in the protocol."));
    m_dateEdit->setAccessibleName(tr("Date of the meeting"));
    m_startCheck->setText(tr("&Started at:"));
    m_startEdit->setAccessibleName(tr("Start time"));
    m_endCheck->setText(tr("&Ended at:"));
    m_endEdit->setAccessibleName(tr("End time"));
    m_placeRuLabel->setText(tr("Place (&Russian):"));
    m_placeRuEdit->setPlaceholderText(tr("the city, e.g. Кызылорда"));
    m_placeKkLabel->setText(tr("Place (&Kazakh):"));
    m_placeKkEdit->setPlaceholderText(tr("the city, e.g. Қызылорда"));
    m_organisationRuLabel->setText(tr("Organisation (R&ussian):"));
    m_organisationKkLabel->setText(tr("Organisation (Ka&zakh):"));
    for (QLineEdit *edit : {m_organisationRuEdit, m_organisationKkEdit})
        edit->setPlaceholderText(tr("printed centred above the title"));
    m_invitedLabel->setText(tr("&Invited and observers:"));
    m_invitedEdit->setPlaceholderText(tr("One person a line, as it is to be printed"));
    m_attendanceLabel->setText(
        tr("A&ttendance of the voting members (untick who was absent and give the reason):"));
    m_attendanceView->setAccessibleName(tr("Attendance of the voting members"));
    m_quorumRuleLabel->setText(tr("&Quorum rule (for the whole contest):"));
    {
        const QSignalBlocker blocker(m_quorumRuleCombo);
        const QVariant current = m_quorumRuleCombo->count() ? m_quorumRuleCombo->currentData()
                                                            : m_quorumRuleCombo->property("stored");
        m_quorumRuleCombo->clear();
        for (QuorumRule rule : {QuorumRule::MoreThanHalf, QuorumRule::TwoThirds})
            m_quorumRuleCombo->addItem(MeetingService::quorumRuleName(rule), int(rule));
        m_quorumRuleCombo->setCurrentIndex(std::max(0, m_quorumRuleCombo->findData(current)));
    }
    m_unanimousCheck->setText(tr("&Vote unanimous (every present member voted for)"));
    m_forLabel->setText(tr("F&or:"));
    m_forSpin->setAccessibleName(tr("Votes for"));
    m_againstLabel->setText(tr("A&gainst:"));
    m_againstSpin->setAccessibleName(tr("Votes against"));
    m_abstainedLabel->setText(tr("A&bstained:"));
    m_abstainedSpin->setAccessibleName(tr("Abstentions"));
    m_awardsBox->setTitle(tr("Special nominations"));
    const QString problem = m_awardsNote->property("problem").toString();
    m_awardsNote->setText(!problem.isEmpty()
                              ? tr("The stage II nominees cannot be listed: %1").arg(problem)
                          : m_awardsNote->property("none").toBool()
                              ? tr("The methodology lists no special nominations.")
                              : tr("Each nomination goes to one stage II nominee by the "
                                   "commission's decision."));
    for (QComboBox *combo : std::as_const(m_awardCombos))
        combo->setItemText(0, tr("— not awarded —"));
    m_attendance->retranslate();
    DialogButtons::relabel(m_buttons);
    updateState();
}

void MeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QuorumRule MeetingDialog::chosenRule() const
{
    return QuorumRule(m_quorumRuleCombo->currentData().toInt());
}

void MeetingDialog::updateState()
{
    const int present = m_attendance->presentCount();
    m_quorumLabel->setText(
        MeetingService::quorumSummary(m_attendance->votingCount(), present, chosenRule()));
    const bool unanimous = m_unanimousCheck->isChecked();
    for (QSpinBox *spin : {m_forSpin, m_againstSpin, m_abstainedSpin})
        spin->setEnabled(!unanimous);
    if (unanimous) {
        // What "unanimous" will print, shown while it is ticked.
        m_forSpin->setValue(present);
        m_againstSpin->setValue(0);
        m_abstainedSpin->setValue(0);
    }
    m_stateLabel->setText(m_refusal);
    m_stateLabel->setVisible(!m_refusal.isEmpty());
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_refusal.isEmpty());
}

Meeting MeetingDialog::edited() const
{
    Meeting m = m_meeting;
    m.number = m_numberEdit->text();
    m.heldOn = m_dateCheck->isChecked() ? m_dateEdit->date() : QDate();
    m.startedAt = m_startCheck->isChecked() ? m_startEdit->time() : QTime();
    m.endedAt = m_endCheck->isChecked() ? m_endEdit->time() : QTime();
    m.placeRu = m_placeRuEdit->text();
    m.placeKk = m_placeKkEdit->text();
    m.organisationRu = m_organisationRuEdit->text();
    m.organisationKk = m_organisationKkEdit->text();
    m.invited = m_invitedEdit->toPlainText();
    m.absences = m_attendance->meeting().absences;
    if (m_unanimousCheck->isChecked()) {
        m.votesFor.reset();
        m.votesAgainst.reset();
        m.votesAbstained.reset();
    } else {
        m.votesFor = m_forSpin->value();
        m.votesAgainst = m_againstSpin->value();
        m.votesAbstained = m_abstainedSpin->value();
    }
    m.awards.clear();
    for (int i = 0; i < m_awardCombos.size(); ++i) {
        if (const qint64 nominee = m_awardCombos.at(i)->currentData().toLongLong(); nominee != 0)
            m.awards.push_back({i, nominee});
    }
    return m;
}

void MeetingDialog::accept()
{
    MeetingService service(m_document);
    const Meeting meeting = edited();
    // Checked before anything is written, so that a refused meeting leaves the quorum rule as
    // it was too.
    QString problem = service.mayEdit(meeting.stage, meeting.regionId);
    if (problem.isEmpty())
        problem = service.validate(meeting);
    if (problem.isEmpty() && m_quorumRuleCombo->isEnabled()) {
        try {
            if (service.quorumRule() != chosenRule())
                problem = service.setQuorumRule(chosenRule()).message;
        } catch (const StorageError &e) {
            problem = e.message();
        }
    }
    if (problem.isEmpty())
        problem = service.save(meeting).message;
    if (!problem.isEmpty()) {
        MessageBox::warning(this, tr("Protocol Details"), problem);
        return;
    }
    QDialog::accept();
}

} // namespace akim
