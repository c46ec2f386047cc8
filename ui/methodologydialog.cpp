#include "methodologydialog.h"

#include "dialogbuttons.h"
#include "filedialogs.h"
#include "itemmodels/labels.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace akim {
namespace {

QDoubleSpinBox *weightBox(const char *objectName)
{
    auto *box = new QDoubleSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(0.0, 1.0);
    box->setDecimals(3);
    box->setSingleStep(0.05);
    return box;
}

QSpinBox *countBox(const char *objectName, int minimum, int maximum)
{
    auto *box = new QSpinBox;
    box->setObjectName(QLatin1String(objectName));
    box->setRange(minimum, maximum);
    return box;
}

// The components a stage may break ties on, in the order the "add" list offers them. The same
// rule as Methodology::fromJson: a stage II total holds only the republican commission's index
// and the stage I total, so nothing else may decide between equal stage II totals; the stage I
// total does not exist yet in stage I.
QVector<scoring::TieComponent> allowedTieComponents(StageKind stage)
{
    using scoring::TieComponent;
    if (stage == StageKind::National)
        return {TieComponent::Commission, TieComponent::Stage1Total};
    return {TieComponent::Commission, TieComponent::Survey, TieComponent::Ethics,
            TieComponent::SurveyN, TieComponent::EthicsN};
}

// The keys that edit a cascade from its list, shown in the buttons' tooltips too.
const QKeySequence kMoveUpKey(Qt::CTRL | Qt::Key_Up);
const QKeySequence kMoveDownKey(Qt::CTRL | Qt::Key_Down);
const QKeySequence kRemoveKey(Qt::Key_Delete);
const QKeySequence kAddKey(Qt::Key_Insert);

QString withKey(const QString &text, const QKeySequence &key)
{
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

// A row of a cascade: numbered, because the order is the whole point of the list.
QString tieBreakText(int row, scoring::TieComponent component)
{
    return MethodologyDialog::tr("%1. %2").arg(row + 1).arg(labels::tieComponent(component));
}

} // namespace

MethodologyDialog::MethodologyDialog(const scoring::Methodology &methodology, bool frozen,
                                     QWidget *parent)
    : QDialog(parent)
    , m_base(methodology)
    , m_frozen(frozen)
    , m_status(new QLabel)
    , m_tabs(new QTabWidget)
    , m_method(new QComboBox)
    , m_trimEachSide(countBox("trimEachSideSpin", 0, 5))
    , m_trimMinScores(countBox("trimMinScoresSpin", 1, 50))
    , m_minValidScores(countBox("minValidScoresSpin", 1, 50))
    , m_minSample(countBox("minSampleSpin", 0, 100000))
    , m_belowMinSample(new QComboBox)
    , m_ethicsGate(new QDoubleSpinBox)
    , m_notCompliantBlocks(new QCheckBox)
    , m_surveyWeight(weightBox("surveyWeightSpin"))
    , m_ethicsWeight(weightBox("ethicsWeightSpin"))
    , m_commissionWeight(weightBox("commissionWeightSpin"))
    , m_weightSum(new QLabel)
    , m_nationalWeight(weightBox("nationalWeightSpin"))
    , m_carryOverWeight(weightBox("carryOverWeightSpin"))
    , m_advancePerRegion(countBox("advancePerRegionSpin", 1, 50))
    , m_rankingStyle(new QComboBox)
    , m_tieBreakHint(new QLabel)
    , m_importButton(new QPushButton(tr("&Import from file…")))
    , m_exportButton(new QPushButton(tr("E&xport to file…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("methodologyDialog"));
    setWindowTitle(tr("Methodology"));
    m_status->setWordWrap(true);
    m_status->setText(
        frozen ? tr("A result is finalised: this methodology is frozen with it and can only be "
                    "viewed and exported.")
               : tr("The recommended default of the 2020 methodological recommendations, not an "
                    "official rule: every value can be changed for this contest. Criteria and "
                    "their weights are edited in the Criteria tab."));
    m_method->setObjectName(QStringLiteral("aggregationCombo"));
    m_method->addItem(tr("Mean"), int(scoring::AggregationMethod::Mean));
    m_method->addItem(tr("Trimmed mean"), int(scoring::AggregationMethod::TrimmedMean));
    m_method->addItem(tr("Median"), int(scoring::AggregationMethod::Median));
    m_belowMinSample->setObjectName(QStringLiteral("belowMinSampleCombo"));
    m_belowMinSample->addItem(tr("counts, and the nominee is flagged"),
                              int(scoring::BelowMinSample::Flag));
    m_belowMinSample->addItem(tr("is left out of the total"),
                              int(scoring::BelowMinSample::Exclude));
    m_ethicsGate->setObjectName(QStringLiteral("ethicsGateSpin"));
    m_ethicsGate->setRange(0, 100);
    m_ethicsGate->setDecimals(1);
    m_notCompliantBlocks->setObjectName(QStringLiteral("notCompliantBlocksCheck"));
    m_notCompliantBlocks->setText(
        tr("A \"not compliant\" conclusion of the Ethics Commissioner stops advancement"));
    m_rankingStyle->setObjectName(QStringLiteral("rankingStyleCombo"));
    m_rankingStyle->addItem(tr("1, 1, 3 (standard)"), int(scoring::RankingStyle::Standard));
    m_rankingStyle->addItem(tr("1, 1, 2 (dense)"), int(scoring::RankingStyle::Dense));
    m_weightSum->setObjectName(QStringLiteral("weightSumLabel"));
    m_importButton->setObjectName(QStringLiteral("importMethodologyButton"));
    m_exportButton->setObjectName(QStringLiteral("exportMethodologyButton"));

    auto *commission = new QGroupBox(tr("Commission scores"));
    auto *commissionForm = new QFormLayout(commission);
    commissionForm->addRow(tr("&Aggregation per criterion:"), m_method);
    commissionForm->addRow(tr("Scores &dropped at each end:"), m_trimEachSide);
    commissionForm->addRow(tr("…when at least this many &valid scores:"), m_trimMinScores);
    commissionForm->addRow(tr("Flag a criterion with fewer valid scores &than:"), m_minValidScores);
    auto *questionnaires = new QGroupBox(tr("Questionnaires"));
    auto *questionnaireForm = new QFormLayout(questionnaires);
    questionnaireForm->addRow(tr("&Minimum sample (citizens' responses):"), m_minSample);
    questionnaireForm->addRow(tr("Below it the survey index:"), m_belowMinSample);
    questionnaireForm->addRow(tr("Ethics index &gate (0–100):"), m_ethicsGate);
    questionnaireForm->addRow(m_notCompliantBlocks);
    auto *weights = new QGroupBox(tr("Weights of the totals"));
    auto *weightForm = new QFormLayout(weights);
    weightForm->addRow(tr("Stage I: citizens' &survey:"), m_surveyWeight);
    weightForm->addRow(tr("Stage I: &ethics:"), m_ethicsWeight);
    weightForm->addRow(tr("Stage I: &commission:"), m_commissionWeight);
    weightForm->addRow(QString(), m_weightSum);
    weightForm->addRow(tr("Stage II: &republican commission:"), m_nationalWeight);
    weightForm->addRow(tr("Stage II: stage I total carried &over:"), m_carryOverWeight);
    auto *places = new QGroupBox(tr("Places"));
    auto *placesForm = new QFormLayout(places);
    placesForm->addRow(tr("Advance to stage II &per region:"), m_advancePerRegion);
    placesForm->addRow(tr("Shared places are &numbered:"), m_rankingStyle);

    m_tieBreakHint->setObjectName(QStringLiteral("tieBreakHint"));
    m_tieBreakHint->setWordWrap(true);
    m_tieBreakHint->setText(tr("Ties on the total are broken in this order, the larger value "
                               "first; if all are equal the nominees share the place."));
    buildTieBreakEditor(m_regionalTies, StageKind::Regional, tr("Stage I (&regional)"));
    buildTieBreakEditor(m_nationalTies, StageKind::National, tr("Stage II (rep&ublican)"));
    auto *ties = new QGroupBox(tr("Tie-breaks after the total"));
    auto *tiesLayout = new QGridLayout(ties);
    tiesLayout->addWidget(m_tieBreakHint, 0, 0, 1, 2);
    tiesLayout->addWidget(m_regionalTies.box, 1, 0);
    tiesLayout->addWidget(m_nationalTies.box, 1, 1);

    // Two tabs keep the dialog within a 1024×768 screen; places and ties go together because
    // both decide who gets which place.
    auto *scoresPage = new QWidget;
    auto *scoresLayout = new QVBoxLayout(scoresPage);
    scoresLayout->addWidget(commission);
    scoresLayout->addWidget(questionnaires);
    scoresLayout->addWidget(weights);
    scoresLayout->addStretch(1);
    auto *placesPage = new QWidget;
    auto *placesLayout = new QVBoxLayout(placesPage);
    placesLayout->addWidget(places);
    placesLayout->addWidget(ties);
    placesLayout->addStretch(1);
    m_tabs->setObjectName(QStringLiteral("methodologyTabs"));
    m_tabs->addTab(scoresPage, tr("Scores and &weights"));
    m_tabs->addTab(placesPage, tr("P&laces and ties"));

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    fileButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs);
    layout->addLayout(fileButtons);
    layout->addWidget(m_buttons);

    for (QWidget *input : std::initializer_list<QWidget *>{
             m_method, m_trimEachSide, m_trimMinScores, m_minValidScores, m_minSample,
             m_belowMinSample, m_ethicsGate, m_notCompliantBlocks, m_surveyWeight, m_ethicsWeight,
             m_commissionWeight, m_nationalWeight, m_carryOverWeight, m_advancePerRegion,
             m_rankingStyle, m_importButton})
        input->setEnabled(!frozen);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!frozen);
    // Debian has no Kazakh catalogue for Qt's own "OK" and "Cancel".
    DialogButtons::relabel(m_buttons);
    for (QDoubleSpinBox *box : {m_surveyWeight, m_ethicsWeight, m_commissionWeight})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MethodologyDialog::updateWeightSum);
    connect(m_importButton, &QPushButton::clicked, this, &MethodologyDialog::importFile);
    connect(m_exportButton, &QPushButton::clicked, this, &MethodologyDialog::exportFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMethodology(methodology);
}

void MethodologyDialog::setMethodology(const scoring::Methodology &m)
{
    m_base = m;
    m_method->setCurrentIndex(m_method->findData(int(m.aggregation.method)));
    m_trimEachSide->setValue(m.aggregation.trimEachSide);
    m_trimMinScores->setValue(m.aggregation.trimMinScores);
    m_minValidScores->setValue(m.aggregation.minValidScores);
    m_minSample->setValue(m.survey.minSample);
    m_belowMinSample->setCurrentIndex(m_belowMinSample->findData(int(m.survey.belowMinSample)));
    m_ethicsGate->setValue(m.ethics.gateIndex);
    m_notCompliantBlocks->setChecked(m.ethics.notCompliantBlocksAdvancement);
    m_surveyWeight->setValue(m.weights.survey);
    m_ethicsWeight->setValue(m.weights.ethics);
    m_commissionWeight->setValue(m.weights.commission);
    m_nationalWeight->setValue(m.weights.nationalCommission);
    m_carryOverWeight->setValue(m.weights.stage1Total);
    m_advancePerRegion->setValue(m.advancePerRegion);
    m_rankingStyle->setCurrentIndex(m_rankingStyle->findData(int(m.rankingStyle)));
    setTieBreaks(m_regionalTies, m.regionalTieBreaks, 0);
    setTieBreaks(m_nationalTies, m.nationalTieBreaks, 0);
    updateWeightSum();
}

scoring::Methodology MethodologyDialog::methodology() const
{
    scoring::Methodology m = m_base;
    m.aggregation.method = scoring::AggregationMethod(m_method->currentData().toInt());
    m.aggregation.trimEachSide = m_trimEachSide->value();
    m.aggregation.trimMinScores = m_trimMinScores->value();
    m.aggregation.minValidScores = m_minValidScores->value();
    m.survey.minSample = m_minSample->value();
    m.survey.belowMinSample = scoring::BelowMinSample(m_belowMinSample->currentData().toInt());
    m.ethics.gateIndex = m_ethicsGate->value();
    m.ethics.notCompliantBlocksAdvancement = m_notCompliantBlocks->isChecked();
    m.weights.survey = m_surveyWeight->value();
    m.weights.ethics = m_ethicsWeight->value();
    m.weights.commission = m_commissionWeight->value();
    m.weights.nationalCommission = m_nationalWeight->value();
    m.weights.stage1Total = m_carryOverWeight->value();
    m.advancePerRegion = m_advancePerRegion->value();
    m.rankingStyle = scoring::RankingStyle(m_rankingStyle->currentData().toInt());
    m.regionalTieBreaks = tieBreaks(m_regionalTies);
    m.nationalTieBreaks = tieBreaks(m_nationalTies);
    return m;
}

bool MethodologyDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::KeyPress;
    if (!press && event->type() != QEvent::ShortcutOverride)
        return QDialog::eventFilter(watched, event);
    for (TieBreakEditor *editor : {&m_regionalTies, &m_nationalTies}) {
        if (watched != editor->list)
            continue;
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        // Keypad arrows carry the keypad modifier; they are the same keys to the secretary.
        const QKeySequence key(
            QKeyCombination(keyEvent->modifiers() & ~Qt::KeypadModifier, Qt::Key(keyEvent->key())));
        const bool ours =
            key == kMoveUpKey || key == kMoveDownKey || key == kRemoveKey || key == kAddKey;
        if (!ours || m_frozen)
            break;
        // Claim the key before any shortcut of the window can take it.
        event->accept();
        if (!press)
            return true;
        if (key == kMoveUpKey)
            moveTieBreak(*editor, -1);
        else if (key == kMoveDownKey)
            moveTieBreak(*editor, 1);
        else if (key == kRemoveKey)
            removeTieBreak(*editor);
        else
            addTieBreak(*editor);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void MethodologyDialog::buildTieBreakEditor(TieBreakEditor &editor, StageKind stage,
                                            const QString &title)
{
    const QString prefix =
        stage == StageKind::Regional ? QStringLiteral("regional") : QStringLiteral("national");
    editor.stage = stage;
    editor.box = new QGroupBox(title);
    editor.box->setObjectName(prefix + QStringLiteral("TieBreakBox"));
    editor.list = new QListWidget;
    editor.list->setObjectName(prefix + QStringLiteral("TieBreaks"));
    // A list is not named by its group box; give it the box's title.
    editor.list->setAccessibleName(title);
    editor.list->setSelectionMode(QAbstractItemView::SingleSelection);
    editor.list->setToolTip(
        tr("%1 and %2 move the selected component, %3 removes it, %4 adds the one chosen below.")
            .arg(kMoveUpKey.toString(QKeySequence::NativeText),
                 kMoveDownKey.toString(QKeySequence::NativeText),
                 kRemoveKey.toString(QKeySequence::NativeText),
                 kAddKey.toString(QKeySequence::NativeText)));
    editor.list->installEventFilter(this);
    // At most five components: room for all of them without a scroll bar, and no more, so that
    // the lists do not take the height of the tab.
    editor.list->setFixedHeight(editor.list->fontMetrics().lineSpacing() * 13 / 2 +
                                2 * editor.list->frameWidth());
    // Wide enough for the longest name of the stage in the interface's language, which a
    // horizontal scroll bar would otherwise cut.
    int widest = 0;
    for (const scoring::TieComponent component : allowedTieComponents(stage)) {
        widest = std::max(widest, editor.list->fontMetrics().horizontalAdvance(
                                      tieBreakText(allowedTieComponents(stage).size(), component)));
    }
    editor.list->setMinimumWidth(widest + 2 * editor.list->frameWidth() +
                                 style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                 2 * editor.list->fontMetrics().averageCharWidth());
    editor.unused = new QComboBox;
    editor.unused->setObjectName(prefix + QStringLiteral("TieBreakUnused"));
    editor.unused->setPlaceholderText(tr("every component is in use"));
    editor.unused->setToolTip(tr("Components of this stage not yet in the order"));
    editor.add = new QPushButton(tr("Add"));
    editor.add->setObjectName(prefix + QStringLiteral("TieBreakAdd"));
    editor.add->setToolTip(withKey(tr("Add the chosen component at the end"), kAddKey));
    editor.remove = new QPushButton(tr("Remove"));
    editor.remove->setObjectName(prefix + QStringLiteral("TieBreakRemove"));
    editor.remove->setToolTip(withKey(tr("Remove the selected component"), kRemoveKey));
    editor.up = new QPushButton(tr("Move Up"));
    editor.up->setObjectName(prefix + QStringLiteral("TieBreakUp"));
    editor.up->setToolTip(withKey(tr("Compare the selected component earlier"), kMoveUpKey));
    editor.down = new QPushButton(tr("Move Down"));
    editor.down->setObjectName(prefix + QStringLiteral("TieBreakDown"));
    editor.down->setToolTip(withKey(tr("Compare the selected component later"), kMoveDownKey));

    auto *moveButtons = new QVBoxLayout;
    moveButtons->addWidget(editor.up);
    moveButtons->addWidget(editor.down);
    moveButtons->addWidget(editor.remove);
    moveButtons->addStretch(1);
    auto *grid = new QGridLayout(editor.box);
    grid->addWidget(editor.list, 0, 0);
    grid->addLayout(moveButtons, 0, 1);
    grid->addWidget(editor.unused, 1, 0);
    grid->addWidget(editor.add, 1, 1);
    grid->setColumnStretch(0, 1);

    connect(editor.list, &QListWidget::currentRowChanged, this,
            [this, &editor] { updateTieBreakButtons(editor); });
    connect(editor.add, &QPushButton::clicked, this, [this, &editor] { addTieBreak(editor); });
    connect(editor.remove, &QPushButton::clicked, this,
            [this, &editor] { removeTieBreak(editor); });
    connect(editor.up, &QPushButton::clicked, this, [this, &editor] { moveTieBreak(editor, -1); });
    connect(editor.down, &QPushButton::clicked, this, [this, &editor] { moveTieBreak(editor, 1); });
}

void MethodologyDialog::setTieBreaks(TieBreakEditor &editor,
                                     const QVector<scoring::TieComponent> &components,
                                     int currentRow)
{
    {
        // The buttons are updated once, below, not for every row cleared and added.
        const QSignalBlocker blocker(editor.list);
        editor.list->clear();
        for (int i = 0; i < components.size(); ++i) {
            auto *item = new QListWidgetItem(tieBreakText(i, components.at(i)), editor.list);
            item->setData(Qt::UserRole, int(components.at(i)));
        }
        editor.list->setCurrentRow(
            components.isEmpty() ? -1 : std::clamp(currentRow, 0, int(components.size()) - 1));
    }
    const QVariant chosen = editor.unused->currentData();
    editor.unused->clear();
    for (const scoring::TieComponent component : allowedTieComponents(editor.stage)) {
        if (!components.contains(component))
            editor.unused->addItem(labels::tieComponent(component), int(component));
    }
    // Keep the secretary's choice in the add list when it is still unused.
    const int index = editor.unused->findData(chosen);
    editor.unused->setCurrentIndex(index >= 0 ? index : (editor.unused->count() > 0 ? 0 : -1));
    updateTieBreakButtons(editor);
}

QVector<scoring::TieComponent> MethodologyDialog::tieBreaks(const TieBreakEditor &editor)
{
    QVector<scoring::TieComponent> components;
    for (int i = 0; i < editor.list->count(); ++i)
        components.append(scoring::TieComponent(editor.list->item(i)->data(Qt::UserRole).toInt()));
    return components;
}

void MethodologyDialog::addTieBreak(TieBreakEditor &editor)
{
    if (m_frozen || editor.unused->currentIndex() < 0)
        return;
    QVector<scoring::TieComponent> components = tieBreaks(editor);
    components.append(scoring::TieComponent(editor.unused->currentData().toInt()));
    setTieBreaks(editor, components, int(components.size()) - 1);
}

void MethodologyDialog::removeTieBreak(TieBreakEditor &editor)
{
    const int row = editor.list->currentRow();
    if (m_frozen || row < 0)
        return;
    QVector<scoring::TieComponent> components = tieBreaks(editor);
    components.removeAt(row);
    // The next component takes the removed one's place in the selection, so that Delete can be
    // pressed again.
    setTieBreaks(editor, components, row);
}

void MethodologyDialog::moveTieBreak(TieBreakEditor &editor, int delta)
{
    const int row = editor.list->currentRow();
    const int target = row + delta;
    if (m_frozen || row < 0 || target < 0 || target >= editor.list->count())
        return;
    QVector<scoring::TieComponent> components = tieBreaks(editor);
    components.move(row, target);
    setTieBreaks(editor, components, target);
}

void MethodologyDialog::updateTieBreakButtons(TieBreakEditor &editor)
{
    const bool editable = !m_frozen;
    const int row = editor.list->currentRow();
    const bool anyUnused = editor.unused->count() > 0;
    editor.list->setEnabled(editable);
    editor.up->setEnabled(editable && row > 0);
    editor.down->setEnabled(editable && row >= 0 && row < editor.list->count() - 1);
    editor.remove->setEnabled(editable && row >= 0);
    editor.unused->setEnabled(editable && anyUnused);
    editor.add->setEnabled(editable && anyUnused);
}

void MethodologyDialog::updateWeightSum()
{
    const double sum =
        m_surveyWeight->value() + m_ethicsWeight->value() + m_commissionWeight->value();
    m_weightSum->setText(std::abs(sum - 1.0) < 1e-9
                             ? tr("The stage I weights add up to 1.")
                             : tr("The stage I weights add up to %1; they must add up to 1.")
                                   .arg(QLocale().toString(sum, 'f', 3)));
}

void MethodologyDialog::importFile()
{
    const QString path =
        FileDialogs::getOpenFileName(this, tr("Import Methodology"), tr("Methodology (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Import Methodology"),
                            tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    std::optional<scoring::Methodology> imported =
        scoring::Methodology::fromJsonBytes(file.readAll(), &error);
    if (!imported) {
        MessageBox::warning(this, tr("Import Methodology"),
                            tr("%1 is not a usable methodology: %2").arg(path, error));
        return;
    }
    // The contest's criteria stay those of its criterion table.
    imported->criteria = m_base.criteria;
    setMethodology(*imported);
}

void MethodologyDialog::exportFile()
{
    const QString path =
        FileDialogs::getSaveFileName(this, tr("Export Methodology"), tr("methodology.json"),
                                     tr("Methodology (*.json)"), QStringLiteral("json"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = methodology().toJsonBytes();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        MessageBox::warning(this, tr("Export Methodology"),
                            tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

} // namespace akim
