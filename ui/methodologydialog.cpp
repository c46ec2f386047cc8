#include "methodologydialog.h"

#include "filedialogs.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

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

} // namespace

MethodologyDialog::MethodologyDialog(const scoring::Methodology &methodology, bool frozen,
                                     QWidget *parent)
    : QDialog(parent)
    , m_base(methodology)
    , m_status(new QLabel)
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

    auto *fileButtons = new QHBoxLayout;
    fileButtons->addWidget(m_importButton);
    fileButtons->addWidget(m_exportButton);
    fileButtons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(commission);
    layout->addWidget(questionnaires);
    layout->addWidget(weights);
    layout->addWidget(places);
    layout->addLayout(fileButtons);
    layout->addWidget(m_buttons);

    for (QWidget *input : std::initializer_list<QWidget *>{
             m_method, m_trimEachSide, m_trimMinScores, m_minValidScores, m_minSample,
             m_belowMinSample, m_ethicsGate, m_notCompliantBlocks, m_surveyWeight, m_ethicsWeight,
             m_commissionWeight, m_nationalWeight, m_carryOverWeight, m_advancePerRegion,
             m_rankingStyle, m_importButton})
        input->setEnabled(!frozen);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!frozen);
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
    return m;
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
