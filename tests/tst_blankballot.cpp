// Blank paper ballots (issue 5): the plain data of a member's ballot against golden files, and
// the PDF of a whole commission read back with QtPdf: one ballot per voting member and none for
// the secretary, every nominee and criterion, the table header on every page of a long ballot,
// "Page X of Y" per ballot, the signature on each ballot's last page with rows of the table,
// a declared conflict marked recused, Kazakh letters intact, fonts embedded, and a worker that
// reports progress and leaves no file when cancelled.
#include "pdftext.h"
#include "report/blankballot.h"
#include "report/blankballotexport.h"
#include "report/pagestyle.h"
#include "services/backgroundtask.h"
#include "services/ballotservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace akim;
using namespace akim::report;

namespace {

const QString kKazakhName = QStringLiteral("Шаһмарданова Құлжан Сәкенқызы");
const QString kKazakhOkrug = QStringLiteral("Жүзағаш ауылдық округі");
const QString kKazakhDistrict = QStringLiteral("Төңірек ауданы");
const QString kSecretary = QStringLiteral("Нұрланова Гүлнар Маратқызы");
const QString kConflicted = QStringLiteral("Ахметов Ерлан Серікұлы");
constexpr int kLongList = 45;

QString goldenPath(const QString &language)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/report/blank-ballot-%1.txt").arg(language);
}

// Pages grouped into ballots by their "Page X of Y" footers.
QVector<QStringList> ballotsOf(const QStringList &pages)
{
    // The footer in English or Russian ("Стр. 2 из 3").
    static const QRegularExpression footer(
        QStringLiteral("(?:Page|Стр\\.) (\\d+) (?:of|из) (\\d+)"));
    QVector<QStringList> ballots;
    for (const QString &page : pages) {
        const QRegularExpressionMatch m = footer.match(page);
        if (!m.hasMatch())
            return {};
        if (m.captured(1).toInt() == 1)
            ballots.push_back({});
        if (ballots.isEmpty() || ballots.last().size() + 1 != m.captured(1).toInt())
            return {};
        ballots.last() << page;
    }
    return ballots;
}

int tokens(const QString &text, const QString &token)
{
    return int(text.split(QRegularExpression(QStringLiteral("[\\s,.;:()]+")), Qt::SkipEmptyParts)
                   .count(token));
}

} // namespace

class TestBlankBallot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutMatchesGolden_data();
    void layoutMatchesGolden();
    void oneBallotPerVotingMember();
    void longListRepeatsHeaderOnEveryPage();
    void conflictIsPreMarkedRecused();
    void kazakhLettersAndEmbeddedFonts();
    void workerReportsProgress();
    void cancelLeavesNoFile();
    void refusesCommissionWithoutMembers();

private:
    qint64 commissionOf(qint64 regionId) const;
    qint64 addMember(qint64 commission, const QString &name, MemberRole role,
                     const QString &position = {});
    QString exportPdf(qint64 commission, const QString &language, const QString &name);

    std::unique_ptr<test::TemporaryContest> m_contest;
    qint64 m_kyzylorda = 0; // 3 nominees, 4 voting members and a secretary
    qint64 m_aktobe = 0;    // kLongList nominees, 2 voting members and a secretary
    qint64 m_empty = 0;     // no members
    qint64 m_conflictMember = 0;
    QStringList m_kyzylordaNominees;
    QStringList m_kyzylordaVoters;
};

qint64 TestBlankBallot::commissionOf(qint64 regionId) const
{
    for (const Commission &c : m_contest->document().commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.regionId == regionId)
            return c.id;
    }
    return 0;
}

qint64 TestBlankBallot::addMember(qint64 commission, const QString &name, MemberRole role,
                                  const QString &position)
{
    ContestDocument &doc = m_contest->document();
    Member m;
    m.commissionId = commission;
    m.fullName = name;
    m.role = role;
    m.position = position;
    const EditResult result = doc.addMember(m);
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message));
        return 0;
    }
    for (const Member &added : doc.commissions().members(commission)) {
        if (added.fullName == name)
            return added.id;
    }
    return 0;
}

QString TestBlankBallot::exportPdf(qint64 commission, const QString &language, const QString &name)
{
    BlankBallotRequest request;
    request.contestPath = m_contest->path();
    request.commissionId = commission;
    request.language = language;
    request.outputPath = m_contest->filePath(name);
    const QString error = BlankBallotExport::run(request);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return request.outputPath;
}

