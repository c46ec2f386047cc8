// PackageImporter: a member's ballot package comes back to the contest file it was exported
// from. The round trip, the differences against an earlier entry, and every refusal the issue
// names (wrong contest, wrong member, changed nominee list, stale version, edited file, imported
// twice), each of which must leave the contest file exactly as it was.
#include "itemmodels/labels.h"
#include "packagefixture.h"
#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "scoring/methodology.h"
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

// What an import may change, as one comparable text: the scores, the ballots, the package
// records and the audit log.
QString state(const QString &contest)
{
    ContestDocument doc;
    if (!doc.open(contest, Database::Mode::ReadOnly))
        return doc.errorString();
    const QSqlDatabase db = doc.database().connection();
    QStringList parts;
    for (const char *statement :
         {"SELECT group_concat(member_id || ':' || nominee_id || ':' || criterion_id || ':' || "
          "state || ':' || ifnull(points, '-'), ' ') FROM (SELECT * FROM score ORDER BY id)",
          "SELECT group_concat(member_id || ':' || state || ':' || version, ' ') FROM ballot",
          "SELECT group_concat(uuid || ':' || ifnull(imported_at, '-'), ' ') FROM ballot_package",
          "SELECT count(*) || ':' || max(hash) FROM audit_log"})
        parts << sql::scalar(db, QString::fromLatin1(statement)).toString();
    return parts.join(QLatin1Char('\n'));
}

} // namespace

class TestPackageImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void roundTrip();
    void differencesAgainstAnEarlierEntry();
    void refusedForAnotherContest();
    void refusedForAnEditedFile();
    void refusedWhenImportedTwice();
    void refusedWhenStale();
    void refusedWhenTheMethodologyChanged();
    void refusedWhenTheNomineeListChanged();
    void refusedForTheWrongMember();
    void refusedAfterAPasswordReset();
    void refusedUntilSubmitted();
    void refusedForFilesThatAreNotPackages();
    void onlyTheSecretaryImports();
    void batchIsAllOrNothing();
    void twoPackagesOfOneMemberInOneBatch();

private:
    // Exports the fixture member's package from the fresh contest and scores it (6 points).
    QString exportedAndScored(const QString &name, bool submit = true);
    // Opens the contest as the secretary.
    std::unique_ptr<ContestDocument> openAsSecretary();
    // The package is refused with a message containing `fragment`, by inspect() and accept(),
    // and the contest file is unchanged.
    void expectRefused(const QString &package, const QString &fragment);

    test::PackageFixture m_fixture;
    QString m_contest;
};

void TestPackageImporter::initTestCase()
{
    test::isolateSettings();
    const QString error = m_fixture.setUp();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestPackageImporter::init()
{
    m_contest = m_fixture.freshContest();
}

QString TestPackageImporter::exportedAndScored(const QString &name, bool submit)
{
    const QString package = m_fixture.filePath(name);
    const EditResult exported =
        test::PackageFixture::exportPackage(m_contest, m_fixture.member(), package);
    if (!exported.ok())
        return QStringLiteral("export: ") + exported.message;
    const QString scored =
        test::PackageFixture::scorePackage(package, m_fixture.member(), 6, submit);
    return scored.isEmpty() ? package : QStringLiteral("score: ") + scored;
}

std::unique_ptr<ContestDocument> TestPackageImporter::openAsSecretary()
{
    auto doc = std::make_unique<ContestDocument>();
    if (!doc->open(m_contest) || !doc->signIn(QStringLiteral("secretary"), kPassword).ok())
        return nullptr;
    return doc;
}

void TestPackageImporter::expectRefused(const QString &package, const QString &fragment)
{
    const QString before = state(m_contest);
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        PackageImporter importer(*doc);
        const PackageInspection inspection = importer.inspect(package);
        QVERIFY2(
            inspection.refusal.contains(fragment),
            qPrintable(
                QStringLiteral("expected \"%1\" in \"%2\"").arg(fragment, inspection.refusal)));
        const EditResult accepted = importer.accept({inspection});
        QVERIFY(!accepted.ok());
        QCOMPARE(accepted.message, inspection.refusal);
    }
    QCOMPARE(state(m_contest), before);
}

