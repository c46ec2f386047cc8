#include "auditpage.h"

#include "emptystate.h"
#include "itemmodels/auditfilterproxymodel.h"
#include "itemmodels/audittablemodel.h"
#include "itemmodels/labels.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"
#include "tablefit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace akim {
namespace {

// Old and new values can be long (a methodology); their columns give way first.
constexpr int kMaxColumnWidth = 360;
constexpr int kMinValueColumnWidth = 140;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

AuditPage::AuditPage(ContestDocument *document, QWidget *parent)
    : ContestPage(document, parent)
    , m_model(new AuditTableModel(document, this))
    , m_proxy(new AuditFilterProxyModel(this))
    , m_hintLabel(new QLabel)
    , m_filterEdit(new QLineEdit)
    , m_userLabel(new QLabel)
    , m_userCombo(new QComboBox)
    , m_categoryLabel(new QLabel)
    , m_categoryCombo(new QComboBox)
    , m_fromCheck(new QCheckBox)
    , m_fromEdit(new QDateEdit)
    , m_toCheck(new QCheckBox)
    , m_toEdit(new QDateEdit)
    , m_countLabel(new QLabel)
    , m_table(new QTableView)
    , m_detailHint(new QLabel)
    , m_detailForm(new QWidget)
    , m_oldTitle(new QLabel)
    , m_oldView(new QPlainTextEdit)
    , m_newTitle(new QLabel)
    , m_newView(new QPlainTextEdit)
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_chainLabel(new QLabel)
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);

    m_hintLabel->setObjectName(QStringLiteral("auditHintLabel"));
    m_hintLabel->setWordWrap(true);
    m_filterEdit->setObjectName(QStringLiteral("auditFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);
    m_userCombo->setObjectName(QStringLiteral("auditUserCombo"));
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userLabel->setBuddy(m_userCombo);
    m_categoryCombo->setObjectName(QStringLiteral("auditCategoryCombo"));
    m_categoryCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_categoryLabel->setBuddy(m_categoryCombo);
    m_fromCheck->setObjectName(QStringLiteral("auditFromCheckBox"));
    m_toCheck->setObjectName(QStringLiteral("auditToCheckBox"));
    m_fromEdit->setObjectName(QStringLiteral("auditFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("auditToDateEdit"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(QDate::currentDate());
    }
    m_countLabel->setObjectName(QStringLiteral("auditCountLabel"));

    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // Newest first: after an edit, its entry is at the top.
    m_table->sortByColumn(AuditTableModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableFit::setCompactRows(m_table);
    m_table->setTabKeyNavigation(false);
    m_emptyState = new EmptyState(m_table);
    m_emptyState->setSourceModel(m_model);

    m_detailHint->setObjectName(QStringLiteral("auditDetailHint"));
    m_detailHint->setWordWrap(true);
    m_detailForm->setObjectName(QStringLiteral("auditDetailForm"));
    auto *form = new QFormLayout(m_detailForm);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static const char *const kValueNames[FieldCount] = {
        "auditEntryValue",  "auditUserValue", "auditActionValue",   "auditObjectValue",
        "auditReasonValue", "auditHashValue", "auditPrevHashValue", "auditChainProblemValue"};
    for (int field = 0; field < FieldCount; ++field) {
        m_fieldNames[field] = new QLabel;
        m_fieldValues[field] = new QLabel;
        m_fieldValues[field]->setObjectName(QLatin1String(kValueNames[field]));
        m_fieldValues[field]->setTextFormat(Qt::PlainText);
        m_fieldValues[field]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fieldValues[field]->setWordWrap(field == ReasonField || field == ChainField);
        form->addRow(m_fieldNames[field], m_fieldValues[field]);
    }
    // The system's fixed-width family at the interface's size, which follows the user's
    // font setting (the fixed font's own size does not).
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (font().pointSizeF() > 0)
        fixed.setPointSizeF(font().pointSizeF());
    m_oldTitle->setObjectName(QStringLiteral("auditOldTitle"));
    m_newTitle->setObjectName(QStringLiteral("auditNewTitle"));
    m_oldView->setObjectName(QStringLiteral("auditOldView"));
    m_newView->setObjectName(QStringLiteral("auditNewView"));
    for (QPlainTextEdit *view : {m_oldView, m_newView}) {
        view->setReadOnly(true);
        view->setFont(fixed);
        view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    // Hashes are compared by eye, character by character.
    m_fieldValues[HashField]->setFont(fixed);
    m_fieldValues[PrevHashField]->setFont(fixed);

    m_chainLabel->setObjectName(QStringLiteral("auditChainLabel"));
    m_chainLabel->setTextFormat(Qt::RichText);
    m_chainLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 2);
    filterRow->addWidget(m_userLabel);
    filterRow->addWidget(m_userCombo);
    filterRow->addWidget(m_categoryLabel);
    filterRow->addWidget(m_categoryCombo);
    filterRow->addWidget(m_fromCheck);
    filterRow->addWidget(m_fromEdit);
    filterRow->addWidget(m_toCheck);
    filterRow->addWidget(m_toEdit);
    filterRow->addWidget(m_countLabel);

    auto *details = new QWidget;
    details->setObjectName(QStringLiteral("auditDetailPane"));
    auto *detailLayout = new QGridLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailHint, 0, 0, 1, 2);
    detailLayout->addWidget(m_detailForm, 1, 0, 1, 2);
    detailLayout->addWidget(m_oldTitle, 2, 0);
    detailLayout->addWidget(m_newTitle, 2, 1);
    detailLayout->addWidget(m_oldView, 3, 0);
    detailLayout->addWidget(m_newView, 3, 1);
    detailLayout->setRowStretch(3, 1);

    m_splitter->setObjectName(QStringLiteral("auditSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hintLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_chainLabel);

    // Several signals arrive for one change (an import reports nominees, criteria and survey
    // data): they coalesce into one reload.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(0);
    connect(m_reloadTimer, &QTimer::timeout, this, &AuditPage::reload);

    ContestDocument *doc = this->document();
    for (auto signal : {&ContestDocument::nomineesChanged, &ContestDocument::geographyChanged,
                        &ContestDocument::criteriaChanged, &ContestDocument::surveyDataChanged,
                        &ContestDocument::methodologyChanged})
        connect(doc, signal, this, &AuditPage::scheduleReload);
    connect(doc, &ContestDocument::membersChanged, this, &AuditPage::scheduleReload);
    // An undo or redo writes an entry too, whatever the page it belongs to says.
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &AuditPage::scheduleReload);
    // The model reads the file itself as it opens and empties as it closes.
    connect(doc, &ContestDocument::opened, this, [this] { m_stale = false; });
    connect(doc, &ContestDocument::closed, this, [this] {
        m_stale = false;
        m_selectedId = 0;
        m_fitted = false;
        clearFilters(); // the next file opens unfiltered
    });

    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::onModelReset);
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &AuditFilterProxyModel::setFilterText);
    connect(m_userCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setUser(m_userCombo->currentData().toString()); });
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_categoryCombo->currentData().toString()); });
    for (QCheckBox *check : {m_fromCheck, m_toCheck})
        connect(check, &QCheckBox::toggled, this, &AuditPage::applyDateRange);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::applyDateRange);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId =
                    current.isValid() ? current.data(AuditTableModel::IdRole).toLongLong() : 0;
                showDetails();
            });
    connect(m_emptyState, &EmptyState::clearFilterRequested, this, &AuditPage::clearFilters);
    connect(m_chainLabel, &QLabel::linkActivated, this,
            [this] { selectEntry(m_model->firstBrokenId()); });

    retranslateUi();
    onModelReset();
}

