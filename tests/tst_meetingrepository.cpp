// MeetingRepository over a small demo: a meeting's particulars round trip (NULLs stay NULL),
// absences and awards are replaced on save, one meeting per scope (also at stage II, where the
// region is NULL), removing a member or a nominee removes their lines, the quorum rule lives in
// the setting table, a schema 7 file is upgraded to hold meetings, and a member's ballot package
// carries none of it.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "packages/packageexporter.h"
#include "services/ballotservice.h"
#include "storage/meetingrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlError>
#include <QtTest>

using namespace akim;

class TestMeetingRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip();
    void unsetFieldsAreNull();
    void saveReplacesAbsencesAndAwards();
    void oneMeetingPerScope();
    void removingMemberOrNomineeRemovesTheirLines();
    void quorumRuleSetting();
    void migratesSchemaSevenFile();
    void ballotPackageCarriesNoMeeting();

private:
    QSqlDatabase db() const { return m_doc->database().connection(); }
    MeetingRepository repo() const { return MeetingRepository(db()); }
    qint64 count(const QString &table) const
    {
        return sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong();
    }
    Meeting full() const;
    void save(Meeting &meeting);

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    int m_copies = 0;
    std::unique_ptr<ContestDocument> m_doc;
    qint64 m_region = 0;
    qint64 m_otherRegion = 0;
    QVector<Member> m_voting; // of m_region's commission
    QVector<qint64> m_nominees;
};

void TestMeetingRepository::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 3;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    m_base = m_contest->path();
    m_contest->close();
}

void TestMeetingRepository::init()
{
    const QString path = m_contest->filePath(QStringLiteral("copy-%1.akc").arg(++m_copies));
    QVERIFY(QFile::copy(m_base, path));
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->open(path), qPrintable(m_doc->errorString()));
    m_doc->setOperatorRights(true); // removes members and nominees without signing in
    const QVector<Region> regions = m_doc->geography().regions();
    QVERIFY(regions.size() >= 2);
    m_region = regions.at(0).id;
    m_otherRegion = regions.at(1).id;
    m_voting.clear();
    for (const Commission &c : m_doc->commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.regionId == m_region)
            m_voting = BallotService(*m_doc).votingMembers(c.id);
    }
    QVERIFY(m_voting.size() >= 3);
    m_nominees.clear();
    for (const NomineeRow &row : m_doc->nominees().rows())
        m_nominees << row.nominee.id;
    QVERIFY(m_nominees.size() >= 2);
}

void TestMeetingRepository::cleanup()
{
    m_doc.reset();
}

Meeting TestMeetingRepository::full() const
{
    Meeting m;
    m.stage = StageKind::Regional;
    m.regionId = m_region;
    m.number = QStringLiteral("3-П");
    m.heldOn = QDate(2025, 7, 2);
    m.placeRu = QStringLiteral("Кызылорда");
    m.placeKk = QStringLiteral("Қызылорда");
    m.organisationRu = QStringLiteral("Департамент по делам государственной службы");
    m.organisationKk = QStringLiteral("Мемлекеттік қызмет істері департаменті");
    m.startedAt = QTime(10, 0);
    m.endedAt = QTime(11, 30);
    m.invited = QStringLiteral("Ахметов А. — наблюдатель\nСеитова Б. — журналист");
    m.absences = {{m_voting.at(0).id, QStringLiteral("в отпуске")},
                  {m_voting.at(2).id, QStringLiteral("болен")}};
    m.votesFor = 4;
    m.votesAgainst = 1;
    m.votesAbstained = 0;
    m.updatedBy = QStringLiteral("secretary");
    return m;
}

