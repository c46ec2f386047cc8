#include "criteriondialog.h"

#include "dialogbuttons.h"
#include "itemmodels/labels.h"
#include "services/contestdocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {
namespace {

void fillCombo(QComboBox *combo, const QVector<QPair<QString, int>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &item : items)
        combo->addItem(item.first, item.second);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

CriterionDialog::CriterionDialog(ContestDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_codeLabel(new QLabel)
    , m_codeEdit(new QLineEdit)
    , m_titleRuLabel(new QLabel)
    , m_titleRuEdit(new QLineEdit)
    , m_titleKkLabel(new QLabel)
    , m_titleKkEdit(new QLineEdit)
    , m_titleEnLabel(new QLabel)
    , m_titleEnEdit(new QLineEdit)
    , m_stageLabel(new QLabel)
    , m_stageCombo(new QComboBox)
    , m_sourceLabel(new QLabel)
    , m_sourceCombo(new QComboBox)
    , m_maxPointsLabel(new QLabel)
    , m_maxPointsSpin(new QDoubleSpinBox)
    , m_weightLabel(new QLabel)
    , m_weightSpin(new QDoubleSpinBox)
    , m_errorLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("criterionDialog"));
    m_codeEdit->setObjectName(QStringLiteral("criterionCodeEdit"));
    m_codeEdit->setMaxLength(16);
    m_titleRuEdit->setObjectName(QStringLiteral("criterionTitleRuEdit"));
    m_titleKkEdit->setObjectName(QStringLiteral("criterionTitleKkEdit"));
    m_titleEnEdit->setObjectName(QStringLiteral("criterionTitleEnEdit"));
    for (QLineEdit *edit : {m_titleRuEdit, m_titleKkEdit, m_titleEnEdit})
        edit->setMinimumWidth(420);
    m_stageCombo->setObjectName(QStringLiteral("criterionStageCombo"));
    m_sourceCombo->setObjectName(QStringLiteral("criterionSourceCombo"));
    m_maxPointsSpin->setObjectName(QStringLiteral("criterionMaxPointsSpin"));
    m_maxPointsSpin->setRange(0.01, 1000);
    m_maxPointsSpin->setDecimals(2);
    m_maxPointsSpin->setValue(10);
    m_weightSpin->setObjectName(QStringLiteral("criterionWeightSpin"));
    m_weightSpin->setRange(0, 100);
    m_weightSpin->setDecimals(3);
    m_weightSpin->setSingleStep(0.1);
    m_weightSpin->setValue(1);
    m_errorLabel->setObjectName(QStringLiteral("criterionErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("criterionButtonBox"));

    auto *form = new QFormLayout;
    form->addRow(m_codeLabel, m_codeEdit);
    form->addRow(m_titleRuLabel, m_titleRuEdit);
    form->addRow(m_titleKkLabel, m_titleKkEdit);
    form->addRow(m_titleEnLabel, m_titleEnEdit);
    form->addRow(m_stageLabel, m_stageCombo);
    form->addRow(m_sourceLabel, m_sourceCombo);
    form->addRow(m_maxPointsLabel, m_maxPointsSpin);
    form->addRow(m_weightLabel, m_weightSpin);
    m_codeLabel->setBuddy(m_codeEdit);
    m_titleRuLabel->setBuddy(m_titleRuEdit);
    m_titleKkLabel->setBuddy(m_titleKkEdit);
    m_titleEnLabel->setBuddy(m_titleEnEdit);
    m_stageLabel->setBuddy(m_stageCombo);
    m_sourceLabel->setBuddy(m_sourceCombo);
    m_maxPointsLabel->setBuddy(m_maxPointsSpin);
    m_weightLabel->setBuddy(m_weightSpin);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_codeEdit, &QLineEdit::textChanged, this, &CriterionDialog::updateState);
    connect(m_titleRuEdit, &QLineEdit::textChanged, this, &CriterionDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CriterionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CriterionDialog::reject);
    retranslateUi();
}

void CriterionDialog::retranslateUi()
{
    setWindowTitle(m_criterion.id ? tr("Edit Criterion") : tr("Add Criterion"));
    m_codeLabel->setText(tr("&Code:"));
    m_codeEdit->setPlaceholderText(tr("e.g. K6"));
    m_titleRuLabel->setText(tr("Title in &Russian:"));
    m_titleKkLabel->setText(tr("Title in &Kazakh:"));
    m_titleEnLabel->setText(tr("Title in &English:"));
    m_stageLabel->setText(tr("S&tage:"));
    m_sourceLabel->setText(tr("S&ource:"));
    m_maxPointsLabel->setText(tr("&Maximum points:"));
    m_weightLabel->setText(tr("&Weight:"));
    fillCombo(m_stageCombo, {{labels::stage(StageKind::Regional), int(StageKind::Regional)},
                             {labels::stage(StageKind::National), int(StageKind::National)}});
    fillCombo(m_sourceCombo,
              {{labels::source(CriterionSource::Commission), int(CriterionSource::Commission)},
               {labels::source(CriterionSource::Survey), int(CriterionSource::Survey)},
               {labels::source(CriterionSource::Ethics), int(CriterionSource::Ethics)}});
    DialogButtons::relabel(m_buttons);
    updateState();
}

void CriterionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CriterionDialog::setCriterion(const Criterion &criterion)
{
    m_criterion = criterion;
    m_codeEdit->setText(criterion.code);
    m_titleRuEdit->setText(criterion.titleRu);
    m_titleKkEdit->setText(criterion.titleKk);
    m_titleEnEdit->setText(criterion.titleEn);
    m_stageCombo->setCurrentIndex(m_stageCombo->findData(int(criterion.stage)));
    m_sourceCombo->setCurrentIndex(m_sourceCombo->findData(int(criterion.source)));
    m_maxPointsSpin->setValue(criterion.maxPoints);
    m_weightSpin->setValue(criterion.weight);
    retranslateUi();
}

Criterion CriterionDialog::criterion() const
{
    Criterion c = m_criterion;
    c.code = m_codeEdit->text().trimmed();
    c.titleRu = m_titleRuEdit->text().simplified();
    c.titleKk = m_titleKkEdit->text().simplified();
    c.titleEn = m_titleEnEdit->text().simplified();
    c.stage = StageKind(m_stageCombo->currentData().toInt());
    c.source = CriterionSource(m_sourceCombo->currentData().toInt());
    c.maxPoints = m_maxPointsSpin->value();
    c.weight = m_weightSpin->value();
    return c;
}

QString CriterionDialog::errorText() const
{
    return m_errorLabel->text();
}

void CriterionDialog::updateState()
{
    const bool complete =
        !m_codeEdit->text().trimmed().isEmpty() && !m_titleRuEdit->text().trimmed().isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(complete);
}

void CriterionDialog::accept()
{
    const Criterion c = criterion();
    const EditResult result = c.id ? m_document->editCriterion(c) : m_document->addCriterion(c);
    if (!result.ok()) {
        m_errorLabel->setText(result.message);
        m_errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace akim
