#include "nomineedialog.h"

#include "dialogbuttons.h"
#include "itemmodels/labels.h"
#include "text/language.h"
#include "text/textfold.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace akim {
namespace {

constexpr int kRuRole = Qt::UserRole + 1;
constexpr int kKkRole = Qt::UserRole + 2;

struct PlaceItem
{
    qint64 id = 0;
    QString ru;
    QString kk;
};

QComboBox *makePlaceCombo(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setEditable(true);
    // A typed name is a new place, never an item added to the list behind the user's back.
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMinimumContentsLength(28);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Suggest matches anywhere in the name, without completing inline: inline completion would
    // silently turn a new name that starts like an existing one into the existing one.
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

// Replaces the list but keeps what the user typed.
void fillPlaces(QComboBox *combo, const QVector<PlaceItem> &items)
{
    const QString typed = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const PlaceItem &item : items) {
        combo->addItem(text::pick(item.ru, item.kk), item.id);
        combo->setItemData(combo->count() - 1, item.ru, kRuRole);
        combo->setItemData(combo->count() - 1, item.kk, kKkRole);
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(typed);
}

// The id of the list entry whose Russian or Kazakh name the typed text is (folded), else 0.
qint64 matchingId(const QComboBox *combo)
{
    const QString typed = text::fold(combo->currentText().simplified());
    if (typed.isEmpty())
        return 0;
    for (int i = 0; i < combo->count(); ++i) {
        if (text::fold(combo->itemData(i, kRuRole).toString()) == typed ||
            text::fold(combo->itemData(i, kKkRole).toString()) == typed ||
            text::fold(combo->itemText(i)) == typed)
            return combo->itemData(i).toLongLong();
    }
    return 0;
}

void selectId(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index);
    if (index >= 0)
        combo->setEditText(combo->itemText(index));
}

} // namespace

