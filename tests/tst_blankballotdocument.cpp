// Blank ballots as a ReportDocument (issue 6): the document the report factory loads prints to
// a QPrinter set to PDF with the pages PdfOutput writes, at the printer's resolution as at the
// PDF writer's; BlankBallotExport writes that same document; progress comes once per ballot and
// stops the printing; a commission that does not exist or has no voters gives an error.
#include "pdftext.h"
#include "report/blankballotdocument.h"
#include "report/blankballotexport.h"
#include "report/pdfoutput.h"
#include "report/reportfactory.h"
#include "services/ballotservice.h"
#include "testsupport.h"

#include <QPdfDocument>
#include <QPrinter>
#include <QRegularExpression>
#include <QtTest>

using namespace akim;
using namespace akim::report;

namespace {

constexpr int kNominees = 30; // two pages a ballot

// The "Page X of Y" footers of a PDF in order.
QStringList footers(const QStringList &pages)
{
    static const QRegularExpression footer(QStringLiteral("Page \\d+ of \\d+"));
    QStringList found;
    for (const QString &page : pages)
        found << footer.match(page).captured(0);
    return found;
}

} // namespace

class TestBlankBallotDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printerGivesThePagesOfThePdf_data();
    void printerGivesThePagesOfThePdf();
    void exportWritesTheSameDocument();
    void progressPerBallot();
    void loadErrors();

private:
    std::unique_ptr<ReportDocument> load(qint64 commission, QString *error = nullptr);

    std::unique_ptr<test::TemporaryContest> m_contest;
    qint64 m_commission = 0;
    qint64 m_empty = 0;
    QStringList m_voters;
};

void TestBlankBallotDocument::initTestCase()
{
    test::isolateSettings();
    m_contest = std::make_unique<test::TemporaryContest>();
    QVERIFY2(m_contest->isValid(), qPrintable(m_contest->errorString()));
    ContestDocument &doc = m_contest->document();
    const qint64 kostanay = m_contest->regionId(QStringLiteral("костанай"));
    const qint64 pavlodar = m_contest->regionId(QStringLiteral("павлодар"));
    for (const Commission &c : doc.commissions().commissions()) {
        if (c.stage == StageKind::Regional && c.regionId == kostanay)
            m_commission = c.id;
        if (c.stage == StageKind::Regional && c.regionId == pavlodar)
            m_empty = c.id;
    }
    QVERIFY(m_commission && m_empty);
    const struct
    {
        const char *name;
        MemberRole role;
    } members[] = {{"Жұмабаев Нұрлан", MemberRole::Chair},
                   {"Серікова Әсел", MemberRole::Secretary},
                   {"Петров Илья", MemberRole::Member},
                   {"Ғабитқызы Өмірзая", MemberRole::Member}};
    for (const auto &m : members) {
        Member member;
        member.commissionId = m_commission;
        member.fullName = QString::fromUtf8(m.name);
        member.role = m.role;
        QVERIFY(doc.addMember(member).ok());
        if (m.role != MemberRole::Secretary)
            m_voters << member.fullName;
    }
    for (int i = 1; i <= kNominees; ++i)
        QVERIFY(m_contest->addNominee(
            QStringLiteral("костанай"), QStringLiteral("Аулиекольский район"),
            QStringLiteral("Округ %1").arg(i, 2, 10, QLatin1Char('0')),
            QStringLiteral("Номинант Қазақбай %1").arg(i, 2, 10, QLatin1Char('0'))));
}

std::unique_ptr<ReportDocument> TestBlankBallotDocument::load(qint64 commission, QString *error)
{
    ReportRequest request;
    request.kind = ReportKind::BlankBallots;
    request.commissionId = commission;
    request.language = QStringLiteral("en");
    QString failure;
    std::unique_ptr<ReportDocument> document =
        ReportFactory::load(m_contest->document(), request, &failure);
    if (error)
        *error = failure;
    return document;
}

void TestBlankBallotDocument::printerGivesThePagesOfThePdf_data()
{
    QTest::addColumn<int>("mode");
    // What the print dialog's printer is made with, and what a preview on the screen uses.
    QTest::newRow("high resolution") << int(QPrinter::HighResolution);
    QTest::newRow("screen resolution") << int(QPrinter::ScreenResolution);
}

