#include "papercomparepanel.h"

#include "emptystate.h"
#include "itemmodels/paperdisagreementmodel.h"
#include "messagebox.h"
#include "reasondialog.h"
#include "services/contestdocument.h"
#include "services/doubleentryservice.h"
#include "tablefit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {

PaperComparePanel::PaperComparePanel(ContestDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PaperDisagreementModel(document, this))
    , m_summaryLabel(new QLabel)
    , m_table(new QTableView)
    , m_useFirstButton(new QPushButton)
    , m_useSecondButton(new QPushButton)
    , m_acceptButton(new QPushButton)
{
    setObjectName(QStringLiteral("paperComparePanel"));
    m_summaryLabel->setObjectName(QStringLiteral("paperCompareSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("paperDisagreementTable"));
    new EmptyState(m_table);
    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    m_useFirstButton->setObjectName(QStringLiteral("paperUseFirstButton"));
    m_useSecondButton->setObjectName(QStringLiteral("paperUseSecondButton"));
    m_acceptButton->setObjectName(QStringLiteral("paperAcceptButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_useFirstButton);
    buttons->addWidget(m_useSecondButton);
    buttons->addStretch(1);
    buttons->addWidget(m_acceptButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_useFirstButton, &QPushButton::clicked, this, [this] { useValue(PaperSide::First); });
    connect(m_useSecondButton, &QPushButton::clicked, this,
            [this] { useValue(PaperSide::Second); });
    connect(m_acceptButton, &QPushButton::clicked, this, &PaperComparePanel::acceptBallot);
    connect(m_model, &PaperDisagreementModel::refused, this, &PaperComparePanel::message);
    connect(m_model, &PaperDisagreementModel::comparisonChanged, this, [this] {
        m_summaryLabel->setText(m_model->summary().join(QLatin1Char('\n')));
        TableFit::fit(m_table,
                      {PaperDisagreementModel::NomineeColumn, PaperDisagreementModel::OkrugColumn},
                      100, 320);
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, PaperDisagreementModel::NomineeColumn));
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PaperComparePanel::updateButtons);
    retranslateUi();
}

void PaperComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PaperComparePanel::retranslateUi()
{
    m_useFirstButton->setText(tr("&Use Entry 1…"));
    m_useFirstButton->setToolTip(
        tr("Entry 2 takes entry 1's value for the selected cell; you give the reason."));
    m_useSecondButton->setText(tr("Use En&try 2…"));
    m_useSecondButton->setToolTip(
        tr("Entry 1 takes entry 2's value for the selected cell; you give the reason."));
    m_acceptButton->setText(tr("Acce&pt and Submit…"));
    m_acceptButton->setToolTip(tr("Save the agreed cells as the member's ballot and submit it."));
    m_table->setAccessibleName(tr("Cells where the two entries differ"));
    EmptyState::of(m_table)->setEmptyText(tr("No difference between the two entries: every "
                                             "cell typed in one is typed the same in the other. "
                                             "Once both are complete, save them as the member's "
                                             "ballot with Accept and Submit…."));
    m_model->retranslate();
}

void PaperComparePanel::setMemberId(qint64 memberId)
{
    m_model->setMemberId(memberId);
}

void PaperComparePanel::refresh()
{
    m_model->refresh();
}

void PaperComparePanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool settle = current.isValid() && m_model->lockReason().isEmpty() &&
                        current.data(PaperDisagreementModel::BothTypedRole).toBool();
    m_useFirstButton->setEnabled(settle);
    m_useSecondButton->setEnabled(settle);
    m_acceptButton->setEnabled(m_model->canAccept());
}

void PaperComparePanel::useValue(PaperSide from)
{
    const int row = m_table->currentIndex().row();
    if (!m_model->disagreementAt(row))
        return;
    // A copy: the model may compare again while the dialog is open.
    const PaperDisagreement disagreement = *m_model->disagreementAt(row);
    const PaperDisagreement *d = &disagreement;
    const PaperSide to = otherSide(from);
    QString reason;
    if (!askReason(
            this, QStringLiteral("paperResolveDialog"), tr("Settle a Disagreement"),
            tr("%1, %2: %3 takes the value of %4 (%5 instead of %6). Why? The reason is "
               "kept in the audit log.")
                .arg(
                    d->nominee, d->criterion, DoubleEntryService::sideName(to),
                    DoubleEntryService::sideName(from),
                    DoubleEntryService::valueText(from == PaperSide::First ? d->first : d->second),
                    DoubleEntryService::valueText(from == PaperSide::First ? d->second : d->first)),
            tr("Use"), &reason))
        return;
    const EditResult result =
        DoubleEntryService(*m_document)
            .useValue(m_model->memberId(), d->nomineeId, d->criterionId, from, reason);
    emit message(result.message);
    m_model->refresh();
    // The next disagreement takes the settled one's place, and the keyboard stays on the list.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1),
                                                PaperDisagreementModel::NomineeColumn));
    m_table->setFocus(Qt::OtherFocusReason);
}

void PaperComparePanel::acceptBallot()
{
    if (!m_model->canAccept())
        return;
    const QString member = m_model->layout().member.fullName;
    if (MessageBox::question(this, tr("Accept the Paper Ballot"),
                             tr("Both entries of the ballot of %1 agree. Save them as the "
                                "member's ballot and submit it?")
                                     .arg(member) +
                                 QStringLiteral("\n\n") +
                                 tr("A submitted ballot is locked; only the secretary can reopen "
                                    "it.")) != QMessageBox::Yes)
        return;
    const EditResult result = DoubleEntryService(*m_document).accept(m_model->memberId());
    if (!result.ok())
        MessageBox::warning(this, tr("Accept the Paper Ballot"), result.message);
    else
        emit message({});
    m_model->refresh();
}

} // namespace akim
