// Pulls the plug while a member scores a ballot package on their own PC. A child process (this
// very binary, run with --score-package) opens the package alone, signs in as the member and
// types one cell after another, printing each cell once its transaction committed. It is killed
// with SIGKILL at several moments; each time the package must reopen whole (integrity, its own
// audit chain), hold every reported cell, still be sealed (the seal is rewritten in the same
// transaction as each cell, so a crash never leaves a package the secretary would call edited),
// and still be accepted by the secretary's check once submitted.
#include "demo/demogenerator.h"
#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "packages/packagerepository.h"
#include "packages/packageseal.h"
#include "services/ballotservice.h"
#include "services/integritychecker.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cstdio>

using namespace akim;

namespace {

const char *const kChildFlag = "--score-package";

double pointsOf(qint64 nominee, qint64 criterion)
{
    return double((nominee * 3 + criterion) % 21) / 2.0;
}

// The child: the member on their own PC, with the package file only.
int scorePackage(const QString &path, qint64 memberId)
{
    ContestDocument package;
    if (!package.open(path) ||
        !package.signIn(QStringLiteral("member%1").arg(memberId), QStringLiteral("demo")).ok())
        return 2;
    BallotService ballots(package);
    const BallotLayout layout = ballots.layout(memberId);
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            const bool recused = layout.isConflict(row.nominee.id);
            const EditResult r = ballots.setCell(memberId, row.nominee.id, c.id,
                                                 recused ? scoring::ScoreState::Recused
                                                         : scoring::ScoreState::Entered,
                                                 recused ? 0.0 : pointsOf(row.nominee.id, c.id));
            if (!r.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(r.message));
                return 3;
            }
            std::fprintf(stdout, "%lld %lld %d\n", row.nominee.id, c.id, recused ? 1 : 0);
            std::fflush(stdout);
        }
    }
    return ballots.submit(memberId).ok() ? 0 : 4;
}

} // namespace

class TestPackageKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killWhileScoring_data();
    void killWhileScoring();
    void summary();

private:
    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    QString m_package;
    QByteArray m_key;
    qint64 m_member = 0;
    int m_killedMidway = 0;
    qint64 m_mostCells = 0;
};

void TestPackageKill::initTestCase()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 1;
    options.nomineesPerRegion = 200;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    QVERIFY(doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo")).ok());
    BallotService ballots(doc);
    for (const Member &m : ballots.votingMembers()) {
        if (ballots.layout(m.id).commission.stage == StageKind::Regional && !m_member)
            m_member = m.id;
    }
    QVERIFY(m_member);
    m_package = m_contest->filePath(QStringLiteral("base.akb"));
    const EditResult exported = PackageExporter(doc).exportTo(m_member, m_package);
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    m_key = QByteArray::fromHex(doc.accounts().findByMember(m_member)->packageKey.toLatin1());
    m_base = m_contest->path();
    m_contest->close();
}

void TestPackageKill::killWhileScoring_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {300, 700, 1200, 2000, 60000})
        QTest::addRow("after %d ms", delay) << delay;
}

void TestPackageKill::killWhileScoring()
{
    QFETCH(int, delayMs);
    const QString path = m_contest->filePath(QStringLiteral("killed-%1.akb").arg(delayMs));
    QVERIFY(QFile::copy(m_package, path));

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QLatin1String(kChildFlag), path, QString::number(m_member)});
    QVERIFY(child.waitForStarted());
    const bool finished = child.waitForFinished(delayMs);
    if (!finished) {
        child.kill(); // SIGKILL: no destructor, no rollback
        QVERIFY(child.waitForFinished(10000));
        ++m_killedMidway;
    } else {
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    }
    QVector<QPair<QPair<qint64, qint64>, bool>> reported;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(' ');
        QCOMPARE(f.size(), 3);
        reported.push_back({{f[0].toLongLong(), f[1].toLongLong()}, f[2] == "1"});
    }
    // The rollback journal is all there is beside the package; SQLite replays it on opening.
    {
        Database package;
        QVERIFY2(package.open(path, Database::Mode::ReadWrite), qPrintable(package.errorString()));
        const QStringList problems = IntegrityChecker(package).problems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QSqlDatabase db = package.connection();
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        QVERIFY2(packageseal::matches(db, m_key, PackageRepository(db).manifest()->seal),
                 "the package is still sealed");
        const ScoreRepository scores(db);
        for (const auto &r : std::as_const(reported)) {
            const std::optional<ScoreCell> cell =
                scores.find(m_member, r.first.first, r.first.second);
            QVERIFY2(cell, "a reported cell is missing");
            if (!r.second)
                QCOMPARE(cell->points, pointsOf(r.first.first, r.first.second));
        }
        const qint64 rows = scores.count(m_member);
        QVERIFY2(rows == reported.size() || (!finished && rows == reported.size() + 1),
                 qPrintable(QStringLiteral("%1 rows, %2 reported").arg(rows).arg(reported.size())));
        m_mostCells = std::max(m_mostCells, qint64(reported.size()));
        qInfo("after %d ms: %s, %lld cell(s) reported, %lld in the package", delayMs,
              finished ? "the member had submitted" : "killed", qint64(reported.size()), rows);
    }
    if (finished) {
        // The whole ballot: the secretary's check accepts it.
        const QString contest = m_contest->filePath(QStringLiteral("contest-%1.akc").arg(delayMs));
        QVERIFY(QFile::copy(m_base, contest));
        ContestDocument doc;
        QVERIFY(doc.open(contest));
        QVERIFY(doc.signIn(QStringLiteral("secretary"), QStringLiteral("demo")).ok());
        const PackageInspection inspection = PackageImporter(doc).inspect(path);
        QVERIFY2(inspection.ok(), qPrintable(inspection.refusal));
    }
}

void TestPackageKill::summary()
{
    QVERIFY2(m_killedMidway >= 2, "fewer than two kills landed while the member was scoring");
    QVERIFY2(m_mostCells > 0, "the child never reported a committed cell");
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return scorePackage(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    }
    QCoreApplication app(argc, argv);
    TestPackageKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_packagekill.moc"
