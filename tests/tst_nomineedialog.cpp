#include "nomineedialog.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace akim;
using namespace akim::test;

class TestNomineeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addsNomineeInNewDistrictAndOkrug();
    void existingDistrictIsRecognisedWhenTyped();
    void refusalKeepsDialogOpen();
    void okNeedsAName();
    void changingRegionClearsPlace();
    void editsExistingNominee();

private:
    template<typename T>
    static T *child(QWidget *dialog, const char *name)
    {
        T *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    static QPushButton *okButton(QWidget *dialog)
    {
        return child<QDialogButtonBox>(dialog, "nomineeButtonBox")->button(QDialogButtonBox::Ok);
    }
    static void selectRegion(QWidget *dialog, qint64 regionId)
    {
        auto *combo = child<QComboBox>(dialog, "nomineeRegionCombo");
        combo->setCurrentIndex(combo->findData(regionId));
    }
};

void TestNomineeDialog::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
}

void TestNomineeDialog::addsNomineeInNewDistrictAndOkrug()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    const qint64 kyzylorda = contest.regionId(QStringLiteral("кызылорд"));
    QVERIFY(kyzylorda != 0);

    NomineeDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!okButton(&dialog)->isEnabled()); // nothing typed yet

    selectRegion(&dialog, kyzylorda);
    auto *district = child<QComboBox>(&dialog, "nomineeDistrictCombo");
    auto *districtKk = child<QLineEdit>(&dialog, "newDistrictKkEdit");
    QVERIFY(!districtKk->isVisibleTo(&dialog));
    typeText(district->lineEdit(), QStringLiteral("Жалагашский район"));
    QCOMPARE(district->currentText(), QStringLiteral("Жалагашский район"));
    // Not an existing district: its Kazakh name can be given.
    QVERIFY(districtKk->isVisibleTo(&dialog));
    typeText(districtKk, QStringLiteral("Жалағаш ауданы"));

    auto *okrug = child<QComboBox>(&dialog, "nomineeOkrugCombo");
    typeText(okrug->lineEdit(), QStringLiteral("Мадениетский сельский округ"));
    auto *okrugKk = child<QLineEdit>(&dialog, "newOkrugKkEdit");
    auto *kato = child<QLineEdit>(&dialog, "newOkrugKatoEdit");
    QVERIFY(okrugKk->isVisibleTo(&dialog));
    QVERIFY(kato->isVisibleTo(&dialog));
    typeText(okrugKk, QStringLiteral("Мәдениет ауылдық округі"));
    typeText(kato, QStringLiteral("434657100"));

    const QString name = QStringLiteral("Сейтқали Айгүл Бекенқызы");
    auto *fullName = child<QLineEdit>(&dialog, "nomineeFullNameEdit");
    typeText(fullName, name);
    QCOMPARE(fullName->text(), name);
    auto *unknown = child<QCheckBox>(&dialog, "nomineeInOfficeUnknownCheck");
    QVERIFY(unknown->isChecked());
    unknown->setChecked(false);
    child<QDateEdit>(&dialog, "nomineeInOfficeSinceEdit")->setDate(QDate(2021, 6, 1));

    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    QVector<NomineeRow> rows = doc.nominees().rows();
    QCOMPARE(rows.size(), 1);
    const NomineeRow row = rows.constFirst();
    QCOMPARE(row.nominee.fullName, name);
    QCOMPARE(row.okrugRu, QStringLiteral("Мадениетский сельский округ"));
    QCOMPARE(row.okrugKk, QStringLiteral("Мәдениет ауылдық округі"));
    QCOMPARE(row.okrugKato, QStringLiteral("434657100"));
    QCOMPARE(row.districtRu, QStringLiteral("Жалагашский район"));
    QCOMPARE(row.districtKk, QStringLiteral("Жалағаш ауданы"));
    QCOMPARE(row.regionId, kyzylorda);
    QCOMPARE(row.nominee.inOfficeSince, QDate(2021, 6, 1));
    QCOMPARE(row.nominee.status, NomineeStatus::Active);
    const QString uuid = row.nominee.uuid;
    QVERIFY(!uuid.isEmpty());

    // One undo step takes back the nominee and the places created for it.
    QVERIFY(doc.undoStack()->canUndo());
    doc.undoStack()->undo();
    QCOMPARE(doc.nominees().count(), 0);
    for (const Okrug &o : doc.geography().okrugs())
        QVERIFY(o.nameRu != QStringLiteral("Мадениетский сельский округ"));
    QVERIFY(doc.geography().districts(kyzylorda).isEmpty());

    doc.undoStack()->redo();
    rows = doc.nominees().rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().nominee.uuid, uuid);
    QCOMPARE(rows.constFirst().nominee.fullName, name);
    QCOMPARE(rows.constFirst().okrugRu, QStringLiteral("Мадениетский сельский округ"));
}

void TestNomineeDialog::existingDistrictIsRecognisedWhenTyped()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    QVERIFY(contest.addNominee(QStringLiteral("Қызылорда"), QStringLiteral("Аральский район"),
                               QStringLiteral("Аманоткельский сельский округ"),
                               QStringLiteral("Ибраев Нурлан Серикович")));
    NomineeDialog dialog(&contest.document());
    dialog.show();
    selectRegion(&dialog, contest.regionId(QStringLiteral("Қызылорда")));
    auto *district = child<QComboBox>(&dialog, "nomineeDistrictCombo");
    // Typed in another case: still the existing district, so no Kazakh name is asked for.
    typeText(district->lineEdit(), QStringLiteral("аральский район"));
    QVERIFY(!child<QLineEdit>(&dialog, "newDistrictKkEdit")->isVisibleTo(&dialog));
    // Its okrugs are offered.
    auto *okrug = child<QComboBox>(&dialog, "nomineeOkrugCombo");
    QCOMPARE(okrug->count(), 1);
    QCOMPARE(okrug->itemText(0), QStringLiteral("Аманоткельский сельский округ"));
    const NomineeDraft draft = dialog.draft();
    QVERIFY(draft.districtId != 0);
    QVERIFY(draft.newDistrictRu.isEmpty());
}

