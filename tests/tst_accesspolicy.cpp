// Who may do what, proved at the service layer: the UI disables what a role may not do, but
// these calls go straight to the services, as a UI that forgot a button would.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "scoring/stagefinaliser.h"
#include "services/accesspolicy.h"
#include "services/accountservice.h"
#include "storage/surveyrepository.h"
#include "survey/surveyimporter.h"
#include "testsupport.h"

#include <QtTest>

using namespace akim;

class TestAccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roles_data();
    void roles();
    void anonymous();
    void setUpEditsRefusedBesideTheSecretary();
    void surveyImportsRefusedBesideTheSecretary();
    void finaliseOnlyByTheChairOfThatCommission();

private:
    ContestDocument &doc() { return m_contest->document(); }
    void signInAs(const QString &login);
    qint64 memberOf(qint64 commissionId, MemberRole role) const;

    std::unique_ptr<test::TemporaryContest> m_contest;
};

void TestAccessPolicy::initTestCase()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 6;
    options.scores = true;
    options.surveyResponses = 300;
    QCOMPARE(demo::DemoGenerator::generate(doc(), options), QString());
    QVERIFY(doc().hasAccounts());
    QVERIFY(!doc().account());
}

void TestAccessPolicy::signInAs(const QString &login)
{
    doc().signOut();
    const EditResult result = doc().signIn(login, demo::DemoAccounts::password());
    QVERIFY2(result.ok(), qPrintable(result.message));
}

qint64 TestAccessPolicy::memberOf(qint64 commissionId, MemberRole role) const
{
    for (const Member &m : m_contest->document().commissions().members(commissionId)) {
        if (m.role == role)
            return m.id;
    }
    return 0;
}

void TestAccessPolicy::roles_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("permission");
    QTest::addColumn<bool>("allowed");
    const QVector<std::pair<AccountRole, QVector<Permission>>> granted{
        {AccountRole::Secretary,
         {Permission::EditSetup, Permission::ManageAccounts, Permission::ImportData,
          Permission::ManageBallots, Permission::PrintReports}},
        {AccountRole::Chair,
         {Permission::Finalise, Permission::ScoreOwnBallot, Permission::PrintReports}},
        {AccountRole::Member, {Permission::ScoreOwnBallot}},
    };
    for (const auto &[role, permissions] : granted) {
        for (int p = int(Permission::EditSetup); p <= int(Permission::PrintReports); ++p) {
            QTest::addRow("%s %s", qPrintable(accountRoleKey(role)),
                          qPrintable(AccessPolicy::permissionName(Permission(p))))
                << int(role) << p << permissions.contains(Permission(p));
        }
    }
}

void TestAccessPolicy::roles()
{
    QFETCH(int, role);
    QFETCH(int, permission);
    QFETCH(bool, allowed);
    QCOMPARE(AccessPolicy::roleAllows(AccountRole(role), Permission(permission)), allowed);
}

void TestAccessPolicy::anonymous()
{
    // A file still being set up (no account): set-up and imports, and its first account.
    QVERIFY(AccessPolicy::anonymousAllows(Permission::EditSetup, false));
    QVERIFY(AccessPolicy::anonymousAllows(Permission::ManageAccounts, false));
    QVERIFY(!AccessPolicy::anonymousAllows(Permission::ManageAccounts, true));
    QVERIFY(!AccessPolicy::anonymousAllows(Permission::Finalise, false));
    QVERIFY(!AccessPolicy::anonymousAllows(Permission::ScoreOwnBallot, false));

    const QSqlDatabase db = doc().database().connection();
    QVERIFY(AccessPolicy::check(db, Actor{}, Permission::EditSetup)
                .startsWith(QLatin1String("Sign in")));
    Actor operatorActor;
    operatorActor.operatorRights = true;
    QVERIFY(AccessPolicy::check(db, operatorActor, Permission::ImportData).isEmpty());
    QVERIFY(!AccessPolicy::check(db, operatorActor, Permission::Finalise).isEmpty());
    QVERIFY(!AccessPolicy::check(db, operatorActor, Permission::ManageAccounts).isEmpty());
    QVERIFY(AccessPolicy::check(db, Actor{999999, false}, Permission::PrintReports)
                .contains(QLatin1String("no longer exists")));
}

