// The user guide: Help > User Guide (F1) opens it in the interface language and it follows a
// language switch to the same page; every page exists in Russian, Kazakh and English, and every
// link and picture of every page leads to a compiled-in resource; contents, back and forward
// move between the pages. With AKIM_SCREENSHOT_DIR set it also saves the window as it shows.
#include "guidewindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

using namespace akim;

namespace {

const QStringList kLanguages = {QStringLiteral("ru"), QStringLiteral("kk"), QStringLiteral("en")};

QString resourcePath(const QString &language, const QString &page)
{
    return QStringLiteral(":/guide/%1/%2.md").arg(language, page);
}

QString readPage(const QString &language, const QString &page)
{
    QFile file(resourcePath(language, page));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every link target and every image name of a page as Qt's Markdown reader sees them.
void targetsOf(const QString &markdown, QStringList *links, QStringList *images)
{
    QTextDocument document;
    document.setMarkdown(markdown);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                images->append(format.toImageFormat().name());
            else if (format.isAnchor() && !format.anchorHref().isEmpty())
                links->append(format.anchorHref());
        }
    }
}

void screenshot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("AKIM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    QVERIFY(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QToolButton *button(GuideWindow *window, const char *name)
{
    return window->findChild<QToolButton *>(QLatin1String(name));
}

} // namespace

class TestGuideWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyPageExistsInEveryLanguage();
    void linksAndImagesResolve_data();
    void linksAndImagesResolve();
    void languagesShowTheSamePictures();
    void helpMenuOpensTheGuideInTheInterfaceLanguage();
    void followsALanguageSwitchToTheSamePage();
    void contentsBackAndForward();
    void widePicturesFitThePage();

private:
    std::unique_ptr<LanguageManager> m_languages;
};

void TestGuideWindow::initTestCase()
{
    test::isolateSettings();
    test::ignoreOffscreenNoise();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("ru")));
}

void TestGuideWindow::cleanup()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("ru")));
}

void TestGuideWindow::everyPageExistsInEveryLanguage()
{
    const QStringList pages = GuideWindow::pages();
    QVERIFY(pages.size() >= 10);
    for (const QString &language : kLanguages) {
        for (const QString &page : pages) {
            const QString text = readPage(language, page);
            QVERIFY2(text.size() > 400, qPrintable(resourcePath(language, page) +
                                                   QLatin1String(" is missing or short")));
            const QString title = GuideWindow::pageTitle(language, page);
            QVERIFY2(title != page && !title.isEmpty(), qPrintable(resourcePath(language, page)));
        }
        // No page is left out of the contents.
        QStringList files = QDir(QStringLiteral(":/guide/") + language)
                                .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        for (QString &file : files)
            file.chop(3);
        QStringList sorted = pages;
        sorted.sort();
        QCOMPARE(files, sorted);
    }
    // The titles are translated: no two languages share one (the Russian and Kazakh pages are
    // not English copies).
    for (const QString &page : pages) {
        const QString ru = GuideWindow::pageTitle(QStringLiteral("ru"), page);
        const QString kk = GuideWindow::pageTitle(QStringLiteral("kk"), page);
        const QString en = GuideWindow::pageTitle(QStringLiteral("en"), page);
        QVERIFY2(ru != kk && ru != en && kk != en, qPrintable(page));
    }
}

void TestGuideWindow::linksAndImagesResolve_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const QString &language : kLanguages) {
        for (const QString &page : GuideWindow::pages())
            QTest::newRow(qPrintable(language + u'/' + page)) << language << page;
    }
}

void TestGuideWindow::linksAndImagesResolve()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    QStringList links;
    QStringList images;
    targetsOf(readPage(language, page), &links, &images);
    // Every page but the last leads somewhere.
    if (page != GuideWindow::pages().constLast())
        QVERIFY2(!links.isEmpty(), "a page without links");
    const QUrl base = GuideWindow::pageUrl(language, page);
    for (const QString &link : links) {
        const QUrl url = base.resolved(QUrl(link));
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            continue;
        QCOMPARE(url.scheme(), QStringLiteral("qrc"));
        QVERIFY2(url.path().endsWith(QLatin1String(".md")), qPrintable(link));
        QVERIFY2(QFile::exists(u':' + url.path()),
                 qPrintable(link + QLatin1String(" does not resolve")));
    }
    for (const QString &image : images) {
        const QUrl url = base.resolved(QUrl(image));
        QVERIFY2(image.startsWith(QLatin1String("images/")), qPrintable(image));
        const QImage picture(u':' + url.path());
        QVERIFY2(!picture.isNull(), qPrintable(image + QLatin1String(" does not resolve")));
        QVERIFY2(picture.width() <= 1000,
                 qPrintable(image + QLatin1String(" is wider than 1000 pixels")));
    }
}

void TestGuideWindow::languagesShowTheSamePictures()
{
    QSet<QString> reference;
    for (const QString &language : kLanguages) {
        QSet<QString> images;
        for (const QString &page : GuideWindow::pages()) {
            QStringList links;
            QStringList names;
            targetsOf(readPage(language, page), &links, &names);
            for (const QString &name : names)
                images.insert(page + u' ' + name);
        }
        QVERIFY2(images.size() >= 10, qPrintable(language));
        if (reference.isEmpty())
            reference = images;
        QCOMPARE(images, reference);
    }
}

