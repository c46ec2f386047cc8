#include "importmappingpage.h"

#include "importwizard.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "services/contestdocument.h"
#include "storage/surveyrepository.h"
#include "survey/headerguess.h"
#include "text/language.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

enum TableColumn { ColumnNameColumn, ExamplesColumn, UseAsColumn, TableColumnCount };

const survey::ColumnRole kPlainRoles[] = {
    survey::ColumnRole::Ignore,       survey::ColumnRole::Region,   survey::ColumnRole::District,
    survey::ColumnRole::Okrug,        survey::ColumnRole::Kato,     survey::ColumnRole::Timestamp,
    survey::ColumnRole::RespondentId, survey::ColumnRole::FreeText,
};

QString criterionTitle(const Criterion &criterion)
{
    if (QLocale().language() == QLocale::English && !criterion.titleEn.isEmpty())
        return criterion.titleEn;
    return text::pick(criterion.titleRu, criterion.titleKk);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_sourceLabel(new QLabel)
    , m_table(new QTableWidget)
    , m_problemLabel(new QLabel)
    , m_profileLabel(new QLabel)
    , m_profileEdit(new QLineEdit)
{
    m_sourceLabel->setObjectName(QStringLiteral("mappingSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("columnMappingTable"));
    m_table->setColumnCount(TableColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ColumnNameColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ExamplesColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UseAsColumn, QHeaderView::Interactive);
    m_problemLabel->setObjectName(QStringLiteral("mappingProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_profileEdit->setObjectName(QStringLiteral("profileNameEdit"));
    m_profileEdit->setClearButtonEnabled(true);
    m_profileLabel->setBuddy(m_profileEdit);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileLabel);
    profileRow->addWidget(m_profileEdit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problemLabel);
    layout->addLayout(profileRow);

    connect(m_profileEdit, &QLineEdit::textChanged, m_wizard, &ImportWizard::setProfileName);
    retranslateUi();
}

void ImportMappingPage::retranslateUi()
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Say what each column holds. Respondent ids and free text are only read, "
                   "never stored."));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Examples"), tr("Use as")});
    m_profileLabel->setText(tr("Save as &profile:"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_profileEdit->setPlaceholderText(
        tr("a name, to recognise files of this layout next time (optional)"));
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QString key = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        fillCombo(combo);
        combo->setCurrentIndex(combo->findData(key));
    }
    if (!m_builtKey.isEmpty())
        updateProblem();
}

void ImportMappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QString ImportMappingPage::choiceKey(survey::ColumnRole role, const QString &criterionCode)
{
    if (role == survey::ColumnRole::Question)
        return QStringLiteral("question:") + criterionCode;
    return survey::columnRoleKey(role);
}

void ImportMappingPage::fillCombo(QComboBox *combo)
{
    combo->clear();
    for (survey::ColumnRole role : kPlainRoles)
        combo->addItem(survey::columnRoleLabel(role), choiceKey(role));
    combo->insertSeparator(combo->count());
    for (const Criterion &criterion : m_wizard->questionCriteria()) {
        combo->addItem(tr("Question %1 — %2").arg(criterion.code, criterionTitle(criterion)),
                       choiceKey(survey::ColumnRole::Question, criterion.code));
    }
}

QComboBox *ImportMappingPage::comboOf(int column) const
{
    return column >= 0 && column < m_combos.size() ? m_combos.at(column) : nullptr;
}

void ImportMappingPage::initializePage()
{
    const QString key = m_wizard->columns().join(QChar(0x1f)) + QChar(0x1e) +
                        survey::surveyKindKey(m_wizard->kind());
    if (key == m_builtKey)
        return;
    m_builtKey = key;
    rebuild();
    prefill();
    updateProblem();
}

QString ImportMappingPage::examples(int column) const
{
    QStringList seen;
    for (const QVector<QVariant> &row : m_wizard->previewDataRows()) {
        const QString value = column < row.size()
                                  ? SheetPreviewModel::cellText(row.at(column)).simplified()
                                  : QString();
        if (!value.isEmpty() && !seen.contains(value))
            seen.append(value.size() > 60 ? value.left(60) + QChar(0x2026) : value);
        if (seen.size() == 3)
            break;
    }
    return seen.join(QStringLiteral("  ·  "));
}

void ImportMappingPage::rebuild()
{
    const QStringList &columns = m_wizard->columns();
    m_combos.clear();
    m_table->clearContents();
    m_table->setRowCount(int(columns.size()));
    for (int i = 0; i < columns.size(); ++i) {
        auto *name = new QTableWidgetItem(survey::HeaderGuess::columnLetter(i) +
                                          QStringLiteral("  ") + columns.at(i));
        name->setToolTip(columns.at(i));
        m_table->setItem(i, ColumnNameColumn, name);
        auto *sample = new QTableWidgetItem(examples(i));
        sample->setToolTip(sample->text());
        m_table->setItem(i, ExamplesColumn, sample);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(i));
        // Long criterion titles are elided; the popup shows them in full.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        fillCombo(combo);
        m_table->setCellWidget(i, UseAsColumn, combo);
        m_combos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, i] {
            // A decision made: the mark goes.
            if (QTableWidgetItem *item = m_table->item(i, ColumnNameColumn)) {
                item->setBackground(QBrush());
                item->setIcon(QIcon());
            }
            updateProblem();
        });
    }
    m_table->resizeColumnToContents(ColumnNameColumn);
    m_table->setColumnWidth(ColumnNameColumn,
                            std::min(m_table->columnWidth(ColumnNameColumn), 320));
    if (!m_combos.isEmpty()) {
        // Rows as tall as a combo, so the combos are not squeezed into text rows.
        m_table->verticalHeader()->setDefaultSectionSize(
            m_combos.constFirst()->sizeHint().height() + 4);
        m_table->setColumnWidth(UseAsColumn,
                                std::max(360, m_combos.constFirst()->sizeHint().width()));
    }
}

