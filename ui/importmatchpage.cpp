#include "importmatchpage.h"

#include "importwizard.h"
#include "services/contestdocument.h"
#include "tablefit.h"
#include "text/language.h"
#include "text/textfold.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

enum TableColumn { SpellingColumn, RowsColumn, ProblemColumn, DecisionColumn, TableColumnCount };

} // namespace

ImportMatchPage::ImportMatchPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_panel(new ImportJobPanel(QStringLiteral("matchDryRun")))
    , m_statusLabel(new QLabel)
    , m_table(new QTableWidget)
    , m_nomineeLabel(new QLabel)
    , m_nomineeCombo(new QComboBox)
    , m_resolveButton(new QPushButton)
    , m_rejectButton(new QPushButton)
    , m_clearButton(new QPushButton)
    , m_retryButton(new QPushButton)
{
    wizard->registerJobPanel(m_panel);
    m_statusLabel->setObjectName(QStringLiteral("matchStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("unmatchedTable"));
    m_table->setColumnCount(TableColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    TableFit::setCompactRows(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(SpellingColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProblemColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(SpellingColumn, 460);

    m_nomineeCombo->setObjectName(QStringLiteral("resolveNomineeCombo"));
    m_nomineeCombo->setEditable(true);
    m_nomineeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_nomineeCombo->setMaxVisibleItems(20);
    m_nomineeCombo->setMinimumContentsLength(40);
    m_nomineeCombo->completer()->setFilterMode(Qt::MatchContains);
    m_nomineeCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_nomineeCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_nomineeLabel->setBuddy(m_nomineeCombo);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectRowsButton"));
    m_clearButton->setObjectName(QStringLiteral("clearDecisionButton"));
    m_retryButton->setObjectName(QStringLiteral("matchRetryButton"));
    m_retryButton->setVisible(false);

    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(m_nomineeLabel);
    resolveRow->addWidget(m_nomineeCombo, 1);
    resolveRow->addWidget(m_resolveButton);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_rejectButton);
    buttonRow->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_retryButton);
    layout->addLayout(statusRow);
    layout->addWidget(m_panel);
    layout->addWidget(m_table, 1);
    layout->addLayout(resolveRow);
    layout->addLayout(buttonRow);
    layout->addStretch(0); // keeps the status on top while the table is hidden

    connect(m_panel, &ImportJobPanel::finished, this, &ImportMatchPage::onDryRun);
    connect(m_panel, &ImportJobPanel::runningChanged, this, &ImportMatchPage::updateState);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &ImportMatchPage::onCurrentGroupChanged);
    connect(m_retryButton, &QPushButton::clicked, this, &ImportMatchPage::runDryRun);
    connect(m_resolveButton, &QPushButton::clicked, this, &ImportMatchPage::resolveWithChosen);
    connect(m_nomineeCombo->lineEdit(), &QLineEdit::returnPressed, this,
            &ImportMatchPage::resolveWithChosen);
    connect(m_rejectButton, &QPushButton::clicked, this,
            [this] { decide(m_table->currentRow(), kRejected); });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_groups.size()) {
            m_decisions.remove(m_groups.at(row).key);
            updateRow(row);
            updateState();
        }
    });
    retranslateUi();
}

void ImportMatchPage::retranslateUi()
{
    setTitle(tr("Places"));
    setSubTitle(tr("Spellings of places that match no nominee, or several. Resolve each "
                   "once: it is remembered for the next files."));
    m_table->setHorizontalHeaderLabels(
        {tr("Spelling in the file"), tr("Rows"), tr("Problem"), tr("Decision")});
    m_nomineeLabel->setText(tr("&Nominee:"));
    m_table->setAccessibleName(tr("Places that match no nominee, or several"));
    m_nomineeCombo->lineEdit()->setPlaceholderText(tr("type to filter: okrug, district, name"));
    m_resolveButton->setText(tr("&Use for this spelling"));
    m_rejectButton->setText(tr("&Reject these rows"));
    m_clearButton->setText(tr("&Undecided"));
    m_retryButton->setText(tr("Check &again"));
    m_panel->retranslate();
    for (int row = 0; row < m_table->rowCount(); ++row)
        updateRow(row);
    updateState();
}

void ImportMatchPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QString ImportMatchPage::placeText(const survey::PlaceInput &place)
{
    QStringList parts;
    for (const QString &part : {place.okrug, place.district, place.region, place.kato}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.isEmpty() ? tr("(blank)") : parts.join(QStringLiteral(" · "));
}

void ImportMatchPage::initializePage()
{
    // The nominees may have changed since the wizard opened (another window, an import).
    m_labels.clear();
    m_districts.clear();
    m_order.clear();
    QVector<NomineeRow> rows = m_wizard->document()->nominees().rows();
    for (const NomineeRow &row : rows) {
        const QString label =
            tr("%1 — %2, %3 (%4)")
                .arg(text::pick(row.okrugRu, row.okrugKk),
                     text::pick(row.districtRu, row.districtKk),
                     text::pick(row.regionRu, row.regionKk), row.nominee.fullName);
        m_labels.insert(row.nominee.id, label);
        m_districts.insert(
            row.nominee.id,
            text::fold(QStringList{row.districtRu, row.districtKk, row.regionRu, row.regionKk}.join(
                QLatin1Char(' '))));
        m_order.append(row.nominee.id);
    }
    std::sort(m_order.begin(), m_order.end(), [this](qint64 a, qint64 b) {
        return QString::localeAwareCompare(m_labels.value(a), m_labels.value(b)) < 0;
    });
    const QString key = m_wizard->runKey(false);
    if (key != m_runKey || !m_error.isEmpty())
        runDryRun();
}

void ImportMatchPage::cleanupPage()
{
    // Back: a run in progress is of no use any more; coming here again starts a new one.
    if (isRunning()) {
        m_panel->cancelAndWait();
        m_runKey.clear();
    }
}

bool ImportMatchPage::isRunning() const
{
    return m_panel->isRunning();
}

void ImportMatchPage::runDryRun()
{
    m_runKey = m_wizard->runKey(false);
    m_error.clear();
    m_groups.clear();
    m_table->setRowCount(0);
    m_statusLabel->setText(tr("Checking every row against the nominees (nothing is written)…"));
    survey::ImportOptions options = m_wizard->options(true);
    options.mapping.resolutions.clear();
    options.mapping.resolutionUuids.clear();
    m_panel->start(m_wizard->document()->path(), options);
    updateState();
}

void ImportMatchPage::onDryRun(const survey::ImportSummary &summary, const QString &error)
{
    m_summary = summary;
    m_error = error;
    if (!error.isEmpty()) {
        m_runKey.clear();
        m_statusLabel->setText(summary.cancelled
                                   ? tr("The check was cancelled.")
                                   : tr("The file cannot be imported: %1").arg(error));
        updateState();
        return;
    }
    m_wizard->setLastDryRun(m_wizard->runKey(false), summary);
    m_groups = summary.unmatchedGroups;
    fillTable();
    updateState();
}

void ImportMatchPage::fillTable()
{
    m_table->setRowCount(int(m_groups.size()));
    for (int row = 0; row < m_groups.size(); ++row) {
        const survey::UnmatchedGroup &group = m_groups.at(row);
        auto *spelling = new QTableWidgetItem(placeText(group.place));
        spelling->setToolTip(tr("First seen in row %1").arg(group.firstRow));
        m_table->setItem(row, SpellingColumn, spelling);
        auto *count = new QTableWidgetItem(QStringLiteral("×") + QLocale().toString(group.rows));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowsColumn, count);
        m_table->setItem(row, ProblemColumn,
                         new QTableWidgetItem(survey::NomineeMatcher::kindLabel(group.match.kind)));
        m_table->setItem(row, DecisionColumn, new QTableWidgetItem);
        updateRow(row);
    }
    if (!m_groups.isEmpty())
        m_table->setCurrentCell(0, SpellingColumn);
}

QString ImportMatchPage::nomineeLabel(qint64 id) const
{
    return m_labels.value(id, tr("nominee %1 (no longer in the contest)").arg(id));
}

void ImportMatchPage::updateRow(int row)
{
    QTableWidgetItem *item = m_table->item(row, DecisionColumn);
    if (!item || row >= m_groups.size())
        return;
    const auto it = m_decisions.constFind(m_groups.at(row).key);
    if (it == m_decisions.cend()) {
        item->setText(tr("undecided: rows rejected"));
        item->setForeground(QColor(0x8a, 0x5a, 0x00));
    } else if (*it == kRejected) {
        item->setText(tr("rows rejected"));
        item->setForeground(QBrush());
    } else {
        item->setText(QStringLiteral("→ ") + nomineeLabel(*it));
        item->setForeground(QColor(0x1b, 0x5e, 0x20));
    }
    item->setToolTip(item->text());
}

void ImportMatchPage::onCurrentGroupChanged()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_groups.size())
        fillNomineeCombo(m_groups.at(row));
    updateState();
}