void TestNomineeDialog::refusalKeepsDialogOpen()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    QVERIFY(contest.addNominee(QStringLiteral("Қызылорда"), QStringLiteral("Аральский район"),
                               QStringLiteral("Аманоткельский сельский округ"),
                               QStringLiteral("Ибраев Нурлан Серикович")));
    const int undoSteps = doc.undoStack()->count();

    NomineeDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    selectRegion(&dialog, contest.regionId(QStringLiteral("Қызылорда")));
    auto *district = child<QComboBox>(&dialog, "nomineeDistrictCombo");
    district->setCurrentIndex(0);
    auto *okrug = child<QComboBox>(&dialog, "nomineeOkrugCombo");
    okrug->setCurrentIndex(0); // the okrug that already has its nominee
    typeText(child<QLineEdit>(&dialog, "nomineeFullNameEdit"),
             QStringLiteral("Жақсылықов Ерлан Маратұлы"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);

    QVERIFY(dialog.isVisible());
    auto *error = child<QLabel>(&dialog, "nomineeErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Ибраев Нурлан Серикович")),
             qPrintable(error->text()));
    QCOMPARE(dialog.errorText(), error->text());
    QCOMPARE(doc.nominees().count(), 1);
    QCOMPARE(doc.undoStack()->count(), undoSteps);

    // A new okrug instead: accepted, and the error goes away.
    okrug->setEditText(QString());
    typeText(okrug->lineEdit(), QStringLiteral("Бекбаулский сельский округ"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(doc.nominees().count(), 2);
}

void TestNomineeDialog::okNeedsAName()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    NomineeDialog dialog(&contest.document());
    dialog.show();
    selectRegion(&dialog, contest.regionId(QStringLiteral("Абай")));
    typeText(child<QComboBox>(&dialog, "nomineeDistrictCombo")->lineEdit(),
             QStringLiteral("Аягозский район"));
    typeText(child<QComboBox>(&dialog, "nomineeOkrugCombo")->lineEdit(),
             QStringLiteral("Акшийский сельский округ"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    auto *fullName = child<QLineEdit>(&dialog, "nomineeFullNameEdit");
    typeText(fullName, QStringLiteral("   "));
    QVERIFY(!okButton(&dialog)->isEnabled());
    typeText(fullName, QStringLiteral("Оспанов Ерболат"));
    QVERIFY(okButton(&dialog)->isEnabled());
}

void TestNomineeDialog::changingRegionClearsPlace()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    NomineeDialog dialog(&contest.document());
    dialog.show();
    selectRegion(&dialog, contest.regionId(QStringLiteral("Абай")));
    auto *district = child<QComboBox>(&dialog, "nomineeDistrictCombo");
    auto *okrug = child<QComboBox>(&dialog, "nomineeOkrugCombo");
    typeText(district->lineEdit(), QStringLiteral("Аягозский район"));
    typeText(okrug->lineEdit(), QStringLiteral("Акшийский сельский округ"));
    selectRegion(&dialog, contest.regionId(QStringLiteral("Қызылорда")));
    QCOMPARE(district->currentText(), QString());
    QCOMPARE(okrug->currentText(), QString());
    QVERIFY(!child<QLineEdit>(&dialog, "newDistrictKkEdit")->isVisibleTo(&dialog));
}

void TestNomineeDialog::editsExistingNominee()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    const qint64 id = contest.addNominee(
        QStringLiteral("Қызылорда"), QStringLiteral("Аральский район"),
        QStringLiteral("Аманоткельский сельский округ"), QStringLiteral("Ибраев Нурлан"));
    QVERIFY(id);
    const QString uuid = doc.nominees().nominee(id).uuid;

    NomineeDialog dialog(&doc);
    dialog.setNominee(id);
    dialog.show();
    auto *fullName = child<QLineEdit>(&dialog, "nomineeFullNameEdit");
    QCOMPARE(fullName->text(), QStringLiteral("Ибраев Нурлан"));
    QCOMPARE(child<QComboBox>(&dialog, "nomineeOkrugCombo")->currentText(),
             QStringLiteral("Аманоткельский сельский округ"));
    typeText(fullName, QStringLiteral(" Серикович"));
    auto *status = child<QComboBox>(&dialog, "nomineeStatusCombo");
    status->setCurrentIndex(status->findData(int(NomineeStatus::Withdrawn)));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QVERIFY2(!dialog.isVisible(), qPrintable(dialog.errorText()));

    const Nominee edited = doc.nominees().nominee(id);
    QCOMPARE(edited.fullName, QStringLiteral("Ибраев Нурлан Серикович"));
    QCOMPARE(edited.status, NomineeStatus::Withdrawn);
    QCOMPARE(edited.uuid, uuid);
    QCOMPARE(doc.nominees().count(), 1);
}

QTEST_MAIN(TestNomineeDialog)
#include "tst_nomineedialog.moc"
