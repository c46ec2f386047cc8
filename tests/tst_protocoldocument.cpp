// The official protocols (issue 6): a regional and a national protocol made from a demo contest
// and read back from the PDF with QtPdf — page count, the appendix header on every page, every
// nominee in place order with the engine's total, the footer's SHA-256 and "Page X of Y" on
// every page, the signatures on the last page, the draft mark until finalised, the quorum and
// the meeting's particulars — plus golden files of the worded document in ru, kk and en, and a
// refusal when a finalised result no longer matches its file.
#include "demo/demoaccounts.h"
#include "demo/demogenerator.h"
#include "pdftext.h"
#include "report/pdfoutput.h"
#include "report/protocoldocument.h"
#include "report/protocolrenderer.h"
#include "report/reportfactory.h"
#include "scoring/stagefinaliser.h"
#include "storage/meetingrepository.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QtTest>

using namespace akim;
using namespace akim::report;

namespace {

QString goldenPath(const QString &name)
{
    return QStringLiteral(AKIM_TEST_DATA_DIR "/report/%1.txt").arg(name);
}

// A PDF writer that refuses a new page layout once painting began, as the print preview does.
class StubbornWriter : public QPdfWriter
{
public:
    using QPdfWriter::QPdfWriter;
    bool setPageLayout(const QPageLayout &layout) override
    {
        if (paintingActive()) {
            ++refusals;
            return false;
        }
        return QPdfWriter::setPageLayout(layout);
    }
    int refusals = 0;
};

QString squeeze(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

} // namespace

class TestProtocolDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layoutMatchesGolden_data();
    void layoutMatchesGolden();
    void regionalProtocolReadsBack();
    void kazakhProtocol();
    void draftUntilFinalised();
    void quorumFollowsAttendance();
    void nationalProtocolNamesPlacesAndAwards();
    void printerGivesTheSamePages();
    void deviceThatCannotTurnGetsATurnedPainter();
    void refusesWhenTheFileNoLongerMatches();
    void refusesUnknownScope();

private:
    std::unique_ptr<ProtocolDocument> protocol(StageKind stage, qint64 regionId,
                                               const QString &language);
    QString writePdf(const ProtocolDocument &document, const QString &name);
    bool finaliseAsChair(StageKind stage, qint64 regionId);
    void saveMeeting(const Meeting &meeting);

    std::unique_ptr<test::TemporaryContest> m_contest;
    qint64 m_first = 0;  // finalised, with a recorded meeting
    qint64 m_second = 0; // left open
};

std::unique_ptr<ProtocolDocument> TestProtocolDocument::protocol(StageKind stage, qint64 regionId,
                                                                 const QString &language)
{
    ReportRequest request;
    request.stage = stage;
    request.regionId = regionId;
    request.language = language;
    QString error;
    std::unique_ptr<ReportDocument> document =
        ReportFactory::load(m_contest->document(), request, &error);
    if (!document) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return std::unique_ptr<ProtocolDocument>(static_cast<ProtocolDocument *>(document.release()));
}

QString TestProtocolDocument::writePdf(const ProtocolDocument &document, const QString &name)
{
    // AKIM_KEEP_PDF=<folder> keeps the PDFs for looking at them.
    const QString keep = qEnvironmentVariable("AKIM_KEEP_PDF");
    const QString path = keep.isEmpty() ? m_contest->filePath(name) : QDir(keep).filePath(name);
    const QString error = PdfOutput::write(document, path);
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

bool TestProtocolDocument::finaliseAsChair(StageKind stage, qint64 regionId)
{
    ContestDocument &doc = m_contest->document();
    if (!doc.signIn(QStringLiteral("chair"), demo::DemoAccounts::password()).ok())
        return false;
    const scoring::FinaliseResult result =
        scoring::StageFinaliser(doc).finalise({stage, regionId, {}});
    doc.signIn(QStringLiteral("secretary"), demo::DemoAccounts::password());
    if (!result.ok())
        qWarning("%s", qPrintable(result.error));
    return result.ok();
}

void TestProtocolDocument::saveMeeting(const Meeting &meeting)
{
    Meeting copy = meeting;
    const QSqlDatabase db = m_contest->document().database().connection();
    Transaction transaction(db);
    MeetingRepository(db).save(copy);
    transaction.commit();
}

void TestProtocolDocument::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    demo::DemoOptions options;
    options.regions = 2;
    options.nomineesPerRegion = 12;
    options.scores = true;
    options.surveyResponses = 600;
    QCOMPARE(demo::DemoGenerator::generate(m_contest->document(), options), QString());
    // The golden files are of one year.
    QVERIFY(test::rawSql(m_contest->path(), {QStringLiteral("UPDATE contest SET year = 2020")}));
    QVERIFY(m_contest->document()
                .signIn(QStringLiteral("secretary"), demo::DemoAccounts::password())
                .ok());
    const QVector<Region> regions = m_contest->document().geography().regions();
    QCOMPARE(regions.size(), 2);
    m_first = regions.at(0).id;
    m_second = regions.at(1).id;

    Meeting meeting;
    meeting.stage = StageKind::Regional;
    meeting.regionId = m_first;
    meeting.number = QStringLiteral("3");
    meeting.heldOn = QDate(2020, 7, 2);
    meeting.placeRu = QStringLiteral("Кокшетау");
    meeting.placeKk = QStringLiteral("Көкшетау");
    meeting.startedAt = QTime(10, 0);
    meeting.endedAt = QTime(12, 30);
    meeting.invited = QStringLiteral("Сейітқали Әсел – наблюдатель");
    saveMeeting(meeting);
    QVERIFY(finaliseAsChair(StageKind::Regional, m_first));
}

