#include "memberdialog.h"

#include "dialogbuttons.h"
#include "emptystate.h"
#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "text/language.h"
#include "text/textfold.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace akim {
namespace {

constexpr int kNomineeIdRole = Qt::UserRole;
constexpr int kReasonRole = Qt::UserRole + 1;

} // namespace

MemberDialog::MemberDialog(ContestDocument *document, const Commission &commission, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_commission(commission)
    , m_fullNameLabel(new QLabel)
    , m_fullNameEdit(new QLineEdit)
    , m_roleLabel(new QLabel)
    , m_roleCombo(new QComboBox)
    , m_positionLabel(new QLabel)
    , m_positionEdit(new QLineEdit)
    , m_conflictsLabel(new QLabel)
    , m_conflictFilterEdit(new QLineEdit)
    , m_conflictList(new QListWidget)
    , m_reasonLabel(new QLabel)
    , m_reasonEdit(new QLineEdit)
    , m_errorLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_member.commissionId = commission.id;
    m_fullNameEdit->setObjectName(QStringLiteral("memberFullNameEdit"));
    m_fullNameEdit->setMaxLength(200);
    m_fullNameEdit->setMinimumWidth(480);
    m_roleCombo->setObjectName(QStringLiteral("memberRoleCombo"));
    m_positionEdit->setObjectName(QStringLiteral("memberPositionEdit"));
    m_conflictsLabel->setWordWrap(true);
    m_conflictFilterEdit->setObjectName(QStringLiteral("memberConflictFilterEdit"));
    m_conflictFilterEdit->setClearButtonEnabled(true);
    m_conflictList->setObjectName(QStringLiteral("memberConflictList"));
    new EmptyState(m_conflictList);
    m_conflictList->setAlternatingRowColors(true);
    m_conflictList->setMinimumHeight(160);
    m_reasonEdit->setObjectName(QStringLiteral("memberConflictReasonEdit"));
    m_errorLabel->setObjectName(QStringLiteral("memberErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("memberButtonBox"));

    auto *form = new QFormLayout;
    form->addRow(m_fullNameLabel, m_fullNameEdit);
    form->addRow(m_roleLabel, m_roleCombo);
    form->addRow(m_positionLabel, m_positionEdit);
    m_fullNameLabel->setBuddy(m_fullNameEdit);
    m_roleLabel->setBuddy(m_roleCombo);
    m_positionLabel->setBuddy(m_positionEdit);
    m_conflictsLabel->setBuddy(m_conflictList);
    m_reasonLabel->setBuddy(m_reasonEdit);
    auto *reasonForm = new QFormLayout;
    reasonForm->addRow(m_reasonLabel, m_reasonEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflictsLabel);
    layout->addWidget(m_conflictFilterEdit);
    layout->addWidget(m_conflictList, 1);
    layout->addLayout(reasonForm);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_fullNameEdit, &QLineEdit::textChanged, this, &MemberDialog::updateState);
    connect(m_conflictList, &QListWidget::currentItemChanged, this,
            &MemberDialog::onCurrentNomineeChanged);
    connect(m_conflictList, &QListWidget::itemChanged, this, &MemberDialog::onConflictItemChanged);
    connect(m_reasonEdit, &QLineEdit::textEdited, this, &MemberDialog::onReasonEdited);
    connect(m_conflictFilterEdit, &QLineEdit::textChanged, this, &MemberDialog::filterNominees);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MemberDialog::reject);

    fillNominees();
    retranslateUi();
    onCurrentNomineeChanged(nullptr);
}