void TestMeetingRepository::save(Meeting &meeting)
{
    const QString error = m_doc->runInTransaction([&] { repo().save(meeting); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestMeetingRepository::roundTrip()
{
    QVERIFY(!repo().find(StageKind::Regional, m_region));
    Meeting m = full();
    save(m);
    QVERIFY(m.id != 0);
    QVERIFY(!m.uuid.isEmpty());
    QVERIFY(!m.updatedAt.isEmpty());

    const std::optional<Meeting> read = repo().find(StageKind::Regional, m_region);
    QVERIFY(read);
    QCOMPARE(read->id, m.id);
    QCOMPARE(read->uuid, m.uuid);
    QCOMPARE(read->stage, StageKind::Regional);
    QCOMPARE(read->regionId, m_region);
    QCOMPARE(read->number, QStringLiteral("3-П"));
    QCOMPARE(read->heldOn, QDate(2025, 7, 2));
    QCOMPARE(read->placeRu, m.placeRu);
    QCOMPARE(read->placeKk, m.placeKk);
    QCOMPARE(read->organisationRu, m.organisationRu);
    QCOMPARE(read->organisationKk, m.organisationKk);
    QCOMPARE(read->startedAt, QTime(10, 0));
    QCOMPARE(read->endedAt, QTime(11, 30));
    QCOMPARE(read->invited, m.invited);
    QCOMPARE(read->absences, m.absences); // by member id, as saved
    QCOMPARE(read->votesFor, std::optional<int>(4));
    QCOMPARE(read->votesAgainst, std::optional<int>(1));
    QCOMPARE(read->votesAbstained, std::optional<int>(0)); // 0 is not "unset"
    QCOMPARE(read->updatedBy, QStringLiteral("secretary"));
    QCOMPARE(read->updatedAt, m.updatedAt);
    QVERIFY(read->isAbsent(m_voting.at(2).id));
    QVERIFY(!read->isAbsent(m_voting.at(1).id));
    // Stored as the protocol prints them.
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT held_on || ' ' || started_at || ' ' || "
                                              "ended_at FROM meeting"))
                 .toString(),
             QStringLiteral("2025-07-02 10:00 11:30"));
    // Another scope has nothing.
    QVERIFY(!repo().find(StageKind::Regional, m_otherRegion));
    QVERIFY(!repo().find(StageKind::National, 0));
}

void TestMeetingRepository::unsetFieldsAreNull()
{
    Meeting m;
    m.stage = StageKind::National;
    m.regionId = 77; // ignored at stage II
    m.updatedBy = QStringLiteral("chair");
    save(m);
    QCOMPARE(m.regionId, 0);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT COUNT(*) FROM meeting WHERE region_id IS "
                                              "NULL AND held_on IS NULL AND started_at IS NULL "
                                              "AND ended_at IS NULL AND votes_for IS NULL AND "
                                              "votes_against IS NULL AND votes_abstained IS NULL "
                                              "AND stage_kind = 'national' AND number = ''"))
                 .toInt(),
             1);
    const std::optional<Meeting> read = repo().find(StageKind::National, 0);
    QVERIFY(read);
    QVERIFY(!read->heldOn.isValid());
    QVERIFY(!read->startedAt.isValid());
    QVERIFY(!read->endedAt.isValid());
    QVERIFY(!read->votesFor && !read->votesAgainst && !read->votesAbstained);
    QVERIFY(read->absences.isEmpty());
    QVERIFY(read->awards.isEmpty());

    // Set, then unset again: back to NULL.
    Meeting set = full();
    save(set);
    set.heldOn = {};
    set.startedAt = {};
    set.votesFor.reset();
    save(set);
    QCOMPARE(sql::scalar(db(),
                         QStringLiteral("SELECT COUNT(*) FROM meeting WHERE region_id = ? "
                                        "AND held_on IS NULL AND started_at IS NULL AND "
                                        "votes_for IS NULL AND ended_at = '11:30'"),
                         {m_region})
                 .toInt(),
             1);
}