void TestProtocolDocument::layoutMatchesGolden_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"ru", "kk", "en"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestProtocolDocument::layoutMatchesGolden()
{
    QFETCH(QString, language);
    const auto document = protocol(StageKind::Regional, m_first, language);
    QVERIFY(document);
    const QString dump = document->text().dump();
    const QString mismatch = test::goldenMismatch(
        dump, goldenPath(QStringLiteral("protocol-regional-%1").arg(language)));
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

void TestProtocolDocument::regionalProtocolReadsBack()
{
    const auto document = protocol(StageKind::Regional, m_first, QStringLiteral("en"));
    QVERIFY(document);
    const ProtocolData &data = document->data();
    QVERIFY(data.final);
    QCOMPARE(data.rankingSha256, data.final->rankingSha256);
    const QString path = writePdf(*document, QStringLiteral("regional-en.pdf"));
    const QStringList pages = test::pdfPages(path);
    QVERIFY(pages.size() >= 2);

    // Page X of Y and the SHA-256 of the ranking data on every page; no draft mark.
    for (int i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())),
                 qPrintable(pages.at(i).right(300)));
        QVERIFY(squeeze(pages.at(i)).contains(data.rankingSha256));
        QVERIFY(!pages.at(i).contains(QLatin1String("DRAFT")));
    }
    QVERIFY(pages.constFirst().contains(QLatin1String("PROTOCOL No. 3")));
    QVERIFY(pages.constFirst().contains(QLatin1String("02 July 2020")) ||
            pages.constFirst().contains(QLatin1String("2 July 2020")));
    QVERIFY(pages.constFirst().contains(QLatin1String("Opened at 10:00, closed at 12:30.")));

    // The appendix: its pages each repeat the table header; every nominee in place order with
    // the engine's total at the displayed decimals.
    int appendixStart = -1;
    for (int i = 0; i < pages.size(); ++i) {
        if (pages.at(i).contains(QLatin1String("Appendix 1")) && appendixStart < 0 &&
            pages.at(i).contains(QLatin1String("Ranking of the participants")))
            appendixStart = i;
    }
    QVERIFY(appendixStart > 0);
    QString appendix;
    for (int i = appendixStart; i < pages.size(); ++i) {
        QVERIFY2(pages.at(i).contains(QLatin1String("Full name")), qPrintable(pages.at(i)));
        appendix += pages.at(i);
    }
    const QString flat = squeeze(appendix);
    int at = 0;
    int previousPlace = 0;
    for (const scoring::NomineeResult &n : data.ranking.nominees) {
        QVERIFY(n.place >= previousPlace);
        previousPlace = n.place;
        const int name = flat.indexOf(squeeze(n.name), at);
        QVERIFY2(name >= 0, qPrintable(n.name));
        const QString total = QString::number(n.total, 'f', data.methodology.displayDecimals);
        const int totalAt = flat.indexOf(total, name);
        QVERIFY2(totalAt > name, qPrintable(n.name + QLatin1Char(' ') + total));
        at = name + 1;
    }

    // The winner is named in the decision; the body lists the vote and the attachment's pages.
    const QString body = pages.mid(0, appendixStart).join(QLatin1Char('\n'));
    const scoring::NomineeResult &winner = data.ranking.nominees.constFirst();
    QVERIFY(squeeze(body).contains(squeeze(winner.name)));
    QVERIFY(body.contains(QLatin1String("The decision was taken unanimously.")));
    QVERIFY(body.contains(QStringLiteral("Ranking table of the participants, %1 page(s).")
                              .arg(pages.size() - appendixStart)));

    // Signatures: the chair's and the secretary's on the last page, below the table.
    QString chair;
    QString secretary;
    for (const ProtocolMember &m : data.members) {
        if (m.role == MemberRole::Chair)
            chair = ProtocolText::shortName(m.fullName);
        if (m.role == MemberRole::Secretary)
            secretary = ProtocolText::shortName(m.fullName);
    }
    QVERIFY(!chair.isEmpty() && !secretary.isEmpty());
    QVERIFY(squeeze(pages.constLast()).contains(squeeze(chair)));
    QVERIFY(squeeze(pages.constLast()).contains(squeeze(secretary)));
    QVERIFY(pages.constLast().contains(QLatin1String("Secretary of the commission")));
}

