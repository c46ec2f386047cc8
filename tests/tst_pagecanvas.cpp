// PageCanvas paints text as glyph runs, a page at a time; these check what a reader of the PDF
// gets from that: the words in the order they were drawn, characters the report font lacks,
// and lines where the plan measured them.
#include "pdftext.h"
#include "report/pagecanvas.h"
#include "report/pagestyle.h"

#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRawFont>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace akim;
using namespace akim::report;

class TestPageCanvas : public QObject
{
    Q_OBJECT

private slots:
    void textKeepsTheOrderItWasDrawnIn();
    void kazakhLettersSurvive();
    void characterTheFontLacksStillPrints();
    void paintedHeightIsThePlannedHeight_data();
    void paintedHeightIsThePlannedHeight();
    void printPreviewShowsTheText();

private:
    // Pages painted by `paint` into a PDF, as QtPdf extracts their text.
    QStringList render(const std::function<void(PageCanvas &)> &paint);

    QTemporaryDir m_dir;
};

QStringList TestPageCanvas::render(const std::function<void(PageCanvas &)> &paint)
{
    const QString path = m_dir.filePath(QStringLiteral("canvas.pdf"));
    {
        QPdfWriter writer(path);
        PageCanvas canvas(&writer, PageStyle::defaults());
        if (!canvas.begin())
            return {};
        paint(canvas);
        if (!canvas.end())
            return {};
    }
    return test::pdfPages(path);
}

void TestPageCanvas::textKeepsTheOrderItWasDrawnIn()
{
    // Fonts alternate, so the glyphs go into several runs; the PDF must still read in order.
    const QStringList pages = render([](PageCanvas &canvas) {
        const PageStyle &style = canvas.style();
        const qreal line = canvas.lineHeight(style.font(style.textPt));
        const QStringList words = {QStringLiteral("Alpha"), QStringLiteral("Bravo"),
                                   QStringLiteral("Charlie"), QStringLiteral("Delta")};
        for (int i = 0; i < words.size(); ++i) {
            const QFont font = style.font(style.textPt, i % 2 == 1);
            canvas.drawText(QRectF(0, i * line * 2, canvas.content().width(), line * 2), font,
                            words.at(i));
        }
        canvas.newPage();
        canvas.drawText(canvas.content(), style.font(style.textPt), QStringLiteral("Echo"));
    });
    QCOMPARE(pages.size(), 2);
    const QString first = pages.at(0).simplified();
    QCOMPARE(first, QStringLiteral("Alpha Bravo Charlie Delta"));
    QCOMPARE(pages.at(1).simplified(), QStringLiteral("Echo"));
}

void TestPageCanvas::kazakhLettersSurvive()
{
    const QString text = QStringLiteral("Әділет Ғабиден Қайрат Ңң Өмір Ұлан Үміт Һһ Іле");
    const QStringList pages = render([&](PageCanvas &canvas) {
        canvas.drawText(canvas.content(), canvas.style().font(canvas.style().textPt), text);
    });
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).simplified(), text);
}

void TestPageCanvas::characterTheFontLacksStillPrints()
{
    // A character outside the report font goes through QPainter, which falls back to a font
    // that has it; it must neither vanish nor move the words around it.
    const QFont report = PageStyle::defaults().font(12);
    const QRawFont raw = QRawFont::fromFont(report);
    const QList<QChar> candidates = {QChar(0x2713), QChar(0x2605), QChar(0x263A), QChar(0x2691)};
    QChar missing;
    for (const QChar c : candidates) {
        if (raw.isValid() && !raw.supportsCharacter(c) &&
            QFontMetricsF(QFont(QStringLiteral("DejaVu Sans"))).inFont(c)) {
            missing = c;
            break;
        }
    }
    if (missing.isNull())
        QSKIP("No installed font has a character that the report font lacks (fonts-dejavu-core "
              "provides them).");
    const QString text = QStringLiteral("Мақұлданды ") + missing + QStringLiteral(" бірауыздан");
    const QStringList pages = render([&](PageCanvas &canvas) {
        const PageStyle &style = canvas.style();
        canvas.drawText(QRectF(0, 0, canvas.content().width(), canvas.mm(10)),
                        style.font(style.textPt), QStringLiteral("Бірінші жол"));
        canvas.drawText(QRectF(0, canvas.mm(10), canvas.content().width(), canvas.mm(10)),
                        style.font(style.textPt), text);
        canvas.drawText(QRectF(0, canvas.mm(20), canvas.content().width(), canvas.mm(10)),
                        style.font(style.textPt), QStringLiteral("Соңғы жол"));
    });
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.at(0).simplified(),
             QStringLiteral("Бірінші жол ") + text + QStringLiteral(" Соңғы жол"));
}

