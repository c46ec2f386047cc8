#include "demo/demogenerator.h"
#include "services/contestdocument.h"
#include "storage/sql.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace akim;
using akim::demo::DemoGenerator;
using akim::demo::DemoOptions;

namespace {

bool hasKazakhLetter(const QString &text)
{
    static const QString letters = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    for (const QChar c : text) {
        if (letters.contains(c))
            return true;
    }
    return false;
}

DemoOptions small()
{
    DemoOptions options;
    options.regions = 3;
    options.nomineesPerRegion = 5;
    return options;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void smallDemoCounts();
    void commissionsHaveOneChairAndOneSecretary();
    void everyOkrugHasOneNominee();
    void namesAreKazakh();
    void nomineeDetailsArePlausible();
    void sameSeedSameNames();
    void otherSeedOtherNames();
    void auditChainVerifies();
    void conflictsOfInterest();
    void realisticDefault();
    void refusesBadOptions_data();
    void refusesBadOptions();
    void refusesFilledContest();

private:
    std::unique_ptr<ContestDocument> create(const QString &name);
    std::unique_ptr<ContestDocument> demo(const QString &name, const DemoOptions &options);
    static qint64 scalar(ContestDocument &doc, const QString &statement);
    static QStringList names(ContestDocument &doc);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDemoGenerator::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<ContestDocument> TestDemoGenerator::create(const QString &name)
{
    auto doc = std::make_unique<ContestDocument>();
    if (!doc->create(m_dir->filePath(name)))
        qWarning() << "create failed:" << doc->errorString();
    return doc;
}

std::unique_ptr<ContestDocument> TestDemoGenerator::demo(const QString &name,
                                                         const DemoOptions &options)
{
    std::unique_ptr<ContestDocument> doc = create(name);
    const QString error = DemoGenerator::generate(*doc, options);
    if (!error.isEmpty())
        qWarning() << "demo failed:" << error;
    return doc;
}

qint64 TestDemoGenerator::scalar(ContestDocument &doc, const QString &statement)
{
    return sql::scalar(doc.database().connection(), statement).toLongLong();
}

QStringList TestDemoGenerator::names(ContestDocument &doc)
{
    QStringList result;
    for (const NomineeRow &row : doc.nominees().rows())
        result << row.okrugRu + QStringLiteral(": ") + row.nominee.fullName;
    for (const Member &member : doc.commissions().members())
        result << member.fullName + QStringLiteral(", ") + member.position;
    return result;
}

void TestDemoGenerator::smallDemoCounts()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("small.akc"), small());
    const ContestCounts c = doc->contest().counts();
    QCOMPARE(c.regions, 3);
    QVERIFY(c.districts >= 3);
    QCOMPARE(c.okrugs, 15);
    QCOMPARE(c.nominees, 15);
    QCOMPARE(c.criteria, 15);
    QCOMPARE(c.commissions, 4); // one per region and the republican one
    QVERIFY2(c.members >= 3 * 7 + 11 && c.members <= 3 * 11 + 11,
             qPrintable(QString::number(c.members)));
    // The kept regions are the template's first three, each with its own nominees.
    const QVector<Region> regions = doc->geography().regions();
    QCOMPARE(regions.at(0).kato, QStringLiteral("100000000"));
    QCOMPARE(regions.at(2).kato, QStringLiteral("150000000"));
    for (const Region &region : regions)
        QVERIFY(!doc->geography().districts(region.id).isEmpty());
    QVERIFY(doc->database().structuralProblems().isEmpty());
}

void TestDemoGenerator::commissionsHaveOneChairAndOneSecretary()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("roles.akc"), small());
    const QVector<Commission> commissions = doc->commissions().commissions();
    QCOMPARE(commissions.size(), 4);
    for (const Commission &commission : commissions) {
        const QVector<Member> members = doc->commissions().members(commission.id);
        int chairs = 0;
        int deputies = 0;
        int secretaries = 0;
        for (const Member &m : members) {
            chairs += m.role == MemberRole::Chair;
            deputies += m.role == MemberRole::Deputy;
            secretaries += m.role == MemberRole::Secretary;
            QVERIFY(!m.fullName.trimmed().isEmpty());
            QVERIFY(!m.position.isEmpty());
        }
        QCOMPARE(chairs, 1);
        QCOMPARE(deputies, 1);
        QCOMPARE(secretaries, 1);
        if (commission.stage == StageKind::National) {
            QCOMPARE(members.size(), DemoGenerator::kRepublicanMembers);
        } else {
            QVERIFY2(members.size() >= 7 && members.size() <= 11,
                     qPrintable(QString::number(members.size())));
        }
    }
}

