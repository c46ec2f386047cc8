// MeetingService over a small scored demo: who may record a meeting's particulars (the
// secretary, a chair; a chair bound to a commission only for its own meeting; no member, nobody
// signed out), every validation refusal named and writing nothing, one audit entry per save
// (none when nothing changed), saving after finalising, the contest-wide quorum rule and the
// quorum arithmetic.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "itemmodels/labels.h"
#include "scoring/stagefinaliser.h"
#include "services/meetingservice.h"
#include "storage/meetingrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace akim;

class TestMeetingService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void quorumNeeded_data();
    void quorumNeeded();
    void quorumRuleKeys();
    void quorumSummary();
    void permissions_data();
    void permissions();
    void refusals_data();
    void refusals();
    void saveIsAuditedOnce();
    void textsAreTrimmed();
    void awardsAtStageTwo();
    void savedAfterFinalising();
    void quorumRuleAudited();

private:
    void signIn(const QString &login);
    qint64 memberOf(qint64 commissionId, MemberRole role) const;
    // Everything a refused save could have touched: the meeting tables, the settings and the
    // audit log's length.
    QString digest() const;
    Meeting valid() const;

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    int m_copies = 0;
    std::unique_ptr<ContestDocument> m_doc;
    std::unique_ptr<MeetingService> m_service;
    qint64 m_region = 0;
    qint64 m_otherRegion = 0;
    qint64 m_commission = 0;
    qint64 m_otherCommission = 0;
    QVector<Member> m_voting; // of m_region's commission
};

void TestMeetingService::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    options.scores = true;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    m_base = m_contest->path();
    m_contest->close();
}

void TestMeetingService::init()
{
    const QString path = m_contest->filePath(QStringLiteral("copy-%1.akc").arg(++m_copies));
    QVERIFY(QFile::copy(m_base, path));
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->open(path), qPrintable(m_doc->errorString()));
    m_service = std::make_unique<MeetingService>(*m_doc);
    const QVector<Region> regions = m_doc->geography().regions();
    m_region = regions.at(0).id;
    m_otherRegion = regions.at(1).id;
    m_commission = m_service->commission(StageKind::Regional, m_region)->id;
    m_otherCommission = m_service->commission(StageKind::Regional, m_otherRegion)->id;
    m_voting = m_service->votingMembers(StageKind::Regional, m_region);
    QVERIFY(m_voting.size() >= 4);
    signIn(QStringLiteral("secretary"));
}

void TestMeetingService::cleanup()
{
    if (m_doc)
        QCOMPARE(m_doc->audit().verify(), QStringList());
    m_service.reset();
    m_doc.reset();
}

void TestMeetingService::signIn(const QString &login)
{
    m_doc->signOut();
    const EditResult result = m_doc->signIn(login, demo::DemoAccounts::password());
    QVERIFY2(result.ok(), qPrintable(result.message));
}

qint64 TestMeetingService::memberOf(qint64 commissionId, MemberRole role) const
{
    for (const Member &m : m_doc->commissions().members(commissionId)) {
        if (m.role == role)
            return m.id;
    }
    return 0;
}

QString TestMeetingService::digest() const
{
    const QSqlDatabase db = m_doc->database().connection();
    return sql::scalar(db, QStringLiteral(
                               "SELECT (SELECT COUNT(*) FROM audit_log) || '|' || "
                               "(SELECT group_concat(id || uuid || number || ifnull(held_on, '-') "
                               "|| ifnull(votes_for, '-') || updated_at, ';') FROM meeting) || '|' "
                               "|| (SELECT group_concat(member_id || reason, ';') FROM "
                               "meeting_absence) || '|' || (SELECT group_concat(nomination || "
                               "'-' || nominee_id, ';') FROM meeting_award) || '|' || (SELECT "
                               "group_concat(name || value, ';') FROM setting)"))
        .toString();
}

Meeting TestMeetingService::valid() const
{
    Meeting m;
    m.stage = StageKind::Regional;
    m.regionId = m_region;
    m.number = QStringLiteral("3");
    m.heldOn = QDate(2025, 7, 2);
    m.placeRu = QStringLiteral("Кызылорда");
    m.placeKk = QStringLiteral("Қызылорда");
    m.startedAt = QTime(10, 0);
    m.endedAt = QTime(11, 0);
    m.absences = {{m_voting.at(0).id, QStringLiteral("в отпуске")}};
    return m;
}

