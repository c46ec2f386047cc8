// Accounts: the first is the secretary's and signs in; only a secretary manages the others;
// signing in checks the Argon2id hash; no password or hash ever reaches the audit log; a
// deactivated account stops working at once; the last secretary stays.
#include "services/accountservice.h"
#include "services/passwords.h"
#include "storage/accountrepository.h"
#include "testsupport.h"

#include <QtTest>

using namespace akim;

class TestAccountService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstAccountIsTheSecretarys();
    void signInChecksThePassword();
    void onlyTheSecretaryManagesAccounts();
    void validation_data();
    void validation();
    void memberAccountsGetAPackageKey();
    void auditNeverHoldsASecret();
    void deactivationTakesEffect();
    void passwordChange();

private:
    ContestDocument &doc() { return m_contest->document(); }
    AccountService service() { return AccountService(doc()); }
    qint64 addMember(MemberRole role, const QString &name);
    void protect(); // secretary "sec" / "secret1", chair "chair", member "m1"

    std::unique_ptr<test::TemporaryContest> m_contest;
    qint64 m_chairMember = 0;
    qint64 m_plainMember = 0;
};

void TestAccountService::init()
{
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    m_chairMember = addMember(MemberRole::Chair, QStringLiteral("Әбенова Гүлнар"));
    m_plainMember = addMember(MemberRole::Member, QStringLiteral("Иванов Пётр"));
}

void TestAccountService::cleanup()
{
    m_contest.reset();
}

qint64 TestAccountService::addMember(MemberRole role, const QString &name)
{
    Member member;
    member.commissionId = doc().commissions().commissions().constFirst().id;
    member.fullName = name;
    member.role = role;
    const EditResult result = doc().addMember(member);
    if (!result.ok())
        qWarning("%s", qPrintable(result.message));
    for (const Member &m : doc().commissions().members(member.commissionId)) {
        if (m.fullName == name)
            return m.id;
    }
    return 0;
}

void TestAccountService::protect()
{
    QVERIFY(service()
                .create({QStringLiteral("sec"), QStringLiteral("Секретарь"), AccountRole::Secretary,
                         0, QStringLiteral("secret1")})
                .ok());
    QVERIFY(service()
                .create({QStringLiteral("chair"),
                         {},
                         AccountRole::Chair,
                         m_chairMember,
                         QStringLiteral("chair-pw")})
                .ok());
    QVERIFY(service()
                .create({QStringLiteral("m1"),
                         {},
                         AccountRole::Member,
                         m_plainMember,
                         QStringLiteral("member-pw")})
                .ok());
}

void TestAccountService::firstAccountIsTheSecretarys()
{
    QVERIFY(!doc().hasAccounts());
    const EditResult chairFirst = service().create(
        {QStringLiteral("chair"), {}, AccountRole::Chair, 0, QStringLiteral("pass")});
    QCOMPARE(chairFirst.message,
             QStringLiteral("The first account of a contest is its secretary's."));
    QCOMPARE(doc().accounts().count(), 0);

    QVERIFY(
        service()
            .create(
                {QStringLiteral("sec"), {}, AccountRole::Secretary, 0, QStringLiteral("secret1")})
            .ok());
    QVERIFY(doc().hasAccounts());
    QVERIFY(doc().account().has_value());
    QCOMPARE(doc().account()->login, QStringLiteral("sec"));
    QCOMPARE(doc().userName(), QStringLiteral("sec"));
    const Account stored = *doc().accounts().findByLogin(QStringLiteral("SEC"));
    QVERIFY(stored.passwordHash.startsWith(QLatin1String("$argon2id$")));
    QVERIFY(passwords::verify(stored.passwordHash, QStringLiteral("secret1")));
    QVERIFY(!passwords::verify(stored.passwordHash, QStringLiteral("secret2")));
}

void TestAccountService::signInChecksThePassword()
{
    protect();
    doc().signOut();
    QVERIFY(!doc().account());
    const EditResult wrong = doc().signIn(QStringLiteral("chair"), QStringLiteral("nope"));
    const EditResult unknown = doc().signIn(QStringLiteral("nobody"), QStringLiteral("chair-pw"));
    QVERIFY(!wrong.ok());
    // The same words, so that a guess does not learn which user names exist.
    QCOMPARE(unknown.message, wrong.message);
    QVERIFY(!doc().account());
    QVERIFY(doc().signIn(QStringLiteral("Chair"), QStringLiteral("chair-pw")).ok());
    QCOMPARE(doc().account()->role, AccountRole::Chair);
    QCOMPARE(doc().account()->memberId, m_chairMember);
}