void ImportMatchPage::fillNomineeCombo(const survey::UnmatchedGroup &group)
{
    m_nomineeCombo->clear();
    // The matcher's candidates first: usually the answer is among them.
    QVector<qint64> first;
    for (qint64 id : group.match.candidates) {
        if (m_labels.contains(id) && !first.contains(id)) {
            first.append(id);
            m_nomineeCombo->addItem(QStringLiteral("★ ") + m_labels.value(id), id);
        }
    }
    // Then the nominees of the district the file names (its first word, as "Жалагашский"
    // in "Жалагашский р-н"), those of the region it names first: an unknown okrug is usually
    // one of them.
    const auto firstWord = [](const QString &name) {
        return text::fold(name).section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    };
    const QString district = firstWord(group.place.district);
    const QString region = firstWord(group.place.region);
    if (district.size() >= 4) {
        for (const bool sameRegion : {true, false}) {
            for (qint64 id : std::as_const(m_order)) {
                const QString &place = m_districts.value(id);
                if (first.contains(id) || !place.contains(district) ||
                    (sameRegion && (region.size() < 4 || !place.contains(region))))
                    continue;
                first.append(id);
                m_nomineeCombo->addItem(m_labels.value(id), id);
            }
        }
    }
    if (!first.isEmpty())
        m_nomineeCombo->insertSeparator(m_nomineeCombo->count());
    for (qint64 id : std::as_const(m_order)) {
        if (!first.contains(id))
            m_nomineeCombo->addItem(m_labels.value(id), id);
    }
    const qint64 decided = m_decisions.value(group.key, 0);
    // Preselected only when the matcher had candidates; else the user picks.
    const int index = decided > 0                        ? m_nomineeCombo->findData(decided)
                      : group.match.candidates.isEmpty() ? -1
                                                         : 0;
    m_nomineeCombo->setCurrentIndex(index);
    if (index < 0)
        m_nomineeCombo->setEditText(QString());
}

void ImportMatchPage::resolveWithChosen()
{
    int index = m_nomineeCombo->findText(m_nomineeCombo->currentText(), Qt::MatchExactly);
    if (index < 0)
        index = m_nomineeCombo->currentIndex();
    const qint64 id = index >= 0 ? m_nomineeCombo->itemData(index).toLongLong() : 0;
    if (id > 0)
        decide(m_table->currentRow(), id);
}

void ImportMatchPage::decide(int row, qint64 nomineeId)
{
    if (row < 0 || row >= m_groups.size() || nomineeId == 0)
        return;
    m_decisions.insert(m_groups.at(row).key, nomineeId);
    updateRow(row);
    // On to the next undecided spelling, so a long list is worked through from the keyboard.
    for (int next = row + 1; next < m_groups.size(); ++next) {
        if (!m_decisions.contains(m_groups.at(next).key)) {
            m_table->setCurrentCell(next, SpellingColumn);
            break;
        }
    }
    updateState();
}

void ImportMatchPage::updateState()
{
    const bool running = isRunning();
    m_retryButton->setVisible(!running && !m_error.isEmpty());
    // Nothing to resolve: no empty table and idle buttons.
    const bool nothing = !running && m_error.isEmpty() && !m_runKey.isEmpty() && m_groups.isEmpty();
    for (QWidget *widget :
         {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_nomineeLabel),
          static_cast<QWidget *>(m_nomineeCombo), static_cast<QWidget *>(m_resolveButton),
          static_cast<QWidget *>(m_rejectButton), static_cast<QWidget *>(m_clearButton)})
        widget->setVisible(!nothing);
    const bool hasGroup = !running && m_table->currentRow() >= 0 && !m_groups.isEmpty();
    m_nomineeCombo->setEnabled(hasGroup);
    m_resolveButton->setEnabled(hasGroup);
    m_rejectButton->setEnabled(hasGroup);
    m_clearButton->setEnabled(hasGroup &&
                              m_decisions.contains(m_groups.at(m_table->currentRow()).key));
    if (!running && m_error.isEmpty() && !m_runKey.isEmpty()) {
        const QLocale locale;
        qint64 undecidedRows = 0;
        int undecided = 0;
        for (const survey::UnmatchedGroup &group : std::as_const(m_groups)) {
            if (!m_decisions.contains(group.key)) {
                ++undecided;
                undecidedRows += group.rows;
            }
        }
        QString text;
        if (m_groups.isEmpty()) {
            text = tr("%1 rows read; every place spelling matches one nominee: nothing to "
                      "resolve.")
                       .arg(locale.toString(m_summary.read));
        } else {
            text = tr("%1 rows read; %2 name a place that matches no nominee, or several.")
                       .arg(locale.toString(m_summary.read), locale.toString(m_summary.unmatched));
        }
        if (!m_groups.isEmpty() && undecided > 0)
            text +=
                QLatin1Char(' ') +
                tr("%n spelling(s) undecided: their %1 rows will be rejected.", nullptr, undecided)
                    .arg(locale.toString(undecidedRows));
        else if (!m_groups.isEmpty())
            text += QLatin1Char(' ') + tr("Every spelling is decided.");
        m_statusLabel->setText(text);
    }
    emit completeChanged();
}

bool ImportMatchPage::isComplete() const
{
    return !isRunning() && m_error.isEmpty() && !m_runKey.isEmpty();
}

bool ImportMatchPage::validatePage()
{
    if (!isComplete())
        return false;
    QHash<QString, qint64> &resolutions = m_wizard->mapping().resolutions;
    resolutions.clear();
    for (const survey::UnmatchedGroup &group : std::as_const(m_groups)) {
        const qint64 id = m_decisions.value(group.key, 0);
        if (id > 0)
            resolutions.insert(group.key, id);
    }
    return true;
}

} // namespace akim
