// Pulls the plug on `akimcontest ballots import`: the process is killed with SIGKILL at several
// moments while it takes back a large ballot package (600 nominees × the commission criteria),
// and the contest file is reopened each time. Integrity, foreign keys and the audit chain must
// hold, and the import must be all or nothing: every cell, the submitted ballot and the package
// marked imported, or no trace of it (and then the same package can still be imported).
#include "demo/demogenerator.h"
#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "packages/packagerepository.h"
#include "packages/packageseal.h"
#include "services/ballotservice.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

using namespace akim;

namespace {

constexpr int kNominees = 600;

struct Contents
{
    QStringList problems;
    qint64 cells = 0;
    QString ballot;
    bool imported = false;
};

} // namespace

class TestPackageImportKill : public QObject
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
    QString m_package;
    qint64 m_member = 0;
    int m_cells = 0;
    int m_killedMidway = 0;
    int m_nothing = 0;
    int m_everything = 0;
};

void TestPackageImportKill::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 1;
    options.nomineesPerRegion = kNominees;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    QVERIFY(doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo")).ok());
    BallotService ballots(doc);
    for (const Member &m : ballots.votingMembers()) {
        if (ballots.layout(m.id).commission.stage == StageKind::Regional && !m_member)
            m_member = m.id;
    }
    QVERIFY(m_member);
    const BallotLayout layout = ballots.layout(m_member);
    m_cells = layout.cellCount();
    QVERIFY(m_cells >= kNominees * 3);
    m_package = m_contest->filePath(QStringLiteral("large.akb"));
    const EditResult exported = PackageExporter(doc).exportTo(m_member, m_package);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    const QByteArray key =
        QByteArray::fromHex(doc.accounts().findByMember(m_member)->packageKey.toLatin1());
    m_base = m_contest->path();
    m_contest->close();

    // The member's scoring, written at once and sealed with the member's key as the program
    // would (typing 3,000 cells one by one would only make the test slow).
    Database package;
    QVERIFY(package.open(m_package, Database::Mode::ReadWrite));
    {
        const QSqlDatabase db = package.connection();
        Transaction transaction(db);
        for (const NomineeRow &row : layout.nominees) {
            for (const Criterion &c : layout.criteria) {
                const bool recused = layout.isConflict(row.nominee.id);
                sql::exec(db,
                          QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, "
                                         "criterion_id, state, points, updated_at) VALUES (?, ?, "
                                         "?, ?, ?, ?, ?)"),
                          {sql::newUuid(), m_member, row.nominee.id, c.id,
                           recused ? QStringLiteral("recused") : QStringLiteral("entered"),
                           recused ? QVariant() : QVariant(double((row.nominee.id + c.id) % 11)),
                           sql::nowUtc()});
            }
        }
        sql::exec(db,
                  QStringLiteral("INSERT INTO ballot (member_id, state, submitted_at, "
                                 "submitted_by, version) VALUES (?, 'submitted', ?, ?, 1)"),
                  {m_member, sql::nowUtc(), QStringLiteral("member%1").arg(m_member)});
        packageseal::reseal(db, key);
        transaction.commit();
    }
}

Contents TestPackageImportKill::contentsOf(const QString &path) const
{
    Contents contents;
    Database database;
    if (!database.open(path, Database::Mode::ReadWrite)) {
        contents.problems << database.errorString();
        return contents;
    }
    contents.problems = IntegrityChecker(database).problems();
    const QSqlDatabase db = database.connection();
    contents.cells = sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM score WHERE member_id "
                                                "= ?"),
                                 {m_member})
                         .toLongLong();
    contents.ballot = sql::scalar(db,
                                  QStringLiteral("SELECT state FROM ballot WHERE member_id "
                                                 "= ?"),
                                  {m_member})
                          .toString();
    contents.imported = sql::scalar(db, QStringLiteral("SELECT count(*) FROM ballot_package "
                                                       "WHERE imported_at IS NOT NULL"))
                            .toInt() > 0;
    return contents;
}

void TestPackageImportKill::killDuringImport_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {150, 300, 400, 500, 600, 700, 800, 1000, 1300, 1800, 3000, 4500})
        QTest::addRow("after %d ms", delay) << delay;
}

void TestPackageImportKill::killDuringImport()
{
    QFETCH(int, delayMs);
    const QString path = m_contest->filePath(QStringLiteral("killed-%1.akc").arg(delayMs));
    QVERIFY(QFile::copy(m_base, path));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AKIMCONTEST_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("AKIMCONTEST_PASSWORD"), QStringLiteral("demo"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AKIM_CLI_PATH),
                  {QStringLiteral("ballots"), QStringLiteral("import"), path, m_package,
                   QStringLiteral("--user"), QStringLiteral("secretary")});
    QVERIFY(process.waitForStarted());
    const bool finishedEarly = process.waitForFinished(delayMs);
    if (!finishedEarly) {
        process.kill(); // SIGKILL: no destructor, no rollback, no checkpoint runs
        QVERIFY(process.waitForFinished(10000));
        ++m_killedMidway;
    } else {
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    const Contents contents = contentsOf(path);
    QVERIFY2(contents.problems.isEmpty(), qPrintable(contents.problems.join(u'\n')));
    if (contents.imported) {
        QCOMPARE(contents.cells, qint64(m_cells));
        QCOMPARE(contents.ballot, QStringLiteral("submitted"));
        ++m_everything;
    } else {
        QCOMPARE(contents.cells, qint64(0));
        QVERIFY(contents.ballot != QLatin1String("submitted"));
        ++m_nothing;
        // Nothing of it landed, so the same package is still welcome.
        ContestDocument doc;
        QVERIFY(doc.open(path));
        QVERIFY(doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo")).ok());
        const PackageInspection inspection = PackageImporter(doc).inspect(m_package);
        QVERIFY2(inspection.ok(), qPrintable(inspection.refusal));
    }
    qInfo("killed after %d ms: %s", delayMs,
          finishedEarly       ? "the import had finished"
          : contents.imported ? "the import had committed"
                              : "nothing of the import is in the file");
}

void TestPackageImportKill::summary()
{
    // Proof that the delays bracket the import: some runs left nothing, some everything.
    QVERIFY2(m_nothing >= 2 && m_everything >= 1,
             qPrintable(QStringLiteral("%1 run(s) left nothing, %2 the whole import; %3 killed")
                            .arg(m_nothing)
                            .arg(m_everything)
                            .arg(m_killedMidway)));
}

QTEST_GUILESS_MAIN(TestPackageImportKill)
#include "tst_packageimportkill.moc"
