// Pulls the plug during score entry: a child process (this very binary, run with
// --type-scores) types a paper ballot after another through BallotService, one cell per
// transaction, and prints each cell's key once its transaction has committed. It is killed with
// SIGKILL at several moments and the contest file is reopened each time: integrity, foreign keys
// and the audit chain must hold, and every cell the child reported must be in the file with its
// points. At most the one cell in flight may be there unreported.
#include "demo/demogenerator.h"
#include "services/ballotservice.h"
#include "services/integritychecker.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QtTest>

#include <cstdio>

using namespace akim;

namespace {

const char *const kChildFlag = "--type-scores";

// The points of a cell: a function of its key, so the parent knows what each reported cell holds.
double pointsOf(qint64 member, qint64 nominee, qint64 criterion)
{
    return double((member * 7 + nominee * 3 + criterion) % 21) / 2.0;
}

// The child: signs in as the secretary and types every member's ballot, cell by cell.
int typeScores(const QString &path)
{
    ContestDocument document;
    if (!document.open(path)) {
        std::fprintf(stderr, "%s\n", qPrintable(document.errorString()));
        return 2;
    }
    if (!document.signIn(QStringLiteral("secretary"), QStringLiteral("demo")).ok())
        return 2;
    BallotService service(document);
    for (const Member &member : service.votingMembers()) {
        const BallotLayout layout = service.layout(member.id);
        if (layout.commission.stage != StageKind::Regional)
            continue;
        for (const NomineeRow &row : layout.nominees) {
            for (const Criterion &c : layout.criteria) {
                const bool recused = layout.isConflict(row.nominee.id);
                const EditResult result = service.setCell(
                    member.id, row.nominee.id, c.id,
                    recused ? scoring::ScoreState::Recused : scoring::ScoreState::Entered,
                    pointsOf(member.id, row.nominee.id, c.id));
                if (!result.ok()) {
                    std::fprintf(stderr, "%s\n", qPrintable(result.message));
                    return 3;
                }
                std::fprintf(stdout, "%lld %lld %lld %d\n", member.id, row.nominee.id, c.id,
                             recused ? 1 : 0);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}

struct Reported
{
    qint64 member = 0;
    qint64 nominee = 0;
    qint64 criterion = 0;
    bool recused = false;
};

} // namespace

class TestBallotKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killWhileTyping_data();
    void killWhileTyping();
    void summary();

private:
    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    int m_killedMidway = 0;
    qint64 m_mostCells = 0;
};

void TestBallotKill::initTestCase()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 30;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    m_base = m_contest->path();
    m_contest->close();
}

void TestBallotKill::killWhileTyping_data()
{
    QTest::addColumn<int>("delayMs");
    for (int delay : {300, 700, 1200, 2000, 3500})
        QTest::addRow("after %d ms", delay) << delay;
}

void TestBallotKill::killWhileTyping()
{
    QFETCH(int, delayMs);
    const QString path = m_contest->filePath(QStringLiteral("killed-%1.akc").arg(delayMs));
    QVERIFY(QFile::copy(m_base, path));

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildFlag), path});
    QVERIFY(child.waitForStarted());
    const bool finished = child.waitForFinished(delayMs);
    if (!finished) {
        child.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint runs
        QVERIFY(child.waitForFinished(10000));
        ++m_killedMidway;
    } else {
        QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    }
    // Only whole lines: a line cut by the kill was not reported.
    QVector<Reported> reported;
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> f = lines.at(i).split(' ');
        QCOMPARE(f.size(), 4);
        reported.push_back({f[0].toLongLong(), f[1].toLongLong(), f[2].toLongLong(), f[3] == "1"});
    }

    Database database;
    QVERIFY2(database.open(path, Database::Mode::ReadWrite), qPrintable(database.errorString()));
    const QStringList problems = IntegrityChecker(database).problems();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(AuditLog(database.connection()).verify(), QStringList());
    const ScoreRepository scores(database.connection());
    for (const Reported &r : std::as_const(reported)) {
        const std::optional<ScoreCell> cell = scores.find(r.member, r.nominee, r.criterion);
        QVERIFY2(cell, qPrintable(QStringLiteral("reported cell %1/%2/%3 is missing")
                                      .arg(r.member)
                                      .arg(r.nominee)
                                      .arg(r.criterion)));
        if (!r.recused)
            QCOMPARE(cell->points, pointsOf(r.member, r.nominee, r.criterion));
    }
    const qint64 rows =
        sql::scalar(database.connection(), QStringLiteral("SELECT COUNT(*) FROM score"))
            .toLongLong();
    QVERIFY2(
        rows == reported.size() || (!finished && rows == reported.size() + 1),
        qPrintable(QStringLiteral("%1 score rows, %2 reported").arg(rows).arg(reported.size())));
    // One audit entry per cell, after the demo's own.
    const qint64 audits =
        sql::scalar(database.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'score.set'"))
            .toLongLong();
    QCOMPARE(audits, rows);
    m_mostCells = std::max(m_mostCells, qint64(reported.size()));
    qInfo("after %d ms: %s, %lld cell(s) reported, %lld in the file", delayMs,
          finished ? "the child had finished" : "killed", qint64(reported.size()), rows);
}

void TestBallotKill::summary()
{
    // The test proves nothing unless kills landed while cells were being written.
    QVERIFY2(m_killedMidway >= 2, "fewer than two kills landed while the child was typing");
    QVERIFY2(m_mostCells > 0, "the child never reported a committed cell");
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return typeScores(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestBallotKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ballotkill.moc"
