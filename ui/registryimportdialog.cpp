#include "registryimportdialog.h"

#include "dialogbuttons.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "importfilepage.h"
#include "itemmodels/sheetpreviewmodel.h"
#include "services/contestdocument.h"
#include "tablefit.h"
#include "text/language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {

RegistryImportDialog::RegistryImportDialog(ContestDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_fileLabel(new QLabel)
    , m_pathEdit(new QLineEdit)
    , m_browseButton(new QPushButton)
    , m_summaryLabel(new QLabel)
    , m_table(new QTableWidget)
    , m_resultLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
    , m_importButton(new QPushButton)
{
    setObjectName(QStringLiteral("registryImportDialog"));
    setAcceptDrops(true);
    m_pathEdit->setObjectName(QStringLiteral("registryFileEdit"));
    m_pathEdit->setReadOnly(true);
    m_fileLabel->setBuddy(m_browseButton);
    m_browseButton->setObjectName(QStringLiteral("browseRegistryButton"));
    m_summaryLabel->setObjectName(QStringLiteral("registrySummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setObjectName(QStringLiteral("registryResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setVisible(false);
    m_table->setObjectName(QStringLiteral("registryPlanTable"));
    m_emptyState = new EmptyState(m_table);
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    m_buttons->setObjectName(QStringLiteral("registryButtonBox"));
    m_importButton->setObjectName(QStringLiteral("registryImportButton"));
    m_buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &RegistryImportDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, &RegistryImportDialog::importPlan);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 600);
    retranslateUi();
}

void RegistryImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Registry of Applicants"));
    m_fileLabel->setText(tr("&File:"));
    m_pathEdit->setAccessibleName(tr("File"));
    m_table->setAccessibleName(tr("Rows of the registry"));
    m_emptyState->setEmptyText(tr("Choose the spreadsheet the HR department sent with Browse…: "
                                  "each of its rows shows here with what the import does with "
                                  "it, before anything is written."));
    m_pathEdit->setPlaceholderText(
        tr("a spreadsheet with region, district, okrug and the akim's full name"));
    m_browseButton->setText(tr("&Browse…"));
    m_importButton->setText(tr("&Import"));
    m_table->setHorizontalHeaderLabels({tr("Row"), tr("Region"), tr("District"), tr("Rural okrug"),
                                        tr("Akim"), tr("What happens")});
    DialogButtons::relabel(m_buttons);
    if (m_planned) {
        fillTable();
        updateState();
    } else {
        m_summaryLabel->setText(tr("Choose the spreadsheet, or drop it here. Nothing is written "
                                   "before you press Import."));
        m_importButton->setEnabled(false);
    }
}

void RegistryImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void RegistryImportDialog::browse()
{
    QStringList patterns;
    for (const QString &suffix : ImportFilePage::spreadsheetSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QString path =
        FileDialogs::getOpenFileName(this, tr("Choose the Registry"),
                                     tr("Spreadsheets (%1)").arg(patterns.join(QLatin1Char(' '))) +
                                         QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void RegistryImportDialog::setFilePath(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_resultLabel->setVisible(false);
    m_result = {};
    replan();
}

void RegistryImportDialog::replan()
{
    if (m_path.isEmpty() || !m_document || !m_document->isOpen())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_plan = survey::RegistryImporter(*m_document).plan(m_path);
    QApplication::restoreOverrideCursor();
    m_planned = true;
    fillTable();
    updateState();
}

QVector<QStringList> RegistryImportDialog::rawRows() const
{
    // The plan keeps what it resolved, not what was typed: read the typed texts back, so a
    // problem row shows the spelling that caused it.
    QVector<QStringList> result;
    survey::ReadError error;
    std::unique_ptr<survey::SheetReader> reader = survey::SheetReader::open(m_path, &error);
    if (!reader || (!m_plan.sheet.isEmpty() && !reader->selectSheet(m_plan.sheet)))
        return result;
    const QVector<survey::RegistryRole> roles = {
        survey::RegistryRole::Region, survey::RegistryRole::District, survey::RegistryRole::Okrug,
        survey::RegistryRole::FullName};
    QHash<qint64, int> wanted;
    for (int i = 0; i < m_plan.rows.size(); ++i)
        wanted.insert(m_plan.rows.at(i).row, i);
    result.resize(m_plan.rows.size());
    QVector<QVariant> cells;
    while (reader->readRow(cells)) {
        const auto it = wanted.constFind(reader->rowNumber());
        if (it == wanted.cend())
            continue;
        QStringList texts;
        for (survey::RegistryRole role : roles) {
            const int column = m_plan.roles.columnOf(role);
            texts << (column >= 0 && column < cells.size()
                          ? SheetPreviewModel::cellText(cells.at(column)).simplified()
                          : QString());
        }
        result[*it] = texts;
    }
    return result;
}

QString RegistryImportDialog::actionText(const survey::RegistryRow &row) const
{
    switch (row.action) {
    case survey::RegistryAction::Add:
        if (row.newOkrug >= 0)
            return row.newDistrict >= 0 ? tr("add, with a new district and okrug")
                                        : tr("add, with a new okrug");
        return tr("add");
    case survey::RegistryAction::Present:
        return tr("already present");
    case survey::RegistryAction::Problem: {
        QStringList reasons;
        for (const survey::ReadError &problem : m_plan.problems) {
            if (problem.row == row.row)
                reasons << problem.message;
        }
        return tr("problem: %1").arg(reasons.join(QStringLiteral("; ")));
    }
    }
    return {};
}

void RegistryImportDialog::fillTable()
{
    const QVector<QStringList> raw = rawRows();
    QHash<qint64, QString> regionNames;
    for (const Region &region : m_document->geography().regions())
        regionNames.insert(region.id, text::pick(region.nameRu, region.nameKk));
    m_table->setRowCount(int(m_plan.rows.size()));
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const survey::RegistryRow &row = m_plan.rows.at(i);
        const QStringList typed = raw.value(i);
        const QString region = row.regionId != 0 ? regionNames.value(row.regionId) : typed.value(0);
        const QStringList texts = {QString::number(row.row),
                                   region,
                                   typed.value(1),
                                   typed.value(2),
                                   row.fullName.isEmpty() ? typed.value(3) : row.fullName,
                                   actionText(row)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (column == RowColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == ActionColumn && row.action == survey::RegistryAction::Problem)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            else if (column == ActionColumn && row.action == survey::RegistryAction::Add)
                item->setForeground(QColor(0x1b, 0x5e, 0x20));
            m_table->setItem(i, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int column = RegionColumn; column <= NameColumn; ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    // The last column takes the room that is left; a long reason is elided, its tooltip whole.
    m_table->setColumnWidth(ActionColumn, 120);
}

bool RegistryImportDialog::importEnabled() const
{
    return m_planned && m_plan.canApply() && m_plan.count(survey::RegistryAction::Add) > 0 &&
           m_document && !m_document->isReadOnly();
}

void RegistryImportDialog::updateState()
{
    QString text = m_plan.summary();
    if (m_plan.isBroken())
        text = tr("The file cannot be imported: %1").arg(text);
    else if (!m_plan.canApply())
        text += QLatin1Char('\n') + tr("Correct the rows with problems in the spreadsheet, then "
                                       "choose it again: a registry is imported whole or not at "
                                       "all.");
    else if (m_plan.count(survey::RegistryAction::Add) == 0 && !m_plan.rows.isEmpty())
        text += QLatin1Char('\n') +
                tr("Every nominee of this file is already in the contest: nothing to import.");
    m_summaryLabel->setText(text);
    m_importButton->setEnabled(importEnabled());
}

void RegistryImportDialog::importPlan()
{
    if (!importEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_result = survey::RegistryImporter(*m_document).apply(m_plan);
    QApplication::restoreOverrideCursor();
    m_resultLabel->setVisible(true);
    if (!m_result.error.isEmpty()) {
        m_resultLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_resultLabel->setText(tr("Nothing was imported: %1").arg(m_result.error));
        replan();
        return;
    }
    m_resultLabel->setStyleSheet(QString());
    m_resultLabel->setText(tr("Imported: %n nominee(s) added", nullptr, m_result.added) +
                           (m_result.okrugsCreated > 0
                                ? tr("; %n okrug(s) created", nullptr, m_result.okrugsCreated)
                                : QString()) +
                           QLatin1Char('.'));
    // Planned again: every row is now "already present", which is what a second import says.
    const survey::RegistryResult result = m_result;
    replan();
    m_result = result;
}

void RegistryImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime && mime->hasUrls() && !mime->urls().isEmpty() &&
        QFileInfo(mime->urls().constFirst().toLocalFile()).isFile())
        event->acceptProposedAction();
}

void RegistryImportDialog::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty())
        return;
    const QString path = mime->urls().constFirst().toLocalFile();
    event->acceptProposedAction();
    setFilePath(path);
}

} // namespace akim