void TestProtocolDocument::kazakhProtocol()
{
    const auto document = protocol(StageKind::Regional, m_first, QStringLiteral("kk"));
    QVERIFY(document);
    const QString path = writePdf(*document, QStringLiteral("regional-kk.pdf"));
    const QStringList pages = test::pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("ХАТТАМАСЫ")), qPrintable(pages.constFirst().left(400)));
    QVERIFY(all.contains(QStringLiteral("2020 жылғы «02» шілде")));
    QVERIFY(all.contains(QStringLiteral("Көкшетау")));
    QVERIFY(all.contains(QStringLiteral("шілдедегі")));
    for (const QChar letter : QStringLiteral("әғқңөұүі"))
        QVERIFY2(all.contains(letter), qPrintable(QString(letter)));
    QString error;
    const QStringList fonts = test::pdfFonts(path, &error);
    if (fonts.isEmpty())
        QSKIP(qPrintable(error));
    for (const QString &font : fonts)
        QVERIFY2(font.endsWith(QLatin1String(" yes")), qPrintable(font));
}

void TestProtocolDocument::draftUntilFinalised()
{
    const auto document = protocol(StageKind::Regional, m_second, QStringLiteral("en"));
    QVERIFY(document);
    QVERIFY(!document->data().final);
    const QStringList pages = test::pdfPages(writePdf(*document, QStringLiteral("draft.pdf")));
    QVERIFY(!pages.isEmpty());
    for (const QString &page : pages)
        QVERIFY(page.contains(QLatin1String("DRAFT: the result is not finalised")));
    // No meeting recorded: the number, place and date are blanks to fill in by hand.
    QVERIFY(pages.constFirst().contains(QLatin1String("PROTOCOL No. ____")));
}

void TestProtocolDocument::quorumFollowsAttendance()
{
    auto document = protocol(StageKind::Regional, m_second, QStringLiteral("en"));
    QVERIFY(document);
    const int voting = document->data().votingMembers();
    QVERIFY(voting >= 3);
    QVERIFY(document->data().quorate());
    QVERIFY(document->text().dump().contains(QLatin1String("There is a quorum")));

    // All but one absent: no quorum, and the absent are listed with their reasons.
    Meeting meeting;
    meeting.stage = StageKind::Regional;
    meeting.regionId = m_second;
    ContestDocument &doc = m_contest->document();
    qint64 commission = 0;
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.regionId == m_second)
            commission = c.id;
    }
    QString someone;
    for (const Member &m : doc.commissions().members(commission)) {
        if (m.role == MemberRole::Secretary || m.role == MemberRole::Chair)
            continue;
        meeting.absences.push_back({m.id, QStringLiteral("on leave")});
        someone = m.fullName;
    }
    saveMeeting(meeting);
    document = protocol(StageKind::Regional, m_second, QStringLiteral("en"));
    QVERIFY(document);
    QCOMPARE(document->data().presentVoting(), 1);
    const QString dump = document->text().dump();
    QVERIFY(dump.contains(QLatin1String("There is no quorum")));
    QVERIFY(dump.contains(someone + QStringLiteral(" – on leave")));
    QVERIFY(dump.contains(
        QStringLiteral("Of the %1 members of the commission, 1 are present.").arg(voting)));
    meeting.absences.clear(); // back to everyone present
    saveMeeting(meeting);
}

