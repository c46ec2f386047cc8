// DoubleEntryService, double entry of paper ballots: two secretaries type the same paper ballot
// with one disagreement, which compare() lists with both values and which keeps the ballot out
// of the score table and the rankings until it is resolved; then accept() writes and submits it.
// Also who may type which entry (two different secretaries, no member or chair), the switch
// that stops the secretary's direct typing, the reused cell validation, and that a refusal
// writes nothing (audit and score counts before and after).
#include "demo/demogenerator.h"
#include "scoring/scoringinputloader.h"
#include "services/accountservice.h"
#include "services/doubleentryservice.h"
#include "storage/finalisationrepository.h"
#include "storage/sql.h"
#include "testsupport.h"

#include <QFile>
#include <QtTest>

using namespace akim;
using scoring::ScoreState;

namespace {

const QString kPassword = QStringLiteral("demo");
const QString kSecond = QStringLiteral("secretary2");
const QString kSecondPassword = QStringLiteral("second-secretary-1");

} // namespace

class TestDoubleEntryService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void doubleEntryWithADisagreement();
    void typistCorrectsOwnEntry();
    void sameSecretaryForBothEntriesRefused();
    void othersRefused_data();
    void othersRefused();
    void switchStopsDirectTyping();
    void switchFrozenOnceFinalised();
    void cellsValidatedAsBallots();
    void missingCellsDisagree();
    void emptiedEntryIsReleased();
    void discardNeedsReason();
    void acceptedBallotLocksEntries();

private:
    void signIn(const QString &login, const QString &password = kPassword);
    // Types every cell of the member's ballot into `side` (points from `value`, a declared
    // conflict's cells left to submitting), except `leaveOut` cells at the end.
    void typeEntry(qint64 member, PaperSide side, int leaveOut = 0);
    static double value(int row, int column) { return (row * 3 + column) % 11; }
    qint64 criterion(const QString &code) const { return m_doc->criteria().idOfCode(code); }
    qint64 auditCount() const { return m_doc->audit().count(); }
    qint64 scoreCount() const
    {
        return sql::scalar(m_doc->database().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM score"))
            .toLongLong();
    }
    qint64 paperCount() const
    {
        return PaperEntryRepository(m_doc->database().connection()).cellCount();
    }
    QString rankingDigest();

    std::unique_ptr<test::TemporaryContest> m_contest;
    QString m_base;
    std::unique_ptr<ContestDocument> m_doc;
    std::unique_ptr<DoubleEntryService> m_service;
    int m_copies = 0;
    qint64 m_member = 0;  // a voting member of region 2, who declared a conflict
    qint64 m_nominee = 0; // a nominee of that region, without a conflict
    qint64 m_regionId = 0;
};

void TestDoubleEntryService::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 4;
    QCOMPARE(demo::DemoGenerator::generate(doc, options), QString());
    QSqlQuery conflict = sql::exec(doc.database().connection(),
                                   QStringLiteral("SELECT member_id, nominee_id FROM "
                                                  "member_conflict ORDER BY 1, 2 LIMIT 1"));
    QVERIFY2(conflict.next(), "the small demo declares a conflict");
    m_member = conflict.value(0).toLongLong();
    const BallotLayout layout = BallotService(doc).layout(m_member);
    m_regionId = layout.commission.regionId;
    for (const NomineeRow &row : layout.nominees) {
        if (!layout.isConflict(row.nominee.id) && m_nominee == 0)
            m_nominee = row.nominee.id;
    }
    QVERIFY(m_nominee);
    QVERIFY(doc.signIn(QStringLiteral("secretary"), kPassword).ok());
    const EditResult created = AccountService(doc).create(
        {kSecond, QStringLiteral("Second secretary"), AccountRole::Secretary, 0, kSecondPassword});
    QVERIFY2(created.ok(), qPrintable(created.message));
    m_base = m_contest->path();
    m_contest->close();
}