void TestDemoGenerator::everyOkrugHasOneNominee()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("okrugs.akc"), small());
    const QVector<Okrug> okrugs = doc->geography().okrugs();
    QCOMPARE(okrugs.size(), 15);
    for (const Okrug &okrug : okrugs) {
        QVERIFY(doc->nominees().nomineeOfOkrug(okrug.id) != 0);
        QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM nominee WHERE okrug_id = %1")
                                  .arg(okrug.id)),
                 1);
        QCOMPARE(okrug.kato.size(), 9);
    }
}

void TestDemoGenerator::namesAreKazakh()
{
    DemoOptions options;
    options.nomineesPerRegion = 6; // 17 x 6 = 102 names
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("names.akc"), options);
    const QVector<NomineeRow> rows = doc->nominees().rows();
    QCOMPARE(rows.size(), 102);
    int kazakh = 0;
    for (const NomineeRow &row : rows) {
        QCOMPARE(row.nominee.fullName.split(QLatin1Char(' ')).size(), 3);
        kazakh += hasKazakhLetter(row.nominee.fullName);
        QVERIFY(!row.okrugKk.isEmpty());
    }
    // Most names are Kazakh and many of those carry ә ғ қ ң ө ұ ү һ і.
    QVERIFY2(kazakh > rows.size() / 3, qPrintable(QString::number(kazakh)));
}

void TestDemoGenerator::nomineeDetailsArePlausible()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("details.akc"), DemoOptions{});
    int withdrawn = 0;
    const QVector<NomineeRow> rows = doc->nominees().rows();
    for (const NomineeRow &row : rows) {
        const Nominee &n = row.nominee;
        QVERIFY(n.inOfficeSince.isValid());
        QVERIFY(n.inOfficeSince >= QDate(2015, 1, 1));
        QVERIFY(n.inOfficeSince <= QDate(2024, 12, 31));
        QVERIFY(n.status != NomineeStatus::Disqualified);
        withdrawn += n.status == NomineeStatus::Withdrawn;
    }
    // "Mostly active, a few withdrawn".
    QVERIFY2(withdrawn > 0 && withdrawn < rows.size() / 10, qPrintable(QString::number(withdrawn)));
}

void TestDemoGenerator::sameSeedSameNames()
{
    std::unique_ptr<ContestDocument> a = demo(QStringLiteral("a.akc"), small());
    std::unique_ptr<ContestDocument> b = demo(QStringLiteral("b.akc"), small());
    const QStringList first = names(*a);
    QCOMPARE(first.size(), 15 + int(a->contest().counts().members));
    QCOMPARE(names(*b), first);

    // A smaller demo is a prefix of the bigger one: each region has its own random stream.
    DemoOptions one = small();
    one.regions = 1;
    std::unique_ptr<ContestDocument> c = demo(QStringLiteral("c.akc"), one);
    const QVector<NomineeRow> big = a->nominees().rows();
    const QVector<NomineeRow> little = c->nominees().rows();
    QCOMPARE(little.size(), 5);
    for (int i = 0; i < little.size(); ++i)
        QCOMPARE(little.at(i).nominee.fullName, big.at(i).nominee.fullName);
}

void TestDemoGenerator::otherSeedOtherNames()
{
    DemoOptions other = small();
    other.seed = 7;
    std::unique_ptr<ContestDocument> a = demo(QStringLiteral("a.akc"), small());
    std::unique_ptr<ContestDocument> b = demo(QStringLiteral("b.akc"), other);
    QVERIFY(names(*a) != names(*b));
}