void TestMeetingService::quorumNeeded_data()
{
    QTest::addColumn<int>("voting");
    QTest::addColumn<int>("half");
    QTest::addColumn<int>("twoThirds");
    // More than half: ⌊v/2⌋ + 1; two thirds: ⌈2v/3⌉; none without voting members.
    const int table[][3] = {{0, 1, 1},  {1, 1, 1},  {2, 2, 2},  {3, 2, 2},  {4, 3, 3},
                            {5, 3, 4},  {6, 4, 4},  {7, 4, 5},  {8, 5, 6},  {9, 5, 6},
                            {10, 6, 7}, {11, 6, 8}, {12, 7, 8}, {15, 8, 10}};
    for (const auto &row : table)
        QTest::addRow("%d members", row[0]) << row[0] << row[1] << row[2];
}

void TestMeetingService::quorumNeeded()
{
    QFETCH(int, voting);
    QFETCH(int, half);
    QFETCH(int, twoThirds);
    QCOMPARE(akim::quorumNeeded(voting, QuorumRule::MoreThanHalf), half);
    QCOMPARE(akim::quorumNeeded(voting, QuorumRule::TwoThirds), twoThirds);
    // The threshold is always reachable (with members) and never below the rule.
    if (voting > 0) {
        QVERIFY(half <= voting && twoThirds <= voting);
        QVERIFY(2 * half > voting);
        QVERIFY(3 * twoThirds >= 2 * voting && 3 * (twoThirds - 1) < 2 * voting);
    }
}

void TestMeetingService::quorumRuleKeys()
{
    QCOMPARE(quorumRuleKey(QuorumRule::MoreThanHalf), QStringLiteral("more_than_half"));
    QCOMPARE(quorumRuleKey(QuorumRule::TwoThirds), QStringLiteral("two_thirds"));
    bool ok = false;
    QCOMPARE(quorumRuleFromKey(QStringLiteral("two_thirds"), &ok), QuorumRule::TwoThirds);
    QVERIFY(ok);
    QCOMPARE(quorumRuleFromKey(QStringLiteral("unanimity"), &ok), QuorumRule::MoreThanHalf);
    QVERIFY(!ok);
}

void TestMeetingService::quorumSummary()
{
    const QString met = MeetingService::quorumSummary(9, 7, QuorumRule::MoreThanHalf);
    QVERIFY2(met.startsWith(QLatin1String("7 of 9 voting member")), qPrintable(met));
    QVERIFY2(met.endsWith(QStringLiteral("quorum (more than half): 5 — met")), qPrintable(met));
    const QString notMet = MeetingService::quorumSummary(9, 5, QuorumRule::TwoThirds);
    QVERIFY2(notMet.endsWith(QStringLiteral("quorum (two thirds): 6 — not met")),
             qPrintable(notMet));
}

void TestMeetingService::permissions_data()
{
    QTest::addColumn<QString>("who"); // a login, "own chair", "other chair", "member" or ""
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("secretary") << QStringLiteral("secretary") << true << QString();
    QTest::newRow("chair of no commission") << QStringLiteral("chair") << true << QString();
    QTest::newRow("chair of this commission") << QStringLiteral("own chair") << true << QString();
    QTest::newRow("chair of another") << QStringLiteral("other chair") << false
                                      << QStringLiteral("belongs to another commission");
    QTest::newRow("member") << QStringLiteral("member") << false << QStringLiteral("may not");
    QTest::newRow("signed out") << QString() << false << QStringLiteral("Sign in");
}

void TestMeetingService::permissions()
{
    QFETCH(QString, who);
    QFETCH(bool, allowed);
    QFETCH(QString, refusal);
    if (who == QLatin1String("own chair"))
        who = demo::DemoAccounts::memberLogin(memberOf(m_commission, MemberRole::Chair));
    else if (who == QLatin1String("other chair"))
        who = demo::DemoAccounts::memberLogin(memberOf(m_otherCommission, MemberRole::Chair));
    else if (who == QLatin1String("member"))
        who = demo::DemoAccounts::memberLogin(memberOf(m_commission, MemberRole::Member));
    m_doc->signOut();
    if (!who.isEmpty())
        signIn(who);

    const QString before = digest();
    const EditResult result = m_service->save(valid());
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(m_service->mayEdit(StageKind::Regional, m_region).isEmpty(), allowed);
    if (allowed) {
        QCOMPARE(MeetingRepository(m_doc->database().connection())
                     .find(StageKind::Regional, m_region)
                     ->updatedBy,
                 who);
        QCOMPARE(m_doc->audit().entries().constLast().user, who);
    } else {
        QVERIFY2(result.message.contains(refusal), qPrintable(result.message));
        QCOMPARE(digest(), before);
    }
}