void TestMeetingRepository::saveReplacesAbsencesAndAwards()
{
    Meeting m;
    m.stage = StageKind::National;
    m.absences = {{m_voting.at(0).id, QStringLiteral("a")}};
    m.awards = {{0, m_nominees.at(0)}, {2, m_nominees.at(1)}};
    save(m);
    QCOMPARE(repo().find(StageKind::National, 0)->awards, m.awards);

    m.absences = {{m_voting.at(1).id, QStringLiteral("b")}, {m_voting.at(2).id, QString()}};
    m.awards = {{1, m_nominees.at(1)}};
    save(m);
    const Meeting read = *repo().find(StageKind::National, 0);
    QCOMPARE(read.absences, m.absences);
    QCOMPARE(read.awards, m.awards);
    QCOMPARE(count(QStringLiteral("meeting_absence")), 2);
    QCOMPARE(count(QStringLiteral("meeting_award")), 1);

    m.absences.clear();
    m.awards.clear();
    save(m);
    QCOMPARE(count(QStringLiteral("meeting_absence")), 0);
    QCOMPARE(count(QStringLiteral("meeting_award")), 0);
    QCOMPARE(count(QStringLiteral("meeting")), 1);
}

void TestMeetingRepository::oneMeetingPerScope()
{
    Meeting first = full();
    save(first);
    // A second save of the same scope, even from a copy without the id, updates that row.
    Meeting again = full();
    again.number = QStringLiteral("4");
    save(again);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.uuid, first.uuid);
    QCOMPARE(count(QStringLiteral("meeting")), 1);
    QCOMPARE(repo().find(StageKind::Regional, m_region)->number, QStringLiteral("4"));

    Meeting other = full();
    other.regionId = m_otherRegion;
    other.absences.clear();
    save(other);
    Meeting national;
    national.stage = StageKind::National;
    save(national);
    QCOMPARE(count(QStringLiteral("meeting")), 3);
    QVERIFY(other.id != first.id && national.id != first.id);

    // The schema itself refuses a second row of a scope, NULL region included.
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO meeting (uuid, stage_kind, region_id, "
                                   "updated_at, updated_by) VALUES ('x1', 'regional', %1, 't', "
                                   "'u')")
                        .arg(m_region)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO meeting (uuid, stage_kind, region_id, "
                                   "updated_at, updated_by) VALUES ('x2', 'national', NULL, 't', "
                                   "'u')")));
    // A stage I meeting needs its region, and a stage II one has none.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO meeting (uuid, stage_kind, region_id, "
                                   "updated_at, updated_by) VALUES ('x3', 'regional', NULL, 't', "
                                   "'u')")));
    QCOMPARE(count(QStringLiteral("meeting")), 3);
}

void TestMeetingRepository::removingMemberOrNomineeRemovesTheirLines()
{
    // A member without an account, scores or conflicts, so that the program may delete them.
    Member added;
    added.commissionId = m_voting.at(0).commissionId;
    added.fullName = QStringLiteral("Ержанов Бауыржан");
    QVERIFY(m_doc->addMember(added).ok());
    const qint64 addedId =
        sql::scalar(db(), QStringLiteral("SELECT id FROM member WHERE full_name = ?"),
                    {added.fullName})
            .toLongLong();
    QVERIFY(addedId != 0);
    Meeting m = full();
    m.absences = {{m_voting.at(1).id, QStringLiteral("болен")}, {addedId, QStringLiteral("x")}};
    save(m);
    // Nominees nothing else refers to (the demo declares conflicts on some).
    QVector<qint64> free;
    QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT id FROM nominee WHERE id NOT IN (SELECT "
                                                 "nominee_id FROM member_conflict) ORDER BY id"));
    while (q.next())
        free << q.value(0).toLongLong();
    QVERIFY(free.size() >= 2);
    Meeting national;
    national.stage = StageKind::National;
    national.awards = {{0, free.at(0)}, {1, free.at(1)}};
    save(national);

    const EditResult removed = m_doc->removeMember(addedId);
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    const Meeting read = *repo().find(StageKind::Regional, m_region);
    QCOMPARE(read.absences,
             (QVector<MeetingAbsence>{{m_voting.at(1).id, QStringLiteral("болен")}}));

    const EditResult gone = m_doc->removeNominees({free.at(0)});
    QVERIFY2(gone.ok(), qPrintable(gone.message));
    const QVector<MeetingAward> awards = repo().find(StageKind::National, 0)->awards;
    QCOMPARE(awards, (QVector<MeetingAward>{{1, free.at(1)}}));
    QVERIFY(m_doc->database().structuralProblems().isEmpty());
}

