#include "importscalepage.h"

#include "emptystate.h"
#include "importwizard.h"
#include "survey/answerscale.h"
#include "survey/cellvalue.h"
#include "survey/sheetreader.h"

#include <QColor>
#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace akim {
namespace {

enum TableColumn { AnswerColumn, CountColumn, ValueColumn, TableColumnCount };

using Census = ImportScalePage::Census;

Census takeCensus(const QString &key, const QString &path, const survey::ImportMapping &mapping,
                  const std::atomic<bool> &stop)
{
    Census census;
    census.key = key;
    survey::ReadError error;
    std::unique_ptr<survey::SheetReader> reader =
        survey::SheetReader::open(path, &error, mapping.csv);
    if (!reader) {
        census.error = error.toString();
        return census;
    }
    if (!mapping.sheet.isEmpty() && !reader->selectSheet(mapping.sheet)) {
        census.error = reader->error().toString();
        return census;
    }
    const QVector<int> questions = mapping.columnsOf(survey::ColumnRole::Question);
    // The built-in scale alone tells numbers of the scale from the rest.
    const survey::AnswerScale plain =
        mapping.scale.kind() == survey::AnswerScale::Kind::YesNo
            ? survey::AnswerScale::yesNo()
            : survey::AnswerScale::likert(int(mapping.scale.minimum()),
                                          int(mapping.scale.maximum()));
    QHash<QString, int> index; // folded → position in phrases
    QVector<Census::Phrase> phrases;
    QVector<QVariant> cells;
    qint64 row = 0;
    while (!stop && reader->readRow(cells)) {
        if (row++ < mapping.firstDataRow || cells.isEmpty())
            continue;
        for (int column : questions) {
            const QVariant cell = column < cells.size() ? cells.at(column) : QVariant();
            QString text;
            if (cell.typeId() == QMetaType::QString)
                text = cell.toString().trimmed();
            if (!cell.isValid() || cell.isNull() ||
                (cell.typeId() == QMetaType::QString && text.isEmpty())) {
                ++census.blanks;
                continue;
            }
            const bool numeric =
                cell.typeId() != QMetaType::QString || survey::parseNumber(text).isValid();
            if (numeric) {
                if (plain.interpret(cell).isValue())
                    ++census.numbers;
                else
                    ++census.outside;
                continue;
            }
            const QString folded = survey::AnswerScale::foldPhrase(text);
            const auto it = index.constFind(folded);
            if (it != index.cend()) {
                ++phrases[*it].count;
            } else {
                index.insert(folded, int(phrases.size()));
                phrases.append({text, folded, 1});
            }
        }
    }
    if (reader->error().isError())
        census.error = reader->error().toString();
    std::stable_sort(
        phrases.begin(), phrases.end(),
        [](const Census::Phrase &a, const Census::Phrase &b) { return a.count > b.count; });
    if (phrases.size() > ImportScalePage::kMaxPhrases) {
        census.morePhrases = phrases.size() - ImportScalePage::kMaxPhrases;
        phrases.resize(ImportScalePage::kMaxPhrases);
    }
    census.phrases = phrases;
    return census;
}

} // namespace