void TestDoubleEntryService::init()
{
    const QString path = m_contest->filePath(QStringLiteral("copy-%1.akc").arg(++m_copies));
    QVERIFY(QFile::copy(m_base, path));
    m_doc = std::make_unique<ContestDocument>();
    QVERIFY2(m_doc->open(path), qPrintable(m_doc->errorString()));
    m_service = std::make_unique<DoubleEntryService>(*m_doc);
}

void TestDoubleEntryService::cleanup()
{
    if (m_doc)
        QCOMPARE(m_doc->audit().verify(), QStringList());
    m_service.reset();
    m_doc.reset();
}

void TestDoubleEntryService::signIn(const QString &login, const QString &password)
{
    m_doc->signOut();
    const EditResult result = m_doc->signIn(login, password);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestDoubleEntryService::typeEntry(qint64 member, PaperSide side, int leaveOut)
{
    const BallotLayout layout = BallotService(*m_doc).layout(member);
    int cells = 0;
    for (const NomineeRow &row : layout.nominees)
        cells += layout.isConflict(row.nominee.id) ? 0 : int(layout.criteria.size());
    int typed = 0;
    for (int row = 0; row < layout.nominees.size(); ++row) {
        const qint64 nominee = layout.nominees.at(row).nominee.id;
        if (layout.isConflict(nominee))
            continue;
        for (int column = 0; column < layout.criteria.size(); ++column) {
            if (typed++ >= cells - leaveOut)
                return;
            const EditResult r =
                m_service->setCell(member, side, nominee, layout.criteria.at(column).id,
                                   ScoreState::Entered, value(row, column));
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
    }
}

QString TestDoubleEntryService::rankingDigest()
{
    // Every nominee's total and commission index, to 1e-9: what a protocol would print.
    const scoring::Ranking ranking = scoring::ScoringInputLoader(m_doc->database().connection())
                                         .rank(StageKind::Regional, m_regionId);
    QStringList parts;
    for (const scoring::NomineeResult &n : ranking.nominees)
        parts << QStringLiteral("%1:%2:%3:%4")
                     .arg(n.nomineeId)
                     .arg(n.place)
                     .arg(n.total, 0, 'f', 9)
                     .arg(n.components.commission, 0, 'f', 9);
    return parts.join(QLatin1Char(';'));
}

void TestDoubleEntryService::doubleEntryWithADisagreement()
{
    signIn(QStringLiteral("secretary"));
    QVERIFY(m_service->setRequired(true).ok());
    QVERIFY(m_service->isRequired());
    typeEntry(m_member, PaperSide::First);
    signIn(kSecond, kSecondPassword);
    typeEntry(m_member, PaperSide::Second);
    // The second secretary misreads one cell: K3 of the nominee.
    const qint64 k3 = criterion(QStringLiteral("K3"));
    const std::optional<ScoreCell> typed = PaperEntryRepository(m_doc->database().connection())
                                               .find(m_member, PaperSide::First, m_nominee, k3);
    QVERIFY(typed);
    const double right = typed->points;
    const double wrong = right == 9 ? 4 : 9;
    QVERIFY(
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k3, ScoreState::Entered, wrong)
            .ok());

    // compare lists exactly that cell, with both values.
    PaperComparison comparison = m_service->compare(m_member);
    QVERIFY(comparison.complete());
    QVERIFY(!comparison.agrees());
    QCOMPARE(comparison.first.typedBy, QStringLiteral("secretary"));
    QCOMPARE(comparison.second.typedBy, kSecond);
    QCOMPARE(comparison.disagreements.size(), 1);
    const PaperDisagreement d = comparison.disagreements.constFirst();
    QCOMPARE(d.nomineeId, m_nominee);
    QCOMPARE(d.criterionId, k3);
    QCOMPARE(d.criterion, QStringLiteral("K3"));
    QVERIFY(d.bothTyped());
    QCOMPARE(d.first->points, right);
    QCOMPARE(d.second->points, wrong);
    QCOMPARE(DoubleEntryService::valueText(d.second), BallotService::formatPoints(wrong));

    // Accepting is refused, and neither the score table nor the rankings change.
    const qint64 scores = scoreCount();
    const qint64 audits = auditCount();
    const QString ranking = rankingDigest();
    const EditResult refused = m_service->accept(m_member);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QLatin1String("disagree on 1 cell")),
             qPrintable(refused.message));
    QCOMPARE(scoreCount(), scores);
    QCOMPARE(ScoreRepository(m_doc->database().connection()).count(m_member), 0);
    QCOMPARE(auditCount(), audits);
    QCOMPARE(rankingDigest(), ranking);
    QVERIFY(!BallotService(*m_doc).ballot(m_member).isSubmitted());

    // Resolved with a reason: entry 2 takes entry 1's value.
    QVERIFY(
        !m_service->useValue(m_member, m_nominee, k3, PaperSide::First, QStringLiteral(" ")).ok());
    QCOMPARE(auditCount(), audits);
    const EditResult resolved = m_service->useValue(
        m_member, m_nominee, k3, PaperSide::First, QStringLiteral("the paper reads %1").arg(right));
    QVERIFY2(resolved.ok(), qPrintable(resolved.message));
    QCOMPARE(auditCount(), audits + 1);
    const AuditEntry resolve = m_doc->audit().entries().constLast();
    QCOMPARE(resolve.action, QStringLiteral("paper.resolve"));
    QCOMPARE(resolve.user, kSecond);
    QVERIFY(resolve.reason.startsWith(QLatin1String("the paper reads")));
    QVERIFY2(resolve.oldValue.contains(QStringLiteral("\"points\":%1").arg(wrong)),
             qPrintable(resolve.oldValue));
    QVERIFY2(resolve.newValue.contains(QStringLiteral("\"points\":%1").arg(right)),
             qPrintable(resolve.newValue));
    comparison = m_service->compare(m_member);
    QVERIFY(comparison.agrees());

    // Accepted: the agreed cells are the member's ballot, submitted, and count.
    const EditResult accepted = m_service->accept(m_member);
    QVERIFY2(accepted.ok(), qPrintable(accepted.message));
    const BallotLayout layout = BallotService(*m_doc).layout(m_member);
    QCOMPARE(ScoreRepository(m_doc->database().connection()).count(m_member),
             qint64(layout.cellCount())); // the conflict's cells written as recused
    const Ballot ballot = BallotService(*m_doc).ballot(m_member);
    QVERIFY(ballot.isSubmitted());
    QCOMPARE(ballot.submittedBy, kSecond);
    const std::optional<ScoreCell> saved =
        ScoreRepository(m_doc->database().connection()).find(m_member, m_nominee, k3);
    QVERIFY(saved);
    QCOMPARE(saved->points, right);
    QVERIFY(rankingDigest() != ranking);
    const QVector<AuditEntry> entries = m_doc->audit().entries();
    QCOMPARE(entries.constLast().action, QStringLiteral("paper.accept"));
    QVERIFY(entries.constLast().newValue.contains(QLatin1String("\"entry2_by\":\"secretary2\"")));
    QCOMPARE(entries.at(entries.size() - 2).action, QStringLiteral("ballot.submit"));
    QCOMPARE(entries.at(entries.size() - 3).action, QStringLiteral("score.set"));
    QCOMPARE(auditCount(), audits + 1 + layout.cellCount() + 2);
}