void AuditPage::retranslateUi()
{
    m_hintLabel->setText(tr("Every change to this contest as it was saved: who, when, what, the "
                            "old and the new value. Entries cannot be edited; each one's hash "
                            "covers the one before it, so a change made outside the program "
                            "breaks the chain."));
    m_filterEdit->setPlaceholderText(tr("Search user, action, object, values, reason…"));
    m_filterEdit->setAccessibleName(tr("Search the audit log"));
    m_fromEdit->setAccessibleName(tr("From date"));
    m_toEdit->setAccessibleName(tr("To date"));
    m_table->setAccessibleName(tr("Audit log"));
    m_oldView->setAccessibleName(tr("Old value"));
    m_newView->setAccessibleName(tr("New value"));
    m_emptyState->setEmptyText(tr("No entries yet. Every change to the contest is recorded here "
                                  "as it is saved: adding a nominee, an import, a score."));
    m_emptyState->setFilteredText(tr("No entry matches the search and the filters above. Clear "
                                     "them to see the whole log."),
                                  tr("Clear &the Filters"));
    m_userLabel->setText(tr("&User:"));
    // Clear of the menu bar's Alt letters (File, Edit, Account, Language, Help).
    m_categoryLabel->setText(tr("A&ction:"));
    m_fromCheck->setText(tr("Fro&m"));
    m_toCheck->setText(tr("T&o"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setDisplayFormat(labels::shortDateFormat());
    m_fieldNames[EntryField]->setText(tr("Entry:"));
    m_fieldNames[UserField]->setText(tr("User:"));
    m_fieldNames[ActionField]->setText(tr("Action:"));
    m_fieldNames[ObjectField]->setText(tr("Object:"));
    m_fieldNames[ReasonField]->setText(tr("Reason:"));
    m_fieldNames[HashField]->setText(tr("Hash:"));
    m_fieldNames[PrevHashField]->setText(tr("Previous hash:"));
    m_fieldNames[ChainField]->setText(tr("Chain:"));
    m_detailHint->setText(
        tr("Select an entry to see its old and new values in full, and its hashes."));
    m_oldTitle->setText(tr("Old value"));
    m_newTitle->setText(tr("New value"));
    for (QPlainTextEdit *view : {m_oldView, m_newView})
        view->setPlaceholderText(tr("(empty)"));
    m_model->retranslate();
    m_proxy->updateCollator();
    fillFilterCombos();
    updateCount();
    updateChainStatus();
    showDetails();
}

void AuditPage::showEvent(QShowEvent *event)
{
    ContestPage::showEvent(event);
    // Besides the document's signals, the number of entries: a writer that reports through
    // none of them (a service added later) still shows up when the tab is opened.
    bool grown = false;
    if (document()->isOpen()) {
        try {
            grown = document()->audit().count() != m_model->rowCount();
        } catch (const StorageError &) {
            grown = m_model->loadError().isEmpty();
        }
    }
    if (m_stale || grown)
        reload();
    if (!m_fitted)
        QTimer::singleShot(0, this, &AuditPage::fitColumns);
}

void AuditPage::fitColumns()
{
    // Once per file, against the width the view really has (not before it is laid out); the
    // widths the user sets afterwards stay.
    if (m_fitted || m_model->rowCount() == 0)
        return;
    TableFit::fit(
        m_table,
        {AuditTableModel::ObjectColumn, AuditTableModel::OldColumn, AuditTableModel::NewColumn},
        kMinValueColumnWidth, kMaxColumnWidth);
    m_fitted = true;
}

void AuditPage::scheduleReload()
{
    if (!document()->isOpen())
        return;
    m_stale = true;
    if (isVisible())
        m_reloadTimer->start();
}

void AuditPage::reload()
{
    m_reloadTimer->stop();
    m_stale = false;
    m_model->reload(); // onModelReset() does the rest
}

void AuditPage::onModelReset()
{
    m_problems.clear();
    if (document()->isOpen() && m_model->loadError().isEmpty()) {
        try {
            m_problems = document()->audit().verify();
        } catch (const StorageError &e) {
            m_problems = {e.message()};
        }
    }
    fillFilterCombos();
    // Unticked dates wait at the log's first and last day, where a user would start.
    if (!m_fromCheck->isChecked() && m_model->earliestDate().isValid()) {
        const QSignalBlocker blocker(m_fromEdit);
        m_fromEdit->setDate(m_model->earliestDate());
    }
    if (!m_toCheck->isChecked() && m_model->latestDate().isValid()) {
        const QSignalBlocker blocker(m_toEdit);
        m_toEdit->setDate(m_model->latestDate());
    }
    if (isVisible())
        fitColumns();
    // The selection was lost with the reset: the same entry again, if it is still shown.
    const int row = m_selectedId ? m_model->rowOfId(m_selectedId) : -1;
    const QModelIndex shown =
        row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (shown.isValid())
        m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    else
        m_selectedId = 0;
    updateCount();
    updateChainStatus();
    showDetails();
}

void AuditPage::fillFilterCombos()
{
    // Rebuilt after each reload and language switch, keeping what was chosen.
    const QString user = m_userCombo->currentData().toString();
    const QString category = m_categoryCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_userCombo);
        m_userCombo->clear();
        m_userCombo->addItem(tr("All users"), QString());
        for (const QString &name : m_model->users()) {
            if (!name.isEmpty())
                m_userCombo->addItem(name, name);
        }
        m_userCombo->setCurrentIndex(std::max(0, m_userCombo->findData(user)));
    }
    {
        const QSignalBlocker blocker(m_categoryCombo);
        m_categoryCombo->clear();
        m_categoryCombo->addItem(tr("All actions"), QString());
        for (const QString &key : m_model->categories())
            m_categoryCombo->addItem(labels::auditCategory(key), key);
        m_categoryCombo->setCurrentIndex(std::max(0, m_categoryCombo->findData(category)));
    }
    // A user or category that is gone (another file) no longer filters.
    m_proxy->setUser(m_userCombo->currentData().toString());
    m_proxy->setCategory(m_categoryCombo->currentData().toString());
}

