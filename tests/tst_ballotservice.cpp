// BallotService, the one way scores are written: who may write whose ballot (every role, asked
// of the service directly, as a UI that forgot to disable a button would), what a cell may hold
// (range, two decimals, a declared conflict), submit and reopen, the lock of a finalised
// result, and an audit entry for every write.
#include "demo/demogenerator.h"
#include "demo/demoscores.h"
#include "services/accountservice.h"
#include "services/ballotservice.h"
#include "storage/finalisationrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace akim;
using scoring::ScoreState;

namespace {

const QString kPassword = QStringLiteral("demo");
const QString kChairPassword = QStringLiteral("chair-password-1");

} // namespace

class TestBallotService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void permissions_data();
    void permissions();
    void onlySecretaryReopens_data();
    void onlySecretaryReopens();
    void secretaryTypesPaperBallot();
    void commissionSecretaryHasNoBallot();
    void rangeAndDecimals_data();
    void rangeAndDecimals();
    void conflictCellOnlyRecused();
    void nomineeAndCriterionOfTheBallot();
    void submitNeedsEveryCell();
    void submitLocksAndReopenWithReason();
    void finalisedRegionRefuses();
    void everyWriteIsAudited();
    void progressAndTotals();
    void republicanBallotScoresStageTwo();
    void republicanFieldFromFinalisedRegions();

private:
    void signIn(const QString &login, const QString &password = kPassword);
    QString login(qint64 memberId) const { return QStringLiteral("member%1").arg(memberId); }
    EditResult set(qint64 member, qint64 nominee, const QString &code, ScoreState state,
                   double points = 0, const QString &comment = {});
    qint64 criterion(const QString &code) const;
    qint64 scoreRows(qint64 member) const;
    qint64 auditCount() const { return m_doc->audit().count(); }
    void fillBallot(qint64 member, int leaveOut = 0);

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    std::unique_ptr<ContestDocument> m_doc;
    std::unique_ptr<BallotService> m_service;
    int m_copies = 0;
    // Region 2 (with a declared conflict) and region 1 of a small demo.
    qint64 m_member = 0; // a plain member of region 2, with a conflict
    qint64 m_conflictNominee = 0;
    qint64 m_colleague = 0;    // another voting member of region 2
    qint64 m_nominee = 0;      // a region 2 nominee without conflicts for m_member
    qint64 m_otherNominee = 0; // a region 1 nominee
    qint64 m_chairMember = 0;  // in region 1's commission, bound to the account "chair1"
    qint64 m_commissionSecretary = 0;
    qint64 m_republican = 0; // a voting member of the republican commission
};

void TestBallotService::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    const QSqlDatabase db = doc.database().connection();

    {
        QSqlQuery conflict = sql::exec(db, QStringLiteral("SELECT member_id, nominee_id FROM "
                                                          "member_conflict ORDER BY 1, 2 LIMIT 1"));
        QVERIFY2(conflict.next(), "the small demo declares a conflict");
        m_member = conflict.value(0).toLongLong();
        m_conflictNominee = conflict.value(1).toLongLong();
    }
    const Member member = doc.commissions().member(m_member);
    const Commission commission = doc.commissions().commission(member.commissionId);
    for (const Member &m : doc.commissions().members(commission.id)) {
        if (m.role == MemberRole::Secretary)
            m_commissionSecretary = m.id;
        else if (m.id != m_member && m_colleague == 0)
            m_colleague = m.id;
    }
    for (const NomineeRow &row : doc.nominees().rows()) {
        if (row.nominee.status != NomineeStatus::Active)
            continue;
        if (row.regionId == commission.regionId && row.nominee.id != m_conflictNominee &&
            m_nominee == 0)
            m_nominee = row.nominee.id;
        if (row.regionId != commission.regionId && m_otherNominee == 0)
            m_otherNominee = row.nominee.id;
    }
    for (const Commission &c : doc.commissions().commissions()) {
        for (const Member &m : doc.commissions().members(c.id)) {
            if (c.stage == StageKind::National && m.role == MemberRole::Member && !m_republican)
                m_republican = m.id;
        }
    }
    QVERIFY(m_colleague && m_nominee && m_otherNominee && m_commissionSecretary && m_republican);

    // The demo binds every voting member to a member account; the chair account "chair1" is
    // bound to a deputy added to the other region's commission for it.
    QVERIFY(doc.signIn(QStringLiteral("secretary"), kPassword).ok());
    qint64 otherCommission = 0;
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.id != commission.id)
            otherCommission = c.id;
    }
    Member bound;
    bound.commissionId = otherCommission;
    bound.fullName = QStringLiteral("Бекзат Тестов");
    bound.role = MemberRole::Deputy; // a chair account is bound to a chair or a deputy
    QVERIFY(doc.addMember(bound).ok());
    for (const Member &m : doc.commissions().members(otherCommission)) {
        if (m.fullName == bound.fullName)
            m_chairMember = m.id;
    }
    QVERIFY(m_chairMember);
    const EditResult created =
        AccountService(doc).create({QStringLiteral("chair1"), QStringLiteral("Chair of region 1"),
                                    AccountRole::Chair, m_chairMember, kChairPassword});
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_base = m_contest->path();
    m_contest->close();
}