void TestPackageImporter::roundTrip()
{
    const QString package = exportedAndScored(QStringLiteral("round.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    std::unique_ptr<ContestDocument> doc = openAsSecretary();
    QVERIFY(doc);
    const qint64 member = m_fixture.member();
    const BallotLayout layout = BallotService(*doc).layout(member);
    QVERIFY(layout.cellCount() > 0);
    QVERIFY(!layout.conflicts.isEmpty());
    const qint64 auditBefore = doc->audit().count();

    PackageImporter importer(*doc);
    const PackageInspection inspection = importer.inspect(package);
    QVERIFY2(inspection.ok(), qPrintable(inspection.refusal));
    QCOMPARE(inspection.memberId, member);
    QCOMPARE(inspection.cells.size(), layout.cellCount());
    QCOMPARE(inspection.changes.size(), layout.cellCount()); // the file had no entry yet
    QCOMPARE(inspection.changes.front().before, QString());
    // Listed in the ballot's order: first nominee, first criterion first.
    QCOMPARE(inspection.changes.front().nominee, layout.nominees.front().nominee.fullName);
    QCOMPARE(inspection.changes.front().criterion, layout.criteria.front().code);
    QCOMPARE(inspection.changes.back().nominee, layout.nominees.back().nominee.fullName);
    QCOMPARE(inspection.changes.back().criterion, layout.criteria.back().code);
    QCOMPARE(inspection.submittedBy, test::PackageFixture::login(member));
    QVERIFY(importer.accept({inspection}).ok());

    const QVector<ScoreCell> cells = BallotService(*doc).cells(member);
    QCOMPARE(cells.size(), layout.cellCount());
    int entered = 0;
    int recused = 0;
    for (const ScoreCell &cell : cells) {
        if (layout.isConflict(cell.nomineeId)) {
            QCOMPARE(cell.state, ScoreState::Recused);
            ++recused;
        } else {
            QCOMPARE(cell.state, ScoreState::Entered);
            QCOMPARE(cell.points, 6.0);
            ++entered;
        }
    }
    QCOMPARE(recused, int(layout.conflicts.size() * layout.criteria.size()));
    QCOMPARE(entered + recused, layout.cellCount());
    const Ballot ballot = BallotService(*doc).ballot(member);
    QVERIFY(ballot.isSubmitted());
    QCOMPARE(ballot.submittedBy, test::PackageFixture::login(member));
    QCOMPARE(ballot.version, 1);
    QCOMPARE(doc->audit().count(), auditBefore + 1);
    const AuditEntry last = doc->audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("ballot.import"));
    QCOMPARE(labels::auditAction(last.action), QStringLiteral("Ballot package imported"));
    QCOMPARE(last.user, QStringLiteral("secretary"));
    QVERIFY(last.newValue.contains(inspection.manifest.packageUuid));
    QVERIFY(last.newValue.contains(inspection.fileSha256));
    QCOMPARE(doc->audit().verify(), QStringList());
}

void TestPackageImporter::differencesAgainstAnEarlierEntry()
{
    const QString package = exportedAndScored(QStringLiteral("diff.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    std::unique_ptr<ContestDocument> doc = openAsSecretary();
    QVERIFY(doc);
    const qint64 member = m_fixture.member();
    BallotService ballots(*doc);
    const BallotLayout layout = ballots.layout(member);
    // The secretary had typed two cells from the member's paper ballot meanwhile: one as the
    // package has it, one differently.
    const NomineeRow *nominee = nullptr;
    for (const NomineeRow &row : layout.nominees) {
        if (!layout.isConflict(row.nominee.id) && !nominee)
            nominee = &row;
    }
    QVERIFY(nominee);
    const Criterion &first = layout.criteria.at(0);
    const Criterion &second = layout.criteria.at(1);
    QVERIFY(ballots.setCell(member, nominee->nominee.id, first.id, ScoreState::Entered, 6).ok());
    QVERIFY(ballots.setCell(member, nominee->nominee.id, second.id, ScoreState::Entered, 3.5).ok());

    const PackageInspection inspection = PackageImporter(*doc).inspect(package);
    QVERIFY2(inspection.ok(), qPrintable(inspection.refusal));
    QCOMPARE(inspection.changes.size(), layout.cellCount() - 1);
    const auto changed = std::find_if(
        inspection.changes.begin(), inspection.changes.end(), [&](const CellChange &c) {
            return c.criterion == second.code && c.nominee == nominee->nominee.fullName;
        });
    QVERIFY(changed != inspection.changes.end());
    QCOMPARE(changed->before, QStringLiteral("3.5"));
    QCOMPARE(changed->after, QStringLiteral("6"));
    for (const CellChange &c : inspection.changes)
        QVERIFY2(!(c.criterion == first.code && c.nominee == nominee->nominee.fullName),
                 "an unchanged cell is not listed");
    QVERIFY(PackageImporter(*doc).accept({inspection}).ok());
    QCOMPARE(ScoreRepository(doc->database().connection())
                 .find(member, nominee->nominee.id, second.id)
                 ->points,
             6.0);
}

void TestPackageImporter::refusedForAnotherContest()
{
    const QString package = exportedAndScored(QStringLiteral("other.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    // Another contest with the same accounts and members: a copy given a new identity.
    QVERIFY(test::rawSql(m_contest, {QStringLiteral("UPDATE contest SET uuid = 'another', "
                                                    "year = 2031")}));
    expectRefused(package, QStringLiteral("another contest"));
}

void TestPackageImporter::refusedForAnEditedFile()
{
    const QString package = exportedAndScored(QStringLiteral("edited.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    // The member (or anyone on the way) raises a score with the sqlite3 shell.
    QVERIFY(test::rawSql(package, {QStringLiteral("UPDATE score SET points = 10 WHERE id = "
                                                  "(SELECT min(id) FROM score WHERE state = "
                                                  "'entered')")}));
    expectRefused(package, QStringLiteral("changed outside Akim Contest"));

    // A row added is as much an edit as a row changed.
    const QString second = exportedAndScored(QStringLiteral("edited2.akb"));
    QVERIFY(test::rawSql(second, {QStringLiteral("DELETE FROM score WHERE id = (SELECT max(id) "
                                                 "FROM score)")}));
    expectRefused(second, QStringLiteral("changed outside Akim Contest"));
}

void TestPackageImporter::refusedWhenImportedTwice()
{
    const QString package = exportedAndScored(QStringLiteral("twice.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    const QString copy = m_fixture.filePath(QStringLiteral("twice-copy.akb"));
    QVERIFY(QFile::copy(package, copy));
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        PackageImporter importer(*doc);
        QVERIFY(importer.accept({importer.inspect(package)}).ok());
    }
    expectRefused(copy, QStringLiteral("already imported"));
}

void TestPackageImporter::refusedWhenStale()
{
    const QString package = exportedAndScored(QStringLiteral("stale.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    // Meanwhile the secretary typed and submitted the member's paper ballot, then reopened it.
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        BallotService ballots(*doc);
        const BallotLayout layout = ballots.layout(m_fixture.member());
        for (const NomineeRow &row : layout.nominees) {
            for (const Criterion &c : layout.criteria) {
                if (!layout.isConflict(row.nominee.id))
                    QVERIFY(ballots
                                .setCell(m_fixture.member(), row.nominee.id, c.id,
                                         ScoreState::Entered, 5)
                                .ok());
            }
        }
        QVERIFY(ballots.submit(m_fixture.member()).ok());
    }
    expectRefused(package, QStringLiteral("was submitted in the contest file"));
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        QVERIFY(BallotService(*doc).reopen(m_fixture.member(), QStringLiteral("paper typo")).ok());
    }
    expectRefused(package, QStringLiteral("(version 0 then, 2 now)"));
}

void TestPackageImporter::refusedWhenTheMethodologyChanged()
{
    const QString package = exportedAndScored(QStringLiteral("methodology.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        QString error;
        std::optional<scoring::Methodology> m =
            scoring::Methodology::fromJsonBytes(doc->contest().methodologyJson().toUtf8(), &error);
        QVERIFY2(m, qPrintable(error));
        m->aggregation.trimMinScores += 1;
        const EditResult changed = doc->setMethodology(m->toJsonBytes());
        QVERIFY2(changed.ok(), qPrintable(changed.message));
    }
    expectRefused(package, QStringLiteral("the methodology changed"));
}

void TestPackageImporter::refusedWhenTheNomineeListChanged()
{
    const QString package = exportedAndScored(QStringLiteral("nominees.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    QString withdrawn;
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        const BallotLayout layout = BallotService(*doc).layout(m_fixture.member());
        const NomineeRow row = layout.nominees.back();
        withdrawn = row.nominee.fullName;
        NomineeDraft draft;
        draft.regionId = row.regionId;
        draft.districtId = row.nominee.okrugId ? row.districtId : 0;
        draft.okrugId = row.nominee.okrugId;
        draft.fullName = row.nominee.fullName;
        draft.status = NomineeStatus::Withdrawn;
        const EditResult edited = doc->editNominee(row.nominee.id, draft);
        QVERIFY2(edited.ok(), qPrintable(edited.message));
    }
    expectRefused(package, QStringLiteral("The nominee list changed"));
    expectRefused(package, withdrawn);
}

void TestPackageImporter::refusedForTheWrongMember()
{
    const QString package = exportedAndScored(QStringLiteral("member.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    // The member moved to the other region's commission after the export.
    QVERIFY(test::rawSql(
        m_contest, {QStringLiteral("UPDATE member SET commission_id = (SELECT id FROM commission "
                                   "WHERE stage_kind = 'regional' AND id <> member.commission_id "
                                   "LIMIT 1) WHERE id = %1")
                        .arg(m_fixture.member())}));
    expectRefused(package, QStringLiteral("wrong member"));
}

void TestPackageImporter::refusedAfterAPasswordReset()
{
    const QString package = exportedAndScored(QStringLiteral("reset.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    {
        std::unique_ptr<ContestDocument> doc = openAsSecretary();
        QVERIFY(doc);
        const std::optional<Account> account =
            doc->accounts().findByLogin(test::PackageFixture::login(m_fixture.member()));
        QVERIFY(account);
        QVERIFY(AccountService(*doc).resetPassword(account->id, QStringLiteral("new-secret")).ok());
    }
    expectRefused(package, QStringLiteral("was reset after"));
}

void TestPackageImporter::refusedUntilSubmitted()
{
    const QString package = exportedAndScored(QStringLiteral("open.akb"), false);
    QVERIFY2(QFile::exists(package), qPrintable(package));
    expectRefused(package, QStringLiteral("has not submitted"));
}

void TestPackageImporter::refusedForFilesThatAreNotPackages()
{
    const QString text = m_fixture.filePath(QStringLiteral("notes.akb"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("K1;K2\n7;8\n");
    file.close();
    expectRefused(text, QStringLiteral("is not a ballot package"));
    const QString contest = m_fixture.freshContest();
    expectRefused(contest, QStringLiteral("is a contest file, not a ballot package"));
    expectRefused(m_fixture.filePath(QStringLiteral("missing.akb")),
                  QStringLiteral("cannot be read"));

    // Damaged on the way: a page overwritten, though the sealed rows may still read.
    const QString damaged = exportedAndScored(QStringLiteral("damaged.akb"));
    QVERIFY2(QFile::exists(damaged), qPrintable(damaged));
    QFile bytes(damaged);
    QVERIFY(bytes.open(QIODevice::ReadWrite));
    QVERIFY(bytes.seek(4096));
    QCOMPARE(bytes.write(QByteArray(16, 'X')), qint64(16));
    bytes.close();
    expectRefused(damaged, QStringLiteral("is damaged"));
}

void TestPackageImporter::onlyTheSecretaryImports()
{
    const QString package = exportedAndScored(QStringLiteral("role.akb"));
    QVERIFY2(QFile::exists(package), qPrintable(package));
    const QString before = state(m_contest);
    for (const QString &login :
         {QStringLiteral("chair"), test::PackageFixture::login(m_fixture.member())}) {
        ContestDocument doc;
        QVERIFY(doc.open(m_contest));
        QVERIFY(doc.signIn(login, kPassword).ok());
        PackageImporter importer(doc);
        const PackageInspection inspection = importer.inspect(package);
        QVERIFY2(!inspection.ok(), qPrintable(login));
        QVERIFY(!importer.accept({inspection}).ok());
        QVERIFY(!PackageExporter(doc)
                     .exportTo(m_fixture.colleague(), m_fixture.filePath(QStringLiteral("x.akb")))
                     .ok());
        QVERIFY(!QFile::exists(m_fixture.filePath(QStringLiteral("x.akb"))));
    }
    QCOMPARE(state(m_contest), before);
}

void TestPackageImporter::batchIsAllOrNothing()
{
    const QString good = exportedAndScored(QStringLiteral("good.akb"));
    QVERIFY2(QFile::exists(good), qPrintable(good));
    const QString unsent = m_fixture.filePath(QStringLiteral("colleague.akb"));
    QVERIFY(test::PackageFixture::exportPackage(m_contest, m_fixture.colleague(), unsent).ok());
    const QString before = state(m_contest);
    std::unique_ptr<ContestDocument> doc = openAsSecretary();
    QVERIFY(doc);
    PackageImporter importer(*doc);
    const EditResult result = importer.accept({importer.inspect(good), importer.inspect(unsent)});
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("has not submitted")),
             qPrintable(result.message));
    doc.reset();
    QCOMPARE(state(m_contest), before);
}

void TestPackageImporter::twoPackagesOfOneMemberInOneBatch()
{
    const QString first = exportedAndScored(QStringLiteral("first.akb"));
    const QString second = exportedAndScored(QStringLiteral("second.akb"));
    QVERIFY2(QFile::exists(first) && QFile::exists(second), qPrintable(first + second));
    const QString before = state(m_contest);
    std::unique_ptr<ContestDocument> doc = openAsSecretary();
    QVERIFY(doc);
    PackageImporter importer(*doc);
    const PackageInspection a = importer.inspect(first);
    const PackageInspection b = importer.inspect(second);
    QVERIFY(a.ok() && b.ok()); // each alone would do
    const EditResult result = importer.accept({a, b});
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QStringLiteral("stale")), qPrintable(result.message));
    doc.reset();
    QCOMPARE(state(m_contest), before);
}

QTEST_GUILESS_MAIN(TestPackageImporter)
#include "tst_packageimporter.moc"
