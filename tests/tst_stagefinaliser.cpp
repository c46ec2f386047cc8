// Finalising a result: recorded once with the SHA-256 of the very ranking `rank` prints, the
// region's inputs locked against every service, stage II only after every region, a tie at the
// cut only with the chair's decision, and the record itself immutable even to raw SQL.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "scoring/rankingengine.h"
#include "scoring/rankingjson.h"
#include "scoring/scoringinputloader.h"
#include "scoring/stagefinaliser.h"
#include "services/accountservice.h"
#include "services/integritychecker.h"
#include "storage/finalisationrepository.h"
#include "storage/sql.h"
#include "survey/surveyimporter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace akim;
using scoring::FinaliseRequest;
using scoring::StageFinaliser;

namespace {

NomineeDraft draftOf(const NomineeRow &row)
{
    NomineeDraft draft;
    draft.regionId = row.regionId;
    draft.districtId = row.districtId;
    draft.okrugId = row.nominee.okrugId;
    draft.fullName = row.nominee.fullName;
    draft.inOfficeSince = row.nominee.inOfficeSince;
    draft.status = row.nominee.status;
    draft.notes = row.nominee.notes;
    return draft;
}

// Only a chair finalises: sign in as the demo's contest-wide chair for it, then back as whoever
// was signed in, so that the edits a test makes around it are the secretary's.
scoring::FinaliseResult finaliseAsChair(ContestDocument &doc, const FinaliseRequest &request)
{
    const QString back = doc.account() ? doc.account()->login : QString();
    if (!doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok())
        return {QStringLiteral("the chair cannot sign in"), {}, {}, {}};
    const scoring::FinaliseResult result = StageFinaliser(doc).finalise(request);
    if (back.isEmpty())
        doc.signOut();
    else
        doc.signIn(back, demo::DemoAccounts::password());
    return result;
}

} // namespace

class TestStageFinaliser : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsWhatRankPrints();
    void locksTheRegionsInputs();
    void onlyOnce();
    void nationalAfterEveryRegion();
    void recordCannotBeChanged();
    void tieAtTheCutNeedsTheChair();

private:
    qint64 region(int index) const
    {
        return m_contest->document().geography().regions().at(index).id;
    }
    NomineeRow nomineeIn(qint64 regionId) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
};

void TestStageFinaliser::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 10;
    options.scores = true;
    options.surveyResponses = 800;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    QVERIFY(m_contest->document()
                .signIn(QStringLiteral("secretary"), demo::DemoAccounts::password())
                .ok());
}

void TestStageFinaliser::cleanup()
{
    m_contest.reset();
}

NomineeRow TestStageFinaliser::nomineeIn(qint64 regionId) const
{
    for (const NomineeRow &row : m_contest->document().nominees().rows()) {
        if (row.regionId == regionId && row.nominee.status == NomineeStatus::Active)
            return row;
    }
    return {};
}

void TestStageFinaliser::recordsWhatRankPrints()
{
    ContestDocument &doc = m_contest->document();
    const qint64 first = region(0);
    const scoring::FinaliseResult result = finaliseAsChair(doc, {StageKind::Regional, first, {}});
    QVERIFY2(result.ok(), qPrintable(result.error));

    // The same ranking, computed again independently of the finaliser, hashes the same.
    const scoring::ScoringInputLoader loader(doc.database().connection());
    QString error;
    const auto methodology = loader.methodology(&error);
    QVERIFY2(methodology, qPrintable(error));
    const scoring::Ranking ranking =
        scoring::RankingEngine::rank(loader.load(), *methodology, StageKind::Regional, first);
    const QByteArray json = scoring::RankingJson::toJsonBytes(
        ranking, *methodology, doc.geography().regions().at(0).nameRu);
    QCOMPARE(
        result.rankingSha256,
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(result.nominees, int(ranking.nominees.size()));
    QCOMPARE(result.advancing.size(), 1);
    QCOMPARE(ranking.find(result.advancing.first())->place, 1);

    const std::optional<Finalisation> stored =
        FinalisationRepository(doc.database().connection()).find(StageKind::Regional, first);
    QVERIFY(stored);
    QCOMPARE(stored->rankingSha256, result.rankingSha256);
    QCOMPARE(stored->advancing, result.advancing);
    QVERIFY(stored->methodologyJson.contains(QStringLiteral("K1")));
    const AuditEntry last = doc.audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("stage.finalise"));
    QVERIFY(last.newValue.contains(result.rankingSha256));
    QVERIFY(IntegrityChecker(doc.database()).problems().isEmpty());
    // The stage as a whole is still open: one region of two.
    QCOMPARE(sql::scalar(doc.database().connection(),
                         QStringLiteral("SELECT state FROM stage WHERE kind = 'regional'"))
                 .toString(),
             QStringLiteral("open"));
}