void TestAccountService::onlyTheSecretaryManagesAccounts()
{
    protect();
    const AccountDraft extra{
        QStringLiteral("m2"), {}, AccountRole::Member, 0, QStringLiteral("pppp")};
    for (const QString &login : {QStringLiteral("chair"), QStringLiteral("m1")}) {
        doc().signOut();
        const QString password = login == QLatin1String("chair") ? QStringLiteral("chair-pw")
                                                                 : QStringLiteral("member-pw");
        QVERIFY(doc().signIn(login, password).ok());
        const EditResult refused = service().create(extra);
        QVERIFY2(refused.message.contains(QLatin1String("may not manage the accounts")),
                 qPrintable(refused.message));
        const qint64 sec = doc().accounts().findByLogin(QStringLiteral("sec"))->id;
        QVERIFY(!service().resetPassword(sec, QStringLiteral("hijack")).ok());
        QVERIFY(!service().setActive(sec, false).ok());
    }
    doc().signOut();
    // Nobody signed in on a protected file: refused too.
    QVERIFY(service().create(extra).message.startsWith(QLatin1String("Sign in")));
    QCOMPARE(doc().accounts().count(), 3);
    const Account sec = *doc().accounts().findByLogin(QStringLiteral("sec"));
    QVERIFY(passwords::verify(sec.passwordHash, QStringLiteral("secret1")));
    QVERIFY(sec.active);
}

void TestAccountService::validation_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("member"); // 0 none, 1 chair member, 2 plain member
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("taken") << "SEC" << int(AccountRole::Member) << 2 << "pass"
                           << "The user name SEC is already taken.";
    QTest::newRow("empty") << " " << int(AccountRole::Member) << 2 << "pass"
                           << "Enter a user name.";
    QTest::newRow("space") << "a b" << int(AccountRole::Member) << 2 << "pass"
                           << "A user name has no spaces.";
    QTest::newRow("short password") << "x" << int(AccountRole::Member) << 2 << "abc"
                                    << "A password has at least 4 character(s).";
    QTest::newRow("member without member") << "x" << int(AccountRole::Member) << 0 << "pass"
                                           << "Choose the commission member this account "
                                              "scores as.";
    QTest::newRow("chair bound to a plain member")
        << "x" << int(AccountRole::Chair) << 2 << "pass"
        << "Иванов Пётр is neither the chair nor the deputy chair of the commission.";
    QTest::newRow("member already has one") << "x" << int(AccountRole::Member) << 2 << "pass"
                                            << "Иванов Пётр already has the account m1.";
}

void TestAccountService::validation()
{
    QFETCH(QString, login);
    QFETCH(int, role);
    QFETCH(int, member);
    QFETCH(QString, password);
    QFETCH(QString, message);
    protect();
    doc().signOut();
    QVERIFY(doc().signIn(QStringLiteral("sec"), QStringLiteral("secret1")).ok());
    const qint64 memberId = member == 1 ? m_chairMember : member == 2 ? m_plainMember : 0;
    QCOMPARE(service().create({login, {}, AccountRole(role), memberId, password}).message, message);
    QCOMPARE(doc().accounts().count(), 3);
}

void TestAccountService::memberAccountsGetAPackageKey()
{
    protect();
    const Account member = *doc().accounts().findByLogin(QStringLiteral("m1"));
    const Account secretary = *doc().accounts().findByLogin(QStringLiteral("sec"));
    QCOMPARE(member.packageKey.size(), 64);
    QVERIFY(secretary.packageKey.isEmpty());
    // The key is the password's, not a random one: the member's app can derive it again.
    QCOMPARE(QString::fromLatin1(
                 passwords::derivePackageKey(QStringLiteral("member-pw"),
                                             QByteArray::fromHex(member.packageSalt.toLatin1()))
                     .toHex()),
             member.packageKey);
    QVERIFY(member.packageKey != member.passwordHash);
}

