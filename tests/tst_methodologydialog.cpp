// The methodology form: shows the contest's values, hands back exactly what was changed, says
// when the stage I weights do not add up, round-trips a JSON file, refuses a broken one without
// touching the form, and stays read-only for a finalised contest. Storing goes through
// ContestDocument::setMethodology(), tested here too.
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "messagebox.h"
#include "methodologydialog.h"
#include "scoring/stagefinaliser.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace akim;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

} // namespace

class TestMethodologyDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsAndReturnsTheValues();
    void weightsMustAddUp();
    void exportThenImport();
    void brokenFileIsRefused();
    void frozenIsReadOnly();
    void serviceStoresValidatesAndAudits();
    void serviceRefusesAfterFinalisation();

private:
    QTemporaryDir m_dir;
};

void TestMethodologyDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    QVERIFY(m_dir.isValid());
}

void TestMethodologyDialog::showsAndReturnsTheValues()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    if (const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/methodology-dialog.png")));
    }
    QCOMPARE(child<QComboBox>(dialog, "aggregationCombo")->currentData().toInt(),
             int(scoring::AggregationMethod::TrimmedMean));
    QCOMPARE(child<QSpinBox>(dialog, "minSampleSpin")->value(), 30);
    QCOMPARE(child<QDoubleSpinBox>(dialog, "commissionWeightSpin")->value(), 0.5);
    child<QSpinBox>(dialog, "minSampleSpin")->setValue(50);
    child<QDoubleSpinBox>(dialog, "ethicsGateSpin")->setValue(60);
    child<QComboBox>(dialog, "rankingStyleCombo")->setCurrentIndex(1);
    const scoring::Methodology m = dialog.methodology();
    QCOMPARE(m.survey.minSample, 50);
    QCOMPARE(m.ethics.gateIndex, 60.0);
    QCOMPARE(m.rankingStyle, scoring::RankingStyle::Dense);
    // Everything not in the form is kept as it was.
    const scoring::Methodology defaults = scoring::Methodology::defaults();
    QCOMPARE(m.regionalTieBreaks, defaults.regionalTieBreaks);
    QCOMPARE(m.aggregation, defaults.aggregation);
}

void TestMethodologyDialog::weightsMustAddUp()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    auto *sum = child<QLabel>(dialog, "weightSumLabel");
    QVERIFY(sum);
    QVERIFY(!sum->text().contains(QStringLiteral("must")));
    child<QDoubleSpinBox>(dialog, "surveyWeightSpin")->setValue(0.5);
    QVERIFY2(sum->text().contains(QStringLiteral("1.200")), qPrintable(sum->text()));
    QString error;
    QVERIFY(!scoring::Methodology::fromJsonBytes(dialog.methodology().toJsonBytes(), &error));
    QVERIFY2(error.contains(QStringLiteral("weights")), qPrintable(error));
}

void TestMethodologyDialog::exportThenImport()
{
    const QString path = m_dir.filePath(QStringLiteral("method.json"));
    {
        MethodologyDialog dialog(scoring::Methodology::defaults(), false);
        child<QSpinBox>(dialog, "minSampleSpin")->setValue(44);
        FileDialogs::setNextPath(path);
        child<QPushButton>(dialog, "exportMethodologyButton")->click();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<scoring::Methodology> written =
        scoring::Methodology::fromJsonBytes(file.readAll(), &error);
    QVERIFY2(written, qPrintable(error));
    QCOMPARE(written->survey.minSample, 44);

    MethodologyDialog other(scoring::Methodology::defaults(), false);
    FileDialogs::setNextPath(path);
    child<QPushButton>(other, "importMethodologyButton")->click();
    QCOMPARE(child<QSpinBox>(other, "minSampleSpin")->value(), 44);
}

void TestMethodologyDialog::brokenFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"aggregation": {"method": "geometric"}})");
    file.close();
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    MessageBox::resetLog();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialogs::setNextPath(path);
    child<QPushButton>(dialog, "importMethodologyButton")->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("aggregation.method")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(child<QComboBox>(dialog, "aggregationCombo")->currentData().toInt(),
             int(scoring::AggregationMethod::TrimmedMean));
}

void TestMethodologyDialog::frozenIsReadOnly()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), true);
    QVERIFY(!child<QSpinBox>(dialog, "minSampleSpin")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importMethodologyButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "exportMethodologyButton")->isEnabled());
    QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestMethodologyDialog::serviceStoresValidatesAndAudits()
{
    test::TemporaryContest contest;
    ContestDocument &doc = contest.document();
    scoring::Methodology m = scoring::Methodology::defaults();
    m.criteria = doc.criteria().all();
    m.survey.minSample = 40;
    const qint64 entries = doc.audit().count();
    QVERIFY(doc.setMethodology(m.toJsonBytes()).ok());
    QString error;
    const auto stored =
        scoring::Methodology::fromJsonBytes(doc.contest().methodologyJson().toUtf8(), &error);
    QVERIFY2(stored, qPrintable(error));
    QCOMPARE(stored->survey.minSample, 40);
    QCOMPARE(doc.audit().count(), entries + 1);
    QCOMPARE(doc.audit().entries().constLast().action, QStringLiteral("methodology.edit"));
    // The same again changes nothing and records nothing.
    QVERIFY(doc.setMethodology(m.toJsonBytes()).ok());
    QCOMPARE(doc.audit().count(), entries + 1);

    m.weights.survey = 0.9; // 0.9 + 0.2 + 0.5
    const EditResult refused = doc.setMethodology(m.toJsonBytes());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QStringLiteral("weights")), qPrintable(refused.message));
    QCOMPARE(doc.audit().count(), entries + 1);
}

void TestMethodologyDialog::serviceRefusesAfterFinalisation()
{
    test::TemporaryContest contest;
    ContestDocument &doc = contest.document();
    demo::DemoOptions options;
    options.regions = 1;
    options.nomineesPerRegion = 6;
    options.scores = true;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    const qint64 region = doc.geography().regions().at(0).id;
    QVERIFY(scoring::StageFinaliser(doc).finalise({StageKind::Regional, region, {}}).ok());
    const QString before = doc.contest().methodologyJson();
    scoring::Methodology m = scoring::Methodology::defaults();
    m.criteria = doc.criteria().all();
    m.survey.minSample = 10;
    const EditResult refused = doc.setMethodology(m.toJsonBytes());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QStringLiteral("frozen")), qPrintable(refused.message));
    QCOMPARE(doc.contest().methodologyJson(), before);
}

QTEST_MAIN(TestMethodologyDialog)
#include "tst_methodologydialog.moc"