void TestDemoGenerator::auditChainVerifies()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("audit.akc"), small());
    const AuditLog audit = doc->audit();
    QCOMPARE(audit.verify(), QStringList());
    const QVector<AuditEntry> entries = audit.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, QStringLiteral("contest.demo"));
    const QJsonObject recorded = QJsonDocument::fromJson(entries.last().newValue.toUtf8()).object();
    QCOMPARE(recorded.value(QStringLiteral("regions")).toInt(), 3);
    QCOMPARE(recorded.value(QStringLiteral("nominees_per_region")).toInt(), 5);
    QCOMPARE(recorded.value(QStringLiteral("seed")).toInt(), 2020);
    QCOMPARE(recorded.value(QStringLiteral("nominees")).toInt(), 15);
}

void TestDemoGenerator::conflictsOfInterest()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("conflicts.akc"), DemoOptions{});
    const qint64 conflicts = scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM member_conflict"));
    const qint64 regions =
        scalar(*doc, QStringLiteral("SELECT COUNT(DISTINCT c.region_id) FROM member_conflict mc "
                                    "JOIN member m ON m.id = mc.member_id "
                                    "JOIN commission c ON c.id = m.commission_id"));
    QVERIFY2(regions >= 2 && regions <= 6, qPrintable(QString::number(regions)));
    QVERIFY(conflicts >= regions && conflicts <= 2 * regions);
    // A member declares conflicts only with nominees of the member's own region.
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM member_conflict mc "
                                         "JOIN member m ON m.id = mc.member_id "
                                         "JOIN commission c ON c.id = m.commission_id "
                                         "JOIN nominee n ON n.id = mc.nominee_id "
                                         "JOIN okrug o ON o.id = n.okrug_id "
                                         "JOIN district d ON d.id = o.district_id "
                                         "WHERE d.region_id <> c.region_id OR m.role <> 'member' "
                                         "OR mc.reason = ''")),
             0);
}

void TestDemoGenerator::realisticDefault()
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("full.akc"), DemoOptions{});
    qInfo() << "full demo generated in" << timer.elapsed() << "ms";
    const ContestCounts c = doc->contest().counts();
    QCOMPARE(c.regions, 17);
    QCOMPARE(c.nominees, 2287);
    QCOMPARE(c.okrugs, 2287);
    for (const Region &region : doc->geography().regions()) {
        const qint64 nominees = scalar(
            *doc, QStringLiteral("SELECT COUNT(*) FROM nominee n JOIN okrug o ON o.id = n.okrug_id "
                                 "JOIN district d ON d.id = o.district_id WHERE d.region_id = %1")
                      .arg(region.id));
        QCOMPARE(nominees, qint64(DemoGenerator::realOkrugCount(region.kato)));
    }
    QCOMPARE(DemoGenerator::realOkrugCount(QStringLiteral("470000000")), 46);  // Маңғыстау
    QCOMPARE(DemoGenerator::realOkrugCount(QStringLiteral("110000000")), 233); // Ақмола
    QCOMPARE(DemoGenerator::realOkrugCount(QStringLiteral("750000000")), 0);   // Almaty city
}

void TestDemoGenerator::refusesBadOptions_data()
{
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("perRegion");
    QTest::newRow("no regions") << 0 << 5;
    QTest::newRow("18 regions") << 18 << 5;
    QTest::newRow("negative nominees") << 3 << -1;
    QTest::newRow("too many nominees") << 3 << DemoGenerator::kMaxNomineesPerRegion + 1;
}

void TestDemoGenerator::refusesBadOptions()
{
    QFETCH(int, regions);
    QFETCH(int, perRegion);
    std::unique_ptr<ContestDocument> doc = create(QStringLiteral("bad.akc"));
    DemoOptions options;
    options.regions = regions;
    options.nomineesPerRegion = perRegion;
    QVERIFY(!DemoGenerator::generate(*doc, options).isEmpty());
    const ContestCounts c = doc->contest().counts();
    QCOMPARE(c.regions, 17);
    QCOMPARE(c.nominees, 0);
    QCOMPARE(c.auditEntries, 1);
}

void TestDemoGenerator::refusesFilledContest()
{
    std::unique_ptr<ContestDocument> doc = demo(QStringLiteral("twice.akc"), small());
    const QString error = DemoGenerator::generate(*doc, small());
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->contest().counts().nominees, 15);
    QCOMPARE(doc->contest().counts().auditEntries, 2);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