void TestGuideWindow::helpMenuOpensTheGuideInTheInterfaceLanguage()
{
    QVERIFY(m_languages->setLanguage(QStringLiteral("kk")));
    MainWindow window(m_languages.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("guideAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    auto *helpMenu = window.findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(helpMenu && helpMenu->actions().contains(action));
    QVERIFY(!window.findChild<GuideWindow *>());

    action->trigger();
    auto *guide = window.findChild<GuideWindow *>();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QCOMPARE(guide->language(), QStringLiteral("kk"));
    QCOMPARE(guide->browser()->source(),
             GuideWindow::pageUrl(QStringLiteral("kk"), QStringLiteral("index")));
    const QString title = GuideWindow::pageTitle(QStringLiteral("kk"), QStringLiteral("index"));
    QVERIFY2(guide->browser()->toPlainText().startsWith(title),
             qPrintable(guide->browser()->toPlainText().left(80)));
    QCOMPARE(guide->contents()->count(), int(GuideWindow::pages().size()));
    QCOMPARE(guide->contents()->item(0)->text(), title);
    screenshot(guide, QStringLiteral("guide-kk-index"));

    // A second F1 raises the same window.
    guide->showPage(QStringLiteral("survey"));
    action->trigger();
    QCOMPARE(window.findChildren<GuideWindow *>().size(), 1);
    QCOMPARE(guide->currentPage(), QStringLiteral("survey"));
}

void TestGuideWindow::followsALanguageSwitchToTheSamePage()
{
    GuideWindow guide;
    guide.show();
    QCOMPARE(guide.language(), QStringLiteral("ru"));
    guide.resize(1100, 760);
    guide.showPage(QStringLiteral("ballots"));
    QCOMPARE(guide.currentPage(), QStringLiteral("ballots"));
    const QString ru = guide.browser()->toPlainText();
    screenshot(&guide, QStringLiteral("guide-ru-ballots"));

    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    // Qt posts LanguageChange to each window.
    QTRY_COMPARE(guide.language(), QStringLiteral("en"));
    QCOMPARE(guide.currentPage(), QStringLiteral("ballots"));
    QCOMPARE(guide.browser()->source(),
             GuideWindow::pageUrl(QStringLiteral("en"), QStringLiteral("ballots")));
    QVERIFY(guide.browser()->toPlainText() != ru);
    QVERIFY(guide.browser()->toPlainText().startsWith(
        GuideWindow::pageTitle(QStringLiteral("en"), QStringLiteral("ballots"))));
    QCOMPARE(guide.contents()->item(0)->text(),
             GuideWindow::pageTitle(QStringLiteral("en"), QStringLiteral("index")));
    QCOMPARE(guide.contents()->currentRow(),
             int(GuideWindow::pages().indexOf(QStringLiteral("ballots"))));
    // The history of the other language is gone: Back would switch languages again.
    QVERIFY(!guide.browser()->isBackwardAvailable());
    QCOMPARE(guide.windowTitle(), QStringLiteral("User Guide — Akim Contest"));
    screenshot(&guide, QStringLiteral("guide-en-ballots"));
}

void TestGuideWindow::contentsBackAndForward()
{
    GuideWindow guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    QCOMPARE(guide.currentPage(), QStringLiteral("index"));
    QVERIFY(!button(&guide, "guideBackButton")->isEnabled());

    // A click in the contents.
    const int surveyRow = int(GuideWindow::pages().indexOf(QStringLiteral("survey")));
    guide.contents()->setCurrentRow(surveyRow);
    QCOMPARE(guide.currentPage(), QStringLiteral("survey"));
    QVERIFY(button(&guide, "guideBackButton")->isEnabled());

    // A link in the page, as the browser follows it (relative, as written in the Markdown).
    guide.browser()->setSource(
        guide.browser()->source().resolved(QUrl(QStringLiteral("audit.md"))));
    QCOMPARE(guide.currentPage(), QStringLiteral("audit"));
    QCOMPARE(guide.contents()->currentRow(),
             int(GuideWindow::pages().indexOf(QStringLiteral("audit"))));
    QVERIFY(guide.browser()->document()->toPlainText().startsWith(
        GuideWindow::pageTitle(QStringLiteral("ru"), QStringLiteral("audit"))));

    QTest::mouseClick(button(&guide, "guideBackButton"), Qt::LeftButton);
    QCOMPARE(guide.currentPage(), QStringLiteral("survey"));
    QCOMPARE(guide.contents()->currentRow(), surveyRow);
    QVERIFY(button(&guide, "guideForwardButton")->isEnabled());
    QTest::mouseClick(button(&guide, "guideForwardButton"), Qt::LeftButton);
    QCOMPARE(guide.currentPage(), QStringLiteral("audit"));
    QTest::mouseClick(button(&guide, "guideHomeButton"), Qt::LeftButton);
    QCOMPARE(guide.currentPage(), QStringLiteral("index"));
    QCOMPARE(guide.contents()->currentRow(), 0);
}

void TestGuideWindow::widePicturesFitThePage()
{
    GuideWindow guide;
    guide.resize(700, 500);
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    guide.showPage(QStringLiteral("install"));
    QStringList links;
    QStringList images;
    targetsOf(readPage(QStringLiteral("ru"), QStringLiteral("install")), &links, &images);
    QVERIFY(!images.isEmpty());
    const QUrl url = guide.browser()->source().resolved(QUrl(images.constFirst()));
    const QImage original(u':' + url.path());
    QVERIFY(original.width() > guide.browser()->viewport()->width());
    const QVariant shown = guide.browser()->loadResource(QTextDocument::ImageResource, url);
    const QImage image = shown.value<QImage>();
    QVERIFY(!image.isNull());
    QVERIFY2(image.width() < guide.browser()->viewport()->width(),
             qPrintable(QString::number(image.width())));
}

QTEST_MAIN(TestGuideWindow)
#include "tst_guidewindow.moc"