void TestBallotService::init()
{
    // Every test on its own copy of the demo, so no test sees another's scores.
    const QString path = m_contest->filePath(QStringLiteral("copy-%1.akc").arg(++m_copies));
    QVERIFY(QFile::copy(m_base, path));
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->open(path), qPrintable(m_doc->errorString()));
    m_service = std::make_unique<BallotService>(*m_doc);
}

void TestBallotService::cleanup()
{
    if (m_doc)
        QCOMPARE(m_doc->audit().verify(), QStringList());
    m_service.reset();
    m_doc.reset();
}

void TestBallotService::signIn(const QString &login, const QString &password)
{
    const EditResult result = m_doc->signIn(login, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

qint64 TestBallotService::criterion(const QString &code) const
{
    return m_doc->criteria().idOfCode(code);
}

EditResult TestBallotService::set(qint64 member, qint64 nominee, const QString &code,
                                  ScoreState state, double points, const QString &comment)
{
    return m_service->setCell(member, nominee, criterion(code), state, points, comment);
}

qint64 TestBallotService::scoreRows(qint64 member) const
{
    return ScoreRepository(m_doc->database().connection()).count(member);
}

void TestBallotService::fillBallot(qint64 member, int leaveOut)
{
    const BallotLayout layout = m_service->layout(member);
    int skip = leaveOut;
    for (const NomineeRow &row : layout.nominees) {
        for (const Criterion &c : layout.criteria) {
            if (layout.isConflict(row.nominee.id))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            const EditResult r =
                m_service->setCell(member, row.nominee.id, c.id, ScoreState::Entered, 7.5);
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
    }
}

void TestBallotService::permissions_data()
{
    QTest::addColumn<QString>("account"); // empty: nobody signed in
    QTest::addColumn<int>("whose");       // 0: m_member, 1: m_colleague, 2: m_chairMember
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("why");
    QTest::newRow("secretary, any member (paper)") << "secretary" << 0 << true << "";
    QTest::newRow("member, own") << "member" << 0 << true << "";
    QTest::newRow("member, a colleague's") << "member" << 1 << false << "only their own";
    QTest::newRow("member, another commission's") << "member" << 2 << false << "another commission";
    QTest::newRow("chair unbound") << "chair" << 0 << false << "not bound";
    QTest::newRow("chair bound, own") << "chair1" << 2 << true << "";
    QTest::newRow("chair bound, another's") << "chair1" << 0 << false << "another commission";
    QTest::newRow("anonymous") << "" << 0 << false << "Sign in";
}

void TestBallotService::permissions()
{
    QFETCH(QString, account);
    QFETCH(int, whose);
    QFETCH(bool, allowed);
    QFETCH(QString, why);
    if (account == QLatin1String("member"))
        signIn(login(m_member));
    else if (account == QLatin1String("chair1"))
        signIn(account, kChairPassword);
    else if (!account.isEmpty())
        signIn(account);
    const qint64 member = whose == 0 ? m_member : whose == 1 ? m_colleague : m_chairMember;
    const BallotLayout layout = m_service->layout(member);
    QVERIFY(!layout.nominees.isEmpty());
    const qint64 nominee = layout.nominees.constLast().nominee.id == m_conflictNominee
                               ? layout.nominees.constFirst().nominee.id
                               : layout.nominees.constLast().nominee.id;
    const qint64 audits = auditCount();

    const EditResult result = set(member, nominee, QStringLiteral("K1"), ScoreState::Entered, 6);
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(m_service->mayScore(member).isEmpty(), allowed);
    QCOMPARE(scoreRows(member), allowed ? 1 : 0);
    QCOMPARE(auditCount(), audits + (allowed ? 1 : 0));
    if (!allowed)
        QVERIFY2(result.message.contains(why), qPrintable(result.message));
    // Clearing and submitting are refused alike.
    if (!allowed) {
        QVERIFY(!m_service->clearCell(member, nominee, criterion(QStringLiteral("K1"))).ok());
        QVERIFY(!m_service->submit(member).ok());
        QCOMPARE(auditCount(), audits);
    }
    // The ballots the account may open are those it may write.
    bool listed = false;
    for (const Member &m : m_service->ballotsOfActor())
        listed = listed || m.id == member;
    QCOMPARE(listed, allowed);
}

void TestBallotService::onlySecretaryReopens_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("secretary") << "secretary" << true;
    QTest::newRow("the member") << "member" << false;
    QTest::newRow("chair") << "chair" << false;
    QTest::newRow("anonymous") << "" << false;
}

void TestBallotService::onlySecretaryReopens()
{
    QFETCH(QString, account);
    QFETCH(bool, allowed);
    signIn(login(m_colleague));
    fillBallot(m_colleague);
    const EditResult submitted = m_service->submit(m_colleague);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));
    m_doc->signOut();
    if (account == QLatin1String("member"))
        signIn(login(m_colleague));
    else if (!account.isEmpty())
        signIn(account);
    const EditResult result = m_service->reopen(m_colleague, QStringLiteral("a typo in K2"));
    QCOMPARE(result.ok(), allowed);
    QCOMPARE(m_service->ballot(m_colleague).isSubmitted(), !allowed);
}

