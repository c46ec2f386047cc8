#include "importsummarypage.h"

#include "emptystate.h"
#include "filedialogs.h"
#include "importwizard.h"
#include "messagebox.h"
#include "services/contestdocument.h"
#include "survey/headerguess.h"
#include "tablefit.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_panel(new ImportJobPanel(QStringLiteral("import")))
    , m_statusLabel(new QLabel)
    , m_countsLabel(new QLabel)
    , m_warningsLabel(new QLabel)
    , m_regionsLabel(new QLabel)
    , m_regionTable(new QTableWidget)
    , m_rejectedLabel(new QLabel)
    , m_rejectedTable(new QTableWidget)
    , m_saveRejectedButton(new QPushButton)
{
    wizard->registerJobPanel(m_panel);
    setCommitPage(false);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_countsLabel->setObjectName(QStringLiteral("importCountsLabel"));
    m_countsLabel->setTextFormat(Qt::RichText);
    m_warningsLabel->setObjectName(QStringLiteral("importWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    for (QTableWidget *table : {m_regionTable, m_rejectedTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(false);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
        TableFit::setCompactRows(table);
    }
    m_regionTable->setObjectName(QStringLiteral("regionCountsTable"));
    m_regionTable->setColumnCount(3);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedRowsTable"));
    auto *noneRejected = new EmptyState(m_rejectedTable);
    noneRejected->setFilterTest([this] { return isRunning() || m_runKey.isEmpty(); });
    m_rejectedTable->setColumnCount(3);
    m_saveRejectedButton->setObjectName(QStringLiteral("saveRejectedButton"));

    auto *regionBox = new QWidget;
    auto *regionLayout = new QVBoxLayout(regionBox);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(m_regionsLabel);
    regionLayout->addWidget(m_regionTable);
    auto *rejectedBox = new QWidget;
    auto *rejectedLayout = new QVBoxLayout(rejectedBox);
    rejectedLayout->setContentsMargins(0, 0, 0, 0);
    auto *rejectedHeader = new QHBoxLayout;
    rejectedHeader->addWidget(m_rejectedLabel, 1);
    rejectedHeader->addWidget(m_saveRejectedButton);
    rejectedLayout->addLayout(rejectedHeader);
    rejectedLayout->addWidget(m_rejectedTable, 1);
    rejectedLayout->addStretch(0); // keeps the heading on top while the table is hidden
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("summarySplitter"));
    splitter->addWidget(regionBox);
    splitter->addWidget(rejectedBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_countsLabel);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_panel);

    connect(m_panel, &ImportJobPanel::finished, this, &ImportSummaryPage::onFinished);
    connect(m_panel, &ImportJobPanel::runningChanged, this, &ImportSummaryPage::onRunningChanged);
    connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportSummaryPage::saveRejected);
    retranslateUi();
}

void ImportSummaryPage::retranslateUi()
{
    setTitle(tr("Check and import"));
    setSubTitle(tr("A dry run of the whole file: nothing has been written yet. Import writes "
                   "everything in one step, or nothing."));
    m_regionsLabel->setText(tr("Responses per region:"));
    m_regionTable->setHorizontalHeaderLabels({tr("Region"), tr("To import"), tr("Duplicates")});
    m_rejectedTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Reason")});
    m_regionTable->setAccessibleName(tr("Responses per region"));
    m_rejectedTable->setAccessibleName(tr("Rejected rows"));
    EmptyState::of(m_rejectedTable)
        ->setEmptyText(tr("No row is rejected: every response of the file can be imported."));
    EmptyState::of(m_rejectedTable)->setFilteredText(tr("Checking the file…"));
    m_saveRejectedButton->setText(tr("&Save rejected rows as CSV…"));
    m_panel->retranslate();
    if (!m_runKey.isEmpty() && !isRunning())
        showDryRun();
}

void ImportSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ImportSummaryPage::initializePage()
{
    const QString key = m_wizard->runKey(true);
    if (key == m_runKey && m_error.isEmpty())
        return;
    if (m_wizard->hasDryRun(key)) {
        // The match page's run had nothing to resolve: the same run, no need to repeat it.
        m_runKey = key;
        m_error.clear();
        m_dryRun = m_wizard->lastDryRun();
        showDryRun();
        emit completeChanged();
        return;
    }
    runDryRun();
}

void ImportSummaryPage::cleanupPage()
{
    if (isRunning() && !m_importing) {
        m_panel->cancelAndWait();
        m_runKey.clear();
    }
}

bool ImportSummaryPage::isRunning() const
{
    return m_panel->isRunning();
}

void ImportSummaryPage::runDryRun()
{
    m_runKey = m_wizard->runKey(true);
    m_error.clear();
    m_importing = false;
    m_statusLabel->setText(tr("Checking the whole file (nothing is written)…"));
    m_countsLabel->clear();
    m_regionTable->setRowCount(0);
    m_rejectedTable->setRowCount(0);
    m_panel->start(m_wizard->document()->path(), m_wizard->options(true));
}

void ImportSummaryPage::startImport()
{
    if (isRunning() || m_wizard->imported())
        return;
    m_importing = true;
    m_statusLabel->setText(tr("Importing…"));
    m_panel->start(m_wizard->document()->path(), m_wizard->options(false));
}

void ImportSummaryPage::cancelImport()
{
    m_panel->cancel();
}

void ImportSummaryPage::onRunningChanged(bool running)
{
    emit completeChanged();
    EmptyState::of(m_rejectedTable)->refresh();
    // No going back while a run holds the file open.
    if (QAbstractButton *back = m_wizard->button(QWizard::BackButton))
        back->setEnabled(!running);
}

