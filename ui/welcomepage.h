#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace akim {

// What the main window shows while no contest is open: start a new contest from the template,
// open one, open a ballot package, open the demo, or pick a recent file. Each button has a
// sentence beside it that says what it gives (for the template: what the new contest holds).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    // The demo contest's file; the demo button shows only when it exists.
    void setDemoAvailable(bool available);

signals:
    void newContestRequested();
    void openContestRequested();
    void openDemoRequested();
    void openPackageRequested();
    void recentFileRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // The default template's name and what a contest made from it holds.
    static QString templateSummary();
    void onRecentActivated(QListWidgetItem *item);

    QLabel *m_titleLabel;
    QLabel *m_subtitleLabel;
    QPushButton *m_newButton;
    QPushButton *m_openButton;
    QPushButton *m_demoButton;
    QPushButton *m_packageButton;
    QLabel *m_templateLabel;
    QLabel *m_openHintLabel;
    QLabel *m_packageHintLabel;
    QLabel *m_demoHintLabel;
    QLabel *m_recentLabel;
    QListWidget *m_recentList;
};

} // namespace akim