void TestDoubleEntryService::typistCorrectsOwnEntry()
{
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::First);
    signIn(kSecond, kSecondPassword);
    typeEntry(m_member, PaperSide::Second);
    const qint64 k1 = criterion(QStringLiteral("K1"));
    QVERIFY(
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Abstained).ok());
    const PaperComparison comparison = m_service->compare(m_member);
    QCOMPARE(comparison.disagreements.size(), 1);
    QCOMPARE(DoubleEntryService::valueText(comparison.disagreements.constFirst().second),
             QStringLiteral("abstained"));
    // The first secretary cannot touch entry 2; its own typist corrects it.
    signIn(QStringLiteral("secretary"));
    const qint64 audits = auditCount();
    const EditResult foreign =
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, 3);
    QVERIFY(!foreign.ok());
    QVERIFY2(foreign.message.contains(QLatin1String("another secretary")),
             qPrintable(foreign.message));
    QCOMPARE(auditCount(), audits);
    signIn(kSecond, kSecondPassword);
    const double right = m_service->compare(m_member).disagreements.constFirst().first->points;
    QVERIFY(
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, right)
            .ok());
    QCOMPARE(auditCount(), audits + 1);
    QCOMPARE(m_doc->audit().entries().constLast().action, QStringLiteral("paper.set"));
    QVERIFY(m_service->compare(m_member).agrees());
    QVERIFY(m_service->accept(m_member).ok());
}