void TestBlankBallot::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();

    const qint64 kyzylorda = m_contest->regionId(QStringLiteral("кызылорд"));
    const qint64 aktobe = m_contest->regionId(QStringLiteral("актюбинск"));
    QVERIFY(kyzylorda && aktobe);
    m_kyzylorda = commissionOf(kyzylorda);
    m_aktobe = commissionOf(aktobe);
    m_empty = commissionOf(m_contest->regionId(QStringLiteral("павлодар")));
    QVERIFY(m_kyzylorda && m_aktobe && m_empty);
    // A new contest is of the current year; the golden files are of one year.
    QVERIFY(test::rawSql(m_contest->path(), {QStringLiteral("UPDATE contest SET year = 2020")}));

    // A nominee whose name and place hold every Kazakh letter: ә ғ қ ң ө ұ ү һ і.
    NomineeDraft draft;
    draft.regionId = kyzylorda;
    draft.newDistrictRu = QStringLiteral("Тонирекский район");
    draft.newDistrictKk = kKazakhDistrict;
    draft.newOkrugRu = QStringLiteral("Жузагашский сельский округ");
    draft.newOkrugKk = kKazakhOkrug;
    draft.fullName = kKazakhName;
    QVERIFY(doc.addNominee(draft).ok());
    m_kyzylordaNominees << kKazakhName;
    for (const char *name : {"Абдуллаев Марат Кайратович", "Оспанова Динара Ерлановна"}) {
        const QString n = QString::fromUtf8(name);
        QVERIFY(
            m_contest->addNominee(QStringLiteral("кызылорд"), QStringLiteral("Шиелийский район"),
                                  n.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" с.о."), n));
        m_kyzylordaNominees << n;
    }

    QVERIFY(addMember(m_kyzylorda, QStringLiteral("Сейтқали Айдар Болатұлы"), MemberRole::Chair,
                      QStringLiteral("заместитель акима области")));
    QVERIFY(addMember(m_kyzylorda, QStringLiteral("Иванова Ольга Петровна"), MemberRole::Deputy));
    QVERIFY(addMember(m_kyzylorda, kSecretary, MemberRole::Secretary));
    m_conflictMember =
        addMember(m_kyzylorda, kConflicted, MemberRole::Member, QStringLiteral("журналист"));
    QVERIFY(m_conflictMember);
    QVERIFY(addMember(m_kyzylorda, QStringLiteral("Ким Виктория Олеговна"), MemberRole::Member));
    m_kyzylordaVoters << QStringLiteral("Сейтқали Айдар Болатұлы")
                      << QStringLiteral("Иванова Ольга Петровна") << kConflicted
                      << QStringLiteral("Ким Виктория Олеговна");
    qint64 conflictNominee = 0;
    for (const NomineeRow &row : doc.nominees().rows()) {
        if (row.nominee.fullName == m_kyzylordaNominees.at(1))
            conflictNominee = row.nominee.id;
    }
    QVERIFY(doc.setConflicts(m_conflictMember,
                             {{m_conflictMember, conflictNominee, QStringLiteral("родственник")}})
                .ok());

    QVERIFY(addMember(m_aktobe, QStringLiteral("Жұмабаев Нұрлан"), MemberRole::Chair));
    QVERIFY(addMember(m_aktobe, QStringLiteral("Серікова Әсел"), MemberRole::Secretary));
    QVERIFY(addMember(m_aktobe, QStringLiteral("Петров Илья"), MemberRole::Member));
    for (int i = 1; i <= kLongList; ++i) {
        QVERIFY(m_contest->addNominee(
            QStringLiteral("актюбинск"), QStringLiteral("Мугалжарский район"),
            QStringLiteral("Округ %1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Кандидатов Номинант %1").arg(i, 2, 10, QLatin1Char('0'))));
    }
    // The worker opens the file on its own; the test's connection stays open, as the
    // window's does while it prints.
}

void TestBlankBallot::layoutMatchesGolden_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : ReportLanguage::codes())
        QTest::newRow(qPrintable(language)) << language;
}

