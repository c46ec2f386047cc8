// Pulls the plug on `akimcontest import-survey`: the process is killed with SIGKILL at several
// moments of a large import, and the contest file is reopened each time. Whatever the moment,
// the file must pass `check` (integrity, foreign keys, audit chain, survey totals recomputed
// from the responses) and hold either nothing of the import or all of it, never a part.
#include "demo/demogenerator.h"
#include "services/integritychecker.h"
#include "storage/criterionrepository.h"
#include "storage/database.h"
#include "storage/nomineerepository.h"
#include "storage/surveyrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace akim;

namespace {

constexpr int kRows = 150000;

struct Contents
{
    qint64 imports = -1;
    qint64 responses = -1;
    QStringList problems;
};

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killDuringImport_data();
    void killDuringImport();
    void summary();

private:
    Contents contentsOf(const QString &path) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    QString m_csv;
    int m_killedMidway = 0;
    int m_completed = 0;
};

void TestImportKill::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(AKIM_CLI_PATH)), AKIM_CLI_PATH);
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 40;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    const QVector<NomineeRow> nominees = m_contest->document().nominees().rows();
    QVERIFY(nominees.size() == 80);

    // A Google-Forms-like export whose columns the importer recognises by their headings.
    QByteArray text = "Отметка времени,Область,Район,Сельский округ";
    for (const Criterion &c : m_contest->document().criteria().all()) {
        if (c.source == CriterionSource::Survey)
            text += ",\"" + c.titleRu.toUtf8().replace('"', "\"\"") + '"';
    }
    text += "\r\n";
    for (int i = 0; i < kRows; ++i) {
        const NomineeRow &n = nominees.at(i % nominees.size());
        const QDateTime at = QDateTime(QDate(2020, 6, 1), QTime(8, 0)).addSecs(i * 7);
        text += at.toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")).toLatin1() + ',' +
                n.regionRu.toUtf8() + ',' + n.districtRu.toUtf8() + ',' + n.okrugRu.toUtf8();
        for (int q = 0; q < 6; ++q)
            text += ',' + QByteArray::number(1 + (i * 7 + q * 3) % 5);
        text += "\r\n";
    }
    m_csv = m_contest->filePath(QStringLiteral("survey.csv"));
    QFile csv(m_csv);
    QVERIFY(csv.open(QIODevice::WriteOnly) && csv.write(text) == text.size());
    csv.close();
    m_base = m_contest->path();
    m_contest->close();
}

Contents TestImportKill::contentsOf(const QString &path) const
{
    Contents contents;
    Database database;
    if (!database.open(path, Database::Mode::ReadWrite)) {
        contents.problems << database.errorString();
        return contents;
    }
    contents.problems = IntegrityChecker(database).problems();
    contents.responses = SurveyRepository(database.connection()).responseCount({});
    QSqlQuery q(database.connection());
    if (q.exec(QStringLiteral("SELECT count(*) FROM survey_import")) && q.next())
        contents.imports = q.value(0).toLongLong();
    database.close();
    return contents;
}

void TestImportKill::killDuringImport_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {40, 120, 250, 400, 700, 1000, 1500, 2500})
        QTest::addRow("after %d ms", delay) << delay;
}

void TestImportKill::killDuringImport()
{
    QFETCH(int, delayMs);
    const QString path = m_contest->filePath(QStringLiteral("killed-%1.akc").arg(delayMs));
    QVERIFY(QFile::copy(m_base, path));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKIMCONTEST_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AKIM_CLI_PATH), {QStringLiteral("import-survey"), path, m_csv});
    QVERIFY(process.waitForStarted());
    const bool finishedEarly = process.waitForFinished(delayMs);
    if (!finishedEarly) {
        process.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint runs
        QVERIFY(process.waitForFinished(10000));
    }

    const Contents contents = contentsOf(path);
    QVERIFY2(contents.problems.isEmpty(), qPrintable(contents.problems.join(u'\n')));
    if (finishedEarly) {
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        ++m_completed;
    } else {
        ++m_killedMidway;
    }
    // All or nothing: one import with every row, or no trace of it.
    if (contents.imports == 0) {
        QCOMPARE(contents.responses, 0);
    } else {
        QCOMPARE(contents.imports, 1);
        QCOMPARE(contents.responses, qint64(kRows));
    }
    qInfo("killed after %d ms: %s", delayMs,
          finishedEarly           ? "the import had finished"
          : contents.imports == 0 ? "nothing of the import is in the file"
                                  : "the import had committed");
}

void TestImportKill::summary()
{
    // The test proves nothing unless some kills landed while the import was running.
    QVERIFY2(m_killedMidway >= 2, qPrintable(QStringLiteral("only %1 kill(s) during the import, "
                                                            "%2 run(s) had finished")
                                                 .arg(m_killedMidway)
                                                 .arg(m_completed)));
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