void AuditPage::applyDateRange()
{
    m_fromEdit->setEnabled(m_fromCheck->isChecked());
    m_toEdit->setEnabled(m_toCheck->isChecked());
    m_proxy->setDateRange(m_fromCheck->isChecked() ? m_fromEdit->date() : QDate(),
                          m_toCheck->isChecked() ? m_toEdit->date() : QDate());
}

void AuditPage::clearFilters()
{
    m_filterEdit->clear();
    m_userCombo->setCurrentIndex(0);
    m_categoryCombo->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
}

bool AuditPage::selectEntry(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid()) {
        clearFilters();
        shown = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(shown);
    return true;
}

void AuditPage::updateCount()
{
    const int total = m_model->rowCount();
    m_countLabel->setText(
        m_proxy->isFiltering()
            ? tr("%1 of %n entry(s) shown", nullptr, total).arg(m_proxy->rowCount())
            : QString());
}

void AuditPage::updateChainStatus()
{
    if (!document()->isOpen()) {
        m_chainLabel->clear();
        m_chainLabel->setToolTip(QString());
        return;
    }
    const int total = m_model->rowCount();
    if (!m_model->loadError().isEmpty()) {
        m_chainLabel->setText(
            QStringLiteral("<span style=\"color:#a00000\">%1</span>")
                .arg(escaped(tr("The audit log cannot be read: %1").arg(m_model->loadError()))));
        m_chainLabel->setToolTip(QString());
        return;
    }
    if (m_problems.isEmpty() && m_model->brokenCount() == 0) {
        m_chainLabel->setText(escaped(tr("%n entry(s), chain verified", nullptr, total)));
        m_chainLabel->setToolTip(tr("Each entry's SHA-256 hash covers its fields and the hash "
                                    "of the entry before it; none was changed, removed or "
                                    "inserted outside the program."));
        return;
    }
    QString text = escaped(
        tr("%n entry(s), chain broken at entry #%1", nullptr, total).arg(m_model->firstBrokenId()));
    if (m_model->firstBrokenId() == 0) // verify() saw what the rows did not: say it as it is
        text = escaped(m_problems.value(0));
    else
        text += QStringLiteral(" <a href=\"#broken\">%1</a>").arg(escaped(tr("Show")));
    m_chainLabel->setText(
        QStringLiteral("<span style=\"color:#a00000; font-weight:bold\">%1</span>").arg(text));
    QStringList tip = m_problems;
    tip << tr("%n entry(s) where the chain breaks are marked in red.", nullptr,
              m_model->brokenCount());
    m_chainLabel->setToolTip(tip.join(QLatin1Char('\n')));
}