void TestStageFinaliser::locksTheRegionsInputs()
{
    ContestDocument &doc = m_contest->document();
    const NomineeRow locked = nomineeIn(region(0));
    const NomineeRow open = nomineeIn(region(1));
    NomineeDraft renamed = draftOf(locked);
    renamed.fullName += QStringLiteral(" (before)");
    QVERIFY(doc.editNominee(locked.nominee.id, renamed).ok()); // still open: fine
    QVERIFY(doc.undoStack()->canUndo());

    QVERIFY(doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok());
    QVERIFY(StageFinaliser(doc).finalise({StageKind::Regional, region(0), {}}).ok());
    QVERIFY(doc.signIn(QStringLiteral("secretary"), demo::DemoAccounts::password()).ok());
    // Nothing done before the finalisation can be undone across it (nor across signing in).
    QVERIFY(!doc.undoStack()->canUndo());

    renamed.fullName = locked.nominee.fullName + QStringLiteral(" (after)");
    const EditResult edit = doc.editNominee(locked.nominee.id, renamed);
    QVERIFY(!edit.ok());
    QVERIFY2(edit.message.contains(QStringLiteral("finalised")), qPrintable(edit.message));
    QVERIFY(!doc.removeNominees({locked.nominee.id}).ok());
    NomineeDraft added = draftOf(locked);
    added.okrugId = 0;
    added.newOkrugRu = QStringLiteral("Новый сельский округ");
    added.fullName = QStringLiteral("Новый Кандидат");
    QVERIFY(!doc.addNominee(added).ok());
    // The other region is not finalised: its nominees can still be corrected.
    NomineeDraft other = draftOf(open);
    other.notes = QStringLiteral("Уточнено.");
    QVERIFY(doc.editNominee(open.nominee.id, other).ok());
    // Stage I's criteria and survey data are locked as soon as one region is finalised.
    Criterion k1;
    for (const Criterion &c : doc.criteria().all()) {
        if (c.code == u"K1")
            k1 = c;
    }
    k1.weight = 2;
    QVERIFY(!doc.editCriterion(k1).ok());
    survey::ImportOptions options;
    options.filePath = QStringLiteral(AKIM_TEST_DATA_DIR "/import/googleforms.csv");
    options.actor = doc.actor(); // the secretary: refused for the lock, not the role
    QString importError;
    survey::SurveyImporter(doc.database().connection()).run(options, {}, &importError);
    QVERIFY2(importError.contains(QStringLiteral("finalised")), qPrintable(importError));
}

void TestStageFinaliser::onlyOnce()
{
    ContestDocument &doc = m_contest->document();
    QVERIFY(finaliseAsChair(doc, {StageKind::Regional, region(1), {}}).ok());
    const qint64 entries = doc.audit().count();
    const scoring::FinaliseResult again =
        finaliseAsChair(doc, {StageKind::Regional, region(1), {}});
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(QStringLiteral("already")), qPrintable(again.error));
    QCOMPARE(doc.audit().count(), entries);
    QVERIFY(!finaliseAsChair(doc, {StageKind::Regional, 0, {}}).ok());
}

void TestStageFinaliser::nationalAfterEveryRegion()
{
    ContestDocument &doc = m_contest->document();
    QVERIFY(finaliseAsChair(doc, {StageKind::Regional, region(0), {}}).ok());
    const scoring::FinaliseResult early = finaliseAsChair(doc, {StageKind::National, 0, {}});
    QVERIFY(!early.ok());
    QVERIFY2(early.error.contains(doc.geography().regions().at(1).nameRu), qPrintable(early.error));
    QVERIFY(finaliseAsChair(doc, {StageKind::Regional, region(1), {}}).ok());
    // Every region finalised: stage I as a whole is.
    QCOMPARE(sql::scalar(doc.database().connection(),
                         QStringLiteral("SELECT state FROM stage WHERE kind = 'regional'"))
                 .toString(),
             QStringLiteral("finalised"));
    // Stage II needs the republican commission's scores first (the demo has them: taken away
    // here, then given back).
    const QSqlDatabase db = doc.database().connection();
    sql::exec(db, QStringLiteral("CREATE TEMP TABLE national_scores AS SELECT s.* FROM score s "
                                 "JOIN criterion c ON c.id = s.criterion_id WHERE c.stage_kind = "
                                 "'national'"));
    QVERIFY(sql::scalar(db, QStringLiteral("SELECT count(*) FROM national_scores")).toInt() > 0);
    sql::exec(db, QStringLiteral("DELETE FROM score WHERE id IN (SELECT id FROM national_scores)"));
    const scoring::FinaliseResult unscored = finaliseAsChair(doc, {StageKind::National, 0, {}});
    QVERIFY(!unscored.ok());
    QVERIFY2(unscored.error.contains(QStringLiteral("scored")), qPrintable(unscored.error));
    sql::exec(db, QStringLiteral("INSERT INTO score SELECT * FROM national_scores"));
    const scoring::FinaliseResult national = finaliseAsChair(doc, {StageKind::National, 0, {}});
    QVERIFY2(national.ok(), qPrintable(national.error));
    QCOMPARE(national.advancing.size(), 2); // places 1 to 3 of the two regional winners
}

