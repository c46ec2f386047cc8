#include "services/contestdocument.h"
#include "storage/sql.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;

class TestContestDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createFromTemplate();
    void addNomineeWithNewPlaceUndoRedo();
    void nomineeValidation();
    void editNomineeUndoRestoresValues();
    void removeNomineesUndoKeepsIdentity();
    void removeRefusedWhenScored();
    void criterionEditsAndValidation();
    void moveCriterionReordersWithinStage();
    void memberRolesAndConflicts();
    void auditChainCoversEveryEdit();
    void readOnlyDocumentRefusesEdits();

private:
    NomineeDraft draftInNewPlace(const QString &name, const QString &okrug) const;
    qint64 firstRegionId() const { return m_doc->geography().regions().first().id; }

    QTemporaryDir m_dir;
    ContestDocument *m_doc = nullptr;
    int m_fileNo = 0;
};

void TestContestDocument::init()
{
    m_doc = new ContestDocument;
    m_doc->setUserName(QStringLiteral("secretary"));
    QVERIFY2(m_doc->create(m_dir.filePath(QStringLiteral("c%1.akc").arg(++m_fileNo))),
             qPrintable(m_doc->errorString()));
}

void TestContestDocument::cleanup()
{
    delete m_doc;
    m_doc = nullptr;
}

NomineeDraft TestContestDocument::draftInNewPlace(const QString &name, const QString &okrug) const
{
    NomineeDraft d;
    d.regionId = firstRegionId();
    d.newDistrictRu = QStringLiteral("Аягозский район");
    d.newDistrictKk = QStringLiteral("Аягөз ауданы");
    d.newOkrugRu = okrug;
    d.fullName = name;
    d.inOfficeSince = QDate(2021, 3, 15);
    return d;
}

void TestContestDocument::createFromTemplate()
{
    const ContestCounts c = m_doc->contest().counts();
    QCOMPARE(c.regions, 17);
    QCOMPARE(c.commissions, 18);
    QCOMPARE(c.criteria, 15);
    QCOMPARE(c.nominees, 0);
    QCOMPARE(m_doc->contest().contest().templateName, QStringLiteral("uzdik-auyl-akimi-2020"));
    const QVector<Criterion> criteria = m_doc->criteria().all();
    QCOMPARE(criteria.first().code, QStringLiteral("S1"));
    QCOMPARE(criteria.last().code, QStringLiteral("R3"));
    QCOMPARE(criteria.last().stage, StageKind::National);
    QVERIFY(m_doc->contest().methodologyJson().contains(QStringLiteral("trimmed_mean")));
    QCOMPARE(m_doc->geography().regions().at(10).nameKk, QStringLiteral("Қызылорда облысы"));
}

void TestContestDocument::addNomineeWithNewPlaceUndoRedo()
{
    QSignalSpy changed(m_doc, &ContestDocument::nomineesChanged);
    const EditResult result = m_doc->addNominee(draftInNewPlace(
        QStringLiteral("Сейтқали Айгүл Бекенқызы"), QStringLiteral("Мадениетский с.о.")));
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->nominees().count(), 1);
    const NomineeRow row = m_doc->nominees().rows().first();
    QCOMPARE(row.nominee.fullName, QStringLiteral("Сейтқали Айгүл Бекенқызы"));
    QCOMPARE(row.okrugRu, QStringLiteral("Мадениетский с.о."));
    QCOMPARE(row.districtKk, QStringLiteral("Аягөз ауданы"));
    QCOMPARE(row.nominee.inOfficeSince, QDate(2021, 3, 15));
    const QString uuid = row.nominee.uuid;

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->nominees().count(), 0);
    QCOMPARE(m_doc->geography().okrugCount(), 0);
    QCOMPARE(m_doc->geography().districtCount(), 0);

    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->nominees().count(), 1);
    QCOMPARE(m_doc->nominees().rows().first().nominee.uuid, uuid);
    QCOMPARE(m_doc->geography().okrugCount(), 1);
}