void TestBallotService::secretaryTypesPaperBallot()
{
    signIn(QStringLiteral("secretary"));
    QVERIFY(set(m_colleague, m_nominee, QStringLiteral("K2"), ScoreState::Entered, 9).ok());
    const std::optional<ScoreCell> cell =
        ScoreRepository(m_doc->database().connection())
            .find(m_colleague, m_nominee, criterion(QStringLiteral("K2")));
    QVERIFY(cell);
    QCOMPARE(cell->points, 9.0);
    const AuditEntry last = m_doc->audit().entries().constLast();
    QCOMPARE(last.user, QStringLiteral("secretary"));
    QCOMPARE(last.action, QStringLiteral("score.set"));
}

void TestBallotService::commissionSecretaryHasNoBallot()
{
    signIn(QStringLiteral("secretary"));
    const EditResult result =
        set(m_commissionSecretary, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 5);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QLatin1String("does not score")), qPrintable(result.message));
    for (const Member &m : m_service->votingMembers())
        QVERIFY(m.role != MemberRole::Secretary);
}

void TestBallotService::rangeAndDecimals_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("0") << 0.0 << "";
    QTest::newRow("10") << 10.0 << "";
    QTest::newRow("7.55") << 7.55 << "";
    QTest::newRow("10.01") << 10.01 << "outside the allowed range 0–10";
    QTest::newRow("11") << 11.0 << "outside the allowed range 0–10";
    QTest::newRow("-1") << -1.0 << "outside the allowed range 0–10";
    QTest::newRow("7.555") << 7.555 << "at most two decimals";
    QTest::newRow("NaN") << std::nan("") << "as a number";
}

void TestBallotService::rangeAndDecimals()
{
    QFETCH(double, points);
    QFETCH(QString, problem);
    signIn(login(m_member));
    const EditResult result =
        set(m_member, m_nominee, QStringLiteral("K3"), ScoreState::Entered, points);
    QCOMPARE(result.ok(), problem.isEmpty());
    const std::optional<ScoreCell> stored =
        ScoreRepository(m_doc->database().connection())
            .find(m_member, m_nominee, criterion(QStringLiteral("K3")));
    if (problem.isEmpty()) {
        QVERIFY(stored);
        QCOMPARE(stored->points, points);
        return;
    }
    QVERIFY(!stored);
    QVERIFY2(result.message.contains(problem), qPrintable(result.message));
    // The message names the nominee and the criterion.
    QVERIFY(result.message.contains(m_doc->nominees().nominee(m_nominee).fullName));
    QVERIFY(result.message.contains(QLatin1String("K3")));
}

