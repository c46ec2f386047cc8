#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QListWidget;
class QTextBrowser;
class QToolButton;

namespace akim {

// The user guide (Help > User Guide): Markdown pages compiled in as resources
// (":/guide/<language>/<page>.md", with their screenshots in ":/guide/<language>/images/"),
// a list of contents on the left and the page on the right, with back and forward. It shows the
// pages of the interface language and, on a language switch, the same page in the new language.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget *parent = nullptr);

    // The pages in the order of the contents; the first is the start page.
    static QStringList pages();
    static QUrl pageUrl(const QString &language, const QString &page);
    // The page's title: its first heading, without the "# ".
    static QString pageTitle(const QString &language, const QString &page);

    // The one guide window of `parent` (made on first use), shown and raised.
    static GuideWindow *showFor(QWidget *parent);

    QString language() const { return m_language; }
    // The page shown ("install"), empty when the browser is on something else.
    QString currentPage() const;
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

public slots:
    void showPage(const QString &page);
    void home();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setLanguage(const QString &language);
    void fillContents();
    void onSourceChanged(const QUrl &url);
    QString pageOf(const QUrl &url) const;

    QString m_language;
    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QToolButton *m_backButton;
    QToolButton *m_forwardButton;
    QToolButton *m_homeButton;
};

} // namespace akim
