// `akimcontest finalise` per the contract: the SHA-256 it prints is that of what
// `rank --format json` prints for the same region, so anyone can check a finalised result
// against a recomputation; refusals exit 2 (or 1 for usage) and change nothing.
#include "clirunner.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

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

private:
    static akim::test::CliResult run(const QStringList &arguments)
    {
        return akim::test::runCli(arguments);
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

    const akim::test::CliResult r =
        run({QStringLiteral("finalise"), m_file, QStringLiteral("--stage"),
             QStringLiteral("regional"), QStringLiteral("--region"),
             QStringLiteral("Ақмола облысы"), QStringLiteral("--user"), QStringLiteral("chair")});
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
    const akim::test::CliResult r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(sha256(m_file), before);
}

QTEST_GUILESS_MAIN(TestFinaliseCli)
#include "tst_finalise_cli.moc"
