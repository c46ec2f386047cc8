// `akimcontest finalise` per the contract: the SHA-256 it prints is that of what
// `rank --format json` prints for the same region, so anyone can check a finalised result
// against a recomputation; refusals exit 2 (or 1 for usage) and change nothing. A demo with
// --scores goes through both stages from the command line alone.
#include "clirunner.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <cmath>
#include <limits>

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestFinaliseCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shaMatchesRank();
    void refusals_data();
    void refusals();
    void demoRanksThroughBothStages();

private:
    static akim::test::CliResult run(const QStringList &arguments)
    {
        return akim::test::runCli(arguments);
    }
    // As the demo's chair, whose password is "demo".
    static akim::test::CliResult runAsChair(const QStringList &arguments)
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("AKIMCONTEST_PASSWORD"), QStringLiteral("demo"));
        return akim::test::runCli(
            arguments + QStringList{QStringLiteral("--user"), QStringLiteral("chair")},
            environment);
    }
    static QJsonObject rankJson(const QString &file, const QString &stage)
    {
        const akim::test::CliResult r =
            run({QStringLiteral("rank"), file, QStringLiteral("--stage"), stage,
                 QStringLiteral("--format"), QStringLiteral("json")});
        if (r.exitCode != 0)
            qWarning("rank failed: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.outBytes).object();
    }

    QTemporaryDir m_dir;
    QString m_file;
};

void TestFinaliseCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("final.akc"));
    const akim::test::CliResult r =
        run({QStringLiteral("demo"), m_file, QStringLiteral("--regions"), QStringLiteral("2"),
             QStringLiteral("--nominees-per-region"), QStringLiteral("8"),
             QStringLiteral("--scores"), QStringLiteral("--survey"), QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestFinaliseCli::shaMatchesRank()
{
    const akim::test::CliResult rank =
        run({QStringLiteral("rank"), m_file, QStringLiteral("--stage"), QStringLiteral("regional"),
             QStringLiteral("--region"), QStringLiteral("11"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(rank.exitCode, 0);
    const QByteArray expected =
        QCryptographicHash::hash(rank.outBytes, QCryptographicHash::Sha256).toHex();

    const akim::test::CliResult r = runAsChair(
        {QStringLiteral("finalise"), m_file, QStringLiteral("--stage"), QStringLiteral("regional"),
         QStringLiteral("--region"), QStringLiteral("Ақмола облысы")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString out = QString::fromUtf8(r.outBytes);
    QVERIFY2(out.contains(QLatin1String("Ranking SHA-256: ") + QLatin1String(expected)),
             qPrintable(out));
    QVERIFY(QRegularExpression(QStringLiteral("Advancing \\(nominee ids\\): \\d+"))
                .match(out)
                .hasMatch());

    const akim::test::CliResult check = run({QStringLiteral("check"), m_file});
    QCOMPARE(check.exitCode, 0);
    const akim::test::CliResult audit =
        run({QStringLiteral("info"), m_file, QStringLiteral("--json")});
    QCOMPARE(audit.exitCode, 0);
}

void TestFinaliseCli::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = QStringLiteral("@FILE");
    QTest::newRow("no region") << QStringList{QStringLiteral("finalise"), file,
                                              QStringLiteral("--stage"), QStringLiteral("regional")}
                               << 1 << QStringLiteral("--region");
    QTest::newRow("region for stage II")
        << QStringList{QStringLiteral("finalise"), file,
                       QStringLiteral("--stage"),  QStringLiteral("national"),
                       QStringLiteral("--region"), QStringLiteral("10")}
        << 1 << QStringLiteral("--region");
    QTest::newRow("bad advance")
        << QStringList{QStringLiteral("finalise"),  file,
                       QStringLiteral("--stage"),   QStringLiteral("regional"),
                       QStringLiteral("--region"),  QStringLiteral("10"),
                       QStringLiteral("--advance"), QStringLiteral("x")}
        << 1 << QStringLiteral("--advance");
    QTest::newRow("stage II too early")
        << QStringList{QStringLiteral("finalise"), file, QStringLiteral("--stage"),
                       QStringLiteral("national")}
        << 2 << QStringLiteral("every region");
    QTest::newRow("unknown region")
        << QStringList{QStringLiteral("finalise"), file,
                       QStringLiteral("--stage"),  QStringLiteral("regional"),
                       QStringLiteral("--region"), QStringLiteral("Atlantis")}
        << 2 << QStringLiteral("No region");
}

void TestFinaliseCli::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("@FILE"), m_file);
    const QByteArray before = sha256(m_file);
    // As the chair, so that what is refused is the request, not the user.
    const akim::test::CliResult r = runAsChair(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(sha256(m_file), before);
}

void TestFinaliseCli::demoRanksThroughBothStages()
{
    // No survey: stage I is decided by the commission alone, on the ballots the demo wrote.
    const QString file = m_dir.filePath(QStringLiteral("both-stages.akc"));
    const akim::test::CliResult demo = run(
        {QStringLiteral("demo"), file, QStringLiteral("--regions"), QStringLiteral("3"),
         QStringLiteral("--nominees-per-region"), QStringLiteral("8"), QStringLiteral("--scores")});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const QRegularExpressionMatch ballots =
        QRegularExpression(QStringLiteral("Ballots: (\\d+) stage I score.* and (\\d+) stage II "
                                          "score"))
            .match(demo.out);
    QVERIFY2(ballots.hasMatch(), qPrintable(demo.out));
    const int stage1 = ballots.captured(1).toInt();
    const int stage2 = ballots.captured(2).toInt();
    // 10 voting members of the republican commission × at least one nominee per region × R1–R3.
    QVERIFY2(stage2 >= 10 * 3 * 3 && stage2 % (10 * 3) == 0, qPrintable(demo.out));
    const akim::test::CliResult info =
        run({QStringLiteral("info"), file, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(info.outBytes).object().value(QStringLiteral("scores")).toInteger(),
        qint64(stage1) + stage2);

    // Every region, the chair taking the first tied nominee where the cut is tied.
    const QJsonArray regional =
        rankJson(file, QStringLiteral("regional")).value(QStringLiteral("nominees")).toArray();
    QHash<QString, QStringList> tiedIn;
    QStringList regions;
    for (const QJsonValue &v : regional) {
        const QJsonObject n = v.toObject();
        const QString region = n.value(QStringLiteral("region")).toString();
        if (!regions.contains(region))
            regions << region;
        const QJsonArray flags = n.value(QStringLiteral("flags")).toArray();
        if (flags.contains(QStringLiteral("tied_at_cut")) &&
            !n.value(QStringLiteral("advances")).toBool())
            tiedIn[region] << QString::number(n.value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(regions.size(), 3);
    QSet<qint64> advancing;
    for (const QString &region : std::as_const(regions)) {
        QStringList arguments{QStringLiteral("finalise"), file,
                              QStringLiteral("--stage"),  QStringLiteral("regional"),
                              QStringLiteral("--region"), region};
        if (tiedIn.contains(region))
            arguments << QStringLiteral("--advance") << tiedIn.value(region).first();
        const akim::test::CliResult r = runAsChair(arguments);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch ids =
            QRegularExpression(QStringLiteral("Advancing \\(nominee ids\\): ([\\d, ]+)"))
                .match(r.out);
        QVERIFY2(ids.hasMatch(), qPrintable(r.out));
        for (const QString &id : ids.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            advancing.insert(id.trimmed().toLongLong());
    }
    QCOMPARE(advancing.size(), 3);
    const akim::test::CliResult national = runAsChair(
        {QStringLiteral("finalise"), file, QStringLiteral("--stage"), QStringLiteral("national")});
    QVERIFY2(national.exitCode == 0, qPrintable(national.err));

    // The national ranking rests on the republican commission's ballots: a commission index
    // from ten members' scores on every stage II criterion, and places in order of the totals.
    const QJsonArray nominees =
        rankJson(file, QStringLiteral("national")).value(QStringLiteral("nominees")).toArray();
    QCOMPARE(nominees.size(), advancing.size());
    double previous = std::numeric_limits<double>::infinity();
    QSet<double> totals;
    for (int i = 0; i < nominees.size(); ++i) {
        const QJsonObject n = nominees.at(i).toObject();
        const QString who = n.value(QStringLiteral("name")).toString();
        QVERIFY2(advancing.contains(n.value(QStringLiteral("id")).toInteger()), qPrintable(who));
        const QJsonValue commission =
            n.value(QStringLiteral("components")).toObject().value(QStringLiteral("commission"));
        QVERIFY2(commission.isDouble(), qPrintable(who));
        QVERIFY2(commission.toDouble() >= 0.0 && commission.toDouble() <= 100.0, qPrintable(who));
        int criteria = 0;
        for (const QJsonValue &c : n.value(QStringLiteral("criteria")).toArray()) {
            const QJsonObject criterion = c.toObject();
            if (criterion.value(QStringLiteral("source")).toString() != u"commission")
                continue;
            ++criteria;
            QVERIFY2(criterion.value(QStringLiteral("code")).toString().startsWith(u'R'),
                     qPrintable(who));
            QCOMPARE(criterion.value(QStringLiteral("scores")).toArray().size(), 10);
            QVERIFY2(criterion.value(QStringLiteral("value")).isDouble(), qPrintable(who));
        }
        QCOMPARE(criteria, 3);
        const double total = n.value(QStringLiteral("total")).toDouble();
        // The default carries nothing of stage I over: the total is the commission index.
        QVERIFY2(std::abs(total - commission.toDouble()) < 1e-9, qPrintable(who));
        QVERIFY2(total <= previous, qPrintable(who));
        if (total < previous)
            QCOMPARE(n.value(QStringLiteral("place")).toInt(), i + 1);
        previous = total;
        totals.insert(total);
    }
    QCOMPARE(nominees.first().toObject().value(QStringLiteral("place")).toInt(), 1);
    QVERIFY2(totals.size() > 1, "the stage II ballots separate the finalists");
    QCOMPARE(run({QStringLiteral("check"), file}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestFinaliseCli)
#include "tst_finalise_cli.moc"