void TestBlankBallot::layoutMatchesGolden()
{
    QFETCH(QString, language);
    ContestDocument &doc = m_contest->document();
    const BlankBallot ballot =
        BlankBallot::build(BallotService(doc).layout(m_conflictMember), doc.contest().contest(),
                           ReportLanguage(language));
    const QString actual = ballot.dump();
    const QString mismatch = test::goldenMismatch(actual, goldenPath(language));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestBlankBallot::oneBallotPerVotingMember()
{
    const QString path = exportPdf(m_kyzylorda, QStringLiteral("en"), QStringLiteral("kz.pdf"));
    QVERIFY(!path.isEmpty());
    const QStringList pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QVector<QStringList> ballots = ballotsOf(pages);
    QCOMPARE(ballots.size(), m_kyzylordaVoters.size());
    const QString all = pages.join(QLatin1Char('\n'));
    // The secretary keeps the minutes and scores nothing.
    QVERIFY(!all.contains(kSecretary));

    const QStringList codes{QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3"),
                            QStringLiteral("K4"), QStringLiteral("K5")};
    for (int b = 0; b < ballots.size(); ++b) {
        const QString text = ballots.at(b).join(QLatin1Char('\n'));
        // In member order, each named on the first page and at the signature.
        QVERIFY2(ballots.at(b).constFirst().contains(m_kyzylordaVoters.at(b)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Конкурсная комиссия: Кызылординская область")));
        QVERIFY(text.contains(QLatin1String("BALLOT OF A COMMISSION MEMBER")));
        for (const QString &nominee : m_kyzylordaNominees)
            QCOMPARE(text.count(nominee), 1);
        for (const QString &code : codes)
            QVERIFY2(text.contains(code), qPrintable(code));
        QVERIFY(text.contains(QStringLiteral("Шиелийский район")));
        const QString &last = ballots.at(b).constLast();
        QVERIFY(last.contains(QLatin1String("(signature)")));
        QVERIFY(last.contains(QLatin1String("Date:")));
        // In the footer and at the signature (and above the table, on a one-page ballot).
        QCOMPARE(last.count(m_kyzylordaVoters.at(b)), ballots.at(b).size() == 1 ? 3 : 2);
        QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(ballots.at(b).size())));
    }
    // The roles are named.
    QVERIFY(ballots.at(0).constFirst().contains(QLatin1String("Chair of the commission")));
    QVERIFY(ballots.at(1).constFirst().contains(QLatin1String("Deputy chair of the commission")));
    QVERIFY(ballots.at(2).constFirst().contains(QLatin1String("Member of the commission")));
}

void TestBlankBallot::longListRepeatsHeaderOnEveryPage()
{
    const QString path = exportPdf(m_aktobe, QStringLiteral("en"), QStringLiteral("long.pdf"));
    QVERIFY(!path.isEmpty());
    const QVector<QStringList> ballots = ballotsOf(test::pdfPages(path));
    QCOMPARE(ballots.size(), 2); // the chair and the member; the secretary none
    for (const QStringList &ballot : ballots) {
        QVERIFY2(ballot.size() >= 3, qPrintable(QString::number(ballot.size())));
        for (int p = 0; p < ballot.size(); ++p) {
            const QString &page = ballot.at(p);
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(ballot.size())),
                     qPrintable(page));
            // The table's header on every page.
            for (const char *heading : {"No.", "Nominee", "K1", "K5", "Total"})
                QVERIFY2(page.contains(QLatin1String(heading)), heading);
            if (p > 0)
                QVERIFY(page.contains(QLatin1String("ballot, continued")));
            // The signature only at the end.
            QCOMPARE(page.contains(QLatin1String("(signature)")), p == ballot.size() - 1);
        }
        // Every row once, none lost or doubled at a page break; at least two of them stand
        // with the signature.
        const QString text = ballot.join(QLatin1Char('\n'));
        for (int i = 1; i <= kLongList; ++i)
            QCOMPARE(text.count(
                         QStringLiteral("Кандидатов Номинант %1").arg(i, 2, 10, QLatin1Char('0'))),
                     1);
        QVERIFY(ballot.constLast().count(QStringLiteral("Кандидатов Номинант")) >= 2);
    }
}

void TestBlankBallot::conflictIsPreMarkedRecused()
{
    const QString path =
        exportPdf(m_kyzylorda, QStringLiteral("en"), QStringLiteral("conflict.pdf"));
    const QVector<QStringList> ballots = ballotsOf(test::pdfPages(path));
    QCOMPARE(ballots.size(), m_kyzylordaVoters.size());
    for (int b = 0; b < ballots.size(); ++b) {
        const QString text = ballots.at(b).join(QLatin1Char('\n'));
        const bool conflicted = m_kyzylordaVoters.at(b) == kConflicted;
        // "R" once in the instruction; on the conflicted ballot also in each criterion's box of
        // the nominee's row.
        QCOMPARE(tokens(text, QStringLiteral("R")), conflicted ? 1 + 5 : 1);
        // "A" only where every ballot has it (the title, the instruction): no box is pre-marked.
        QCOMPARE(tokens(text, QStringLiteral("A")),
                 tokens(ballots.at(0).join(QLatin1Char('\n')), QStringLiteral("A")));
        QCOMPARE(text.contains(QLatin1String("declared a conflict of interest")), conflicted);
    }
}

