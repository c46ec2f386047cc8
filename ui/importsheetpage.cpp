#include "importsheetpage.h"

#include "emptystate.h"
#include "importwizard.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "survey/csvreader.h"
#include "survey/encodingdetector.h"
#include "survey/headerguess.h"
#include "tablefit.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

constexpr int kMaxHeaderRows = 5;

ImportSheetPage::Loaded readPreview(const QString &key, const QString &path,
                                    const survey::CsvOptions &csv, const QString &sheet,
                                    const std::atomic<bool> &stop)
{
    ImportSheetPage::Loaded loaded;
    loaded.key = key;
    survey::ReadError error;
    std::unique_ptr<survey::SheetReader> reader = survey::SheetReader::open(path, &error, csv);
    if (!reader) {
        loaded.error = error.toString();
        return loaded;
    }
    loaded.format = reader->format();
    loaded.sheets = reader->sheetNames();
    if (auto *csvReader = dynamic_cast<survey::CsvReader *>(reader.get())) {
        loaded.encoding = csvReader->encoding();
        loaded.delimiter = csvReader->delimiter();
        loaded.warnings = csvReader->warnings();
    }
    if (!sheet.isEmpty() && loaded.sheets.contains(sheet) && !reader->selectSheet(sheet)) {
        loaded.error = reader->error().toString();
        return loaded;
    }
    loaded.sheet = reader->currentSheet();
    QVector<QVariant> cells;
    while (!stop && loaded.rows.size() < ImportSheetPage::kPreviewRows && reader->readRow(cells))
        loaded.rows.append(cells);
    if (reader->error().isError())
        loaded.error = reader->error().toString();
    return loaded;
}

QString formatName(survey::SheetFormat format)
{
    switch (format) {
    case survey::SheetFormat::Csv:
        return ImportSheetPage::tr("CSV text file");
    case survey::SheetFormat::Xlsx:
        return ImportSheetPage::tr("Excel workbook (xlsx)");
    case survey::SheetFormat::Ods:
        return ImportSheetPage::tr("OpenDocument spreadsheet (ods)");
    case survey::SheetFormat::Xls:
        return ImportSheetPage::tr("Excel 97–2003 workbook (xls)");
    }
    return {};
}

} // namespace

ImportSheetPage::ImportSheetPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new SheetPreviewModel(this))
    , m_formatLabel(new QLabel)
    , m_sheetLabel(new QLabel)
    , m_sheetCombo(new QComboBox)
    , m_csvGroup(new QGroupBox)
    , m_encodingLabel(new QLabel)
    , m_encodingCombo(new QComboBox)
    , m_delimiterLabel(new QLabel)
    , m_delimiterCombo(new QComboBox)
    , m_warningsLabel(new QLabel)
    , m_headerLabel(new QLabel)
    , m_headerFirstSpin(new QSpinBox)
    , m_headerCountLabel(new QLabel)
    , m_headerCountSpin(new QSpinBox)
    , m_table(new QTableView)
    , m_statusLabel(new QLabel)
{
    m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
    m_sheetCombo->setObjectName(QStringLiteral("sheetCombo"));
    m_sheetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheetCombo);
    m_csvGroup->setObjectName(QStringLiteral("csvOptionsGroup"));
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    // Wide enough for "windows-1251 (detected)" whatever the style's default.
    m_encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_encodingLabel->setBuddy(m_encodingCombo);
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiterLabel->setBuddy(m_delimiterCombo);
    m_warningsLabel->setObjectName(QStringLiteral("csvWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_headerFirstSpin->setObjectName(QStringLiteral("headerFirstRowSpin"));
    m_headerFirstSpin->setRange(1, kPreviewRows);
    m_headerLabel->setBuddy(m_headerFirstSpin);
    m_headerCountSpin->setObjectName(QStringLiteral("headerRowCountSpin"));
    m_headerCountSpin->setRange(0, kMaxHeaderRows);
    m_headerCountLabel->setBuddy(m_headerCountSpin);
    m_statusLabel->setObjectName(QStringLiteral("sheetStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("sheetPreviewTable"));
    new EmptyState(m_table);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    TableFit::setCompactRows(m_table);

    auto *csvLayout = new QHBoxLayout(m_csvGroup);
    csvLayout->addWidget(m_encodingLabel);
    csvLayout->addWidget(m_encodingCombo);
    csvLayout->addSpacing(16);
    csvLayout->addWidget(m_delimiterLabel);
    csvLayout->addWidget(m_delimiterCombo);
    csvLayout->addStretch();

    auto *topRow = new QHBoxLayout;
    topRow->addWidget(m_formatLabel);
    topRow->addStretch();
    topRow->addWidget(m_sheetLabel);
    topRow->addWidget(m_sheetCombo);

    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headerLabel);
    headerRow->addWidget(m_headerFirstSpin);
    headerRow->addSpacing(16);
    headerRow->addWidget(m_headerCountLabel);
    headerRow->addWidget(m_headerCountSpin);
    headerRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topRow);
    layout->addWidget(m_csvGroup);
    layout->addWidget(m_warningsLabel);
    layout->addLayout(headerRow);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_table, 1);

    connect(m_sheetCombo, &QComboBox::activated, this, &ImportSheetPage::onSheetChosen);
    connect(m_encodingCombo, &QComboBox::activated, this, &ImportSheetPage::onCsvOptionChosen);
    connect(m_delimiterCombo, &QComboBox::activated, this, &ImportSheetPage::onCsvOptionChosen);
    connect(m_headerFirstSpin, &QSpinBox::valueChanged, this,
            &ImportSheetPage::onHeaderRowsChanged);
    connect(m_headerCountSpin, &QSpinBox::valueChanged, this,
            &ImportSheetPage::onHeaderRowsChanged);
    retranslateUi();
}