void TestBallotService::conflictCellOnlyRecused()
{
    signIn(login(m_member));
    for (ScoreState state : {ScoreState::Entered, ScoreState::Abstained}) {
        const EditResult r = set(m_member, m_conflictNominee, QStringLiteral("K1"), state, 5);
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(QLatin1String("conflict of interest")), qPrintable(r.message));
    }
    QCOMPARE(scoreRows(m_member), 0);
    QVERIFY(set(m_member, m_conflictNominee, QStringLiteral("K1"), ScoreState::Recused, 0,
                QStringLiteral("my cousin"))
                .ok());
    const std::optional<ScoreCell> cell =
        ScoreRepository(m_doc->database().connection())
            .find(m_member, m_conflictNominee, criterion(QStringLiteral("K1")));
    QVERIFY(cell);
    QCOMPARE(cell->state, ScoreState::Recused);
    QCOMPARE(cell->comment, QStringLiteral("my cousin"));
    // The secretary typing a paper ballot is held to the same rule.
    m_doc->signOut();
    signIn(QStringLiteral("secretary"));
    QVERIFY(!set(m_member, m_conflictNominee, QStringLiteral("K2"), ScoreState::Entered, 5).ok());
}

void TestBallotService::nomineeAndCriterionOfTheBallot()
{
    signIn(login(m_member));
    const EditResult otherRegion =
        set(m_member, m_otherNominee, QStringLiteral("K1"), ScoreState::Entered, 5);
    QVERIFY(!otherRegion.ok());
    QVERIFY2(otherRegion.message.contains(QLatin1String("not on the ballot")),
             qPrintable(otherRegion.message));
    for (const char *code : {"S1", "R1"}) {
        const EditResult r = set(m_member, m_nominee, QLatin1String(code), ScoreState::Entered, 3);
        QVERIFY2(!r.ok() && r.message.contains(QLatin1String("criterion")), qPrintable(r.message));
    }
    QCOMPARE(scoreRows(m_member), 0);
}

void TestBallotService::submitNeedsEveryCell()
{
    signIn(login(m_member));
    fillBallot(m_member, 2);
    const BallotLayout layout = m_service->layout(m_member);
    const EditResult refused = m_service->submit(m_member);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.startsWith(QStringLiteral("2 of %1 cell").arg(layout.cellCount())),
             qPrintable(refused.message));
    QVERIFY(!m_service->ballot(m_member).isSubmitted());
    // Abstaining counts as scored.
    QVERIFY(set(m_member,
                layout.nominees.at(0).nominee.id == m_conflictNominee
                    ? layout.nominees.at(1).nominee.id
                    : layout.nominees.at(0).nominee.id,
                QStringLiteral("K1"), ScoreState::Abstained)
                .ok());
    fillBallot(m_member);
    const BallotProgress progress = BallotService::progress(layout, m_service->cells(m_member));
    QCOMPARE(progress.scored, progress.cells);
    const EditResult submitted = m_service->submit(m_member);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));
    // The conflict's cells were written as recused, explicitly.
    for (const Criterion &c : layout.criteria) {
        const std::optional<ScoreCell> cell =
            ScoreRepository(m_doc->database().connection()).find(m_member, m_conflictNominee, c.id);
        QVERIFY(cell && cell->state == ScoreState::Recused);
    }
}

void TestBallotService::submitLocksAndReopenWithReason()
{
    signIn(login(m_member));
    fillBallot(m_member);
    QCOMPARE(m_service->ballot(m_member).version, 0);
    QVERIFY(m_service->submit(m_member).ok());
    Ballot ballot = m_service->ballot(m_member);
    QVERIFY(ballot.isSubmitted());
    QCOMPARE(ballot.version, 1);
    QCOMPARE(ballot.submittedBy, login(m_member));
    QCOMPARE(m_doc->audit().entries().constLast().action, QStringLiteral("ballot.submit"));

    const qint64 audits = auditCount();
    const EditResult locked =
        set(m_member, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 1);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.message.contains(QLatin1String("submitted")), qPrintable(locked.message));
    QVERIFY(!m_service->clearCell(m_member, m_nominee, criterion(QStringLiteral("K1"))).ok());
    QVERIFY(!m_service->submit(m_member).ok());
    QCOMPARE(auditCount(), audits);

    m_doc->signOut();
    signIn(QStringLiteral("secretary"));
    const EditResult noReason = m_service->reopen(m_member, QStringLiteral("   "));
    QVERIFY(!noReason.ok());
    QVERIFY2(noReason.message.contains(QLatin1String("reason")), qPrintable(noReason.message));
    QVERIFY(m_service->reopen(m_member, QStringLiteral("K1 of nominee 2 typed as 1")).ok());
    ballot = m_service->ballot(m_member);
    QVERIFY(!ballot.isSubmitted());
    QCOMPARE(ballot.version, 2);
    const AuditEntry reopened = m_doc->audit().entries().constLast();
    QCOMPARE(reopened.action, QStringLiteral("ballot.reopen"));
    QCOMPARE(reopened.reason, QStringLiteral("K1 of nominee 2 typed as 1"));
    QCOMPARE(reopened.user, QStringLiteral("secretary"));
    QVERIFY(!m_service->reopen(m_member, QStringLiteral("again")).ok()); // not submitted

    m_doc->signOut();
    signIn(login(m_member));
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 8).ok());
    QVERIFY(m_service->submit(m_member).ok());
    QCOMPARE(m_service->ballot(m_member).version, 3);
}