void TestStageFinaliser::recordCannotBeChanged()
{
    ContestDocument &doc = m_contest->document();
    QVERIFY(finaliseAsChair(doc, {StageKind::Regional, region(0), {}}).ok());
    QSqlQuery q(doc.database().connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE finalisation SET advancing_json = '[1]'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM finalisation")));
    QCOMPARE(FinalisationRepository(doc.database().connection()).all().size(), 1);
}

void TestStageFinaliser::tieAtTheCutNeedsTheChair()
{
    // Two nominees of one region with identical ballots and no survey: tied for the one seat.
    test::TemporaryContest contest;
    ContestDocument &doc = contest.document();
    QVERIFY(AccountService(doc)
                .create({QStringLiteral("secretary"),
                         {},
                         AccountRole::Secretary,
                         0,
                         demo::DemoAccounts::password()})
                .ok());
    QVERIFY(AccountService(doc)
                .create({QStringLiteral("chair"),
                         {},
                         AccountRole::Chair,
                         0,
                         demo::DemoAccounts::password()})
                .ok());
    const qint64 a =
        contest.addNominee(QStringLiteral("Кызылорда"), QStringLiteral("Аральский район"),
                           QStringLiteral("Аманоткельский с.о."), QStringLiteral("Ахметов Нурлан"));
    const qint64 b =
        contest.addNominee(QStringLiteral("Кызылорда"), QStringLiteral("Аральский район"),
                           QStringLiteral("Бекбаулинский с.о."), QStringLiteral("Бекова Айгерим"));
    QVERIFY(a > 0 && b > 0);
    const qint64 regionId = contest.regionId(QStringLiteral("Кызылорда"));
    qint64 commissionId = 0;
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.regionId == regionId)
            commissionId = c.id;
    }
    QVERIFY(commissionId > 0);
    for (int i = 0; i < 3; ++i) {
        Member m;
        m.commissionId = commissionId;
        m.fullName = QStringLiteral("Член комиссии %1").arg(i + 1);
        m.role = i == 0 ? MemberRole::Chair : MemberRole::Member;
        QVERIFY(doc.addMember(m).ok());
    }
    const QSqlDatabase db = doc.database().connection();
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO score (uuid, member_id, nominee_id, criterion_id, state, points, "
                  "updated_at) SELECT lower(hex(randomblob(16))), m.id, n.id, c.id, 'entered', "
                  "7, '2020-07-01T10:00:00Z' FROM member m, nominee n, criterion c WHERE "
                  "c.source = 'commission' AND c.stage_kind = 'regional'"));

    const scoring::FinaliseResult undecided =
        finaliseAsChair(doc, {StageKind::Regional, regionId, {}});
    QVERIFY(!undecided.ok());
    QVERIFY2(undecided.error.contains(QStringLiteral("Ахметов Нурлан")) &&
                 undecided.error.contains(QStringLiteral("Бекова Айгерим")),
             qPrintable(undecided.error));
    QVERIFY(!FinalisationRepository(db).isRegionFinalised(regionId));

    const scoring::FinaliseResult decided =
        finaliseAsChair(doc, {StageKind::Regional, regionId, {b}});
    QVERIFY2(decided.ok(), qPrintable(decided.error));
    QCOMPARE(decided.advancing, QVector<qint64>{b});
    QCOMPARE(FinalisationRepository(db).find(StageKind::Regional, regionId)->chairDecision,
             QVector<qint64>{b});
    // Every later recomputation keeps the chair's decision.
    const scoring::ScoringInputLoader loader(db);
    QString error;
    const auto methodology = loader.methodology(&error);
    QVERIFY2(methodology, qPrintable(error));
    const scoring::Ranking after =
        scoring::RankingEngine::rank(loader.load(), *methodology, StageKind::Regional, regionId);
    QVERIFY(after.find(b)->advances);
    QVERIFY(!after.find(a)->advances);
}

QTEST_GUILESS_MAIN(TestStageFinaliser)
#include "tst_stagefinaliser.moc"