ImportSheetPage::~ImportSheetPage()
{
    if (m_stop)
        *m_stop = true;
}

void ImportSheetPage::retranslateUi()
{
    setTitle(tr("Sheet and header"));
    setSubTitle(tr("Check that the text reads right and that the highlighted rows are the "
                   "column headings."));
    m_sheetLabel->setText(tr("&Sheet:"));
    m_csvGroup->setTitle(tr("How the text file is read"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_headerLabel->setText(tr("&Header starts at row:"));
    m_headerCountLabel->setText(tr("Header &rows:"));
    m_headerCountSpin->setSpecialValueText(tr("none"));
    m_table->setAccessibleName(tr("Preview of the sheet"));
    EmptyState::of(m_table)->setEmptyText(tr("No rows to show: this sheet is empty. Choose "
                                             "another sheet above, or go Back and choose "
                                             "another file."));
    if (!m_loaded.key.isEmpty())
        onLoaded(m_loaded);
}

void ImportSheetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QString ImportSheetPage::loadKey() const
{
    return m_wizard->filePath() + QChar(0x1f) + m_csv.encoding + QChar(0x1f) +
           QString(m_csv.delimiter) + QChar(0x1f) + m_sheet;
}

void ImportSheetPage::initializePage()
{
    if (m_loaded.key.section(QChar(0x1f), 0, 0) != m_wizard->filePath()) {
        // Another file: its own encoding and sheets are detected again.
        m_csv = {};
        m_sheet.clear();
    }
    if (loadKey() != m_loaded.key || !m_loaded.error.isEmpty())
        load();
}

void ImportSheetPage::load()
{
    if (m_stop)
        *m_stop = true;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_loading = true;
    m_statusLabel->setText(tr("Reading the first rows…"));
    m_statusLabel->setStyleSheet(QString());
    m_statusLabel->setVisible(true);
    emit completeChanged();
    const QString key = loadKey();
    const QString path = m_wizard->filePath();
    const survey::CsvOptions csv = m_csv;
    const QString sheet = m_sheet;
    runInBackground<Loaded>(
        this,
        [key, path, csv, sheet](const std::atomic<bool> &stop) {
            return readPreview(key, path, csv, sheet, stop);
        },
        [this](const Loaded &loaded) {
            m_loading = false;
            const bool reguess = loaded.key != m_loaded.key;
            m_loaded = loaded;
            onLoaded(loaded);
            if (reguess && loaded.error.isEmpty()) {
                // New content: guess its header again.
                const survey::HeaderGuess guess = survey::HeaderGuess::guess(loaded.rows);
                const QSignalBlocker b1(m_headerFirstSpin);
                const QSignalBlocker b2(m_headerCountSpin);
                m_headerFirstSpin->setValue(guess.headerRows.isEmpty()
                                                ? guess.firstDataRow + 1
                                                : guess.headerRows.constFirst() + 1);
                m_headerCountSpin->setValue(int(guess.headerRows.size()));
            }
            onHeaderRowsChanged();
        },
        m_stop);
}

void ImportSheetPage::onLoaded(const Loaded &loaded)
{
    const bool failed = !loaded.error.isEmpty();
    m_statusLabel->setVisible(failed || loaded.rows.isEmpty());
    m_statusLabel->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
    m_statusLabel->setText(failed ? tr("The file cannot be read: %1").arg(loaded.error)
                                  : tr("The sheet is empty."));
    m_formatLabel->setText(failed ? QString()
                                  : tr("%1: %2").arg(QFileInfo(m_wizard->filePath()).fileName(),
                                                     formatName(loaded.format)));
    {
        const QSignalBlocker blocker(m_sheetCombo);
        m_sheetCombo->clear();
        m_sheetCombo->addItems(loaded.sheets);
        m_sheetCombo->setCurrentIndex(int(loaded.sheets.indexOf(loaded.sheet)));
    }
    const bool csv = !failed && loaded.format == survey::SheetFormat::Csv;
    m_sheetLabel->setVisible(!csv && loaded.sheets.size() > 0);
    m_sheetCombo->setVisible(!csv && loaded.sheets.size() > 0);
    m_sheetCombo->setEnabled(loaded.sheets.size() > 1);
    m_csvGroup->setVisible(csv || (failed && !m_csv.encoding.isEmpty()));
    if (csv)
        fillCsvCombos();
    m_warningsLabel->setText(loaded.warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!loaded.warnings.isEmpty());
    m_model->setRows(failed ? QVector<QVector<QVariant>>() : loaded.rows);
    emit completeChanged();
}

void ImportSheetPage::fillCsvCombos()
{
    const QSignalBlocker b1(m_encodingCombo);
    const QSignalBlocker b2(m_delimiterCombo);
    m_encodingCombo->clear();
    QStringList encodings = survey::EncodingDetector::knownEncodings();
    if (!m_loaded.encoding.isEmpty() && !encodings.contains(m_loaded.encoding))
        encodings.prepend(m_loaded.encoding);
    for (const QString &encoding : std::as_const(encodings)) {
        const bool detected = encoding == m_loaded.encoding && m_csv.encoding.isEmpty();
        m_encodingCombo->addItem(detected ? tr("%1 (detected)").arg(encoding) : encoding, encoding);
    }
    m_encodingCombo->setCurrentIndex(m_encodingCombo->findData(m_loaded.encoding));

    m_delimiterCombo->clear();
    const QList<QPair<QChar, QString>> delimiters = {
        {QLatin1Char(','), tr("Comma ,")},
        {QLatin1Char(';'), tr("Semicolon ;")},
        {QLatin1Char('\t'), tr("Tab")},
        {QLatin1Char('|'), tr("Vertical bar |")},
    };
    for (const auto &[delimiter, label] : delimiters) {
        const bool detected = delimiter == m_loaded.delimiter && m_csv.delimiter.isNull();
        m_delimiterCombo->addItem(detected ? tr("%1 (detected)").arg(label) : label,
                                  QString(delimiter));
    }
    m_delimiterCombo->setCurrentIndex(m_delimiterCombo->findData(QString(m_loaded.delimiter)));
}

void ImportSheetPage::onSheetChosen()
{
    m_sheet = m_sheetCombo->currentText();
    load();
}

void ImportSheetPage::onCsvOptionChosen()
{
    const QString encoding = m_encodingCombo->currentData().toString();
    const QString delimiter = m_delimiterCombo->currentData().toString();
    // Only what differs from the detection is an override, so a saved profile does not force
    // one file's encoding on the next.
    if (encoding != m_loaded.encoding || !m_csv.encoding.isEmpty())
        m_csv.encoding = encoding;
    if (!delimiter.isEmpty() &&
        (delimiter.at(0) != m_loaded.delimiter || !m_csv.delimiter.isNull()))
        m_csv.delimiter = delimiter.at(0);
    if (loadKey() != m_loaded.key)
        load();
}

QVector<int> ImportSheetPage::headerRows() const
{
    QVector<int> rows;
    const int first = m_headerFirstSpin->value() - 1;
    for (int i = 0; i < m_headerCountSpin->value(); ++i)
        rows.append(first + i);
    return rows;
}

int ImportSheetPage::firstDataRow() const
{
    return m_headerFirstSpin->value() - 1 + m_headerCountSpin->value();
}

void ImportSheetPage::onHeaderRowsChanged()
{
    m_model->setHeaderRows(headerRows());
    updateColumns();
    emit completeChanged();
}

void ImportSheetPage::updateColumns()
{
    const survey::HeaderGuess header = survey::HeaderGuess::fromRows(m_loaded.rows, headerRows());
    m_model->setColumnNames(m_headerCountSpin->value() > 0 ? header.columns : QStringList());
}

bool ImportSheetPage::isComplete() const
{
    return !m_loading && m_loaded.error.isEmpty() && !m_loaded.key.isEmpty() &&
           firstDataRow() < m_loaded.rows.size();
}

bool ImportSheetPage::validatePage()
{
    if (!isComplete())
        return false;
    survey::ImportMapping &mapping = m_wizard->mapping();
    const bool csv = m_loaded.format == survey::SheetFormat::Csv;
    // A CSV file's one "sheet" is named after the file: a profile must not ask for that name.
    mapping.sheet = csv ? QString() : m_loaded.sheet;
    mapping.csv = csv ? m_csv : survey::CsvOptions{};
    mapping.headerRows = headerRows();
    mapping.firstDataRow = firstDataRow();
    const survey::HeaderGuess header = survey::HeaderGuess::fromRows(m_loaded.rows, headerRows());
    m_wizard->setPreview(m_loaded.rows, header.columns);
    return true;
}

} // namespace akim