void MemberDialog::retranslateUi()
{
    setWindowTitle(m_member.id ? tr("Edit Member") : tr("Add Member"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("&Role:"));
    m_positionLabel->setText(tr("&Position:"));
    m_positionEdit->setPlaceholderText(tr("e.g. chair of a public council, journalist"));
    m_conflictsLabel->setText(
        m_commission.regionId != 0
            ? tr("&Conflicts of interest: tick the nominees of the region this member must not "
                 "score (a relative, a subordinate…).")
            : tr("&Conflicts of interest: tick the nominees this member must not score "
                 "(a relative, a subordinate…)."));
    m_conflictFilterEdit->setPlaceholderText(tr("Search: name, okrug…"));
    m_conflictFilterEdit->setAccessibleName(tr("Search the nominees"));
    m_conflictList->setAccessibleName(tr("Conflicts of interest"));
    EmptyState::of(m_conflictList)
        ->setEmptyText(tr("No nominees to list yet, so there is no conflict of interest to "
                          "declare. Once the registry is imported, come back with Edit…."));
    m_reasonLabel->setText(tr("R&eason for the selected nominee:"));
    m_reasonEdit->setPlaceholderText(tr("e.g. brother-in-law"));
    fillRoles();
    DialogButtons::relabel(m_buttons);
    updateState();
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MemberDialog::fillRoles()
{
    const QVariant current = m_roleCombo->currentData();
    const QSignalBlocker blocker(m_roleCombo);
    m_roleCombo->clear();
    for (MemberRole role :
         {MemberRole::Chair, MemberRole::Deputy, MemberRole::Secretary, MemberRole::Member})
        m_roleCombo->addItem(labels::role(role), int(role));
    const int index = m_roleCombo->findData(current.isValid() ? current : int(m_member.role));
    m_roleCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void MemberDialog::fillNominees()
{
    const QSignalBlocker blocker(m_conflictList);
    m_conflictList->clear();
    if (!m_document || !m_document->isOpen())
        return;
    for (const NomineeRow &row : m_document->nominees().rows()) {
        if (m_commission.regionId != 0 && row.regionId != m_commission.regionId)
            continue;
        const QString place = m_commission.regionId != 0
                                  ? text::pick(row.okrugRu, row.okrugKk)
                                  : text::pick(row.regionRu, row.regionKk) + QStringLiteral(", ") +
                                        text::pick(row.okrugRu, row.okrugKk);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(row.nominee.fullName, place));
        item->setData(kNomineeIdRole, row.nominee.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_conflictList->addItem(item);
    }
}

void MemberDialog::filterNominees(const QString &text)
{
    // The republican commission lists every nominee of the country: find one by typing.
    const QString needle = text::fold(text).trimmed();
    for (int i = 0; i < m_conflictList->count(); ++i) {
        QListWidgetItem *item = m_conflictList->item(i);
        const bool match =
            needle.isEmpty() || text::containsAllWords(text::fold(item->text()), needle);
        // Declared conflicts stay in view whatever the search.
        item->setHidden(!match && item->checkState() != Qt::Checked);
    }
}

void MemberDialog::setMember(const Member &member)
{
    m_member = member;
    m_fullNameEdit->setText(member.fullName);
    m_roleCombo->setCurrentIndex(m_roleCombo->findData(int(member.role)));
    m_positionEdit->setText(member.position);
    QHash<qint64, QString> reasons;
    for (const MemberConflict &conflict : m_document->commissions().conflicts(member.id))
        reasons.insert(conflict.nomineeId, conflict.reason);
    {
        const QSignalBlocker blocker(m_conflictList);
        for (int i = 0; i < m_conflictList->count(); ++i) {
            QListWidgetItem *item = m_conflictList->item(i);
            const qint64 id = item->data(kNomineeIdRole).toLongLong();
            item->setCheckState(reasons.contains(id) ? Qt::Checked : Qt::Unchecked);
            item->setData(kReasonRole, reasons.value(id));
            item->setToolTip(reasons.value(id));
        }
    }
    onCurrentNomineeChanged(m_conflictList->currentItem());
    retranslateUi();
}

Member MemberDialog::member() const
{
    Member m = m_member;
    m.commissionId = m_commission.id;
    m.fullName = m_fullNameEdit->text().simplified();
    m.role = MemberRole(m_roleCombo->currentData().toInt());
    m.position = m_positionEdit->text().trimmed();
    return m;
}

QVector<MemberConflict> MemberDialog::conflicts() const
{
    QVector<MemberConflict> result;
    for (int i = 0; i < m_conflictList->count(); ++i) {
        const QListWidgetItem *item = m_conflictList->item(i);
        if (item->checkState() == Qt::Checked)
            result.push_back({m_member.id, item->data(kNomineeIdRole).toLongLong(),
                              item->data(kReasonRole).toString().trimmed()});
    }
    return result;
}

QString MemberDialog::errorText() const
{
    return m_errorLabel->text();
}

void MemberDialog::onCurrentNomineeChanged(QListWidgetItem *current)
{
    const bool checked = current && current->checkState() == Qt::Checked;
    m_reasonEdit->setEnabled(checked);
    m_reasonEdit->setText(checked ? current->data(kReasonRole).toString() : QString());
}

void MemberDialog::onConflictItemChanged(QListWidgetItem *item)
{
    // Ticking a nominee makes it the current one, so the reason typed next belongs to it.
    if (item->checkState() == Qt::Checked && m_conflictList->currentItem() != item)
        m_conflictList->setCurrentItem(item);
    else
        onCurrentNomineeChanged(m_conflictList->currentItem());
    if (item->checkState() == Qt::Checked)
        m_reasonEdit->setFocus();
}

void MemberDialog::onReasonEdited(const QString &reason)
{
    QListWidgetItem *item = m_conflictList->currentItem();
    if (!item || item->checkState() != Qt::Checked)
        return;
    const QSignalBlocker blocker(m_conflictList);
    item->setData(kReasonRole, reason);
    item->setToolTip(reason);
}

void MemberDialog::updateState()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_fullNameEdit->text().trimmed().isEmpty());
}

void MemberDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void MemberDialog::accept()
{
    const Member edited = member();
    qint64 memberId = edited.id;
    if (memberId == 0) {
        QSet<qint64> before;
        for (const Member &m : m_document->commissions().members(m_commission.id))
            before.insert(m.id);
        const EditResult result = m_document->addMember(edited);
        if (!result.ok()) {
            showError(result.message);
            return;
        }
        for (const Member &m : m_document->commissions().members(m_commission.id)) {
            if (!before.contains(m.id))
                memberId = m.id;
        }
        // From here on the dialog edits the member it created, should the conflicts be refused.
        m_member = m_document->commissions().member(memberId);
    } else if (const EditResult result = m_document->editMember(edited); !result.ok()) {
        showError(result.message);
        return;
    }
    if (const EditResult result = m_document->setConflicts(memberId, conflicts()); !result.ok()) {
        showError(result.message);
        retranslateUi();
        return;
    }
    QDialog::accept();
}

} // namespace akim