void TestAccessPolicy::setUpEditsRefusedBesideTheSecretary()
{
    const qint64 regionId = doc().geography().regions().constFirst().id;
    const qint64 commissionId = doc().commissions().commissions().constFirst().id;
    const qint64 memberId = memberOf(commissionId, MemberRole::Member);
    const QString memberLogin = demo::DemoAccounts::memberLogin(memberId);
    const qint64 nomineesBefore = doc().nominees().count();
    const QString methodologyBefore = doc().contest().methodologyJson();
    const int auditBefore = int(doc().audit().count());
    for (const QString &login : {QStringLiteral("chair"), memberLogin}) {
        signInAs(login);
        NomineeDraft draft;
        draft.regionId = regionId;
        draft.districtId = doc().geography().districts(regionId).constFirst().id;
        draft.newOkrugRu = QStringLiteral("Новый округ");
        draft.fullName = QStringLiteral("Тестов Тест");
        const EditResult add = doc().addNominee(draft);
        QVERIFY2(add.message.contains(QLatin1String("may not change the contest's set-up")),
                 qPrintable(add.message));
        QVERIFY(!doc().setMethodology(methodologyBefore.toUtf8().replace("0.3", "0.4")).ok());
        Member extra;
        extra.commissionId = commissionId;
        extra.fullName = QStringLiteral("Лишний Член");
        QVERIFY(!doc().addMember(extra).ok());
        QVERIFY(!doc().removeMember(memberId).ok());
    }
    doc().signOut();
    QVERIFY(!doc().removeNominees({doc().nominees().rows().constFirst().nominee.id}).ok());
    QCOMPARE(doc().nominees().count(), nomineesBefore);
    QCOMPARE(doc().contest().methodologyJson(), methodologyBefore);
    QCOMPARE(int(doc().audit().count()), auditBefore);

    signInAs(QStringLiteral("secretary"));
    Member extra;
    extra.commissionId = commissionId;
    extra.fullName = QStringLiteral("Новый Член");
    QVERIFY(doc().addMember(extra).ok());
    QCOMPARE(doc().audit().entries().constLast().user, QStringLiteral("secretary"));
    doc().signOut();
}

void TestAccessPolicy::surveyImportsRefusedBesideTheSecretary()
{
    const QSqlDatabase db = doc().database().connection();
    const QVector<SurveyImportRecord> imports = SurveyRepository(db).imports();
    QVERIFY(!imports.isEmpty());
    const qint64 importId = imports.constFirst().id;
    const qint64 chair = doc().accounts().findByLogin(QStringLiteral("chair"))->id;
    const qint64 secretary = doc().accounts().findByLogin(QStringLiteral("secretary"))->id;
    survey::SurveyImporter importer(db);
    QVERIFY(importer.undoImport(importId, QStringLiteral("chair"), Actor{chair, false})
                .contains(QLatin1String("may not import data")));
    QVERIFY(importer.undoImport(importId, QStringLiteral("x"), Actor{})
                .startsWith(QLatin1String("Sign in")));
    QVERIFY(!SurveyRepository(db).importRecord(importId).isUndone());
    QCOMPARE(importer.undoImport(importId, QStringLiteral("secretary"), Actor{secretary, false}),
             QString());
    QVERIFY(SurveyRepository(db).importRecord(importId).isUndone());

    // A new import is refused before the file is even read.
    survey::ImportOptions options;
    options.filePath = m_contest->filePath(QStringLiteral("absent.csv"));
    options.actor = Actor{chair, false};
    QString error;
    importer.run(options, {}, &error);
    QVERIFY2(error.contains(QLatin1String("cannot be read")) ||
                 error.contains(QLatin1String("may not import")),
             qPrintable(error));
}

void TestAccessPolicy::finaliseOnlyByTheChairOfThatCommission()
{
    const QVector<Region> regions = doc().geography().regions();
    qint64 firstCommission = 0;
    qint64 secondCommission = 0;
    for (const Commission &c : doc().commissions().commissions()) {
        if (c.regionId == regions.at(0).id)
            firstCommission = c.id;
        if (c.regionId == regions.at(1).id)
            secondCommission = c.id;
    }
    // The demo's account of the second region's chair is a chair bound to that commission.
    const qint64 secondChair = memberOf(secondCommission, MemberRole::Chair);
    QVERIFY(secondChair != 0);
    const QString chair2 = demo::DemoAccounts::memberLogin(secondChair);
    QCOMPARE(doc().accounts().findByLogin(chair2)->role, AccountRole::Chair);
    signInAs(QStringLiteral("secretary"));

    scoring::FinaliseRequest request;
    request.stage = StageKind::Regional;
    request.regionId = regions.at(0).id;
    QVERIFY(scoring::StageFinaliser(doc()).finalise(request).error.contains(
        QLatin1String("may not finalise")));
    doc().signOut();
    signInAs(chair2);
    QVERIFY(scoring::StageFinaliser(doc()).finalise(request).error.contains(
        QLatin1String("another commission")));
    QVERIFY(!doc().contest().isStageFinalised(StageKind::Regional));
    QVERIFY(doc().permit(Permission::Finalise, secondCommission).isEmpty());
    QVERIFY(!doc().permit(Permission::Finalise, firstCommission).isEmpty());

    signInAs(QStringLiteral("chair")); // bound to no member: any commission
    const scoring::FinaliseResult done = scoring::StageFinaliser(doc()).finalise(request);
    QVERIFY2(done.ok(), qPrintable(done.error));
    QCOMPARE(doc().audit().entries().constLast().user, QStringLiteral("chair"));
}

QTEST_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