ImportScalePage::ImportScalePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summaryLabel(new QLabel)
    , m_busyBar(new QProgressBar)
    , m_table(new QTableWidget)
{
    m_summaryLabel->setObjectName(QStringLiteral("scaleSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_busyBar->setObjectName(QStringLiteral("scaleBusyBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setVisible(false);
    m_table->setObjectName(QStringLiteral("answerScaleTable"));
    auto *empty = new EmptyState(m_table);
    empty->setFilterTest([this] { return m_scanning; });
    m_table->setColumnCount(TableColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(AnswerColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CountColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_busyBar);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

ImportScalePage::~ImportScalePage()
{
    if (m_stop)
        *m_stop = true;
}

void ImportScalePage::retranslateUi()
{
    setTitle(tr("Answers"));
    setSubTitle(tr("What each answer written as text counts as. Blank answers and “hard to "
                   "say” are not counted: they are not zeros."));
    m_table->setHorizontalHeaderLabels({tr("Answer"), tr("Times"), tr("Counts as")});
    m_table->setAccessibleName(tr("Answers written as text"));
    EmptyState::of(m_table)->setEmptyText(tr("Every answer in the file is a number on the "
                                             "scale: there is no text to map. Go on with "
                                             "Next."));
    EmptyState::of(m_table)->setFilteredText(tr("Reading the answers…"));
    if (!m_census.key.isEmpty() && !m_scanning) {
        fillTable();
        updateSummary();
    }
}

void ImportScalePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportScalePage::initializePage()
{
    survey::ImportMapping mapping = m_wizard->mapping();
    mapping.scale.clearOverrides();
    mapping.resolutions.clear();
    const QString key = m_wizard->filePath() + QChar(0x1f) +
                        QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson());
    if (key != m_census.key || !m_census.error.isEmpty())
        scan();
    else
        fillTable(); // the overrides may have come from a profile meanwhile
}

void ImportScalePage::scan()
{
    if (m_stop)
        *m_stop = true;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_scanning = true;
    m_table->setRowCount(0);
    EmptyState::of(m_table)->refresh();
    m_busyBar->setVisible(true);
    m_summaryLabel->setText(tr("Reading the answers…"));
    emit completeChanged();
    survey::ImportMapping mapping = m_wizard->mapping();
    mapping.scale.clearOverrides();
    mapping.resolutions.clear();
    const QString path = m_wizard->filePath();
    const QString key =
        path + QChar(0x1f) + QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson());
    runInBackground<Census>(
        this,
        [key, path, mapping](const std::atomic<bool> &stop) {
            return takeCensus(key, path, mapping, stop);
        },
        [this](const Census &census) { onScanned(census); }, m_stop);
}

void ImportScalePage::onScanned(const Census &census)
{
    m_scanning = false;
    EmptyState::of(m_table)->refresh();
    m_busyBar->setVisible(false);
    m_census = census;
    fillTable();
    updateSummary();
    emit completeChanged();
}

void ImportScalePage::fillTable()
{
    const survey::AnswerScale &scale = m_wizard->mapping().scale;
    const bool yesNo = scale.kind() == survey::AnswerScale::Kind::YesNo;
    const QLocale locale;
    m_table->setRowCount(int(m_census.phrases.size()));
    for (int row = 0; row < m_census.phrases.size(); ++row) {
        const Census::Phrase &phrase = m_census.phrases.at(row);
        auto *answer = new QTableWidgetItem(phrase.text);
        answer->setToolTip(phrase.text);
        m_table->setItem(row, AnswerColumn, answer);
        auto *count = new QTableWidgetItem(locale.toString(phrase.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, CountColumn, count);

        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("scaleCombo_%1").arg(row));
        const survey::Answer meaning = scale.interpretText(phrase.text);
        if (meaning.isInvalid()) {
            // Not a phrase the scale knows: the user's decision is wanted here.
            answer->setBackground(QColor(255, 236, 179));
            answer->setToolTip(tr("Not a phrase of the scale: choose what it counts as, or its "
                                  "rows are rejected."));
            combo->addItem(tr("Not an answer: reject the row"), rejectKey());
        }
        if (yesNo) {
            combo->addItem(tr("Yes (1)"), 1.0);
            combo->addItem(tr("No (0)"), 0.0);
        } else {
            for (int value = int(scale.maximum()); value >= int(scale.minimum()); --value)
                combo->addItem(QString::number(value), double(value));
        }
        combo->addItem(tr("Not counted"), notCountedKey());
        int current = 0;
        if (meaning.isValue())
            current = combo->findData(meaning.value);
        else if (!meaning.isInvalid())
            current = combo->findData(notCountedKey());
        combo->setCurrentIndex(std::max(0, current));
        m_table->setCellWidget(row, ValueColumn, combo);
    }
}

void ImportScalePage::updateSummary()
{
    if (!m_census.error.isEmpty()) {
        m_summaryLabel->setText(tr("The file cannot be read: %1").arg(m_census.error));
        return;
    }
    const QLocale locale;
    const survey::AnswerScale &scale = m_wizard->mapping().scale;
    QStringList parts;
    parts << (scale.kind() == survey::AnswerScale::Kind::YesNo
                  ? tr("%1 answers given as numbers 0 or 1.").arg(locale.toString(m_census.numbers))
                  : tr("%1 answers given as numbers %2–%3.")
                        .arg(locale.toString(m_census.numbers))
                        .arg(scale.minimum())
                        .arg(scale.maximum()));
    if (m_census.outside > 0)
        parts << tr("%1 numbers outside the scale: their rows will be rejected.")
                     .arg(locale.toString(m_census.outside));
    parts << tr("%1 blank answers (not counted).").arg(locale.toString(m_census.blanks));
    if (m_census.phrases.isEmpty())
        parts << tr("No answer is written as text: nothing to decide here.");
    if (m_census.morePhrases > 0)
        parts << tr("%1 more distinct texts are not listed; they count as the scale "
                    "reads them, or reject their rows.")
                     .arg(locale.toString(m_census.morePhrases));
    m_summaryLabel->setText(parts.join(QLatin1Char(' ')));
}

bool ImportScalePage::isComplete() const
{
    return !m_scanning && m_census.error.isEmpty() && !m_census.key.isEmpty();
}

bool ImportScalePage::validatePage()
{
    if (!isComplete())
        return false;
    survey::AnswerScale &scale = m_wizard->mapping().scale;
    survey::AnswerScale builtIn = scale;
    builtIn.clearOverrides();
    scale.clearOverrides();
    // Only what differs from the built-in reading is an override; unknown phrases left as
    // "reject" need none.
    for (int row = 0; row < m_census.phrases.size(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, ValueColumn));
        if (!combo)
            continue;
        const QString text = m_census.phrases.at(row).text;
        const QVariant choice = combo->currentData();
        const survey::Answer current = builtIn.interpretText(text);
        if (choice.toString() == rejectKey())
            continue;
        if (choice.toString() == notCountedKey()) {
            if (current.status != survey::Answer::Status::NotCounted)
                scale.setOverride(text, QVariant());
            continue;
        }
        if (!current.isValue() || current.value != choice.toDouble())
            scale.setOverride(text, choice.toDouble());
    }
    return true;
}

} // namespace akim