void ImportSummaryPage::onFinished(const survey::ImportSummary &summary, const QString &error)
{
    const bool importing = m_importing;
    m_importing = false;
    if (importing) {
        if (summary.committed) {
            m_wizard->setResult(summary);
            m_wizard->accept();
            return;
        }
        m_statusLabel->setText(summary.cancelled
                                   ? tr("The import was cancelled; nothing was written.")
                                   : tr("The import failed; nothing was written. %1").arg(error));
        emit completeChanged();
        return;
    }
    m_dryRun = summary;
    m_error = error;
    if (!error.isEmpty()) {
        m_runKey.clear();
        m_statusLabel->setText(summary.cancelled
                                   ? tr("The check was cancelled. Go back and "
                                        "forward again to repeat it.")
                                   : tr("The file cannot be imported: %1").arg(error));
        emit completeChanged();
        return;
    }
    m_wizard->setLastDryRun(m_runKey, summary);
    showDryRun();
    emit completeChanged();
}

void ImportSummaryPage::showDryRun()
{
    const QLocale locale;
    const survey::ImportSummary &s = m_dryRun;
    m_statusLabel->setText(
        s.imported > 0 ? tr("Ready: press Import to add %1 responses to the contest.")
                             .arg(locale.toString(s.imported))
                       : tr("Nothing to import: every row is rejected or already imported."));
    const auto cell = [&](const QString &label, qint64 value, const char *name) {
        return QStringLiteral("<td>%1</td><td align=right><b><span id=\"%2\">%3</span></b></td>")
            .arg(label.toHtmlEscaped(), QLatin1String(name), locale.toString(value));
    };
    m_countsLabel->setText(
        QStringLiteral("<table cellspacing=4><tr>") + cell(tr("Rows read:"), s.read, "read") +
        QStringLiteral("<td width=24></td>") + cell(tr("To import:"), s.imported, "imported") +
        QStringLiteral("<td width=24></td>") + cell(tr("Rejected:"), s.rejected, "rejected") +
        QStringLiteral("<td width=24></td>") +
        cell(tr("Duplicates (skipped):"), s.duplicates, "duplicates") +
        QStringLiteral("<td width=24></td>") +
        cell(tr("Place not recognised:"), s.unmatched, "unmatched") +
        QStringLiteral("</tr></table>"));
    m_warningsLabel->setText(s.warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!s.warnings.isEmpty());

    m_regionTable->setRowCount(int(s.regions.size()));
    for (int row = 0; row < s.regions.size(); ++row) {
        const survey::RegionCount &region = s.regions.at(row);
        m_regionTable->setItem(row, 0, new QTableWidgetItem(region.regionName));
        auto *imported = new QTableWidgetItem(locale.toString(region.imported));
        imported->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_regionTable->setItem(row, 1, imported);
        auto *duplicates = new QTableWidgetItem(locale.toString(region.duplicates));
        duplicates->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_regionTable->setItem(row, 2, duplicates);
    }
    m_regionTable->resizeColumnsToContents();

    m_rejectedLabel->setText(
        s.rejected == 0 ? tr("No row is rejected.")
        : s.rejectedRows.size() < s.rejected
            ? tr("Rejected rows (the first %1 of %2):")
                  .arg(locale.toString(qint64(s.rejectedRows.size())), locale.toString(s.rejected))
            : tr("Rejected rows:"));
    m_rejectedTable->setVisible(!s.rejectedRows.isEmpty());
    m_rejectedTable->setRowCount(int(s.rejectedRows.size()));
    for (int row = 0; row < s.rejectedRows.size(); ++row) {
        const survey::RejectedRow &rejected = s.rejectedRows.at(row);
        auto *number = new QTableWidgetItem(QString::number(rejected.row));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_rejectedTable->setItem(row, 0, number);
        const QString column = rejected.column < 0
                                   ? QString()
                                   : survey::HeaderGuess::columnLetter(rejected.column) +
                                         QStringLiteral(" ") +
                                         m_wizard->columns().value(rejected.column);
        m_rejectedTable->setItem(row, 1, new QTableWidgetItem(column));
        auto *reason = new QTableWidgetItem(rejected.reason);
        reason->setToolTip(rejected.reason);
        m_rejectedTable->setItem(row, 2, reason);
    }
    m_rejectedTable->resizeColumnToContents(0);
    m_rejectedTable->resizeColumnToContents(1);
    m_rejectedTable->setColumnWidth(1,
                                    std::min(220, std::max(80, m_rejectedTable->columnWidth(1))));
    m_saveRejectedButton->setEnabled(s.rejected > 0 &&
                                     QFileInfo::exists(m_wizard->rejectedRowsPath()));
}

void ImportSummaryPage::saveRejected()
{
    const QString source = m_wizard->rejectedRowsPath();
    const QString suggested = QFileInfo(m_wizard->filePath()).completeBaseName() + tr("-rejected") +
                              QStringLiteral(".csv");
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Save Rejected Rows"), suggested, tr("CSV files (*.csv)"), QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    if (QFile::exists(path))
        QFile::remove(path);
    if (!QFile::copy(source, path))
        MessageBox::warning(this, tr("Save Rejected Rows"),
                            tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)));
}

bool ImportSummaryPage::isComplete() const
{
    return !isRunning() && m_error.isEmpty() && !m_runKey.isEmpty() && m_dryRun.imported > 0;
}

bool ImportSummaryPage::validatePage()
{
    // Import: run the job; the wizard closes from onFinished() once it has committed.
    if (m_wizard->imported())
        return true;
    startImport();
    return false;
}

} // namespace akim
