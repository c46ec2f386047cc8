// The methodology form: shows the contest's values, hands back exactly what was changed, says
// when the stage I weights do not add up, round-trips a JSON file, refuses a broken one without
// touching the form, and stays read-only for a finalised contest. The tie-break cascade of each
// stage is reordered, shortened and extended with the buttons and keys and comes back in that
// order, in the methodology and through its JSON. Storing goes through
// ContestDocument::setMethodology(), tested here too.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "filedialogs.h"
#include "itemmodels/labels.h"
#include "languagemanager.h"
#include "messagebox.h"
#include "methodologydialog.h"
#include "scoring/stagefinaliser.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>

#include <memory>

using namespace akim;
using scoring::TieComponent;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child named %s", name);
    return found;
}

// The components a list shows, top to bottom, from the items' data.
QVector<TieComponent> shown(const QListWidget *list)
{
    QVector<TieComponent> components;
    for (int i = 0; i < list->count(); ++i)
        components.append(TieComponent(list->item(i)->data(Qt::UserRole).toInt()));
    return components;
}

// What the "add" list offers, in order.
QVector<TieComponent> offered(const QComboBox *combo)
{
    QVector<TieComponent> components;
    for (int i = 0; i < combo->count(); ++i)
        components.append(TieComponent(combo->itemData(i).toInt()));
    return components;
}

QStringList texts(const QListWidget *list)
{
    QStringList result;
    for (int i = 0; i < list->count(); ++i)
        result.append(list->item(i)->text());
    return result;
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
    void editsTheRegionalCascade();
    void nationalCascadeOffersOnlyItsComponents();
    void importedOrderIsShown();
    void frozenCascadeIsReadOnly();
    void serviceStoresValidatesAndAudits();
    void serviceRefusesAfterFinalisation();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMethodologyDialog::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    QVERIFY(m_dir.isValid());
    // Screenshots in another language: AKIM_SCREENSHOT_LANG=ru (or kk), with
    // AKIM_SCREENSHOT_DIR and only showsAndReturnsTheValues; other checks compare English words.
    if (const QString language = qEnvironmentVariable("AKIM_SCREENSHOT_LANG");
        !language.isEmpty()) {
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->setLanguage(language));
    }
}

void TestMethodologyDialog::showsAndReturnsTheValues()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    if (const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        dialog.show();
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/methodology-dialog.png")));
        auto *tabs = child<QTabWidget>(dialog, "methodologyTabs");
        tabs->setCurrentIndex(1);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/methodology-dialog-ties.png")));
        tabs->setCurrentIndex(0);
        // The longest cascade, read-only.
        scoring::Methodology all = scoring::Methodology::defaults();
        all.regionalTieBreaks = {TieComponent::SurveyN, TieComponent::EthicsN,
                                 TieComponent::Commission, TieComponent::Survey,
                                 TieComponent::Ethics};
        MethodologyDialog frozen(all, true);
        frozen.show();
        child<QTabWidget>(frozen, "methodologyTabs")->setCurrentIndex(1);
        QVERIFY(frozen.grab().save(dir + QStringLiteral("/methodology-dialog-frozen-ties.png")));
    }
    // It opens whole on a 1024×768 screen, title bar and task bar included.
    QVERIFY2(dialog.sizeHint().width() <= 1000 && dialog.sizeHint().height() <= 680,
             qPrintable(QStringLiteral("%1×%2")
                            .arg(dialog.sizeHint().width())
                            .arg(dialog.sizeHint().height())));
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