void TestDoubleEntryService::sameSecretaryForBothEntriesRefused()
{
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::First);
    const qint64 audits = auditCount();
    const qint64 paper = paperCount();
    const qint64 k2 = criterion(QStringLiteral("K2"));
    const EditResult second =
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k2, ScoreState::Entered, 5);
    QVERIFY(!second.ok());
    QVERIFY2(second.message.contains(QLatin1String("You typed entry 1")) &&
                 second.message.contains(QLatin1String("another secretary")),
             qPrintable(second.message));
    QVERIFY(!m_service->mayType(m_member, PaperSide::Second).isEmpty());
    QVERIFY(m_service->mayType(m_member, PaperSide::First).isEmpty());
    QVERIFY(!m_service->clearCell(m_member, PaperSide::Second, m_nominee, k2).ok());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(paperCount(), paper);
    QVERIFY(!m_service->entry(m_member, PaperSide::Second).stored);

    // Vice versa: the typist of entry 2 may not type into entry 1.
    signIn(kSecond, kSecondPassword);
    const EditResult first =
        m_service->setCell(m_member, PaperSide::First, m_nominee, k2, ScoreState::Entered, 5);
    QVERIFY(!first.ok());
    QVERIFY2(first.message.contains(QLatin1String("typed by secretary")),
             qPrintable(first.message));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(paperCount(), paper);
}

void TestDoubleEntryService::othersRefused_data()
{
    QTest::addColumn<QString>("account"); // empty: nobody signed in
    QTest::addColumn<QString>("why");
    QTest::newRow("the member") << "member"
                                << "Member may not";
    QTest::newRow("chair") << "chair"
                           << "Chair may not";
    QTest::newRow("anonymous") << ""
                               << "Sign in";
}

void TestDoubleEntryService::othersRefused()
{
    QFETCH(QString, account);
    QFETCH(QString, why);
    // Entry 1 typed by a secretary, so that every action has something to act on.
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::First);
    m_doc->signOut();
    if (account == QLatin1String("member"))
        signIn(QStringLiteral("member%1").arg(m_member));
    else if (!account.isEmpty())
        signIn(account);
    const qint64 audits = auditCount();
    const qint64 paper = paperCount();
    const qint64 scores = scoreCount();
    const qint64 k1 = criterion(QStringLiteral("K1"));
    const QVector<EditResult> results{
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, 4),
        m_service->setCell(m_member, PaperSide::First, m_nominee, k1, ScoreState::Entered, 4),
        m_service->clearCell(m_member, PaperSide::First, m_nominee, k1),
        m_service->useValue(m_member, m_nominee, k1, PaperSide::First, QStringLiteral("x")),
        m_service->discard(m_member, PaperSide::First, QStringLiteral("x")),
        m_service->accept(m_member),
        m_service->setRequired(true),
    };
    for (const EditResult &r : results) {
        QVERIFY(!r.ok());
        QVERIFY2(r.message.contains(why), qPrintable(r.message));
    }
    QVERIFY(!m_service->mayType(m_member, PaperSide::Second).isEmpty());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(paperCount(), paper);
    QCOMPARE(scoreCount(), scores);
    QVERIFY(!m_service->isRequired());
}