void TestMeetingService::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("secretary absent") << "secretary absent"
                                      << "keeps the minutes";
    QTest::newRow("member of another commission") << "other absent"
                                                  << "not a voting member";
    QTest::newRow("absent twice") << "absent twice"
                                  << "absent twice";
    QTest::newRow("negative vote") << "negative"
                                   << "cannot be negative";
    QTest::newRow("more votes than present") << "too many votes"
                                             << "voting members are present";
    QTest::newRow("against without for") << "against only"
                                         << "votes for as well";
    QTest::newRow("award at stage I") << "award at stage I"
                                      << "stage II only";
    QTest::newRow("nomination out of range") << "nomination 99"
                                             << "no nomination number 100";
    QTest::newRow("nominee not in stage II") << "award to a loser"
                                             << "not ranked in stage II";
    QTest::newRow("nomination twice") << "nomination twice"
                                      << "awarded twice";
    QTest::newRow("ends before it starts") << "ends first"
                                           << "not after it starts";
    QTest::newRow("ends when it starts") << "ends at start"
                                         << "not after it starts";
    QTest::newRow("number too long") << "long number"
                                     << "at most 20";
    QTest::newRow("place too long") << "long place"
                                    << "at most 100";
    QTest::newRow("organisation too long") << "long organisation"
                                           << "at most 300";
    QTest::newRow("invited too long") << "long invited"
                                      << "at most 4000";
    QTest::newRow("reason too long") << "long reason"
                                     << "at most 200";
    QTest::newRow("two-line place") << "two-line place"
                                    << "one line each";
    QTest::newRow("region gone") << "no region"
                                 << "no longer exists";
}

void TestMeetingService::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    // A valid meeting is there already: a refusal must leave it as it is.
    QVERIFY(m_service->save(valid()).ok());
    Meeting m = valid();
    const QVector<AwardCandidate> candidates = m_service->awardCandidates();
    QVERIFY(!candidates.isEmpty());
    QVERIFY(m_service->nominations().size() >= 2);
    const int present = int(m_voting.size()) - 1;
    if (change == QLatin1String("secretary absent"))
        m.absences << MeetingAbsence{memberOf(m_commission, MemberRole::Secretary), {}};
    else if (change == QLatin1String("other absent"))
        m.absences << MeetingAbsence{memberOf(m_otherCommission, MemberRole::Member), {}};
    else if (change == QLatin1String("absent twice"))
        m.absences << m.absences.constFirst();
    else if (change == QLatin1String("negative")) {
        m.votesFor = 2;
        m.votesAgainst = -1;
    } else if (change == QLatin1String("too many votes")) {
        m.votesFor = present;
        m.votesAbstained = 1;
    } else if (change == QLatin1String("against only"))
        m.votesAgainst = 1;
    else if (change == QLatin1String("award at stage I"))
        m.awards = {{0, candidates.constFirst().nomineeId}};
    else if (change == QLatin1String("ends first"))
        m.endedAt = QTime(9, 30);
    else if (change == QLatin1String("ends at start"))
        m.endedAt = m.startedAt;
    else if (change == QLatin1String("long number"))
        m.number = QString(21, QLatin1Char('9'));
    else if (change == QLatin1String("long place"))
        m.placeKk = QString(101, QChar(0x049B)); // қ
    else if (change == QLatin1String("long organisation"))
        m.organisationRu = QString(301, QLatin1Char('x'));
    else if (change == QLatin1String("long invited"))
        m.invited = QString(4001, QLatin1Char('x'));
    else if (change == QLatin1String("long reason"))
        m.absences.first().reason = QString(201, QLatin1Char('x'));
    else if (change == QLatin1String("two-line place"))
        m.placeRu = QStringLiteral("Кызылорда\nАстана");
    else if (change == QLatin1String("no region"))
        m.regionId = 999999;
    if (change.contains(QLatin1String("nomination")) ||
        change == QLatin1String("award to a loser")) {
        m = Meeting{};
        m.stage = StageKind::National;
        QVERIFY(m_service->save(m).ok());
        qint64 loser = 0;
        for (const NomineeRow &row : m_doc->nominees().rows()) {
            bool ranked = false;
            for (const AwardCandidate &c : candidates)
                ranked = ranked || c.nomineeId == row.nominee.id;
            if (!ranked)
                loser = row.nominee.id;
        }
        QVERIFY(loser != 0);
        const qint64 winner = candidates.constFirst().nomineeId;
        if (change == QLatin1String("nomination 99"))
            m.awards = {{99, winner}};
        else if (change == QLatin1String("nomination twice"))
            m.awards = {{1, winner}, {1, winner}};
        else
            m.awards = {{0, loser}};
    }

    const QString before = digest();
    QCOMPARE(m_service->validate(m).isEmpty(), false);
    const EditResult result = m_service->save(m);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QCOMPARE(digest(), before);
}