void TestContestDocument::nomineeValidation()
{
    NomineeDraft empty = draftInNewPlace(QStringLiteral("   "), QStringLiteral("Х с.о."));
    QVERIFY(m_doc->addNominee(empty).message.contains(QStringLiteral("full name")));

    NomineeDraft future =
        draftInNewPlace(QStringLiteral("Ахметов Ерлан"), QStringLiteral("Х с.о."));
    future.inOfficeSince = QDate::currentDate().addDays(3);
    QVERIFY(m_doc->addNominee(future).message.contains(QStringLiteral("future")));

    NomineeDraft badKato =
        draftInNewPlace(QStringLiteral("Ахметов Ерлан"), QStringLiteral("Х с.о."));
    badKato.newOkrugKato = QStringLiteral("12345");
    QVERIFY(m_doc->addNominee(badKato).message.contains(QStringLiteral("9 digits")));

    QVERIFY(
        m_doc
            ->addNominee(draftInNewPlace(QStringLiteral("Ахметов Ерлан"), QStringLiteral("Х с.о.")))
            .ok());
    // One nominee per okrug.
    NomineeDraft second;
    second.okrugId = m_doc->geography().okrugs().first().id;
    second.fullName = QStringLiteral("Иванов Сергей");
    const EditResult refused = m_doc->addNominee(second);
    QVERIFY(refused.message.contains(QStringLiteral("already has a nominee")));
    QVERIFY(refused.message.contains(QStringLiteral("Ахметов Ерлан")));
    QCOMPARE(m_doc->nominees().count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
}

void TestContestDocument::editNomineeUndoRestoresValues()
{
    QVERIFY(
        m_doc
            ->addNominee(draftInNewPlace(QStringLiteral("Ахметов Ерлан"), QStringLiteral("Х с.о.")))
            .ok());
    const NomineeRow before = m_doc->nominees().rows().first();
    NomineeDraft edit;
    edit.okrugId = before.nominee.okrugId;
    edit.fullName = QStringLiteral("Әбілқасымов  Ерлан   Серікұлы");
    edit.status = NomineeStatus::Withdrawn;
    QVERIFY(m_doc->editNominee(before.nominee.id, edit).ok());
    Nominee after = m_doc->nominees().nominee(before.nominee.id);
    QCOMPARE(after.fullName, QStringLiteral("Әбілқасымов Ерлан Серікұлы")); // spaces normalised
    QCOMPARE(after.status, NomineeStatus::Withdrawn);
    QVERIFY(!after.inOfficeSince.isValid());

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->nominees().nominee(before.nominee.id), before.nominee);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->nominees().nominee(before.nominee.id).status, NomineeStatus::Withdrawn);
    // An edit that changes nothing leaves no undo step.
    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->editNominee(before.nominee.id, edit).ok());
    QCOMPARE(m_doc->undoStack()->count(), steps);
}