void TestMeetingRepository::quorumRuleSetting()
{
    QCOMPARE(repo().quorumRule(), QuorumRule::MoreThanHalf); // the default, unset
    QString error = m_doc->runInTransaction([&] { repo().setQuorumRule(QuorumRule::TwoThirds); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(repo().quorumRule(), QuorumRule::TwoThirds);
    QCOMPARE(sql::scalar(db(), QStringLiteral("SELECT value FROM setting WHERE name = "
                                              "'protocol_quorum'"))
                 .toString(),
             QStringLiteral("two_thirds"));
    // A value from a newer version reads as the default.
    sql::exec(db(), QStringLiteral("UPDATE setting SET value = 'three_quarters' WHERE name = "
                                   "'protocol_quorum'"));
    QCOMPARE(repo().quorumRule(), QuorumRule::MoreThanHalf);
}

// A file of the previous release (schema 7) opens, is upgraded in one step, keeps its rows and
// can record meetings.
void TestMeetingRepository::migratesSchemaSevenFile()
{
    const QString file = m_contest->filePath(QStringLiteral("v7.akc"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (int version = 1; version <= 7; ++version) {
            for (const QString &statement :
                 Database::splitStatements(Database::migrationScript(version)))
                QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("INSERT INTO region (uuid, name_ru, name_kk) VALUES "
                                      "('r1', 'Кызылординская область', 'Қызылорда облысы')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO setting (name, value) VALUES "
                                      "('paper_double_entry', '1')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v7"));

    Database upgraded;
    QVERIFY2(upgraded.open(file, Database::Mode::ReadWrite), qPrintable(upgraded.errorString()));
    QCOMPARE(upgraded.schemaVersion(), 8);
    QVERIFY(QFile::exists(file + QStringLiteral(".v7.bak")));
    const QSqlDatabase c = upgraded.connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT name_kk FROM region")).toString(),
             QStringLiteral("Қызылорда облысы"));
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT value FROM setting")).toString(),
             QStringLiteral("1"));
    MeetingRepository meetings(c);
    QCOMPARE(meetings.quorumRule(), QuorumRule::MoreThanHalf);
    Meeting m;
    m.stage = StageKind::Regional;
    m.regionId = sql::scalar(c, QStringLiteral("SELECT id FROM region")).toLongLong();
    m.number = QStringLiteral("1");
    meetings.save(m);
    QCOMPARE(meetings.find(StageKind::Regional, m.regionId)->number, QStringLiteral("1"));
    QVERIFY(upgraded.structuralProblems().isEmpty());
}

// A member's ballot package copies what the member scores, never the protocol's particulars:
// who was absent and why is the secretary's record, not the member's.
void TestMeetingRepository::ballotPackageCarriesNoMeeting()
{
    Meeting m = full();
    save(m);
    Meeting national;
    national.stage = StageKind::National;
    national.awards = {{0, m_nominees.at(0)}};
    save(national);
    QVERIFY(
        m_doc->runInTransaction([&] { repo().setQuorumRule(QuorumRule::TwoThirds); }).isEmpty());
    QVERIFY(m_doc->signIn(QStringLiteral("secretary"), demo::DemoAccounts::password()).ok());
    const QString package = m_contest->filePath(QStringLiteral("member-%1.akb").arg(m_copies));
    const EditResult exported = PackageExporter(*m_doc).exportTo(m_voting.at(0).id, package);
    QVERIFY2(exported.ok(), qPrintable(exported.message));

    Database opened;
    QVERIFY2(opened.open(package, Database::Mode::ReadOnly), qPrintable(opened.errorString()));
    QVERIFY(opened.isBallotPackage());
    const QSqlDatabase c = opened.connection();
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM member")).toInt(), 1);
    for (const char *table : {"meeting", "meeting_absence", "meeting_award"})
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                     .toInt(),
                 0);
    QCOMPARE(sql::scalar(c, QStringLiteral("SELECT COUNT(*) FROM setting WHERE name = "
                                           "'protocol_quorum'"))
                 .toInt(),
             0);
}

QTEST_MAIN(TestMeetingRepository)
#include "tst_meetingrepository.moc"