NomineeDialog::NomineeDialog(ContestDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_form(new QFormLayout)
    , m_regionLabel(new QLabel)
    , m_regionCombo(new QComboBox)
    , m_districtLabel(new QLabel)
    , m_districtCombo(makePlaceCombo(QStringLiteral("nomineeDistrictCombo")))
    , m_newDistrictKkLabel(new QLabel)
    , m_newDistrictKkEdit(new QLineEdit)
    , m_okrugLabel(new QLabel)
    , m_okrugCombo(makePlaceCombo(QStringLiteral("nomineeOkrugCombo")))
    , m_newOkrugKkLabel(new QLabel)
    , m_newOkrugKkEdit(new QLineEdit)
    , m_katoLabel(new QLabel)
    , m_katoEdit(new QLineEdit)
    , m_newPlaceHint(new QLabel)
    , m_fullNameLabel(new QLabel)
    , m_fullNameEdit(new QLineEdit)
    , m_inOfficeLabel(new QLabel)
    , m_inOfficeEdit(new QDateEdit)
    , m_inOfficeUnknownCheck(new QCheckBox)
    , m_statusLabel(new QLabel)
    , m_statusCombo(new QComboBox)
    , m_notesLabel(new QLabel)
    , m_notesEdit(new QPlainTextEdit)
    , m_errorLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("nomineeDialog"));
    m_regionCombo->setObjectName(QStringLiteral("nomineeRegionCombo"));
    m_newDistrictKkEdit->setObjectName(QStringLiteral("newDistrictKkEdit"));
    m_newOkrugKkEdit->setObjectName(QStringLiteral("newOkrugKkEdit"));
    m_katoEdit->setObjectName(QStringLiteral("newOkrugKatoEdit"));
    m_katoEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,9}")), this));
    m_katoEdit->setPlaceholderText(QStringLiteral("000000000"));
    m_newPlaceHint->setObjectName(QStringLiteral("newPlaceHintLabel"));
    m_newPlaceHint->setWordWrap(true);
    m_newPlaceHint->setEnabled(false); // greyed: a remark, not a field
    m_fullNameEdit->setObjectName(QStringLiteral("nomineeFullNameEdit"));
    m_fullNameEdit->setMaxLength(200);
    m_fullNameEdit->setMinimumWidth(360);
    m_inOfficeEdit->setObjectName(QStringLiteral("nomineeInOfficeSinceEdit"));
    m_inOfficeEdit->setCalendarPopup(true);
    m_inOfficeEdit->setMaximumDate(QDate::currentDate());
    m_inOfficeEdit->setMinimumDate(QDate(1991, 12, 16));
    m_inOfficeEdit->setDate(QDate::currentDate());
    m_inOfficeUnknownCheck->setObjectName(QStringLiteral("nomineeInOfficeUnknownCheck"));
    m_statusCombo->setObjectName(QStringLiteral("nomineeStatusCombo"));
    m_notesEdit->setObjectName(QStringLiteral("nomineeNotesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4);
    m_errorLabel->setObjectName(QStringLiteral("nomineeErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("nomineeButtonBox"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_inOfficeEdit);
    dateRow->addWidget(m_inOfficeUnknownCheck);
    dateRow->addStretch();

    m_form->addRow(m_regionLabel, m_regionCombo);
    m_form->addRow(m_districtLabel, m_districtCombo);
    m_form->addRow(m_newDistrictKkLabel, m_newDistrictKkEdit);
    m_form->addRow(m_okrugLabel, m_okrugCombo);
    m_form->addRow(m_newOkrugKkLabel, m_newOkrugKkEdit);
    m_form->addRow(m_katoLabel, m_katoEdit);
    m_form->addRow(QString(), m_newPlaceHint);
    m_form->addRow(m_fullNameLabel, m_fullNameEdit);
    m_form->addRow(m_inOfficeLabel, dateRow);
    m_form->addRow(m_statusLabel, m_statusCombo);
    m_form->addRow(m_notesLabel, m_notesEdit);

    m_regionLabel->setBuddy(m_regionCombo);
    m_districtLabel->setBuddy(m_districtCombo);
    m_okrugLabel->setBuddy(m_okrugCombo);
    m_fullNameLabel->setBuddy(m_fullNameEdit);
    m_inOfficeLabel->setBuddy(m_inOfficeEdit);
    m_statusLabel->setBuddy(m_statusCombo);
    m_notesLabel->setBuddy(m_notesEdit);
    // No Alt letter of their own (they show only for a new place), but a screen reader names
    // each field by its label.
    m_newDistrictKkLabel->setBuddy(m_newDistrictKkEdit);
    m_newOkrugKkLabel->setBuddy(m_newOkrugKkEdit);
    m_katoLabel->setBuddy(m_katoEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &NomineeDialog::onRegionChanged);
    connect(m_districtCombo, &QComboBox::currentTextChanged, this,
            &NomineeDialog::onDistrictTextChanged);
    connect(m_okrugCombo, &QComboBox::currentTextChanged, this, &NomineeDialog::onOkrugTextChanged);
    connect(m_fullNameEdit, &QLineEdit::textChanged, this, &NomineeDialog::updateState);
    connect(m_inOfficeUnknownCheck, &QCheckBox::toggled, this,
            &NomineeDialog::onUnknownDateToggled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NomineeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NomineeDialog::reject);

    fillRegions();
    fillStatuses();
    m_inOfficeUnknownCheck->setChecked(true);
    onUnknownDateToggled(true);
    retranslateUi();
    onRegionChanged();
}

void NomineeDialog::retranslateUi()
{
    setWindowTitle(m_nomineeId ? tr("Edit Nominee") : tr("Add Nominee"));
    m_regionLabel->setText(tr("&Region:"));
    m_districtLabel->setText(tr("&District:"));
    m_districtCombo->lineEdit()->setPlaceholderText(tr("Choose or type a new district"));
    m_newDistrictKkLabel->setText(tr("District in Kazakh:"));
    m_newDistrictKkEdit->setPlaceholderText(tr("optional"));
    m_okrugLabel->setText(tr("Rural &okrug:"));
    m_okrugCombo->lineEdit()->setPlaceholderText(tr("Choose or type a new okrug"));
    m_newOkrugKkLabel->setText(tr("Okrug in Kazakh:"));
    m_newOkrugKkEdit->setPlaceholderText(tr("optional"));
    m_katoLabel->setText(tr("KATO code:"));
    m_fullNameLabel->setText(tr("Akim's &full name:"));
    m_inOfficeLabel->setText(tr("In office &since:"));
    m_inOfficeUnknownCheck->setText(tr("not known"));
    m_inOfficeEdit->setDisplayFormat(labels::shortDateFormat());
    m_statusLabel->setText(tr("S&tatus:"));
    m_notesLabel->setText(tr("&Notes:"));
    fillStatuses();
    DialogButtons::relabel(m_buttons);
    updateState();
}

void NomineeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NomineeDialog::fillRegions()
{
    const QSignalBlocker blocker(m_regionCombo);
    m_regionCombo->clear();
    if (!m_document || !m_document->isOpen())
        return;
    for (const Region &region : m_document->geography().regions())
        m_regionCombo->addItem(text::pick(region.nameRu, region.nameKk), region.id);
    m_regionCombo->setCurrentIndex(-1);
}

void NomineeDialog::fillStatuses()
{
    const QVariant current = m_statusCombo->currentData();
    const QSignalBlocker blocker(m_statusCombo);
    m_statusCombo->clear();
    for (NomineeStatus status :
         {NomineeStatus::Active, NomineeStatus::Withdrawn, NomineeStatus::Disqualified})
        m_statusCombo->addItem(labels::status(status), int(status));
    const int index = current.isValid() ? m_statusCombo->findData(current) : 0;
    m_statusCombo->setCurrentIndex(index < 0 ? 0 : index);
}

qint64 NomineeDialog::currentRegionId() const
{
    return m_regionCombo->currentIndex() >= 0 ? m_regionCombo->currentData().toLongLong() : 0;
}

void NomineeDialog::setInitialPlace(qint64 regionId, qint64 districtId)
{
    if (regionId == 0)
        return;
    selectId(m_regionCombo, regionId);
    if (districtId != 0)
        selectId(m_districtCombo, districtId);
}

void NomineeDialog::setNominee(qint64 nomineeId)
{
    const NomineeRow row = m_document->nominees().row(nomineeId);
    if (row.nominee.id == 0)
        return;
    m_nomineeId = nomineeId;
    selectId(m_regionCombo, row.regionId);
    selectId(m_districtCombo, row.districtId);
    selectId(m_okrugCombo, row.nominee.okrugId);
    m_fullNameEdit->setText(row.nominee.fullName);
    m_inOfficeUnknownCheck->setChecked(!row.nominee.inOfficeSince.isValid());
    if (row.nominee.inOfficeSince.isValid())
        m_inOfficeEdit->setDate(row.nominee.inOfficeSince);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(row.nominee.status)));
    m_notesEdit->setPlainText(row.nominee.notes);
    retranslateUi();
}

void NomineeDialog::onRegionChanged()
{
    QVector<PlaceItem> districts;
    if (const qint64 regionId = currentRegionId(); regionId != 0) {
        for (const District &d : m_document->geography().districts(regionId))
            districts.push_back({d.id, d.nameRu, d.nameKk});
    }
    {
        // Another region: the district and okrug typed for the previous one do not apply.
        const QSignalBlocker districtBlocker(m_districtCombo);
        const QSignalBlocker okrugBlocker(m_okrugCombo);
        m_districtCombo->setEditText(QString());
        m_okrugCombo->setEditText(QString());
    }
    fillPlaces(m_districtCombo, districts);
    m_shownDistrictId = -1;
    onDistrictTextChanged();
}

void NomineeDialog::onDistrictTextChanged()
{
    const qint64 districtId = matchingId(m_districtCombo);
    if (districtId != m_shownDistrictId) {
        QVector<PlaceItem> okrugs;
        if (districtId != 0) {
            for (const Okrug &o : m_document->geography().okrugs(districtId))
                okrugs.push_back({o.id, o.nameRu, o.nameKk});
        }
        fillPlaces(m_okrugCombo, okrugs);
        m_shownDistrictId = districtId;
    }
    onOkrugTextChanged();
}

void NomineeDialog::onOkrugTextChanged()
{
    updateState();
}

void NomineeDialog::onUnknownDateToggled(bool unknown)
{
    m_inOfficeEdit->setEnabled(!unknown);
    updateState();
}

void NomineeDialog::updateState()
{
    const bool newDistrict =
        !m_districtCombo->currentText().trimmed().isEmpty() && matchingId(m_districtCombo) == 0;
    const bool newOkrug =
        !m_okrugCombo->currentText().trimmed().isEmpty() && matchingId(m_okrugCombo) == 0;
    m_form->setRowVisible(m_newDistrictKkEdit, newDistrict);
    m_form->setRowVisible(m_newOkrugKkEdit, newOkrug);
    m_form->setRowVisible(m_katoEdit, newOkrug);
    m_form->setRowVisible(m_newPlaceHint, newDistrict || newOkrug);
    if (newDistrict && newOkrug)
        m_newPlaceHint->setText(tr("A new district and a new okrug will be created; the names "
                                   "typed above are their Russian names."));
    else if (newDistrict)
        m_newPlaceHint->setText(tr("A new district will be created; the name typed above is its "
                                   "Russian name."));
    else if (newOkrug)
        m_newPlaceHint->setText(tr("A new okrug will be created; the name typed above is its "
                                   "Russian name."));

    const bool complete = currentRegionId() != 0 &&
                          !m_districtCombo->currentText().trimmed().isEmpty() &&
                          !m_okrugCombo->currentText().trimmed().isEmpty() &&
                          !m_fullNameEdit->text().trimmed().isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(complete);
}

NomineeDraft NomineeDialog::draft() const
{
    NomineeDraft d;
    d.regionId = currentRegionId();
    d.districtId = matchingId(m_districtCombo);
    if (d.districtId == 0) {
        d.newDistrictRu = m_districtCombo->currentText().simplified();
        d.newDistrictKk = m_newDistrictKkEdit->text().simplified();
    }
    d.okrugId = d.districtId != 0 ? matchingId(m_okrugCombo) : 0;
    if (d.okrugId == 0) {
        d.newOkrugRu = m_okrugCombo->currentText().simplified();
        d.newOkrugKk = m_newOkrugKkEdit->text().simplified();
        d.newOkrugKato = m_katoEdit->text().trimmed();
    }
    d.fullName = m_fullNameEdit->text().simplified();
    if (!m_inOfficeUnknownCheck->isChecked())
        d.inOfficeSince = m_inOfficeEdit->date();
    d.status = NomineeStatus(m_statusCombo->currentData().toInt());
    d.notes = m_notesEdit->toPlainText().trimmed();
    return d;
}

QString NomineeDialog::errorText() const
{
    return m_errorLabel->text();
}

void NomineeDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void NomineeDialog::accept()
{
    const NomineeDraft d = draft();
    const EditResult result =
        m_nomineeId ? m_document->editNominee(m_nomineeId, d) : m_document->addNominee(d);
    if (!result.ok()) {
        showError(result.message);
        return;
    }
    showError({});
    QDialog::accept();
}

} // namespace akim