void TestBallotService::finalisedRegionRefuses()
{
    signIn(login(m_member));
    fillBallot(m_member);
    QVERIFY(m_service->submit(m_member).ok());
    const BallotLayout layout = m_service->layout(m_member);
    // Recorded as StageFinaliser would, without the ranking it checks.
    QCOMPARE(m_doc->runInTransaction([&] {
        Finalisation f;
        f.stage = StageKind::Regional;
        f.regionId = layout.commission.regionId;
        f.finalisedAt = sql::nowUtc();
        f.finalisedBy = QStringLiteral("chair");
        f.methodologyJson = QStringLiteral("{}");
        f.rankingSha256 = QString(64, QLatin1Char('0'));
        FinalisationRepository(m_doc->database().connection()).insert(f);
    }),
             QString());
    m_doc->signOut();
    signIn(QStringLiteral("secretary"));
    const EditResult reopen = m_service->reopen(m_member, QStringLiteral("late correction"));
    QVERIFY(!reopen.ok());
    QVERIFY2(reopen.message.contains(QLatin1String("finalised")), qPrintable(reopen.message));
    const EditResult colleague =
        set(m_colleague, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 5);
    QVERIFY(!colleague.ok());
    QVERIFY2(colleague.message.contains(QLatin1String("finalised")), qPrintable(colleague.message));
    QCOMPARE(scoreRows(m_colleague), 0);
}

void TestBallotService::everyWriteIsAudited()
{
    signIn(login(m_member));
    const qint64 k4 = criterion(QStringLiteral("K4"));
    qint64 audits = auditCount();
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K4"), ScoreState::Entered, 6).ok());
    QCOMPARE(auditCount(), ++audits);
    AuditEntry e = m_doc->audit().entries().constLast();
    QCOMPARE(e.action, QStringLiteral("score.set"));
    QCOMPARE(e.user, login(m_member));
    QCOMPARE(e.oldValue, QString());
    QVERIFY2(e.newValue.contains(QLatin1String("\"points\":6")), qPrintable(e.newValue));
    QVERIFY(e.newValue.contains(QLatin1String("\"criterion\":\"K4\"")));
    const QString uuid = e.objectUuid;

    QVERIFY(set(m_member, m_nominee, QStringLiteral("K4"), ScoreState::Entered, 6.5,
                QStringLiteral("strong project"))
                .ok());
    QCOMPARE(auditCount(), ++audits);
    e = m_doc->audit().entries().constLast();
    QCOMPARE(e.objectUuid, uuid); // the same cell, updated in place
    QVERIFY(e.oldValue.contains(QLatin1String("\"points\":6")));
    QVERIFY(e.newValue.contains(QLatin1String("\"points\":6.5")));
    QVERIFY(e.newValue.contains(QLatin1String("strong project")));

    // The same value again changes nothing and records nothing.
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K4"), ScoreState::Entered, 6.5,
                QStringLiteral("strong project"))
                .ok());
    QCOMPARE(auditCount(), audits);

    QVERIFY(set(m_member, m_nominee, QStringLiteral("K4"), ScoreState::Abstained).ok());
    QCOMPARE(auditCount(), ++audits);
    QVERIFY(m_doc->audit().entries().constLast().newValue.contains(QLatin1String("abstained")));

    QVERIFY(m_service->clearCell(m_member, m_nominee, k4).ok());
    QCOMPARE(auditCount(), ++audits);
    e = m_doc->audit().entries().constLast();
    QCOMPARE(e.action, QStringLiteral("score.clear"));
    QCOMPARE(e.newValue, QString());
    QCOMPARE(scoreRows(m_member), 0);
    // Started and emptied again: no ballot row is left to keep the member from being deleted.
    QVERIFY(!m_service->ballot(m_member).stored);
}