void AuditPage::showDetails()
{
    const int row = m_selectedId ? m_model->rowOfId(m_selectedId) : -1;
    m_detailHint->setVisible(row < 0);
    m_detailForm->setVisible(row >= 0);
    if (row < 0) {
        m_oldView->clear();
        m_newView->clear();
        return;
    }
    const AuditEntry &e = m_model->entryAt(row);
    const QString object = m_model->index(row, AuditTableModel::ObjectColumn).data().toString();
    const QString problem = m_model->chainProblemAt(row);
    m_fieldValues[EntryField]->setText(
        tr("#%1, %2 (%3 UTC)").arg(e.id).arg(labels::timestamp(e.at), e.at));
    m_fieldValues[UserField]->setText(e.user);
    m_fieldValues[ActionField]->setText(
        QStringLiteral("%1 (%2)").arg(labels::auditAction(e.action), e.action));
    m_fieldValues[ObjectField]->setText(
        e.objectUuid.isEmpty() ? object : QStringLiteral("%1 (%2)").arg(object, e.objectUuid));
    // Every row always shown: rows appearing and going would make the values below jump.
    m_fieldValues[ReasonField]->setText(e.reason.isEmpty() ? QStringLiteral("—") : e.reason);
    m_fieldValues[HashField]->setText(e.hash);
    m_fieldValues[PrevHashField]->setText(e.prevHash);
    m_fieldValues[ChainField]->setText(
        problem.isEmpty() ? tr("Holds here: the hash matches the entry and the one before it.")
                          : problem);
    m_fieldValues[ChainField]->setStyleSheet(problem.isEmpty() ? QString()
                                                               : QStringLiteral("color: #a00000"));
    // Pretty-printed for the one selected entry only, never for the whole log.
    m_oldView->setPlainText(AuditTableModel::prettyValue(e.oldValue));
    m_newView->setPlainText(AuditTableModel::prettyValue(e.newValue));
}

} // namespace akim