void TestProtocolDocument::nationalProtocolNamesPlacesAndAwards()
{
    QVERIFY(finaliseAsChair(StageKind::Regional, m_second));
    auto document = protocol(StageKind::National, 0, QStringLiteral("en"));
    QVERIFY(document);
    const scoring::Ranking ranking = document->data().ranking; // a copy: the document is replaced
    QVERIFY(ranking.nominees.size() >= 2);
    Meeting meeting;
    meeting.stage = StageKind::National;
    meeting.awards.push_back({0, ranking.nominees.constLast().nomineeId});
    saveMeeting(meeting);
    document = protocol(StageKind::National, 0, QStringLiteral("en"));
    QVERIFY(document);
    const QString dump = document->text().dump();
    const scoring::NomineeResult &first = ranking.nominees.constFirst();
    QVERIFY2(dump.contains(QStringLiteral("To award place 1 to %1").arg(first.name)),
             qPrintable(dump));
    const QString nomination = document->data().methodology.nominations.value(0).en;
    QVERIFY(!nomination.isEmpty());
    QVERIFY2(dump.contains(QStringLiteral("To award the nomination “%1” to %2")
                               .arg(nomination, ranking.nominees.constLast().name)),
             qPrintable(dump));
    // The appendix's decision column names it in the document's language too.
    QVERIFY2(dump.count(nomination) >= 2, qPrintable(dump));
    QVERIFY(dump.contains(QLatin1String("Region, district, rural okrug")));
    const QStringList pages = test::pdfPages(writePdf(*document, QStringLiteral("national.pdf")));
    QVERIFY(!pages.isEmpty());
    QVERIFY(pages.join(QLatin1Char('\n')).contains(QLatin1String("republican stage")));
}

void TestProtocolDocument::printerGivesTheSamePages()
{
    const auto document = protocol(StageKind::Regional, m_first, QStringLiteral("ru"));
    QVERIFY(document);
    const int pdfPages = int(test::pdfPages(writePdf(*document, QStringLiteral("a.pdf"))).size());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_contest->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    int pages = 0;
    QVERIFY(document->print(&printer, [&pages](int, int total) {
        pages = total;
        return true;
    }));
    QCOMPARE(pages, pdfPages);
    QCOMPARE(int(test::pdfPages(printed).size()), pdfPages);
}

void TestProtocolDocument::deviceThatCannotTurnGetsATurnedPainter()
{
    const auto document = protocol(StageKind::Regional, m_first, QStringLiteral("en"));
    QVERIFY(document);
    const QString keep = qEnvironmentVariable("AKIM_KEEP_PDF");
    const QString path = keep.isEmpty() ? m_contest->filePath(QStringLiteral("stubborn.pdf"))
                                        : QDir(keep).filePath(QStringLiteral("stubborn.pdf"));
    {
        StubbornWriter writer(path);
        QVERIFY(document->print(&writer));
        QVERIFY(writer.refusals > 0);
    }
    // Every column of the landscape appendix is still there on the portrait pages, the last
    // ones included, and the footer still ends each page.
    const QStringList pages = test::pdfPages(path);
    QCOMPARE(pages.size(),
             int(test::pdfPages(writePdf(*document, QStringLiteral("turned.pdf"))).size()));
    const QString last = pages.constLast();
    for (const char *header : {"Full name", "K5", "Total", "Place", "Decision"})
        QVERIFY2(last.contains(QLatin1String(header)), header);
    QVERIFY(last.contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}

void TestProtocolDocument::refusesWhenTheFileNoLongerMatches()
{
    // A copy of the finalised file with its scores changed behind the program's back.
    const QString tampered = m_contest->filePath(QStringLiteral("tampered.akc"));
    m_contest->document().close();
    QVERIFY(QFile::copy(m_contest->path(), tampered));
    QVERIFY(m_contest->document().open(m_contest->path()));
    QVERIFY(m_contest->document()
                .signIn(QStringLiteral("secretary"), demo::DemoAccounts::password())
                .ok());
    QVERIFY(test::rawSql(tampered,
                         {QStringLiteral("UPDATE score SET points = CASE WHEN points >= 5 THEN 0 "
                                         "ELSE 10 END WHERE state = 'entered'")}));
    ContestDocument copy;
    QVERIFY(copy.open(tampered, Database::Mode::ReadOnly));
    ReportRequest request;
    request.stage = StageKind::Regional;
    request.regionId = m_first;
    QString error;
    QVERIFY(!ReportFactory::load(copy, request, &error));
    QVERIFY2(error.contains(QLatin1String("changed outside the program")), qPrintable(error));
}

void TestProtocolDocument::refusesUnknownScope()
{
    ReportRequest request;
    request.stage = StageKind::Regional;
    request.regionId = 987654;
    QString error;
    QVERIFY(!ReportFactory::load(m_contest->document(), request, &error));
    QVERIFY2(error.contains(QLatin1String("987654")), qPrintable(error));
}

QTEST_MAIN(TestProtocolDocument)
#include "tst_protocoldocument.moc"