void TestDoubleEntryService::switchStopsDirectTyping()
{
    BallotService ballots(*m_doc);
    const qint64 k1 = criterion(QStringLiteral("K1"));
    signIn(QStringLiteral("secretary"));
    QVERIFY(ballots.setCell(m_member, m_nominee, k1, ScoreState::Entered, 5).ok());
    qint64 audits = auditCount();
    QVERIFY(m_service->setRequired(true).ok());
    QVERIFY(m_service->setRequired(true).ok()); // already on: nothing to record
    QCOMPARE(auditCount(), audits + 1);
    const AuditEntry entry = m_doc->audit().entries().constLast();
    QCOMPARE(entry.action, QStringLiteral("paper.required"));
    QCOMPARE(entry.newValue, QStringLiteral("{\"double_entry\":true}"));
    audits = auditCount();
    const qint64 scores = scoreCount();

    // The secretary's direct typing of a paper ballot is refused, with the way to go.
    const EditResult direct = ballots.setCell(m_member, m_nominee, k1, ScoreState::Entered, 6);
    QVERIFY(!direct.ok());
    QVERIFY2(direct.message.contains(QLatin1String("double entry")), qPrintable(direct.message));
    QVERIFY(!ballots.clearCell(m_member, m_nominee, k1).ok());
    QVERIFY(!ballots.submit(m_member).ok());
    QVERIFY(!ballots.mayScore(m_member).isEmpty());
    QCOMPARE(scoreCount(), scores);
    QCOMPARE(auditCount(), audits);

    // A member scoring their own ballot is not affected.
    signIn(QStringLiteral("member%1").arg(m_member));
    QVERIFY(ballots.mayScore(m_member).isEmpty());
    QVERIFY(ballots.setCell(m_member, m_nominee, k1, ScoreState::Entered, 7).ok());

    // Off again: direct typing works again.
    signIn(QStringLiteral("secretary"));
    QVERIFY(m_service->setRequired(false).ok());
    QVERIFY(!m_service->isRequired());
    QVERIFY(ballots.setCell(m_member, m_nominee, k1, ScoreState::Entered, 8).ok());
}

void TestDoubleEntryService::switchFrozenOnceFinalised()
{
    signIn(QStringLiteral("secretary"));
    QCOMPARE(m_doc->runInTransaction([&] {
        Finalisation f;
        f.stage = StageKind::Regional;
        f.regionId = m_regionId;
        f.finalisedAt = sql::nowUtc();
        f.finalisedBy = QStringLiteral("chair");
        f.methodologyJson = QStringLiteral("{}");
        f.rankingSha256 = QString(64, QLatin1Char('0'));
        FinalisationRepository(m_doc->database().connection()).insert(f);
    }),
             QString());
    const qint64 audits = auditCount();
    const EditResult result = m_service->setRequired(true);
    QVERIFY(!result.ok());
    QVERIFY2(result.message.contains(QLatin1String("finalised")), qPrintable(result.message));
    QVERIFY(!m_service->isRequired());
    QCOMPARE(auditCount(), audits);
    // The finalised region's entries are locked as its ballots are.
    const EditResult typed =
        m_service->setCell(m_member, PaperSide::First, m_nominee, criterion(QStringLiteral("K1")),
                           ScoreState::Entered, 5);
    QVERIFY(!typed.ok());
    QVERIFY2(typed.message.contains(QLatin1String("finalised")), qPrintable(typed.message));
    QCOMPARE(paperCount(), 0);
}

