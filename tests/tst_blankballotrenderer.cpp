// BlankBallotRenderer on ballots built in memory: at every length of the nominee list the
// signature stands on the last page with at least two rows of the table and nowhere else, the
// planned page count is the painted one, and a ballot with many criteria turns landscape.
#include "pdftext.h"
#include "report/blankballotrenderer.h"
#include "report/pagecanvas.h"

#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim;
using namespace akim::report;

namespace {

QString nomineeName(int i)
{
    return QStringLiteral("Nominee %1").arg(i, 3, 10, QLatin1Char('0'));
}

// Where `text` stands on a page, in points from the top left; null when it is not there.
QRectF placeOf(QPdfDocument &pdf, int page, const QString &text)
{
    const int index = pdf.getAllText(page).text().indexOf(text);
    return index < 0 ? QRectF()
                     : pdf.getSelectionAtIndex(page, index, int(text.size())).boundingRectangle();
}

BlankBallot ballot(int nominees, int criteria, const QString &member = QStringLiteral("Member A"))
{
    BlankBallot b;
    b.language = QStringLiteral("en");
    b.contestTitle = QStringLiteral("Contest");
    b.year = 2020;
    b.commission = QStringLiteral("Commission");
    b.memberName = member;
    for (int k = 1; k <= criteria; ++k)
        b.criteria.push_back(
            {QStringLiteral("K%1").arg(k), QStringLiteral("Criterion %1").arg(k), 10});
    for (int i = 1; i <= nominees; ++i)
        b.nominees.push_back({i, i, nomineeName(i), QStringLiteral("Region"),
                              QStringLiteral("District"), QStringLiteral("Okrug"), false});
    return b;
}

} // namespace

class TestBlankBallotRenderer : public QObject
{
    Q_OBJECT

private slots:
    void signatureNeverStandsAlone();
    void plannedPagesArePainted();
    void orientationFollowsTheCriteria_data();
    void orientationFollowsTheCriteria();

private:
    QStringList render(const QVector<BlankBallot> &ballots, const QString &name);

    QTemporaryDir m_dir;
};

QStringList TestBlankBallotRenderer::render(const QVector<BlankBallot> &ballots,
                                            const QString &name)
{
    const QString path = m_dir.filePath(name);
    {
        QPdfWriter writer(path);
        if (!BlankBallotRenderer::render(ballots, ReportLanguage(QStringLiteral("en")), &writer))
            return {};
    }
    return test::pdfPages(path);
}

void TestBlankBallotRenderer::signatureNeverStandsAlone()
{
    // Every length from one row to three pages: wherever the table ends on a page, the
    // signature follows it with rows of its own, and above the footer.
    for (int nominees = 1; nominees <= 60; ++nominees) {
        const QStringList pages = render({ballot(nominees, 5)}, QStringLiteral("sign.pdf"));
        QVERIFY(!pages.isEmpty());
        const QString context = QStringLiteral("%1 nominees").arg(nominees);
        QPdfDocument pdf;
        QCOMPARE(pdf.load(m_dir.filePath(QStringLiteral("sign.pdf"))), QPdfDocument::Error::None);
        const int last = pdf.pageCount() - 1;
        const QRectF date = placeOf(pdf, last, QStringLiteral("Date:"));
        const QRectF footer = placeOf(pdf, last, QStringLiteral("Page "));
        QVERIFY2(!date.isNull() && !footer.isNull(), qPrintable(context));
        QVERIFY2(date.bottom() < footer.top(), qPrintable(context));
        for (int p = 0; p < pages.size(); ++p)
            QVERIFY2(pages.at(p).contains(QLatin1String("(signature)")) == (p == pages.size() - 1),
                     qPrintable(context));
        QVERIFY2(pages.constLast().count(QLatin1String("Nominee 0")) >= std::min(2, nominees),
                 qPrintable(context));
        const QString all = pages.join(QLatin1Char('\n'));
        for (int i = 1; i <= nominees; ++i)
            QVERIFY2(all.count(nomineeName(i)) == 1, qPrintable(context));
    }
}

void TestBlankBallotRenderer::plannedPagesArePainted()
{
    const QVector<BlankBallot> ballots{ballot(3, 5, QStringLiteral("First")),
                                       ballot(40, 5, QStringLiteral("Second")),
                                       ballot(0, 5, QStringLiteral("Third"))};
    const QString path = m_dir.filePath(QStringLiteral("planned.pdf"));
    QVector<int> planned;
    {
        QPdfWriter writer(path);
        PageCanvas canvas(&writer, PageStyle::defaults());
        QVERIFY(canvas.begin());
        BlankBallotRenderer renderer(canvas, ReportLanguage(QStringLiteral("en")));
        for (const BlankBallot &b : ballots) {
            planned << renderer.pageCount(b);
            QCOMPARE(renderer.paint(b), planned.constLast());
        }
        QVERIFY(canvas.end());
    }
    const QStringList pages = test::pdfPages(path);
    QCOMPARE(pages.size(), planned.at(0) + planned.at(1) + planned.at(2));
    QCOMPARE(planned.at(0), 1);
    QVERIFY(planned.at(1) >= 2);
    // Each ballot starts a page of its own and counts its own pages.
    int first = 0;
    for (int b = 0; b < ballots.size(); ++b) {
        QVERIFY(pages.at(first).contains(ballots.at(b).memberName));
        QVERIFY(pages.at(first).contains(QStringLiteral("Page 1 of %1").arg(planned.at(b))));
        first += planned.at(b);
    }
}

void TestBlankBallotRenderer::orientationFollowsTheCriteria_data()
{
    QTest::addColumn<int>("criteria");
    QTest::addColumn<bool>("landscape");
    QTest::newRow("3") << 3 << false;
    QTest::newRow("5, the default methodology") << 5 << false;
    QTest::newRow("6") << 6 << true;
    QTest::newRow("20") << 20 << true;
}

void TestBlankBallotRenderer::orientationFollowsTheCriteria()
{
    QFETCH(int, criteria);
    QFETCH(bool, landscape);
    QCOMPARE(BlankBallotRenderer::orientationFor(criteria) == QPageLayout::Landscape, landscape);
    const QString path = m_dir.filePath(QStringLiteral("wide.pdf"));
    {
        QPdfWriter writer(path);
        QVERIFY(BlankBallotRenderer::render({ballot(10, criteria)},
                                            ReportLanguage(QStringLiteral("en")), &writer));
    }
    QPdfDocument pdf;
    QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
    const QSizeF size = pdf.pagePointSize(0);
    QCOMPARE(size.width() > size.height(), landscape);
    // Every criterion still has its column, however narrow.
    const QString text = test::pdfPages(path).join(QLatin1Char('\n'));
    for (int k = 1; k <= criteria; ++k)
        QVERIFY2(text.count(QStringLiteral("K%1\n").arg(k)) >= 1, qPrintable(text));
}

QTEST_MAIN(TestBlankBallotRenderer)
#include "tst_blankballotrenderer.moc"