void TestBallotService::progressAndTotals()
{
    signIn(login(m_member));
    const BallotLayout layout = m_service->layout(m_member);
    QCOMPARE(layout.criteria.size(), 5); // K1–K5
    QVERIFY(layout.isConflict(m_conflictNominee));
    BallotProgress progress = BallotService::progress(layout, m_service->cells(m_member));
    QCOMPARE(progress.cells, layout.cellCount());
    int locked = 0; // the conflicts' rows are locked as recused
    for (const NomineeRow &row : layout.nominees)
        locked += layout.isConflict(row.nominee.id) ? 5 : 0;
    QVERIFY(locked >= 5);
    QCOMPARE(progress.scored, locked);
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 7.25).ok());
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K2"), ScoreState::Entered, 2).ok());
    QVERIFY(set(m_member, m_nominee, QStringLiteral("K3"), ScoreState::Abstained).ok());
    const QVector<ScoreCell> cells = m_service->cells(m_member);
    progress = BallotService::progress(layout, cells);
    QCOMPARE(progress.scored, locked + 3);
    QCOMPARE(progress.missing(), layout.cellCount() - locked - 3);
    const QHash<qint64, double> totals = BallotService::totals(layout, cells);
    QCOMPARE(totals.value(m_nominee), 9.25);
    QCOMPARE(totals.size(), 1);
}

void TestBallotService::republicanBallotScoresStageTwo()
{
    // Stage I ballots, so that stage I ranks and someone advances.
    QCOMPARE(m_doc->runInTransaction(
                 [&] { demo::DemoScores::fill(m_doc->database().connection(), 2020); }),
             QString());
    signIn(login(m_republican));
    const BallotLayout layout = m_service->layout(m_republican);
    QStringList codes;
    for (const Criterion &c : layout.criteria)
        codes << c.code;
    QCOMPARE(codes,
             QStringList({QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")}));
    // The field is what stage I advances now: at most one per region unless tied at the cut.
    const QSet<qint64> field = BallotLayout::stageTwoField(m_doc->database().connection());
    QCOMPARE(layout.nominees.size(), field.size());
    QVERIFY(!layout.nominees.isEmpty());
    const qint64 finalist = layout.nominees.constFirst().nominee.id;
    QVERIFY(set(m_republican, finalist, QStringLiteral("R2"), ScoreState::Entered, 8).ok());
    QVERIFY(!set(m_republican, finalist, QStringLiteral("K1"), ScoreState::Entered, 8).ok());
}

void TestBallotService::republicanFieldFromFinalisedRegions()
{
    // Every region finalised: the field is what the regions advanced, whatever the ballots say.
    QSet<qint64> advancing;
    QCOMPARE(m_doc->runInTransaction([&] {
        for (const Region &region : m_doc->geography().regions()) {
            Finalisation f;
            f.stage = StageKind::Regional;
            f.regionId = region.id;
            f.finalisedAt = sql::nowUtc();
            f.finalisedBy = QStringLiteral("chair");
            f.methodologyJson = QStringLiteral("{}");
            f.rankingSha256 = QString(64, QLatin1Char('0'));
            for (const NomineeRow &row : m_doc->nominees().rows()) {
                if (row.regionId == region.id && f.advancing.isEmpty() &&
                    row.nominee.status == NomineeStatus::Active)
                    f.advancing << row.nominee.id;
            }
            advancing.unite(QSet<qint64>(f.advancing.begin(), f.advancing.end()));
            FinalisationRepository(m_doc->database().connection()).insert(f);
        }
    }),
             QString());
    QCOMPARE(advancing.size(), 2);
    QSet<qint64> shown;
    for (const NomineeRow &row : m_service->layout(m_republican).nominees)
        shown.insert(row.nominee.id);
    QCOMPARE(shown, advancing);
    // Stage I is locked now; stage II is open.
    signIn(login(m_republican));
    QVERIFY(
        set(m_republican, *advancing.begin(), QStringLiteral("R1"), ScoreState::Entered, 9).ok());
    m_doc->signOut();
    signIn(login(m_member));
    QVERIFY(!set(m_member, m_nominee, QStringLiteral("K1"), ScoreState::Entered, 9).ok());
}

QTEST_GUILESS_MAIN(TestBallotService)
#include "tst_ballotservice.moc"
