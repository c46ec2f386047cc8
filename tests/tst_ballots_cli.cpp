// `akimcontest ballots export|import` as the contract has it: the secretary signs in with --user
// and AKIMCONTEST_PASSWORD; a refused package exits 2 with the reason and leaves the contest
// file byte for byte as it was.
#include "clirunner.h"
#include "packagefixture.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace akim;
using test::CliResult;

class TestBallotsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportScoreImport();
    void refusedPackageChangesNothing();
    void whoMayRunIt();
    void usage();

private:
    static CliResult run(const QStringList &arguments,
                         const QString &password = QStringLiteral("demo"))
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("AKIMCONTEST_PASSWORD"), password);
        return test::runCli(arguments, environment);
    }
    static QString describe(const CliResult &r)
    {
        return QStringLiteral("exit %1\n%2\n%3").arg(r.exitCode).arg(r.out, r.err);
    }

    test::PackageFixture m_fixture;
};

void TestBallotsCli::initTestCase()
{
    test::isolateSettings();
    const QString error = m_fixture.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBallotsCli::exportScoreImport()
{
    const QString contest = m_fixture.freshContest();
    const QString package = m_fixture.filePath(QStringLiteral("cli.akb"));
    const QString member = QString::number(m_fixture.member());
    CliResult r = run({QStringLiteral("ballots"), QStringLiteral("export"), contest,
                       QStringLiteral("--member"), member, QStringLiteral("--out"), package,
                       QStringLiteral("--user"), QStringLiteral("secretary")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains(QStringLiteral("Wrote the ballot package of")));
    QVERIFY(QFile::exists(package));

    QCOMPARE(test::PackageFixture::scorePackage(package, m_fixture.member(), 7), QString());
    r = run({QStringLiteral("ballots"), QStringLiteral("import"), contest, package,
             QStringLiteral("--user"), QStringLiteral("secretary")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Imported the ballot of")), qPrintable(r.out));
    // Every cell is new to the contest file, so every one is listed: "name, K1: — → 7".
    QVERIFY2(r.out.contains(QStringLiteral(": — → 7")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(": — → recused")), qPrintable(r.out));

    ContestDocument doc;
    QVERIFY(doc.open(contest, Database::Mode::ReadOnly));
    const QSqlDatabase db = doc.database().connection();
    QCOMPARE(sql::scalar(db, QStringLiteral("SELECT state FROM ballot WHERE member_id = ?"),
                         {m_fixture.member()})
                 .toString(),
             QStringLiteral("submitted"));
    QVERIFY(sql::scalar(db,
                        QStringLiteral("SELECT count(*) FROM score WHERE member_id = ? AND "
                                       "points = 7"),
                        {m_fixture.member()})
                .toInt() > 0);
    doc.close();

    // The same file again: refused, nothing changed.
    const QByteArray before = test::fileSha256(contest);
    r = run({QStringLiteral("ballots"), QStringLiteral("import"), contest, package,
             QStringLiteral("--user"), QStringLiteral("secretary")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("already imported")), qPrintable(r.err));
    QCOMPARE(test::fileSha256(contest), before);
}

void TestBallotsCli::refusedPackageChangesNothing()
{
    const QString contest = m_fixture.freshContest();
    const QString good = m_fixture.filePath(QStringLiteral("good.akb"));
    const QString edited = m_fixture.filePath(QStringLiteral("edited.akb"));
    QVERIFY(test::PackageFixture::exportPackage(contest, m_fixture.member(), good).ok());
    QVERIFY(test::PackageFixture::exportPackage(contest, m_fixture.colleague(), edited).ok());
    QCOMPARE(test::PackageFixture::scorePackage(good, m_fixture.member(), 8), QString());
    QCOMPARE(test::PackageFixture::scorePackage(edited, m_fixture.colleague(), 8), QString());
    QVERIFY(test::rawSql(edited, {QStringLiteral("UPDATE score SET points = 10")}));

    const QByteArray before = test::fileSha256(contest);
    const CliResult r = run({QStringLiteral("ballots"), QStringLiteral("import"), contest, good,
                             edited, QStringLiteral("--user"), QStringLiteral("secretary")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("edited.akb was changed outside Akim Contest")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
    QCOMPARE(test::fileSha256(contest), before);
}

void TestBallotsCli::whoMayRunIt()
{
    const QString contest = m_fixture.freshContest();
    const QString package = m_fixture.filePath(QStringLiteral("who.akb"));
    const QByteArray before = test::fileSha256(contest);
    const QStringList exportArgs{QStringLiteral("ballots"),
                                 QStringLiteral("export"),
                                 contest,
                                 QStringLiteral("--member"),
                                 QString::number(m_fixture.member()),
                                 QStringLiteral("--out"),
                                 package};
    CliResult r = run(exportArgs); // no --user
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--user")));
    r = run(exportArgs + QStringList{QStringLiteral("--user"), QStringLiteral("secretary")},
            QStringLiteral("wrong"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Wrong user name or password")));
    r = run(exportArgs + QStringList{QStringLiteral("--user"), QStringLiteral("chair")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.isEmpty(), "the chair is told why not");
    r = run(exportArgs +
            QStringList{QStringLiteral("--user"), test::PackageFixture::login(m_fixture.member())});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(package));
    QCOMPARE(test::fileSha256(contest), before);

    // A member named by words of the full name; an unknown one lists the members.
    r = run({QStringLiteral("ballots"), QStringLiteral("export"), contest,
             QStringLiteral("--member"), QStringLiteral("Nobody Atall"), QStringLiteral("--out"),
             package, QStringLiteral("--user"), QStringLiteral("secretary")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("No commission member who scores matches")));
    QVERIFY(r.err.contains(QString::number(m_fixture.colleague())));
}

void TestBallotsCli::usage()
{
    CliResult r = run({QStringLiteral("ballots")});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("ballots"), QStringLiteral("sign")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("export or import")));
    r = run({QStringLiteral("ballots"), QStringLiteral("import"), m_fixture.freshContest()});
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("ballots"), QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("--member")));
}

QTEST_GUILESS_MAIN(TestBallotsCli)
#include "tst_ballots_cli.moc"