void TestContestDocument::removeNomineesUndoKeepsIdentity()
{
    QVERIFY(
        m_doc->addNominee(draftInNewPlace(QStringLiteral("А А"), QStringLiteral("А с.о."))).ok());
    NomineeDraft second;
    second.regionId = firstRegionId();
    second.districtId = m_doc->geography().districts().first().id;
    second.newOkrugRu = QStringLiteral("Б с.о.");
    second.fullName = QStringLiteral("Б Б");
    QVERIFY2(m_doc->addNominee(second).ok(), qPrintable(m_doc->addNominee(second).message));
    const QVector<NomineeRow> before = m_doc->nominees().rows();
    QCOMPARE(before.size(), 2);

    QVERIFY(m_doc->removeNominees({before[0].nominee.id, before[1].nominee.id}).ok());
    QCOMPARE(m_doc->nominees().count(), 0);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete 2 nominee(s)"));
    m_doc->undoStack()->undo();
    const QVector<NomineeRow> restored = m_doc->nominees().rows();
    QCOMPARE(restored.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(restored[i].nominee, before[i].nominee);
}

void TestContestDocument::removeRefusedWhenScored()
{
    QVERIFY(
        m_doc->addNominee(draftInNewPlace(QStringLiteral("А А"), QStringLiteral("А с.о."))).ok());
    const qint64 nomineeId = m_doc->nominees().rows().first().nominee.id;
    Member member;
    member.commissionId = m_doc->commissions().commissions().first().id;
    member.fullName = QStringLiteral("Жақыпов Нұржан");
    QVERIFY(m_doc->addMember(member).ok());
    const qint64 memberId = m_doc->commissions().members().first().id;
    const qint64 criterionId = m_doc->criteria().idOfCode(QStringLiteral("K1"));
    sql::exec(m_doc->database().connection(),
              QStringLiteral("INSERT INTO score (uuid, member_id, nominee_id, criterion_id, state, "
                             "points, updated_at) VALUES (?, ?, ?, ?, 'entered', 7, 'now')"),
              {sql::newUuid(), memberId, nomineeId, criterionId});
    const EditResult refused = m_doc->removeNominees({nomineeId});
    QVERIFY(refused.message.contains(QStringLiteral("withdrawn")));
    QCOMPARE(m_doc->nominees().count(), 1);
    QVERIFY(m_doc->removeCriterion(criterionId).message.contains(QStringLiteral("K1")));
    QVERIFY(!m_doc->removeMember(memberId).ok());
}

void TestContestDocument::criterionEditsAndValidation()
{
    Criterion c;
    c.code = QStringLiteral("K6");
    c.titleRu = QStringLiteral("Цифровизация");
    c.titleKk = QStringLiteral("Цифрландыру");
    c.maxPoints = 10;
    QVERIFY(m_doc->addCriterion(c).ok());
    const qint64 id = m_doc->criteria().idOfCode(QStringLiteral("K6"));
    QVERIFY(id > 0);
    QCOMPARE(m_doc->criteria().criterion(id).sortOrder, 13); // after S1–S6, E1, K1–K5

    Criterion duplicate = c;
    duplicate.code = QStringLiteral("K1");
    QVERIFY(m_doc->addCriterion(duplicate).message.contains(QStringLiteral("already used")));
    Criterion zero = c;
    zero.code = QStringLiteral("K7");
    zero.maxPoints = 0;
    QVERIFY(!m_doc->addCriterion(zero).ok());
    Criterion negative = c;
    negative.code = QStringLiteral("K7");
    negative.weight = -1;
    QVERIFY(!m_doc->addCriterion(negative).ok());

    Criterion edited = m_doc->criteria().criterion(id);
    edited.weight = 2.5;
    QVERIFY(m_doc->editCriterion(edited).ok());
    QCOMPARE(m_doc->criteria().criterion(id).weight, 2.5);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->criteria().criterion(id).weight, 1.0);
    QVERIFY(m_doc->removeCriterion(id).ok());
    QCOMPARE(m_doc->criteria().idOfCode(QStringLiteral("K6")), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->criteria().idOfCode(QStringLiteral("K6")), id);
}