void TestAccountService::auditNeverHoldsASecret()
{
    protect();
    const qint64 m1 = doc().accounts().findByLogin(QStringLiteral("m1"))->id;
    QVERIFY(service().resetPassword(m1, QStringLiteral("fresh-pw")).ok());
    int accountEntries = 0;
    for (const AuditEntry &entry : doc().audit().entries()) {
        if (!entry.action.startsWith(QLatin1String("account.")))
            continue;
        ++accountEntries;
        // The first account is created by whoever set the contest up; the rest by "sec".
        if (accountEntries > 1)
            QCOMPARE(entry.user, QStringLiteral("sec"));
        for (const QString &field : {entry.oldValue, entry.newValue, entry.reason}) {
            QVERIFY(!field.contains(QLatin1String("argon2")));
            QVERIFY(!field.contains(QLatin1String("pw")));
            QVERIFY(!field.contains(QLatin1String("secret1")));
        }
    }
    QCOMPARE(accountEntries, 4); // three created, one password reset
    QVERIFY(doc().audit().verify().isEmpty());
}

void TestAccountService::deactivationTakesEffect()
{
    protect();
    const qint64 sec = doc().accounts().findByLogin(QStringLiteral("sec"))->id;
    const qint64 m1 = doc().accounts().findByLogin(QStringLiteral("m1"))->id;
    QCOMPARE(service().setActive(sec, false).message,
             QStringLiteral("You cannot deactivate the account you are signed in with."));
    QVERIFY(service().setActive(m1, false).ok());
    doc().signOut();
    QVERIFY(doc()
                .signIn(QStringLiteral("m1"), QStringLiteral("member-pw"))
                .message.contains(QLatin1String("deactivated")));

    // A member signed in elsewhere loses the right at the next check.
    QVERIFY(doc().signIn(QStringLiteral("sec"), QStringLiteral("secret1")).ok());
    QVERIFY(service().setActive(m1, true).ok());
    ContestDocument other;
    QVERIFY(other.open(m_contest->path()));
    QVERIFY(other.signIn(QStringLiteral("m1"), QStringLiteral("member-pw")).ok());
    QVERIFY(other.permit(Permission::ScoreOwnBallot).isEmpty());
    QVERIFY(service().setActive(m1, false).ok());
    QVERIFY(other.permit(Permission::ScoreOwnBallot).contains(QLatin1String("deactivated")));

    // The last active secretary cannot go, whoever asks.
    QVERIFY(
        service()
            .create(
                {QStringLiteral("sec2"), {}, AccountRole::Secretary, 0, QStringLiteral("second")})
            .ok());
    doc().signOut();
    QVERIFY(doc().signIn(QStringLiteral("sec2"), QStringLiteral("second")).ok());
    QVERIFY(service().setActive(sec, false).ok());
    QVERIFY(doc()
                .signIn(QStringLiteral("sec"), QStringLiteral("secret1"))
                .message.contains(QLatin1String("deactivated")));
    QVERIFY(doc().signIn(QStringLiteral("sec2"), QStringLiteral("second")).ok());
    const qint64 sec2 = doc().accounts().findByLogin(QStringLiteral("sec2"))->id;
    QVERIFY(service().setActive(sec, true).ok());
    doc().signOut();
    QVERIFY(doc().signIn(QStringLiteral("sec"), QStringLiteral("secret1")).ok());
    QVERIFY(service().setActive(sec2, false).ok());
    QCOMPARE(service().setActive(sec, false).message,
             QStringLiteral("You cannot deactivate the account you are signed in with."));
}

void TestAccountService::passwordChange()
{
    protect();
    doc().signOut();
    QVERIFY(doc().signIn(QStringLiteral("m1"), QStringLiteral("member-pw")).ok());
    QCOMPARE(
        service().changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("new-pass")).message,
        QStringLiteral("The current password is wrong."));
    const QString keyBefore = doc().accounts().findByLogin(QStringLiteral("m1"))->packageKey;
    QVERIFY(
        service().changeOwnPassword(QStringLiteral("member-pw"), QStringLiteral("new-pass")).ok());
    doc().signOut();
    QVERIFY(!doc().signIn(QStringLiteral("m1"), QStringLiteral("member-pw")).ok());
    QVERIFY(doc().signIn(QStringLiteral("m1"), QStringLiteral("new-pass")).ok());
    // A new password seals packages with a new key: packages sealed before must be resent.
    QVERIFY(doc().accounts().findByLogin(QStringLiteral("m1"))->packageKey != keyBefore);
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