void TestBlankBallot::kazakhLettersAndEmbeddedFonts()
{
    const QString path = exportPdf(m_kyzylorda, QStringLiteral("kk"), QStringLiteral("kk.pdf"));
    QVERIFY(!path.isEmpty());
    const QString text = test::pdfPages(path).join(QLatin1Char('\n'));
    const QString letters = QStringLiteral("әғқңөұүһі");
    for (const QChar letter : letters)
        QVERIFY2(QString(kKazakhName + kKazakhOkrug + kKazakhDistrict).contains(letter),
                 "the fixture names every Kazakh letter");
    QVERIFY2(text.contains(kKazakhName), qPrintable(text));
    QVERIFY(text.contains(kKazakhOkrug));
    QVERIFY(text.contains(kKazakhDistrict));
    // Kazakh names where the file has them: the commission's and the criteria's.
    QVERIFY(text.contains(QStringLiteral("Қызылорда облысы")));
    QVERIFY(text.contains(QStringLiteral("«Үздік ауыл әкімі» республикалық конкурсы")));
    QVERIFY(!text.contains(QStringLiteral("Жузагашский")));

    QString error;
    const QStringList fonts = test::pdfFonts(path, &error);
    if (fonts.isEmpty() && !error.isEmpty())
        QSKIP(qPrintable(error));
    const QString family = PageStyle::serifFamily().remove(QLatin1Char(' '));
    bool serif = false;
    for (const QString &font : fonts) {
        QVERIFY2(font.endsWith(QLatin1String(" yes")), qPrintable(font));
        serif = serif || font.contains(family);
    }
    QVERIFY2(serif, qPrintable(fonts.join(QLatin1String(", "))));
}

void TestBlankBallot::workerReportsProgress()
{
    BlankBallotRequest request;
    request.contestPath = m_contest->path();
    request.commissionId = m_aktobe;
    request.language = QStringLiteral("ru");
    request.outputPath = m_contest->filePath(QStringLiteral("worker.pdf"));
    BackgroundTask task([request](const BackgroundTask::Progress &progress) {
        return BlankBallotExport::run(request, progress);
    });
    QVector<int> percents;
    connect(&task, &BackgroundTask::progress, this,
            [&](int percent, const QString &) { percents << percent; });
    bool done = false;
    QString error = QStringLiteral("not finished");
    connect(&task, &BackgroundTask::finished, this, [&](const QString &message, bool) {
        error = message;
        done = true;
    });
    task.start();
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
    QCOMPARE(error, QString());
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.constLast(), 100);
    QVERIFY(std::is_sorted(percents.begin(), percents.end()));
    QCOMPARE(ballotsOf(test::pdfPages(request.outputPath)).size(), 2);
}

void TestBlankBallot::cancelLeavesNoFile()
{
    BlankBallotRequest request;
    request.contestPath = m_contest->path();
    request.commissionId = m_aktobe;
    request.outputPath = m_contest->filePath(QStringLiteral("cancelled.pdf"));
    // Cancelled after the first ballot: nothing is written.
    const auto cancelAfterFirst = [](int percent, const QString &) {
        return percent <= 10;
    };
    QVERIFY(!BlankBallotExport::run(request, cancelAfterFirst).isEmpty());
    QVERIFY(!QFileInfo::exists(request.outputPath));

    // An existing file stays as it was.
    QFile existing(request.outputPath);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("earlier ballots");
    existing.close();
    QVERIFY(!BlankBallotExport::run(request, cancelAfterFirst).isEmpty());
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("earlier ballots"));
}

void TestBlankBallot::refusesCommissionWithoutMembers()
{
    BlankBallotRequest request;
    request.contestPath = m_contest->path();
    request.commissionId = m_empty;
    request.outputPath = m_contest->filePath(QStringLiteral("empty.pdf"));
    QVERIFY(BlankBallotExport::run(request).contains(QLatin1String("no voting members")));
    QVERIFY(!QFileInfo::exists(request.outputPath));
    request.commissionId = 999999;
    QVERIFY(!BlankBallotExport::run(request).isEmpty());
    QVERIFY(!QFileInfo::exists(request.outputPath));
}

QTEST_MAIN(TestBlankBallot)
#include "tst_blankballot.moc"