void TestMeetingService::saveIsAuditedOnce()
{
    const qint64 entries = m_doc->audit().count();
    Meeting m = valid();
    QVERIFY(m_service->save(m).ok());
    QCOMPARE(m_doc->audit().count(), entries + 1);
    const AuditEntry first = m_doc->audit().entries().constLast();
    QCOMPARE(first.action, QStringLiteral("meeting.save"));
    QCOMPARE(first.objectType, QStringLiteral("meeting"));
    const Meeting stored = m_service->meeting(StageKind::Regional, m_region);
    QCOMPARE(first.objectUuid, stored.uuid);
    QVERIFY(first.oldValue.isEmpty());
    const QJsonObject created = QJsonDocument::fromJson(first.newValue.toUtf8()).object();
    QCOMPARE(created.value(QStringLiteral("number")).toString(), QStringLiteral("3"));
    QCOMPARE(created.value(QStringLiteral("held_on")).toString(), QStringLiteral("2025-07-02"));
    QVERIFY(created.value(QStringLiteral("votes_for")).isNull());
    QCOMPARE(created.value(QStringLiteral("absences"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("member"))
                 .toString(),
             m_voting.at(0).fullName);
    QCOMPARE(labels::auditAction(first.action), QStringLiteral("Protocol details saved"));

    // Unchanged: nothing written.
    QVERIFY(m_service->save(m).ok());
    QCOMPARE(m_doc->audit().count(), entries + 1);

    m.number = QStringLiteral("4");
    m.votesFor = 2;
    m.votesAgainst = 1;
    m.votesAbstained = 0;
    QVERIFY(m_service->save(m).ok());
    QCOMPARE(m_doc->audit().count(), entries + 2);
    const AuditEntry second = m_doc->audit().entries().constLast();
    QCOMPARE(second.oldValue, first.newValue);
    const QJsonObject changed = QJsonDocument::fromJson(second.newValue.toUtf8()).object();
    QCOMPARE(changed.value(QStringLiteral("number")).toString(), QStringLiteral("4"));
    QCOMPARE(changed.value(QStringLiteral("votes_against")).toInt(), 1);
    const Meeting read = m_service->meeting(StageKind::Regional, m_region);
    QCOMPARE(read.votesFor, std::optional<int>(2));
    QCOMPARE(read.updatedBy, QStringLiteral("secretary"));
}

void TestMeetingService::textsAreTrimmed()
{
    Meeting m = valid();
    m.number = QStringLiteral("  7 ");
    m.placeRu = QStringLiteral(" Астана ");
    m.invited = QStringLiteral("  Ахметов А.  \n\n \nСеитова Б.\n");
    m.absences.first().reason = QStringLiteral(" болен ");
    m.startedAt = QTime(9, 15, 42);
    QVERIFY(m_service->save(m).ok());
    const Meeting read = m_service->meeting(StageKind::Regional, m_region);
    QCOMPARE(read.number, QStringLiteral("7"));
    QCOMPARE(read.placeRu, QStringLiteral("Астана"));
    QCOMPARE(read.invited, QStringLiteral("Ахметов А.\nСеитова Б."));
    QCOMPARE(read.absences.constFirst().reason, QStringLiteral("болен"));
    QCOMPARE(read.startedAt, QTime(9, 15));
}

void TestMeetingService::awardsAtStageTwo()
{
    const QVector<AwardCandidate> candidates = m_service->awardCandidates();
    QVERIFY(candidates.size() >= 2);
    QCOMPARE(candidates.constFirst().place, 1);
    const QVector<Member> republican = m_service->votingMembers(StageKind::National, 0);
    QVERIFY(!republican.isEmpty());
    Meeting m;
    m.stage = StageKind::National;
    m.awards = {{2, candidates.at(1).nomineeId}, {0, candidates.at(0).nomineeId}};
    m.absences = {{republican.constLast().id, QStringLiteral("командировка")}};
    // A regional member is not a member of the republican commission.
    Meeting wrong = m;
    wrong.absences << MeetingAbsence{m_voting.at(0).id, {}};
    QVERIFY(m_service->save(wrong).message.contains(QLatin1String("not a voting member")));
    const EditResult saved = m_service->save(m);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    const Meeting read = m_service->meeting(StageKind::National, 0);
    QCOMPARE(read.regionId, 0);
    QCOMPARE(read.awards, (QVector<MeetingAward>{{0, candidates.at(0).nomineeId},
                                                 {2, candidates.at(1).nomineeId}}));
    const QJsonObject audited =
        QJsonDocument::fromJson(m_doc->audit().entries().constLast().newValue.toUtf8()).object();
    QCOMPARE(audited.value(QStringLiteral("awards")).toArray().size(), 2);
    QCOMPARE(audited.value(QStringLiteral("awards"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
             m_service->nominations().at(0).ru);
}

void TestMeetingService::savedAfterFinalising()
{
    signIn(QStringLiteral("chair"));
    scoring::FinaliseRequest request;
    request.stage = StageKind::Regional;
    request.regionId = m_region;
    const scoring::FinaliseResult done = scoring::StageFinaliser(*m_doc).finalise(request);
    QVERIFY2(done.ok(), qPrintable(done.error));
    signIn(QStringLiteral("secretary"));
    const EditResult saved = m_service->save(valid());
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(m_service->meeting(StageKind::Regional, m_region).number, QStringLiteral("3"));
}

void TestMeetingService::quorumRuleAudited()
{
    QCOMPARE(m_service->quorumRule(), QuorumRule::MoreThanHalf);
    const qint64 entries = m_doc->audit().count();
    QVERIFY(m_service->setQuorumRule(QuorumRule::TwoThirds).ok());
    QCOMPARE(m_service->quorumRule(), QuorumRule::TwoThirds);
    QCOMPARE(m_doc->audit().count(), entries + 1);
    const AuditEntry entry = m_doc->audit().entries().constLast();
    QCOMPARE(entry.action, QStringLiteral("protocol.quorum"));
    QCOMPARE(entry.oldValue, QStringLiteral("{\"quorum\":\"more_than_half\"}"));
    QCOMPARE(entry.newValue, QStringLiteral("{\"quorum\":\"two_thirds\"}"));
    QCOMPARE(labels::auditAction(entry.action), QStringLiteral("Quorum rule changed"));
    QVERIFY(m_service->setQuorumRule(QuorumRule::TwoThirds).ok()); // unchanged: not audited
    QCOMPARE(m_doc->audit().count(), entries + 1);

    // The chair of one commission does not change it for the others; a member not at all.
    signIn(demo::DemoAccounts::memberLogin(memberOf(m_commission, MemberRole::Chair)));
    const QString before = digest();
    QVERIFY(m_service->setQuorumRule(QuorumRule::MoreThanHalf)
                .message.contains(QLatin1String("every commission")));
    signIn(demo::DemoAccounts::memberLogin(memberOf(m_commission, MemberRole::Member)));
    QVERIFY(!m_service->setQuorumRule(QuorumRule::MoreThanHalf).ok());
    QCOMPARE(digest(), before);
    signIn(QStringLiteral("chair"));
    QVERIFY(m_service->setQuorumRule(QuorumRule::MoreThanHalf).ok());
    QCOMPARE(m_service->quorumRule(), QuorumRule::MoreThanHalf);
}

QTEST_MAIN(TestMeetingService)
#include "tst_meetingservice.moc"