void TestPageCanvas::paintedHeightIsThePlannedHeight_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qreal>("widthMm");
    QTest::addColumn<int>("lines");
    const QString okrug = QStringLiteral("Теректі ауданы, Қазыбек би атындағы ауылдық округі");
    QTest::newRow("fits") << okrug << 180.0 << 1;
    QTest::newRow("wraps") << okrug << 40.0 << 3;
    QTest::newRow("paragraphs") << QStringLiteral("бір\nекі\nүш") << 180.0 << 3;
    QTest::newRow("word wider than the column") << QStringLiteral("Қорытынды") << 5.0 << 1;
}

void TestPageCanvas::paintedHeightIsThePlannedHeight()
{
    QFETCH(QString, text);
    QFETCH(qreal, widthMm);
    QFETCH(int, lines);
    QPdfWriter writer(m_dir.filePath(QStringLiteral("height.pdf")));
    PageCanvas canvas(&writer, PageStyle::defaults());
    const QFont font = canvas.style().font(canvas.style().tablePt);
    const qreal width = canvas.mm(widthMm);
    const qreal planned = canvas.textHeight(font, text, width);
    QVERIFY(canvas.begin());
    const qreal painted = canvas.drawText(QRectF(0, 0, width, canvas.mm(100)), font, text);
    QVERIFY(canvas.end());
    QCOMPARE(painted, planned);
    const QFontMetricsF metrics(QFont(font, &writer), &writer);
    QCOMPARE(painted, metrics.height() + (lines - 1) * metrics.lineSpacing());
}

void TestPageCanvas::printPreviewShowsTheText()
{
    // The preview records pages through its own paint engine, which gets glyph runs without
    // their characters: the glyphs must still appear (Qt draws them as outlines there).
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&printer);
    bool withText = false;
    connect(&preview, &QPrintPreviewWidget::paintRequested, this, [&](QPrinter *device) {
        PageCanvas canvas(device, PageStyle::defaults());
        if (!canvas.begin())
            return;
        canvas.setLine(1);
        canvas.painter().drawRect(QRectF(0, 0, canvas.mm(150), canvas.mm(60)));
        if (withText)
            canvas.drawText(QRectF(0, 0, canvas.mm(150), canvas.mm(60)),
                            canvas.style().font(48, true), QStringLiteral("ҚАЗАҚ ӘРІП"));
        canvas.end();
    });
    preview.resize(700, 900);
    preview.setZoomMode(QPrintPreviewWidget::FitToWidth);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const auto darkPixels = [&] {
        preview.updatePreview();
        QCoreApplication::processEvents();
        const QImage image = preview.grab().toImage();
        if (qEnvironmentVariableIsSet("AKIM_KEEP_PREVIEW"))
            image.save(qEnvironmentVariable("AKIM_KEEP_PREVIEW") +
                       (withText ? u"-text.png" : u"-frame.png"));
        int dark = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 96 ? 1 : 0;
        }
        return dark;
    };
    const int frameOnly = darkPixels();
    withText = true;
    const int framedText = darkPixels();
    QVERIFY2(frameOnly > 0, "the preview shows no page");
    // Ten 48 pt capitals: thousands of dark pixels at this zoom (about 3,900 here); none if
    // the preview lost the glyphs. AKIM_KEEP_PREVIEW=<prefix> keeps both images to look at.
    QVERIFY2(framedText - frameOnly > 1500,
             qPrintable(QStringLiteral("dark pixels: %1 with text, %2 without")
                            .arg(framedText)
                            .arg(frameOnly)));
}

QTEST_MAIN(TestPageCanvas)
#include "tst_pagecanvas.moc"