void TestDoubleEntryService::cellsValidatedAsBallots()
{
    signIn(QStringLiteral("secretary"));
    const qint64 k1 = criterion(QStringLiteral("K1"));
    const qint64 audits = auditCount();
    const BallotLayout layout = BallotService(*m_doc).layout(m_member);
    // The same sentences as BallotService::validateCell, for the same mistakes.
    for (const double points : {11.0, -1.0, 7.555}) {
        const EditResult r = m_service->setCell(m_member, PaperSide::First, m_nominee, k1,
                                                ScoreState::Entered, points);
        QVERIFY(!r.ok());
        QCOMPARE(r.message, BallotService::validateCell(layout, m_nominee, k1, ScoreState::Entered,
                                                        points, QString()));
    }
    const qint64 conflict = *layout.conflicts.constBegin();
    const EditResult onConflict =
        m_service->setCell(m_member, PaperSide::First, conflict, k1, ScoreState::Entered, 5);
    QVERIFY(!onConflict.ok());
    QVERIFY2(onConflict.message.contains(QLatin1String("conflict of interest")),
             qPrintable(onConflict.message));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(paperCount(), 0);
    QVERIFY(!m_service->entry(m_member, PaperSide::First).stored);
    QVERIFY(m_service->setCell(m_member, PaperSide::First, conflict, k1, ScoreState::Recused).ok());
    // Rounded to the two decimals stored, as a ballot's cell.
    QVERIFY(m_service
                ->setCell(m_member, PaperSide::First, m_nominee, k1, ScoreState::Entered, 7.25,
                          QStringLiteral("  strong project  "))
                .ok());
    const std::optional<ScoreCell> cell = PaperEntryRepository(m_doc->database().connection())
                                              .find(m_member, PaperSide::First, m_nominee, k1);
    QVERIFY(cell);
    QCOMPARE(cell->points, 7.25);
    QCOMPARE(cell->comment, QStringLiteral("strong project"));
    const AuditEntry last = m_doc->audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("paper.set"));
    QCOMPARE(last.objectType, QStringLiteral("paper_entry"));
    QCOMPARE(last.objectUuid, m_service->entry(m_member, PaperSide::First).uuid);
    QVERIFY2(last.newValue.contains(QLatin1String("\"entry\":1")) &&
                 last.newValue.contains(QLatin1String("\"criterion\":\"K1\"")) &&
                 last.newValue.contains(QLatin1String("\"points\":7.25")),
             qPrintable(last.newValue));
    // The same value again changes nothing and records nothing.
    const qint64 after = auditCount();
    QVERIFY(m_service
                ->setCell(m_member, PaperSide::First, m_nominee, k1, ScoreState::Entered, 7.25,
                          QStringLiteral("strong project"))
                .ok());
    QCOMPARE(auditCount(), after);
}

void TestDoubleEntryService::missingCellsDisagree()
{
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::First);
    signIn(kSecond, kSecondPassword);
    typeEntry(m_member, PaperSide::Second, 2);
    const PaperComparison comparison = m_service->compare(m_member);
    QVERIFY(!comparison.complete());
    QCOMPARE(comparison.secondProgress.missing(), 2);
    QCOMPARE(comparison.disagreements.size(), 2);
    for (const PaperDisagreement &d : comparison.disagreements) {
        QVERIFY(d.first);
        QVERIFY(!d.second);
        QCOMPARE(DoubleEntryService::valueText(d.second), QStringLiteral("not typed"));
    }
    const qint64 audits = auditCount();
    const EditResult accept = m_service->accept(m_member);
    QVERIFY(!accept.ok());
    QVERIFY2(accept.message.contains(QLatin1String("Entry 2 of the ballot")) &&
                 accept.message.contains(QLatin1String("not complete")),
             qPrintable(accept.message));
    // A missing cell is typed, never copied from the other entry.
    const PaperDisagreement &missing = comparison.disagreements.constLast();
    const EditResult copied =
        m_service->useValue(m_member, missing.nomineeId, missing.criterionId, PaperSide::First,
                            QStringLiteral("same as entry 1"));
    QVERIFY(!copied.ok());
    QVERIFY2(copied.message.contains(QLatin1String("typed in both entries")),
             qPrintable(copied.message));
    QCOMPARE(auditCount(), audits);
    QCOMPARE(scoreCount(), 0);
}