void TestBlankBallotDocument::printerGivesThePagesOfThePdf()
{
    QFETCH(int, mode);
    const std::unique_ptr<ReportDocument> document = load(m_commission);
    QVERIFY(document);
    QVERIFY(document->title().contains(QStringLiteral("Костанайская область")));

    const QString pdf = m_contest->filePath(QStringLiteral("ballots.pdf"));
    QCOMPARE(PdfOutput::write(*document, pdf), QString());
    const QStringList written = test::pdfPages(pdf);
    QCOMPARE(written.size(), 2 * m_voters.size());

    const QString printed = m_contest->filePath(QStringLiteral("printer-%1.pdf").arg(mode));
    {
        QPrinter printer{static_cast<QPrinter::PrinterMode>(mode)};
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(document->print(&printer));
    }
    QPdfDocument reread;
    QCOMPARE(reread.load(printed), QPdfDocument::Error::None);
    QCOMPARE(reread.pageCount(), int(written.size()));
    if (mode == QPrinter::HighResolution) {
        // Text is extracted from 600 dpi and up (DESIGN.md): the same pages, the same words.
        const QStringList pages = test::pdfPages(printed);
        QCOMPARE(footers(pages), footers(written));
        for (int p = 0; p < pages.size(); ++p) {
            for (int i = 1; i <= kNominees; ++i) {
                const QString name =
                    QStringLiteral("Номинант Қазақбай %1").arg(i, 2, 10, QLatin1Char('0'));
                QCOMPARE(pages.at(p).contains(name), written.at(p).contains(name));
            }
        }
    }
}

void TestBlankBallotDocument::exportWritesTheSameDocument()
{
    BlankBallotRequest request;
    request.contestPath = m_contest->path();
    request.commissionId = m_commission;
    request.language = QStringLiteral("en");
    request.outputPath = m_contest->filePath(QStringLiteral("export.pdf"));
    QCOMPARE(BlankBallotExport::run(request), QString());
    const std::unique_ptr<ReportDocument> document = load(m_commission);
    const QString pdf = m_contest->filePath(QStringLiteral("document.pdf"));
    QCOMPARE(PdfOutput::write(*document, pdf), QString());
    const QStringList exported = test::pdfPages(request.outputPath);
    const QStringList printed = test::pdfPages(pdf);
    QCOMPARE(exported.size(), printed.size());
    for (int p = 0; p < exported.size(); ++p)
        QCOMPARE(exported.at(p), printed.at(p));
}

void TestBlankBallotDocument::progressPerBallot()
{
    const std::unique_ptr<ReportDocument> document = load(m_commission);
    QVERIFY(document);
    QVector<QPair<int, int>> calls;
    const QString pdf = m_contest->filePath(QStringLiteral("progress.pdf"));
    QCOMPARE(PdfOutput::write(*document, pdf,
                              [&](int page, int pages) {
                                  calls.push_back({page, pages});
                                  return true;
                              }),
             QString());
    const int pages = int(test::pdfPages(pdf).size());
    QCOMPARE(calls.size(), m_voters.size());
    for (int i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, pages);
        QCOMPARE(calls.at(i).first, pages * (i + 1) / int(m_voters.size()));
    }

    // Stopped after the first ballot: no file.
    const QString stopped = m_contest->filePath(QStringLiteral("stopped.pdf"));
    QVERIFY(!PdfOutput::write(*document, stopped, [](int, int) { return false; }).isEmpty());
    QVERIFY(!QFileInfo::exists(stopped));
}

void TestBlankBallotDocument::loadErrors()
{
    QString error;
    QVERIFY(!load(999999, &error));
    QVERIFY2(error.contains(QLatin1String("no longer exists")), qPrintable(error));
    QVERIFY(!load(m_empty, &error));
    QVERIFY2(error.contains(QLatin1String("no voting members")), qPrintable(error));
}

QTEST_MAIN(TestBlankBallotDocument)
#include "tst_blankballotdocument.moc"
