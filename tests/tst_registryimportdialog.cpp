#include "filedialogs.h"
#include "registryimportdialog.h"
#include "testsupport.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace akim;
using namespace akim::test;

namespace {

const QString kHeader = QStringLiteral("Область;Район;Сельский округ;ФИО акима");

QString writeUtf8(const TemporaryContest &contest, const QString &name, const QStringList &lines)
{
    QFile file(contest.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write((lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8());
    return file.fileName();
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace

class TestRegistryImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void previewsThenImportsAndSaysSoAgain();
    void problemRowsBlockTheImport();
    void unreadableFileIsExplained();
};

void TestRegistryImportDialog::initTestCase()
{
    isolateSettings();
    ignoreOffscreenNoise();
}

void TestRegistryImportDialog::cleanup()
{
    FileDialogs::clearPendingPaths();
}

void TestRegistryImportDialog::previewsThenImportsAndSaysSoAgain()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    const QString path =
        writeUtf8(contest, QStringLiteral("registry.csv"),
                  {kHeader,
                   QStringLiteral("Кызылординская область;Жалагашский район;Мадениетский сельский "
                                  "округ;Ахметов Серик Болатович"),
                   QStringLiteral("Кызылординская область;Кармакшинский район;Акжарский сельский "
                                  "округ;Жумабаев Алибек Кайратович"),
                   QStringLiteral("Кызылординская область;Казалинский район;Айтекебийский сельский "
                                  "округ;Сейткали Нурлан Ерланович")});

    RegistryImportDialog dialog(&doc);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *importButton = child<QPushButton>(&dialog, "registryImportButton");
    QVERIFY(!importButton->isEnabled()); // no file yet

    FileDialogs::setNextPath(path);
    QTest::mouseClick(child<QPushButton>(&dialog, "browseRegistryButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, "registryFileEdit")->text(), QDir::toNativeSeparators(path));
    QVERIFY2(dialog.plan().canApply(), qPrintable(dialog.plan().summary()));
    auto *table = child<QTableWidget>(&dialog, "registryPlanTable");
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, RegistryImportDialog::RowColumn)->text(), QStringLiteral("2"));
    QVERIFY(table->item(0, RegistryImportDialog::RegionColumn)
                ->text()
                .contains(QStringLiteral("Кызылорд")));
    QCOMPARE(table->item(1, RegistryImportDialog::OkrugColumn)->text(),
             QStringLiteral("Акжарский сельский округ"));
    QCOMPARE(table->item(2, RegistryImportDialog::NameColumn)->text(),
             QStringLiteral("Сейткали Нурлан Ерланович"));
    QVERIFY(table->item(0, RegistryImportDialog::ActionColumn)
                ->text()
                .startsWith(QLatin1String("add")));
    QVERIFY(importButton->isEnabled());
    QCOMPARE(doc.nominees().count(), 0);

    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY2(dialog.result().error.isEmpty(), qPrintable(dialog.result().error));
    QCOMPARE(dialog.result().added, 3);
    QCOMPARE(doc.nominees().count(), 3);
    QVERIFY(child<QLabel>(&dialog, "registryResultLabel")->text().contains(QLatin1String("3")));
    // Planned again at once: everything is there now, and Import has nothing to do.
    QCOMPARE(table->item(0, RegistryImportDialog::ActionColumn)->text(),
             QStringLiteral("already present"));
    QVERIFY(!importButton->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "registrySummaryLabel")
                ->text()
                .contains(QLatin1String("nothing to import")));

    // The same file chosen again in a new dialog says the same.
    RegistryImportDialog again(&doc);
    again.setFilePath(path);
    QCOMPARE(again.plan().count(survey::RegistryAction::Present), 3);
    QVERIFY(!again.importEnabled());
}

void TestRegistryImportDialog::problemRowsBlockTheImport()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    ContestDocument &doc = contest.document();
    const QString path =
        writeUtf8(contest, QStringLiteral("registry.csv"),
                  {kHeader,
                   QStringLiteral("Кызылординская область;Жалагашский район;Мадениетский сельский "
                                  "округ;Ахметов Серик Болатович"),
                   QStringLiteral("Нарния;Казалинский район;Айтекебийский сельский округ;Сейткали "
                                  "Нурлан")});
    RegistryImportDialog dialog(&doc);
    dialog.setFilePath(path);
    QVERIFY(!dialog.plan().canApply());
    auto *table = child<QTableWidget>(&dialog, "registryPlanTable");
    QCOMPARE(table->rowCount(), 2);
    // The problem row shows the spelling as typed, and why it is refused.
    QCOMPARE(table->item(1, RegistryImportDialog::RegionColumn)->text(), QStringLiteral("Нарния"));
    QVERIFY(table->item(1, RegistryImportDialog::ActionColumn)
                ->text()
                .startsWith(QLatin1String("problem")));
    QVERIFY(table->item(1, RegistryImportDialog::ActionColumn)
                ->text()
                .contains(QStringLiteral("Нарния")));
    QVERIFY(!child<QPushButton>(&dialog, "registryImportButton")->isEnabled());
    dialog.importPlan(); // refused however it is asked
    QCOMPARE(doc.nominees().count(), 0);
}

void TestRegistryImportDialog::unreadableFileIsExplained()
{
    TemporaryContest contest;
    QVERIFY2(contest.isValid(), qPrintable(contest.errorString()));
    QFile binary(contest.filePath(QStringLiteral("garbage.xlsx")));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("PK\x03\x04 this is not a zip", 24));
    binary.close();
    RegistryImportDialog dialog(&contest.document());
    dialog.setFilePath(binary.fileName());
    QVERIFY(dialog.plan().isBroken());
    QVERIFY(child<QLabel>(&dialog, "registrySummaryLabel")
                ->text()
                .contains(QLatin1String("cannot be imported")));
    QVERIFY(!child<QPushButton>(&dialog, "registryImportButton")->isEnabled());
}

QTEST_MAIN(TestRegistryImportDialog)
#include "tst_registryimportdialog.moc"