void TestContestDocument::moveCriterionReordersWithinStage()
{
    auto codes = [this](StageKind stage) {
        QStringList result;
        for (const Criterion &c : m_doc->criteria().all()) {
            if (c.stage == stage)
                result << c.code;
        }
        return result.join(QLatin1Char(' '));
    };
    QCOMPARE(codes(StageKind::National), QStringLiteral("R1 R2 R3"));
    QVERIFY(m_doc->moveCriterion(m_doc->criteria().idOfCode(QStringLiteral("R3")), 0).ok());
    QCOMPARE(codes(StageKind::National), QStringLiteral("R3 R1 R2"));
    QVERIFY(m_doc->moveCriterion(m_doc->criteria().idOfCode(QStringLiteral("K5")), 6).ok());
    QCOMPARE(codes(StageKind::Regional), QStringLiteral("S1 S2 S3 S4 S5 S6 K5 E1 K1 K2 K3 K4"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(codes(StageKind::National), QStringLiteral("R1 R2 R3"));
    QCOMPARE(codes(StageKind::Regional), QStringLiteral("S1 S2 S3 S4 S5 S6 E1 K1 K2 K3 K4 K5"));
}

void TestContestDocument::memberRolesAndConflicts()
{
    const qint64 commissionId = m_doc->commissions().commissions().first().id;
    Member chair;
    chair.commissionId = commissionId;
    chair.fullName = QStringLiteral("Сейтқали Айгүл");
    chair.role = MemberRole::Chair;
    QVERIFY(m_doc->addMember(chair).ok());
    Member secondChair = chair;
    secondChair.fullName = QStringLiteral("Иванов Сергей");
    QVERIFY(m_doc->addMember(secondChair).message.contains(QStringLiteral("already has a chair")));
    secondChair.role = MemberRole::Member;
    QVERIFY(m_doc->addMember(secondChair).ok());
    QCOMPARE(m_doc->commissions().members(commissionId).size(), 2);

    QVERIFY(
        m_doc->addNominee(draftInNewPlace(QStringLiteral("А А"), QStringLiteral("А с.о."))).ok());
    const qint64 nomineeId = m_doc->nominees().rows().first().nominee.id;
    const qint64 memberId = m_doc->commissions().members(commissionId).last().id;
    QVERIFY(
        m_doc->setConflicts(memberId, {{memberId, nomineeId, QStringLiteral("родственник")}}).ok());
    QCOMPARE(m_doc->commissions().conflicts(memberId).size(), 1);
    QCOMPARE(m_doc->commissions().conflicts(memberId).first().reason,
             QStringLiteral("родственник"));

    // Deleting the member takes the conflicts along; undo brings both back.
    QVERIFY(m_doc->removeMember(memberId).ok());
    QCOMPARE(m_doc->commissions().conflicts(memberId).size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->commissions().member(memberId).fullName, QStringLiteral("Иванов Сергей"));
    QCOMPARE(m_doc->commissions().conflicts(memberId).size(), 1);
    m_doc->undoStack()->undo(); // the conflict declaration
    QCOMPARE(m_doc->commissions().conflicts(memberId).size(), 0);
}

void TestContestDocument::auditChainCoversEveryEdit()
{
    const qint64 start = m_doc->audit().count();
    QCOMPARE(start, 1); // contest.create
    QVERIFY(
        m_doc->addNominee(draftInNewPlace(QStringLiteral("А А"), QStringLiteral("А с.о."))).ok());
    m_doc->undoStack()->undo();
    const QVector<AuditEntry> entries = m_doc->audit().entries();
    QStringList actions;
    for (const AuditEntry &e : entries)
        actions << e.action + QLatin1Char('/') + e.reason;
    QCOMPARE(actions.join(QLatin1Char(' ')),
             QStringLiteral("contest.create/ district.create/ okrug.create/ nominee.create/ "
                            "nominee.delete/undo okrug.delete/undo district.delete/undo"));
    QCOMPARE(entries[3].user, QStringLiteral("secretary"));
    QVERIFY(entries[3].newValue.contains(QStringLiteral("\"full_name\":\"А А\"")));
    QVERIFY(m_doc->audit().verify().isEmpty());
}

void TestContestDocument::readOnlyDocumentRefusesEdits()
{
    const QString path = m_doc->path();
    m_doc->close();
    QVERIFY(m_doc->open(path, Database::Mode::ReadOnly));
    const EditResult result =
        m_doc->addNominee(draftInNewPlace(QStringLiteral("А А"), QStringLiteral("А с.о.")));
    QVERIFY(result.message.contains(QStringLiteral("read-only")));
    QCOMPARE(m_doc->nominees().count(), 0);
}

QTEST_GUILESS_MAIN(TestContestDocument)
#include "tst_contestdocument.moc"
