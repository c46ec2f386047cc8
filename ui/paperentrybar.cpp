#include "paperentrybar.h"

#include "itemmodels/ballotmodel.h"
#include "reasondialog.h"
#include "services/contestdocument.h"
#include "services/doubleentryservice.h"
#include "storage/storageerror.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>

namespace akim {

PaperEntryBar::PaperEntryBar(ContestDocument *document, BallotModel *model, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_switch(new QCheckBox)
    , m_modes(new QButtonGroup(this))
    , m_savedRadio(new QRadioButton)
    , m_firstRadio(new QRadioButton)
    , m_secondRadio(new QRadioButton)
    , m_compareRadio(new QRadioButton)
    , m_statusLabel(new QLabel)
    , m_discardButton(new QPushButton)
{
    setObjectName(QStringLiteral("paperEntryBar"));
    m_switch->setObjectName(QStringLiteral("paperDoubleEntryCheck"));
    m_savedRadio->setObjectName(QStringLiteral("paperSavedRadio"));
    m_firstRadio->setObjectName(QStringLiteral("paperFirstEntryRadio"));
    m_secondRadio->setObjectName(QStringLiteral("paperSecondEntryRadio"));
    m_compareRadio->setObjectName(QStringLiteral("paperCompareRadio"));
    m_statusLabel->setObjectName(QStringLiteral("paperEntryStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_discardButton->setObjectName(QStringLiteral("paperDiscardButton"));
    m_modes->addButton(m_savedRadio, SavedBallot);
    m_modes->addButton(m_firstRadio, FirstEntry);
    m_modes->addButton(m_secondRadio, SecondEntry);
    m_modes->addButton(m_compareRadio, Compare);
    m_firstRadio->setChecked(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    layout->addSpacing(12);
    for (QRadioButton *radio : {m_savedRadio, m_firstRadio, m_secondRadio, m_compareRadio})
        layout->addWidget(radio);
    layout->addSpacing(12);
    layout->addWidget(m_statusLabel, 1);
    layout->addWidget(m_discardButton);

    connect(m_switch, &QCheckBox::toggled, this, &PaperEntryBar::onSwitchToggled);
    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked) {
            m_chosen = Mode(id);
            refresh();
        }
    });
    connect(m_discardButton, &QPushButton::clicked, this, &PaperEntryBar::discardEntry);
    connect(model, &QAbstractItemModel::modelReset, this, &PaperEntryBar::refresh);
    connect(model, &BallotModel::ballotChanged, this, &PaperEntryBar::updateStatus);
    connect(document, &ContestDocument::signedInChanged, this, &PaperEntryBar::refresh);
    connect(document, &ContestDocument::opened, this, &PaperEntryBar::refresh);
    connect(document, &ContestDocument::closed, this, &PaperEntryBar::refresh);
    retranslateUi();
    refresh();
}

void PaperEntryBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaperEntryBar::retranslateUi()
{
    m_switch->setText(tr("Paper ballots need &double entry"));
    m_switch->setToolTip(tr("Two secretaries type each paper ballot independently; only a "
                            "ballot whose two entries agree is saved and counts."));
    m_savedRadio->setText(tr("Sa&ved ballot"));
    m_savedRadio->setToolTip(tr("The member's ballot as it counts, read-only for the secretary."));
    m_firstRadio->setText(tr("Entry &1"));
    m_secondRadio->setText(tr("Entry &2"));
    m_compareRadio->setText(tr("&Compare"));
    m_compareRadio->setToolTip(
        tr("The cells where the two entries disagree; accept the ballot once they agree."));
    m_discardButton->setText(tr("Discard Entry…"));
    m_discardButton->setToolTip(
        tr("Drop the entry shown, giving the reason, so that it can be typed anew."));
    updateStatus();
}

void PaperEntryBar::setMode(Mode mode)
{
    m_modes->button(mode)->setChecked(true);
}

void PaperEntryBar::refresh()
{
    const bool open = m_document->isOpen() && !m_document->isReadOnly();
    const bool secretary = open && m_document->permit(Permission::ManageBallots).isEmpty();
    bool required = false;
    try {
        required = open && DoubleEntryService(*m_document).isRequired();
    } catch (const StorageError &e) {
        emit message(e.message());
    }
    setVisible(secretary);
    {
        const QSignalBlocker blocker(m_switch);
        m_switch->setChecked(required);
    }
    const bool modes = secretary && required && m_model->memberId() != 0;
    for (QWidget *w :
         {static_cast<QWidget *>(m_savedRadio), static_cast<QWidget *>(m_firstRadio),
          static_cast<QWidget *>(m_secondRadio), static_cast<QWidget *>(m_compareRadio),
          static_cast<QWidget *>(m_statusLabel)})
        w->setVisible(modes);
    const Mode before = m_mode;
    m_mode = modes ? m_chosen : SavedBallot;
    m_model->setSource(m_mode == FirstEntry    ? BallotModel::FirstEntry
                       : m_mode == SecondEntry ? BallotModel::SecondEntry
                                               : BallotModel::Scores);
    updateStatus();
    if (m_mode != before)
        emit modeChanged(m_mode);
}

void PaperEntryBar::updateStatus()
{
    const qint64 memberId = m_model->memberId();
    QStringList parts;
    bool stored = false;
    if (memberId != 0 && m_document->isOpen() && m_statusLabel->isVisibleTo(this)) {
        try {
            const DoubleEntryService service(*m_document);
            for (const PaperSide side : {PaperSide::First, PaperSide::Second}) {
                const PaperEntry entry = service.entry(memberId, side);
                if (!entry.stored) {
                    parts << tr("Entry %1: not typed").arg(int(side));
                    continue;
                }
                const BallotProgress done =
                    BallotService::progress(m_model->layout(), service.cells(memberId, side));
                parts << tr("Entry %1: %2, %3 of %4 cells")
                             .arg(int(side))
                             .arg(entry.typedBy)
                             .arg(done.scored)
                             .arg(done.cells);
                const BallotModel::Source shown =
                    side == PaperSide::First ? BallotModel::FirstEntry : BallotModel::SecondEntry;
                stored = stored || shown == m_model->source();
            }
        } catch (const StorageError &e) {
            emit message(e.message());
        }
    }
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    const bool entryShown = m_mode == FirstEntry || m_mode == SecondEntry;
    m_discardButton->setVisible(entryShown && m_statusLabel->isVisibleTo(this));
    m_discardButton->setEnabled(stored && m_model->ballot().state == BallotState::Open);
}

void PaperEntryBar::onSwitchToggled(bool on)
{
    const EditResult result = DoubleEntryService(*m_document).setRequired(on);
    emit message(result.message);
    // Refused: the box shows the stored switch again. Either way the grid follows it.
    refresh();
    if (result.ok())
        m_model->reload();
}

void PaperEntryBar::discardEntry()
{
    const PaperSide side = m_mode == SecondEntry ? PaperSide::Second : PaperSide::First;
    const qint64 memberId = m_model->memberId();
    QString reason;
    if (memberId == 0 ||
        !askReason(this, QStringLiteral("paperDiscardDialog"), tr("Discard the Entry"),
                   tr("Why is %1 of the ballot of %2 discarded? The reason is kept in the audit "
                      "log.")
                       .arg(DoubleEntryService::sideName(side), m_model->layout().member.fullName),
                   tr("Discard"), &reason))
        return;
    const EditResult result = DoubleEntryService(*m_document).discard(memberId, side, reason);
    emit message(result.message);
    m_model->reload();
}

} // namespace akim
