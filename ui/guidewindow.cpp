#include "guidewindow.h"

#include "languagemanager.h"

#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace akim {
namespace {

const QString kResourceRoot = QStringLiteral(":/guide/");

// A browser that shrinks a screenshot wider than its page to fit, so that a narrow window or a
// large system font never needs a horizontal scroll bar to see a whole picture. The document keeps
// an image once loaded, so after a resize that changes the fit the page is loaded again.
class GuideBrowser : public QTextBrowser
{
public:
    GuideBrowser()
    {
        m_refit.setSingleShot(true);
        m_refit.setInterval(150);
        QObject::connect(&m_refit, &QTimer::timeout, this, [this] {
            const int position = verticalScrollBar()->value();
            reload();
            verticalScrollBar()->setValue(position);
        });
    }

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource || resource.isNull())
            return resource;
        const QImage image = resource.typeId() == QMetaType::QImage
                                 ? resource.value<QImage>()
                                 : QImage::fromData(resource.toByteArray());
        m_room = room();
        m_widest = qMax(m_widest, image.width());
        if (image.isNull() || image.width() <= m_room)
            return resource;
        return image.scaledToWidth(m_room, Qt::SmoothTransformation);
    }

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override
    {
        m_widest = 0; // the images of the new page will say
        QTextBrowser::doSetSource(name, type);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        if (m_widest > 0 && qMin(m_widest, room()) != qMin(m_widest, m_room))
            m_refit.start();
    }

private:
    int room() const
    {
        return qMax(320, viewport()->width() - 2 * int(document()->documentMargin()) -
                             verticalScrollBar()->sizeHint().width());
    }

    QTimer m_refit;
    int m_room = 0;   // the width the images of the page were fitted to
    int m_widest = 0; // the natural width of the widest image of the page
};

} // namespace

GuideWindow::GuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_contents(new QListWidget)
    , m_browser(new GuideBrowser)
    , m_backButton(new QToolButton)
    , m_forwardButton(new QToolButton)
    , m_homeButton(new QToolButton)
{
    setObjectName(QStringLiteral("guideWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_backButton->setObjectName(QStringLiteral("guideBackButton"));
    m_forwardButton->setObjectName(QStringLiteral("guideForwardButton"));
    m_homeButton->setObjectName(QStringLiteral("guideHomeButton"));
    m_backButton->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_homeButton->setIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));
    for (QToolButton *button : {m_backButton, m_forwardButton, m_homeButton})
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Alt+Left / Alt+Right as in a web browser; the shortcuts stay when the texts are translated.
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton->setShortcut(QKeySequence::Forward);
    m_backButton->setEnabled(false);
    m_forwardButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_forwardButton);
    buttons->addWidget(m_homeButton);
    buttons->addStretch();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("guideSplitter"));
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_backButton, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forwardButton, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_homeButton, &QToolButton::clicked, this, &GuideWindow::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_backButton, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forwardButton, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &GuideWindow::onSourceChanged);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < pages().size() && pages().at(row) != currentPage())
            showPage(pages().at(row));
    });

    resize(1100, 760);
    retranslateUi();
    setLanguage(LanguageManager::current());
    // The contents as wide as their longest title (within reason), the page the rest.
    const int left =
        qMin(m_contents->sizeHintForColumn(0) + 2 * m_contents->frameWidth() + 24, width() * 2 / 5);
    splitter->setSizes({left, width() - left});
}

QStringList GuideWindow::pages()
{
    return {QStringLiteral("index"),    QStringLiteral("install"),     QStringLiteral("contest"),
            QStringLiteral("registry"), QStringLiteral("commissions"), QStringLiteral("accounts"),
            QStringLiteral("survey"),   QStringLiteral("ballots"),     QStringLiteral("member"),
            QStringLiteral("rankings"), QStringLiteral("reports"),     QStringLiteral("audit"),
            QStringLiteral("cli")};
}

QUrl GuideWindow::pageUrl(const QString &language, const QString &page)
{
    return QUrl(QStringLiteral("qrc:/guide/%1/%2.md").arg(language, page));
}

QString GuideWindow::pageTitle(const QString &language, const QString &page)
{
    QFile file(kResourceRoot + language + QLatin1Char('/') + page + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return page;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("# ")))
            return line.mid(2).trimmed();
    }
    return page;
}

GuideWindow *GuideWindow::showFor(QWidget *parent)
{
    auto *window =
        parent ? parent->findChild<GuideWindow *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!window)
        window = new GuideWindow(parent);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

QString GuideWindow::currentPage() const
{
    return pageOf(m_browser->source());
}

QString GuideWindow::pageOf(const QUrl &url) const
{
    const QString path = url.path(); // "/guide/ru/install.md"
    const QString prefix = QStringLiteral("/guide/%1/").arg(m_language);
    if (!path.startsWith(prefix) || !path.endsWith(QLatin1String(".md")))
        return {};
    return path.mid(prefix.size(), path.size() - prefix.size() - 3);
}

void GuideWindow::showPage(const QString &page)
{
    m_browser->setSource(pageUrl(m_language, pages().contains(page) ? page : pages().constFirst()),
                         QTextDocument::MarkdownResource);
}

void GuideWindow::home()
{
    showPage(pages().constFirst());
}

void GuideWindow::retranslateUi()
{
    setWindowTitle(tr("User Guide — Akim Contest"));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("The page shown before (%1)")
                                 .arg(m_backButton->shortcut().toString(QKeySequence::NativeText)));
    m_forwardButton->setText(tr("Forward"));
    m_forwardButton->setToolTip(
        tr("The next page (%1)")
            .arg(m_forwardButton->shortcut().toString(QKeySequence::NativeText)));
    m_homeButton->setText(tr("Contents"));
    m_homeButton->setToolTip(tr("The first page of the guide"));
    m_contents->setAccessibleName(tr("Contents of the guide"));
    m_browser->setAccessibleName(tr("Guide page"));
}

void GuideWindow::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    const QString page = currentPage();
    m_language = language;
    fillContents();
    // The history holds pages of the old language; a step back would switch languages again.
    m_browser->clearHistory();
    showPage(page.isEmpty() ? pages().constFirst() : page);
    m_browser->clearHistory();
}

void GuideWindow::fillContents()
{
    const QSignalBlocker blocker(m_contents);
    m_contents->clear();
    for (const QString &page : pages()) {
        auto *item = new QListWidgetItem(pageTitle(m_language, page), m_contents);
        item->setData(Qt::UserRole, page);
    }
}

void GuideWindow::onSourceChanged(const QUrl &url)
{
    // The browser says so before source() returns the new page.
    const int row = int(pages().indexOf(pageOf(url)));
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentRow(row);
}

void GuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setLanguage(LanguageManager::current());
    }
    QWidget::changeEvent(event);
}

} // namespace akim