void TestDoubleEntryService::emptiedEntryIsReleased()
{
    signIn(QStringLiteral("secretary"));
    const qint64 k1 = criterion(QStringLiteral("K1"));
    // Typed into entry 2 by mistake, and cleared again.
    QVERIFY(m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, 5)
                .ok());
    QVERIFY(!m_service->mayType(m_member, PaperSide::First).isEmpty());
    QVERIFY(m_service->clearCell(m_member, PaperSide::Second, m_nominee, k1).ok());
    QCOMPARE(m_doc->audit().entries().constLast().action, QStringLiteral("paper.clear"));
    QVERIFY(!m_service->entry(m_member, PaperSide::Second).stored);
    QVERIFY(m_service->mayType(m_member, PaperSide::First).isEmpty());
    signIn(kSecond, kSecondPassword);
    QVERIFY(m_service->mayType(m_member, PaperSide::Second).isEmpty());
}

void TestDoubleEntryService::discardNeedsReason()
{
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::Second); // meant to be entry 1
    const qint64 audits = auditCount();
    const qint64 paper = paperCount();
    QVERIFY(!m_service->discard(m_member, PaperSide::Second, QString()).ok());
    QVERIFY(!m_service->discard(m_member, PaperSide::First, QStringLiteral("x")).ok());
    QCOMPARE(auditCount(), audits);
    QCOMPARE(paperCount(), paper);
    // Any secretary may discard it, with the reason.
    signIn(kSecond, kSecondPassword);
    QVERIFY(m_service
                ->discard(m_member, PaperSide::Second,
                          QStringLiteral("typed as entry 2 by "
                                         "mistake"))
                .ok());
    QCOMPARE(paperCount(), 0);
    QCOMPARE(auditCount(), audits + 1);
    const AuditEntry last = m_doc->audit().entries().constLast();
    QCOMPARE(last.action, QStringLiteral("paper.discard"));
    QCOMPARE(last.reason, QStringLiteral("typed as entry 2 by mistake"));
    QVERIFY(last.oldValue.contains(QLatin1String("\"typed_by\":\"secretary\"")));
    signIn(QStringLiteral("secretary"));
    QVERIFY(m_service->mayType(m_member, PaperSide::First).isEmpty());
}

void TestDoubleEntryService::acceptedBallotLocksEntries()
{
    signIn(QStringLiteral("secretary"));
    typeEntry(m_member, PaperSide::First);
    signIn(kSecond, kSecondPassword);
    typeEntry(m_member, PaperSide::Second);
    QVERIFY(m_service->accept(m_member).ok());
    const qint64 audits = auditCount();
    const qint64 k1 = criterion(QStringLiteral("K1"));
    const EditResult typed =
        m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, 1);
    QVERIFY(!typed.ok());
    QVERIFY2(typed.message.contains(QLatin1String("submitted")), qPrintable(typed.message));
    const EditResult again = m_service->accept(m_member);
    QVERIFY(!again.ok());
    QVERIFY2(again.message.contains(QLatin1String("submitted")), qPrintable(again.message));
    QCOMPARE(auditCount(), audits);
    // Reopened by the secretary, a corrected entry is accepted again.
    QVERIFY(BallotService(*m_doc).reopen(m_member, QStringLiteral("K1 misread")).ok());
    signIn(QStringLiteral("secretary"));
    QVERIFY(
        m_service->setCell(m_member, PaperSide::First, m_nominee, k1, ScoreState::Entered, 1).ok());
    signIn(kSecond, kSecondPassword);
    QVERIFY(m_service->setCell(m_member, PaperSide::Second, m_nominee, k1, ScoreState::Entered, 1)
                .ok());
    QVERIFY(m_service->accept(m_member).ok());
    QCOMPARE(ScoreRepository(m_doc->database().connection()).find(m_member, m_nominee, k1)->points,
             1.0);
    QCOMPARE(BallotService(*m_doc).ballot(m_member).version, 3);
}

QTEST_MAIN(TestDoubleEntryService)
#include "tst_doubleentryservice.moc"