void ImportMappingPage::applyMapping(const survey::ImportMapping &given)
{
    // Columns may be named by their header only; find their index in this file.
    survey::ImportMapping mapping = given;
    QString error;
    mapping.resolveColumns(m_wizard->columns(), &error);
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (const survey::ColumnMapping &column : mapping.columns) {
        QComboBox *combo = comboOf(column.index);
        if (!combo)
            continue;
        const int index = combo->findData(choiceKey(column.role, column.criterionCode));
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
}

void ImportMappingPage::markColumn(int column, const QString &why)
{
    QTableWidgetItem *item = m_table->item(column, ColumnNameColumn);
    if (!item)
        return;
    item->setBackground(QColor(255, 236, 179));
    item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    item->setToolTip(m_wizard->columns().value(column) + QLatin1Char('\n') + why);
    ++m_needsChoice;
}

void ImportMappingPage::prefill()
{
    m_appliedProfile.clear();
    m_needsChoice = 0;
    const QStringList &columns = m_wizard->columns();
    const QString kindKey = survey::surveyKindKey(m_wizard->kind());
    ImportProfile profile;
    if (m_wizard->document() && m_wizard->document()->isOpen()) {
        profile =
            SurveyRepository(m_wizard->document()->database().connection())
                .profileForSignature(survey::ImportMapping::headerSignature(columns), kindKey);
    }
    survey::ImportMapping fromProfile;
    QString error;
    if (profile.id != 0 &&
        survey::ImportMapping::fromJson(
            QJsonDocument::fromJson(profile.mappingJson.toUtf8()).object(), &fromProfile, &error) &&
        fromProfile.resolveColumns(columns, &error)) {
        applyMapping(fromProfile);
        m_wizard->mapping().scale = fromProfile.scale;
        m_appliedProfile = profile.name;
        m_profileEdit->setText(profile.name);
        m_sourceLabel->setText(
            tr("The columns were set from the saved profile “%1”, which has the same headings.")
                .arg(profile.name));
        return;
    }
    const survey::MappingGuess guess = survey::ImportMapping::guess(
        columns, m_wizard->allCriteria(), m_wizard->kind(), m_wizard->previewDataRows());
    applyMapping(guess.mapping);
    for (int column : guess.ambiguous) {
        markColumn(
            column,
            tr("Could be: %1").arg(guess.candidates.value(column).join(QStringLiteral(", "))));
    }
    for (int column : guess.unmappedAnswers)
        markColumn(column, tr("Its values look like answers: is it a question?"));
    m_sourceLabel->setText(
        m_needsChoice == 0
            ? tr("The columns were recognised from their headings. Check them before going on.")
            : tr("The columns were recognised from their headings; %n column(s) marked need "
                 "your choice.",
                 nullptr, m_needsChoice));
}

QVector<survey::ColumnMapping> ImportMappingPage::chosenColumns() const
{
    QVector<survey::ColumnMapping> result;
    for (int i = 0; i < m_combos.size(); ++i) {
        const QString key = m_combos.at(i)->currentData().toString();
        survey::ColumnMapping column;
        column.index = i;
        column.header = m_wizard->columns().value(i);
        if (key.startsWith(QLatin1String("question:"))) {
            column.role = survey::ColumnRole::Question;
            column.criterionCode = key.mid(9);
        } else {
            column.role = survey::columnRoleFromKey(key);
        }
        if (column.role != survey::ColumnRole::Ignore)
            result.append(column);
    }
    return result;
}

void ImportMappingPage::updateProblem()
{
    survey::ImportMapping mapping = m_wizard->mapping();
    mapping.columns = chosenColumns();
    m_problem = mapping.validate(m_wizard->allCriteria(), int(m_wizard->columns().size()));
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_problem.isEmpty() && !m_combos.isEmpty();
}

bool ImportMappingPage::validatePage()
{
    updateProblem();
    if (!isComplete())
        return false;
    m_wizard->mapping().columns = chosenColumns();
    m_wizard->setProfileName(m_profileEdit->text());
    return true;
}

} // namespace akim