void TestMethodologyDialog::editsTheRegionalCascade()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    auto *list = child<QListWidget>(dialog, "regionalTieBreaks");
    auto *unused = child<QComboBox>(dialog, "regionalTieBreakUnused");
    auto *add = child<QPushButton>(dialog, "regionalTieBreakAdd");
    auto *remove = child<QPushButton>(dialog, "regionalTieBreakRemove");
    auto *up = child<QPushButton>(dialog, "regionalTieBreakUp");
    auto *down = child<QPushButton>(dialog, "regionalTieBreakDown");
    QVERIFY(list && unused && add && remove && up && down);
    // Shown and focused, so that the keys go the way a secretary's do, past the shortcuts.
    child<QTabWidget>(dialog, "methodologyTabs")->setCurrentIndex(1);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    list->setFocus();
    QVERIFY(list->hasFocus());

    // DESIGN.md's default: commission, survey, number of responses; the rest can be added.
    QCOMPARE(shown(list), (QVector<TieComponent>{TieComponent::Commission, TieComponent::Survey,
                                                 TieComponent::SurveyN}));
    QCOMPARE(texts(list), (QStringList{QStringLiteral("1. Commission index"),
                                       QStringLiteral("2. Citizens' survey index"),
                                       QStringLiteral("3. Number of citizens' survey responses")}));
    QCOMPARE(offered(unused), (QVector<TieComponent>{TieComponent::Ethics, TieComponent::EthicsN}));

    // Button: the number of responses one up.
    list->setCurrentRow(2);
    QVERIFY(up->isEnabled());
    QVERIFY(!down->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(shown(list), (QVector<TieComponent>{TieComponent::Commission, TieComponent::SurveyN,
                                                 TieComponent::Survey}));
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(list->item(1)->text(), QStringLiteral("2. Number of citizens' survey responses"));

    // Keyboard: and once more to the top, where it cannot go further up.
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(shown(list), (QVector<TieComponent>{TieComponent::SurveyN, TieComponent::Commission,
                                                 TieComponent::Survey}));
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(!up->isEnabled());
    QVERIFY(down->isEnabled());
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(shown(list).first(), TieComponent::SurveyN);

    // Delete removes the selected survey index, which goes back to the "add" list.
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(shown(list), (QVector<TieComponent>{TieComponent::SurveyN, TieComponent::Commission}));
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(offered(unused), (QVector<TieComponent>{TieComponent::Survey, TieComponent::Ethics,
                                                     TieComponent::EthicsN}));

    // Add the chosen one at the end with the button, then the next offered one with Insert.
    unused->setCurrentIndex(unused->findData(int(TieComponent::Ethics)));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(shown(list), (QVector<TieComponent>{TieComponent::SurveyN, TieComponent::Commission,
                                                 TieComponent::Ethics}));
    QCOMPARE(list->currentRow(), 2);
    QCOMPARE(offered(unused), (QVector<TieComponent>{TieComponent::Survey, TieComponent::EthicsN}));
    unused->setCurrentIndex(unused->findData(int(TieComponent::EthicsN)));
    QTest::keyClick(list, Qt::Key_Insert);
    QCOMPARE(list->currentRow(), 3);

    // The button removes too; Ctrl+Down moves down.
    list->setCurrentRow(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
    QTest::mouseClick(down, Qt::LeftButton);
    const QVector<TieComponent> expected{TieComponent::Ethics, TieComponent::EthicsN,
                                         TieComponent::Commission};
    QCOMPARE(shown(list), expected);
    QCOMPARE(list->currentRow(), 2);
    QVERIFY(!down->isEnabled());
    QCOMPARE(offered(unused), (QVector<TieComponent>{TieComponent::Survey, TieComponent::SurveyN}));

    const scoring::Methodology m = dialog.methodology();
    QCOMPARE(m.regionalTieBreaks, expected);
    QCOMPARE(m.nationalTieBreaks, scoring::Methodology::defaults().nationalTieBreaks);

    // The JSON says it in that order, and reads back the same.
    const QJsonObject json = m.toJson();
    QCOMPARE(json.value(QStringLiteral("tie_breaks")).toObject().value(QStringLiteral("regional")),
             QJsonValue(QJsonArray{QStringLiteral("ethics"), QStringLiteral("ethics_n"),
                                   QStringLiteral("commission")}));
    QString error;
    const std::optional<scoring::Methodology> back =
        scoring::Methodology::fromJsonBytes(m.toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->regionalTieBreaks, expected);
    QCOMPARE(back->nationalTieBreaks, m.nationalTieBreaks);
    QVERIFY(*back == m);

    // A dialog opened on it shows it.
    MethodologyDialog reopened(*back, false);
    QCOMPARE(shown(child<QListWidget>(reopened, "regionalTieBreaks")), expected);
}

void TestMethodologyDialog::nationalCascadeOffersOnlyItsComponents()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    auto *list = child<QListWidget>(dialog, "nationalTieBreaks");
    auto *unused = child<QComboBox>(dialog, "nationalTieBreakUnused");
    auto *add = child<QPushButton>(dialog, "nationalTieBreakAdd");
    auto *remove = child<QPushButton>(dialog, "nationalTieBreakRemove");
    QVERIFY(list && unused && add && remove);
    QCOMPARE(shown(list),
             (QVector<TieComponent>{TieComponent::Commission, TieComponent::Stage1Total}));
    // Stage II totals hold only these two: nothing else to offer.
    QCOMPARE(unused->count(), 0);
    QVERIFY(!add->isEnabled());
    QVERIFY(!unused->isEnabled());

    // Emptied, the cascade is valid: equal totals then share the place.
    QTest::mouseClick(remove, Qt::LeftButton);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(list->count(), 0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "nationalTieBreakUp")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "nationalTieBreakDown")->isEnabled());
    QCOMPARE(offered(unused),
             (QVector<TieComponent>{TieComponent::Commission, TieComponent::Stage1Total}));
    QVERIFY(add->isEnabled());
    QVERIFY(dialog.methodology().nationalTieBreaks.isEmpty());
    QString error;
    const auto back =
        scoring::Methodology::fromJsonBytes(dialog.methodology().toJsonBytes(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->nationalTieBreaks.isEmpty());

    // Put back the other way round; the regional list is not touched by any of it.
    unused->setCurrentIndex(unused->findData(int(TieComponent::Stage1Total)));
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.methodology().nationalTieBreaks,
             (QVector<TieComponent>{TieComponent::Stage1Total, TieComponent::Commission}));
    QCOMPARE(dialog.methodology().regionalTieBreaks,
             scoring::Methodology::defaults().regionalTieBreaks);
}

