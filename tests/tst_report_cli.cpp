// `akimcontest report` as the contract has it: a regional protocol by region name or KATO code,
// the national one, in ru/kk/en, written as a PDF that reads back with the protocol's words; every
// region's protocol into a folder; usage errors exit 1 and bad input 2, and the contest file is
// never changed (it is opened read-only).
#include "clirunner.h"
#include "pdftext.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;
using test::CliResult;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regionalProtocol_data();
    void regionalProtocol();
    void nationalProtocol();
    void everyRegionIntoAFolder();
    void usageErrors_data();
    void usageErrors();
    void badInput();

private:
    static QString describe(const CliResult &r)
    {
        return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_contest;
};

void TestReportCli::initTestCase()
{
    test::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_contest = path(QStringLiteral("report.akc"));
    const CliResult r = test::runCli(
        {QStringLiteral("demo"), m_contest, QStringLiteral("--regions"), QStringLiteral("2"),
         QStringLiteral("--nominees-per-region"), QStringLiteral("8"), QStringLiteral("--scores")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void TestReportCli::regionalProtocol_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word"); // a word of the protocol in that language
    QTest::newRow("by name, ru") << QStringLiteral("Акмолинская область") << QStringLiteral("ru")
                                 << QStringLiteral("ПРОТОКОЛ");
    QTest::newRow("by KATO code, kk")
        << QStringLiteral("110000000") << QStringLiteral("kk") << QStringLiteral("ХАТТАМАСЫ");
    QTest::newRow("by Kazakh name, en")
        << QStringLiteral("Ақмола облысы") << QStringLiteral("en") << QStringLiteral("PROTOCOL");
}

void TestReportCli::regionalProtocol()
{
    QFETCH(QString, region);
    QFETCH(QString, language);
    QFETCH(QString, word);
    const QByteArray before = test::fileSha256(m_contest);
    const QString out = path(QStringLiteral("regional-%1.pdf").arg(language));
    const CliResult r =
        test::runCli({QStringLiteral("report"), m_contest, QStringLiteral("--stage"),
                      QStringLiteral("regional"), QStringLiteral("--region"), region,
                      QStringLiteral("--lang"), language, QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList pages = test::pdfPages(out);
    QVERIFY(pages.size() >= 2);
    QVERIFY2(r.out.contains(QStringLiteral(": %1 pages.").arg(pages.size())), qPrintable(r.out));
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(word), qPrintable(pages.constFirst().left(300)));
    // The footer's hash is what `rank --format json` prints, byte for byte.
    const CliResult rank = test::runCli(
        {QStringLiteral("rank"), m_contest, QStringLiteral("--stage"), QStringLiteral("regional"),
         QStringLiteral("--region"), region, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(rank.exitCode, 0);
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(rank.outBytes, QCryptographicHash::Sha256).toHex());
    QVERIFY2(all.simplified().remove(QLatin1Char(' ')).contains(sha), qPrintable(sha));
    QCOMPARE(test::fileSha256(m_contest), before);
}

void TestReportCli::nationalProtocol()
{
    const QString out = path(QStringLiteral("national.pdf"));
    const CliResult r = test::runCli(
        {QStringLiteral("report"), m_contest, QStringLiteral("--stage"), QStringLiteral("national"),
         QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QString all = test::pdfPages(out).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("republican stage")));
    QVERIFY(all.contains(QLatin1String("To award place 1 to")));
}

void TestReportCli::everyRegionIntoAFolder()
{
    const QString folder = path(QStringLiteral("all"));
    QVERIFY(QDir().mkpath(folder));
    const CliResult r = test::runCli(
        {QStringLiteral("report"), m_contest, QStringLiteral("--stage"), QStringLiteral("regional"),
         QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--out"), folder});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    QCOMPARE(files.size(), 2);
    for (const QString &file : files)
        QVERIFY(test::pdfPages(QDir(folder).filePath(file)).size() >= 2);
    QCOMPARE(r.out.count(QLatin1String("Wrote ")), 2);
}

void TestReportCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString file = QStringLiteral("report.akc");
    const QString out = QStringLiteral("x.pdf");
    QTest::newRow("no stage") << QStringList{QStringLiteral("report"), file,
                                             QStringLiteral("--out"), out}
                              << QStringLiteral("--stage");
    QTest::newRow("bad language")
        << QStringList{QStringLiteral("report"),  file,
                       QStringLiteral("--stage"), QStringLiteral("national"),
                       QStringLiteral("--lang"),  QStringLiteral("de"),
                       QStringLiteral("--out"),   out}
        << QStringLiteral("--lang");
    QTest::newRow("region with national")
        << QStringList{QStringLiteral("report"),   file,
                       QStringLiteral("--stage"),  QStringLiteral("national"),
                       QStringLiteral("--region"), QStringLiteral("110000000"),
                       QStringLiteral("--out"),    out}
        << QStringLiteral("--region");
    QTest::newRow("no out") << QStringList{QStringLiteral("report"), file,
                                           QStringLiteral("--stage"), QStringLiteral("national")}
                            << QStringLiteral("--out");
    QTest::newRow("regional, no region, out a file")
        << QStringList{QStringLiteral("report"),  file,
                       QStringLiteral("--stage"), QStringLiteral("regional"),
                       QStringLiteral("--out"),   out}
        << QStringLiteral("--region");
}

void TestReportCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliResult r = test::runCli(arguments, {}, m_dir.path());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));
}

void TestReportCli::badInput()
{
    const QByteArray before = test::fileSha256(m_contest);
    // An unknown region names the regions there are.
    CliResult r = test::runCli({QStringLiteral("report"), m_contest, QStringLiteral("--stage"),
                                QStringLiteral("regional"), QStringLiteral("--region"),
                                QStringLiteral("Марс"), QStringLiteral("--out"),
                                path(QStringLiteral("mars.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Акмолинская область")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("mars.pdf"))));
    // Not a contest file.
    QFile text(path(QStringLiteral("notes.akc")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a contest\n");
    text.close();
    r = test::runCli({QStringLiteral("report"), text.fileName(), QStringLiteral("--stage"),
                      QStringLiteral("national"), QStringLiteral("--out"),
                      path(QStringLiteral("notes.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("notes.pdf"))));
    // A folder that does not exist.
    r = test::runCli({QStringLiteral("report"), m_contest, QStringLiteral("--stage"),
                      QStringLiteral("national"), QStringLiteral("--out"),
                      path(QStringLiteral("no/such/folder/n.pdf"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no/such/folder")), qPrintable(r.err));
    QCOMPARE(test::fileSha256(m_contest), before);
}

QTEST_MAIN(TestReportCli)
#include "tst_report_cli.moc"
