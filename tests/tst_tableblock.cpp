// TableBlock's pagination: runs of rows that cover the table once, in order, each within its
// page with the header counted; a row taller than a page goes alone; a first page too short for
// a single row leaves the table to the next; and the header painted at the top of every run.
#include "pdftext.h"
#include "report/pagecanvas.h"
#include "report/tableblock.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

using namespace akim::report;

class TestTableBlock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void runsCoverEveryRowWithinTheirPages();
    void tallRowGoesAlone();
    void firstPageTooShortLeavesTheTableToTheNext();
    void emptyTableIsOneRunOfItsHeader();
    void headerOnEveryPage();

private:
    TableBlock table(int rows, const QString &text = QStringLiteral("row"));

    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<PageCanvas> m_canvas;
};

void TestTableBlock::init()
{
    m_canvas.reset();
    m_writer.reset();
    m_buffer.close();
    m_buffer.setData({});
    QVERIFY(m_buffer.open(QIODevice::WriteOnly));
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_canvas = std::make_unique<PageCanvas>(m_writer.get(), PageStyle::defaults());
}

TableBlock TestTableBlock::table(int rows, const QString &text)
{
    TableBlock t(*m_canvas,
                 {{QStringLiteral("No."), 10, true},
                  {QStringLiteral("Name"), 0, false},
                  {QStringLiteral("K1"), 15, true}},
                 10);
    for (int i = 0; i < rows; ++i)
        t.addRow({{TableCell::Kind::Text, QString::number(i + 1), {}},
                  {TableCell::Kind::Text, text, QStringLiteral("detail")},
                  {TableCell::Kind::Box, {}, {}}});
    return t;
}

void TestTableBlock::runsCoverEveryRowWithinTheirPages()
{
    const TableBlock t = table(100);
    QCOMPARE(t.rowCount(), 100);
    QVERIFY(t.rowHeight(0) >= m_canvas->mm(10)); // boxes stay big enough to write in
    const qreal first = m_canvas->mm(120);
    const qreal next = m_canvas->mm(250);
    const QVector<QPair<int, int>> runs = t.paginate(first, next);
    QVERIFY(runs.size() >= 5);
    int expected = 0;
    for (int i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs.at(i).first, expected);
        QVERIFY(runs.at(i).second > runs.at(i).first);
        QVERIFY(t.height(runs.at(i).first, runs.at(i).second) <= (i == 0 ? first : next));
        // Full: the next row would not have fitted.
        if (i + 1 < runs.size())
            QVERIFY(t.height(runs.at(i).first, runs.at(i).second + 1) > (i == 0 ? first : next));
        expected = runs.at(i).second;
    }
    QCOMPARE(expected, 100);
}

void TestTableBlock::tallRowGoesAlone()
{
    TableBlock t = table(3);
    t.addRow({{TableCell::Kind::Text, QStringLiteral("4"), {}},
              {TableCell::Kind::Text, QStringLiteral("word ").repeated(3000), {}},
              {TableCell::Kind::Box, {}, {}}});
    const qreal page = m_canvas->mm(250);
    QVERIFY(t.rowHeight(3) > page);
    const QVector<QPair<int, int>> runs = t.paginate(page, page);
    QCOMPARE(runs, (QVector<QPair<int, int>>{{0, 3}, {3, 4}}));
}

void TestTableBlock::firstPageTooShortLeavesTheTableToTheNext()
{
    const TableBlock t = table(5);
    const QVector<QPair<int, int>> runs = t.paginate(t.headerHeight() + 1, m_canvas->mm(250));
    QCOMPARE(runs, (QVector<QPair<int, int>>{{0, 0}, {0, 5}}));
}

void TestTableBlock::emptyTableIsOneRunOfItsHeader()
{
    const TableBlock t = table(0);
    QCOMPARE(t.paginate(m_canvas->mm(100), m_canvas->mm(250)), (QVector<QPair<int, int>>{{0, 0}}));
    QCOMPARE(t.height(0, 0), t.headerHeight());
}

void TestTableBlock::headerOnEveryPage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    {
        QPdfWriter writer(path);
        PageCanvas canvas(&writer, PageStyle::defaults());
        TableBlock t(canvas, {{QStringLiteral("Column A"), 0, false}}, 10);
        for (int i = 0; i < 60; ++i)
            t.addRow({{TableCell::Kind::Text, QStringLiteral("Row %1").arg(i + 1), {}}});
        const QVector<QPair<int, int>> runs =
            t.paginate(canvas.content().height(), canvas.content().height());
        QVERIFY(runs.size() >= 3);
        QVERIFY(canvas.begin());
        for (int i = 0; i < runs.size(); ++i) {
            if (i > 0)
                QVERIFY(canvas.newPage());
            const qreal bottom = t.paint(canvas, 0, runs.at(i).first, runs.at(i).second);
            QCOMPARE(bottom, t.height(runs.at(i).first, runs.at(i).second));
        }
        QVERIFY(canvas.end());
    }
    const QStringList pages = akim::test::pdfPages(path);
    QVERIFY(pages.size() >= 3);
    for (const QString &page : pages)
        QVERIFY2(page.startsWith(QLatin1String("Column A")), qPrintable(page));
    QCOMPARE(pages.join(QLatin1Char('\n')).count(QLatin1String("Row ")), 60);
}

QTEST_MAIN(TestTableBlock)
#include "tst_tableblock.moc"