void TestMethodologyDialog::importedOrderIsShown()
{
    const QString path = m_dir.filePath(QStringLiteral("ties.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"tie_breaks": {"regional": ["ethics_n", "survey", "commission"],
                                  "national": ["stage1_total", "commission"]}})");
    file.close();
    MethodologyDialog dialog(scoring::Methodology::defaults(), false);
    FileDialogs::setNextPath(path);
    child<QPushButton>(dialog, "importMethodologyButton")->click();

    auto *regional = child<QListWidget>(dialog, "regionalTieBreaks");
    const QVector<TieComponent> expected{TieComponent::EthicsN, TieComponent::Survey,
                                         TieComponent::Commission};
    QCOMPARE(shown(regional), expected);
    QCOMPARE(regional->item(0)->text(),
             QStringLiteral("1. ") + labels::tieComponent(TieComponent::EthicsN));
    QCOMPARE(offered(child<QComboBox>(dialog, "regionalTieBreakUnused")),
             (QVector<TieComponent>{TieComponent::Ethics, TieComponent::SurveyN}));
    const QVector<TieComponent> national{TieComponent::Stage1Total, TieComponent::Commission};
    QCOMPARE(shown(child<QListWidget>(dialog, "nationalTieBreaks")), national);
    QCOMPARE(dialog.methodology().regionalTieBreaks, expected);
    QCOMPARE(dialog.methodology().nationalTieBreaks, national);
}

void TestMethodologyDialog::frozenCascadeIsReadOnly()
{
    MethodologyDialog dialog(scoring::Methodology::defaults(), true);
    for (const char *stage : {"regional", "national"}) {
        const auto named = [stage](const char *suffix) -> QByteArray {
            return QByteArray(stage) + suffix;
        };
        auto *list = child<QListWidget>(dialog, named("TieBreaks").constData());
        QVERIFY(list);
        QVERIFY(list->count() > 1);
        QVERIFY(!list->isEnabled());
        for (const char *suffix : {"TieBreakAdd", "TieBreakRemove", "TieBreakUp", "TieBreakDown"}) {
            auto *button = child<QPushButton>(dialog, named(suffix).constData());
            QVERIFY(button);
            QVERIFY2(!button->isEnabled(), named(suffix).constData());
        }
        QVERIFY(!child<QComboBox>(dialog, named("TieBreakUnused").constData())->isEnabled());
        // The keys do nothing either.
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(list, Qt::Key_Delete);
    }
    QCOMPARE(dialog.methodology().regionalTieBreaks,
             scoring::Methodology::defaults().regionalTieBreaks);
    QCOMPARE(dialog.methodology().nationalTieBreaks,
             scoring::Methodology::defaults().nationalTieBreaks);
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
    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    const scoring::FinaliseResult finalised =
        scoring::StageFinaliser(doc).finalise({StageKind::Regional, region, {}});
    QVERIFY2(finalised.ok(), qPrintable(finalised.error));
    // The secretary may change the methodology, but not once a result is finalised.
    QVERIFY(doc.signIn(QStringLiteral("secretary"), demo::DemoAccounts::password()).ok());
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
