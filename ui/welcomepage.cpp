#include "welcomepage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel)
    , m_subtitleLabel(new QLabel)
    , m_newButton(new QPushButton)
    , m_openButton(new QPushButton)
    , m_demoButton(new QPushButton)
    , m_packageButton(new QPushButton)
    , m_demoHintLabel(new QLabel)
    , m_recentLabel(new QLabel)
    , m_recentList(new QListWidget)
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_subtitleLabel->setWordWrap(true);
    m_newButton->setObjectName(QStringLiteral("newContestButton"));
    m_openButton->setObjectName(QStringLiteral("openContestButton"));
    m_demoButton->setObjectName(QStringLiteral("openDemoButton"));
    m_packageButton->setObjectName(QStringLiteral("openPackageButton"));
    m_demoHintLabel->setObjectName(QStringLiteral("demoHintLabel"));
    m_demoHintLabel->setWordWrap(true);
    m_demoHintLabel->setEnabled(false);
    // Large targets: these buttons are all the page is for.
    for (QPushButton *button : {m_newButton, m_openButton, m_packageButton, m_demoButton}) {
        button->setMinimumHeight(button->fontMetrics().height() * 5 / 2);
        button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 22);
    }
    m_recentList->setObjectName(QStringLiteral("recentFilesList"));
    m_recentList->setMaximumWidth(720);
    m_recentLabel->setBuddy(m_recentList);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_packageButton);
    buttons->addWidget(m_demoButton);
    buttons->addStretch();

    auto *column = new QVBoxLayout;
    column->addWidget(m_titleLabel);
    column->addWidget(m_subtitleLabel);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addWidget(m_demoHintLabel);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList, 1);
    // Takes the room the recent list leaves when it is hidden, so the rest stays at the top.
    column->addStretch(0);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 36, 48, 36);
    outer->addLayout(column, 1);
    outer->addStretch(0);

    connect(m_newButton, &QPushButton::clicked, this, &WelcomePage::newContestRequested);
    connect(m_openButton, &QPushButton::clicked, this, &WelcomePage::openContestRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
    connect(m_packageButton, &QPushButton::clicked, this, &WelcomePage::openPackageRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, &WelcomePage::onRecentActivated);

    setDemoAvailable(false);
    retranslateUi();
}

void WelcomePage::retranslateUi()
{
    m_titleLabel->setText(tr("Akim Contest"));
    m_subtitleLabel->setText(tr("The republican contest «Best Rural Akim»: nominees, commissions, "
                                "criteria, scores and protocols, kept in one contest file."));
    m_newButton->setText(tr("&New contest…"));
    m_openButton->setText(tr("&Open contest…"));
    m_demoButton->setText(tr("Open &demo contest"));
    m_packageButton->setText(tr("Open a &ballot package…"));
    m_packageButton->setToolTip(tr("For a commission member: the file the secretary sent you "
                                   "to score on this PC"));
    m_demoHintLabel->setText(
        tr("The demo contest is made-up data for trying the program: 17 regions, 2,287 "
           "nominees, their commissions' ballots, 100,000 citizens' survey responses and an "
           "ethics questionnaire. It is created on first use in your data folder. Sign in as "
           "“secretary” or “chair” (or a member, “member1” …) with the password “demo”."));
    m_recentLabel->setText(tr("&Recent contests:"));
    if (m_recentList->count() == 0)
        m_recentLabel->setText(tr("No recent contests."));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recentList->clear();
    for (const QString &file : files) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(info.fileName() + QStringLiteral("   ") +
                                         QDir::toNativeSeparators(info.absolutePath()));
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        m_recentList->addItem(item);
    }
    m_recentList->setVisible(!files.isEmpty());
    // As tall as its entries (at most eight), not the whole page.
    if (!files.isEmpty()) {
        const int rows = int(files.size());
        m_recentList->setMaximumHeight(rows * m_recentList->sizeHintForRow(0) +
                                       2 * m_recentList->frameWidth() + 4);
    }
    retranslateUi();
}

void WelcomePage::setDemoAvailable(bool available)
{
    m_demoButton->setVisible(available);
    m_demoHintLabel->setVisible(available);
}

void WelcomePage::onRecentActivated(QListWidgetItem *item)
{
    if (item)
        emit recentFileRequested(item->data(Qt::UserRole).toString());
}

} // namespace akim
