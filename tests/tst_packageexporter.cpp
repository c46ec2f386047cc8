// PackageExporter and the member's side of a ballot package (PackageSession): what a package
// holds and what it must never hold, that the member opens it with the password alone, that
// every cell the member saves keeps the package sealed, and that a package changed on its way
// is refused before the member scores it.
#include "demo/demogenerator.h"
#include "itemmodels/labels.h"
#include "packagefixture.h"
#include "packages/packageexporter.h"
#include "packages/packagerepository.h"
#include "packages/packageseal.h"
#include "services/accountservice.h"
#include "services/ballotservice.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace akim;
using scoring::ScoreState;

namespace {

const QString kPassword = QString::fromLatin1(test::PackageFixture::kPassword);

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

} // namespace

class TestPackageExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void holdsTheMembersBallotOnly();
    void carriesTheCellsEnteredSoFar();
    void republicanMemberGetsTheStageTwoField();
    void refusals();
    void memberOpensWithThePasswordOnly();
    void everySavedCellKeepsTheSeal();
    void packageChangedOnTheWayIsRefused();
    void memberCannotChangeAnythingElse();
    void suggestedFileName();

private:
    QString exported(qint64 member, const QString &name);

    test::PackageFixture m_fixture;
    QString m_contest;
};

void TestPackageExporter::initTestCase()
{
    test::isolateSettings();
    const QString error = m_fixture.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPackageExporter::init()
{
    m_contest = m_fixture.freshContest();
}

QString TestPackageExporter::exported(qint64 member, const QString &name)
{
    const QString path = m_fixture.filePath(name);
    const EditResult result = test::PackageFixture::exportPackage(m_contest, member, path);
    return result.ok() ? path : result.message;
}

void TestPackageExporter::holdsTheMembersBallotOnly()
{
    // Another member's scores are in the contest file; they must not travel.
    {
        ContestDocument doc;
        QVERIFY(doc.open(m_contest));
        QVERIFY(doc.signIn(test::PackageFixture::login(m_fixture.colleague()), kPassword).ok());
        BallotService ballots(doc);
        const BallotLayout layout = ballots.layout(m_fixture.colleague());
        QVERIFY(ballots
                    .setCell(m_fixture.colleague(), layout.nominees.front().nominee.id,
                             layout.criteria.front().id, ScoreState::Entered, 4)
                    .ok());
    }
    const QString path = exported(m_fixture.member(), QStringLiteral("only.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));

    ContestDocument contest;
    QVERIFY(contest.open(m_contest, Database::Mode::ReadOnly));
    const BallotLayout layout =
        BallotLayout::load(contest.database().connection(), m_fixture.member());
    Database package;
    QVERIFY(package.open(path, Database::Mode::ReadOnly));
    QVERIFY(package.isBallotPackage());
    const QSqlDatabase db = package.connection();
    QCOMPARE(count(db, QStringLiteral("nominee")), qint64(layout.nominees.size()));
    QCOMPARE(count(db, QStringLiteral("criterion")), qint64(layout.criteria.size()));
    QCOMPARE(count(db, QStringLiteral("member")), qint64(1));
    QCOMPARE(count(db, QStringLiteral("score")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("survey_response")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("ballot_package")), qint64(0));
    QCOMPARE(count(db, QStringLiteral("member_conflict")), qint64(layout.conflicts.size()));
    QSqlQuery account = sql::exec(db, QStringLiteral("SELECT login, role, package_key, "
                                                     "package_salt FROM account"));
    QVERIFY(account.next());
    QCOMPARE(account.value(0).toString(), test::PackageFixture::login(m_fixture.member()));
    QCOMPARE(account.value(1).toString(), QStringLiteral("member"));
    QCOMPARE(account.value(2).toString(), QString()); // the key stays with the secretary
    QVERIFY(!account.next());
    QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("delete"));

    const std::optional<PackageManifest> manifest = PackageRepository(db).manifest();
    QVERIFY(manifest);
    QCOMPARE(manifest->contestUuid, contest.contest().contest().uuid);
    QCOMPARE(manifest->memberUuid, layout.member.uuid);
    QCOMPARE(manifest->commissionUuid, layout.commission.uuid);
    QCOMPARE(manifest->ballotVersion, 0);
    QCOMPARE(manifest->methodologyVersion, contest.contest().methodologyVersion());
    QCOMPARE(manifest->exportedBy, QStringLiteral("secretary"));
    const std::optional<Account> owner = contest.accounts().findByMember(m_fixture.member());
    QVERIFY(owner);
    QVERIFY(packageseal::matches(db, QByteArray::fromHex(owner->packageKey.toLatin1()),
                                 manifest->seal));
    // The contest file remembers the export, with an audit entry.
    const std::optional<PackageRecord> record =
        PackageRepository(contest.database().connection()).record(manifest->packageUuid);
    QVERIFY(record);
    QVERIFY(!record->isImported());
    QCOMPARE(contest.audit().entries().constLast().action, QStringLiteral("ballot.export"));
    QCOMPARE(labels::auditAction(QStringLiteral("ballot.export")),
             QStringLiteral("Ballot package exported"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestPackageExporter::carriesTheCellsEnteredSoFar()
{
    {
        ContestDocument doc;
        QVERIFY(doc.open(m_contest));
        QVERIFY(doc.signIn(QStringLiteral("secretary"), kPassword).ok());
        BallotService ballots(doc);
        const BallotLayout layout = ballots.layout(m_fixture.member());
        for (const NomineeRow &row : layout.nominees) {
            if (!layout.isConflict(row.nominee.id)) {
                QVERIFY(ballots
                            .setCell(m_fixture.member(), row.nominee.id, layout.criteria.front().id,
                                     ScoreState::Abstained, 0, QStringLiteral("не присутствовал"))
                            .ok());
                break;
            }
        }
    }
    const QString path = exported(m_fixture.member(), QStringLiteral("cells.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    ContestDocument package;
    QVERIFY(package.open(path));
    QVERIFY(package.isBallotPackage());
    QVERIFY(package.signIn(test::PackageFixture::login(m_fixture.member()), kPassword).ok());
    const QVector<ScoreCell> cells = BallotService(package).cells(m_fixture.member());
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.front().state, ScoreState::Abstained);
    QCOMPARE(cells.front().comment, QStringLiteral("не присутствовал"));
}

void TestPackageExporter::republicanMemberGetsTheStageTwoField()
{
    // Stage II's field comes from the stage I ranking, which needs scores: a demo with them.
    m_contest = m_fixture.filePath(QStringLiteral("scored.akc"));
    qint64 republican = 0;
    QStringList want;
    int criteria = 0;
    {
        ContestDocument contest;
        QVERIFY(contest.create(m_contest));
        demo::DemoOptions options;
        options.regions = 2;
        options.nomineesPerRegion = 4;
        options.scores = true;
        QCOMPARE(demo::DemoGenerator::generate(contest, options), QString());
        for (const Commission &c : contest.commissions().commissions()) {
            if (c.stage == StageKind::National)
                republican = BallotService(contest).votingMembers(c.id).value(0).id;
        }
        const BallotLayout expected =
            BallotLayout::load(contest.database().connection(), republican);
        for (const NomineeRow &row : expected.nominees)
            want << row.nominee.uuid;
        criteria = int(expected.criteria.size());
    }
    QVERIFY(republican);
    QVERIFY(!want.isEmpty());
    const QString path = exported(republican, QStringLiteral("republic.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    ContestDocument package;
    QVERIFY(package.open(path));
    QVERIFY(package.signIn(test::PackageFixture::login(republican), kPassword).ok());
    const BallotLayout layout = BallotService(package).layout(republican);
    QStringList got;
    for (const NomineeRow &row : layout.nominees)
        got << row.nominee.uuid;
    want.sort();
    got.sort();
    QCOMPARE(got, want);
    QCOMPARE(int(layout.criteria.size()), criteria);
    QCOMPARE(layout.commission.stage, StageKind::National);
    // The demo's stage II scores of this member travel with it.
    QVERIFY(!BallotService(package).cells(republican).isEmpty());
}

void TestPackageExporter::refusals()
{
    ContestDocument doc;
    QVERIFY(doc.open(m_contest));
    const QString path = m_fixture.filePath(QStringLiteral("refused.akb"));
    PackageExporter exporter(doc);
    QVERIFY(
        exporter.exportTo(m_fixture.member(), path).message.contains(QStringLiteral("Sign in")));
    QVERIFY(doc.signIn(QStringLiteral("secretary"), kPassword).ok());
    // The commission's own secretary keeps the minutes and has no ballot.
    qint64 commissionSecretary = 0;
    for (const Member &m :
         doc.commissions().members(doc.commissions().member(m_fixture.member()).commissionId)) {
        if (m.role == MemberRole::Secretary)
            commissionSecretary = m.id;
    }
    QVERIFY(commissionSecretary);
    QVERIFY(
        exporter.exportTo(commissionSecretary, path).message.contains(QStringLiteral("minutes")));
    // A member without an account cannot seal a package.
    const std::optional<Account> account = doc.accounts().findByMember(m_fixture.colleague());
    QVERIFY(account);
    QVERIFY(AccountService(doc).setActive(account->id, false).ok());
    QVERIFY(exporter.exportTo(m_fixture.colleague(), path)
                .message.contains(QStringLiteral("no active account")));
    // A submitted ballot is not sent out again.
    BallotService ballots(doc);
    const BallotLayout layout = ballots.layout(m_fixture.member());
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            if (!layout.isConflict(row.nominee.id))
                QVERIFY(
                    ballots
                        .setCell(m_fixture.member(), row.nominee.id, c.id, ScoreState::Entered, 5)
                        .ok());
        }
    }
    QVERIFY(ballots.submit(m_fixture.member()).ok());
    QVERIFY(exporter.exportTo(m_fixture.member(), path)
                .message.contains(QStringLiteral("is submitted")));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    // Never over a contest file: the open one, or another.
    QVERIFY(ballots.reopen(m_fixture.member(), QStringLiteral("export again")).ok());
    QVERIFY(exporter.exportTo(m_fixture.member(), m_contest)
                .message.contains(QStringLiteral("never replaces one")));
    const QString other = m_fixture.freshContest();
    QVERIFY(exporter.exportTo(m_fixture.member(), other)
                .message.contains(QStringLiteral("never replaces one")));
    QVERIFY(doc.isOpen());
    QVERIFY(doc.contest().counts().nominees > 0);
    Database check;
    QVERIFY(check.open(other, Database::Mode::ReadOnly));
    QVERIFY(!check.isBallotPackage());
    // An older package of the same name is replaced.
    const QString again = m_fixture.filePath(QStringLiteral("again.akb"));
    QVERIFY(exporter.exportTo(m_fixture.member(), again).ok());
    QVERIFY(exporter.exportTo(m_fixture.member(), again).ok());
}

void TestPackageExporter::memberOpensWithThePasswordOnly()
{
    const QString path = exported(m_fixture.member(), QStringLiteral("open.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    ContestDocument package;
    QVERIFY(package.open(path));
    QVERIFY(package.isBallotPackage());
    QCOMPARE(
        package.signIn(test::PackageFixture::login(m_fixture.member()), QStringLiteral("wrong"))
            .message,
        QStringLiteral("Wrong user name or password."));
    // Only the member's own account travels with the package.
    QVERIFY(!package.signIn(QStringLiteral("secretary"), kPassword).ok());
    QVERIFY(package.signIn(test::PackageFixture::login(m_fixture.member()), kPassword).ok());
    QCOMPARE(BallotService(package).ballotsOfActor().size(), 1);
}

void TestPackageExporter::everySavedCellKeepsTheSeal()
{
    const QString path = exported(m_fixture.member(), QStringLiteral("seal.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QByteArray key;
    {
        ContestDocument contest;
        QVERIFY(contest.open(m_contest, Database::Mode::ReadOnly));
        key = QByteArray::fromHex(
            contest.accounts().findByMember(m_fixture.member())->packageKey.toLatin1());
    }
    ContestDocument package;
    QVERIFY(package.open(path));
    QVERIFY(package.signIn(test::PackageFixture::login(m_fixture.member()), kPassword).ok());
    BallotService ballots(package);
    const BallotLayout layout = ballots.layout(m_fixture.member());
    const QSqlDatabase db = package.database().connection();
    QString previous = PackageRepository(db).manifest()->seal;
    int saved = 0;
    for (const NomineeRow &row : layout.nominees) {
        if (layout.isConflict(row.nominee.id))
            continue;
        QVERIFY(ballots
                    .setCell(m_fixture.member(), row.nominee.id, layout.criteria.front().id,
                             ScoreState::Entered, 3.25)
                    .ok());
        // A copy taken at this moment, as a crash would leave it, is sealed and whole.
        const QString seal = PackageRepository(db).manifest()->seal;
        QVERIFY(seal != previous);
        QVERIFY(packageseal::matches(db, key, seal));
        previous = seal;
        ++saved;
    }
    QVERIFY(saved > 1);
    QVERIFY(ballots
                .clearCell(m_fixture.member(), layout.nominees.front().nominee.id,
                           layout.criteria.front().id)
                .ok());
    QVERIFY(packageseal::matches(db, key, PackageRepository(db).manifest()->seal));
    QCOMPARE(package.audit().verify(), QStringList());
}

void TestPackageExporter::packageChangedOnTheWayIsRefused()
{
    const QString path = exported(m_fixture.member(), QStringLiteral("changed.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QVERIFY(test::rawSql(path, {QStringLiteral("UPDATE criterion SET max_points = 100")}));
    ContestDocument package;
    QVERIFY(package.open(path));
    const EditResult signedIn =
        package.signIn(test::PackageFixture::login(m_fixture.member()), kPassword);
    QVERIFY(signedIn.message.contains(QStringLiteral("changed outside Akim Contest")));
    QVERIFY(!package.account());
}

void TestPackageExporter::memberCannotChangeAnythingElse()
{
    const QString path = exported(m_fixture.member(), QStringLiteral("setup.akb"));
    QVERIFY2(QFile::exists(path), qPrintable(path));
    ContestDocument package;
    QVERIFY(package.open(path));
    QVERIFY(package.signIn(test::PackageFixture::login(m_fixture.member()), kPassword).ok());
    const qint64 audit = package.audit().count();
    QVERIFY(!package.removeNominees({package.nominees().rows().front().nominee.id}).ok());
    QVERIFY(AccountService(package)
                .changeOwnPassword(kPassword, QStringLiteral("another-secret"))
                .message.contains(QStringLiteral("ballot package")));
    QCOMPARE(package.audit().count(), audit);
}

void TestPackageExporter::suggestedFileName()
{
    QCOMPARE(PackageExporter::suggestedFileName(QStringLiteral("Комиссия: область Абай"),
                                                QStringLiteral("Әлиева Ақтоты")),
             QStringLiteral("Комиссия_ область Абай — Әлиева Ақтоты.akb"));
}

QTEST_GUILESS_MAIN(TestPackageExporter)
#include "tst_packageexporter.moc"
