#include "welcomepage.h"

#include "languagemanager.h"
#include "services/contesttemplate.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
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
    , m_templateLabel(new QLabel)
    , m_openHintLabel(new QLabel)
    , m_packageHintLabel(new QLabel)
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
    m_templateLabel->setObjectName(QStringLiteral("templateHintLabel"));
    m_openHintLabel->setObjectName(QStringLiteral("openHintLabel"));
    m_packageHintLabel->setObjectName(QStringLiteral("packageHintLabel"));
    m_demoHintLabel->setObjectName(QStringLiteral("demoHintLabel"));
    // Large targets: these buttons are all the page is for. Sizes in the font's units, so they
    // grow with the system's font size.
    const int em = fontMetrics().averageCharWidth();
    for (QPushButton *button : {m_newButton, m_openButton, m_packageButton, m_demoButton}) {
        button->setMinimumHeight(button->fontMetrics().height() * 5 / 2);
        button->setMinimumWidth(em * 30);
    }
    for (QLabel *label : {m_templateLabel, m_openHintLabel, m_packageHintLabel, m_demoHintLabel}) {
        label->setWordWrap(true);
        label->setMinimumWidth(em * 40);
        label->setMaximumWidth(em * 90);
    }
    m_recentList->setObjectName(QStringLiteral("recentFilesList"));
    m_recentList->setMaximumWidth(em * 120);
    m_recentLabel->setBuddy(m_recentList);

    // One row per way in: the button, and beside it what it gives.
    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(em * 2);
    const QPair<QPushButton *, QLabel *> rows[] = {{m_newButton, m_templateLabel},
                                                   {m_openButton, m_openHintLabel},
                                                   {m_packageButton, m_packageHintLabel},
                                                   {m_demoButton, m_demoHintLabel}};
    int row = 0;
    for (const auto &[button, label] : rows) {
        choices->addWidget(button, row, 0, Qt::AlignTop);
        choices->addWidget(label, row, 1, Qt::AlignVCenter);
        ++row;
    }
    // The sentences take the width up to their maximum, an empty column the rest; the buttons
    // keep their size.
    choices->setColumnStretch(1, 3);
    choices->setColumnStretch(2, 1);

    auto *column = new QVBoxLayout;
    column->addWidget(m_titleLabel);
    column->addWidget(m_subtitleLabel);
    column->addSpacing(fontMetrics().height());
    column->addLayout(choices);
    column->addSpacing(fontMetrics().height());
    column->addWidget(m_recentLabel);
    column->addWidget(m_recentList, 1);
    // Takes the room the recent list leaves when it is hidden, so the rest stays at the top.
    column->addStretch(0);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(em * 6, em * 4, em * 6, em * 4);
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
    m_newButton->setText(tr("&New contest from template…"));
    m_templateLabel->setText(templateSummary());
    m_openHintLabel->setText(tr("A contest file (.akc) kept on this PC, on a USB stick or sent "
                                "by e-mail."));
    m_openButton->setText(tr("&Open contest…"));
    m_demoButton->setText(tr("Open &demo contest"));
    m_packageButton->setText(tr("Open a &ballot package…"));
    m_packageHintLabel->setText(tr("For a commission member: the file the secretary sent you "
                                   "to score on this PC"));
    m_demoHintLabel->setText(
        tr("The demo contest is made-up data for trying the program: 17 regions, 2,287 "
           "nominees, their commissions' ballots, 100,000 citizens' survey responses and an "
           "ethics questionnaire. It is created on first use in your data folder. Sign in as "
           "“secretary” or “chair” (or a member, “member1” …) with the password “demo”."));
    // A screen reader reads the sentence beside each button with it.
    m_newButton->setAccessibleDescription(m_templateLabel->text());
    m_openButton->setAccessibleDescription(m_openHintLabel->text());
    m_packageButton->setAccessibleDescription(m_packageHintLabel->text());
    m_demoButton->setAccessibleDescription(m_demoHintLabel->text());
    m_recentList->setAccessibleName(tr("Recent contests"));
    m_recentLabel->setText(tr("Recent &contests:"));
    if (m_recentList->count() == 0)
        m_recentLabel->setText(tr("No recent contests."));
}

QString WelcomePage::templateSummary()
{
    ContestTemplate contestTemplate;
    if (!contestTemplate.load(ContestTemplate::defaultName()))
        return contestTemplate.errorString();
    // Criteria by their letter: "S1–S6, E1, K1–K5, R1–R3".
    QStringList groups;
    QString first;
    QString last;
    const auto close = [&] {
        if (!first.isEmpty())
            groups << (first == last ? first : first + QStringLiteral("–") + last);
    };
    for (const Criterion &criterion : contestTemplate.criteria()) {
        if (first.isEmpty() || criterion.code.at(0) != first.at(0)) {
            close();
            first = criterion.code;
        }
        last = criterion.code;
    }
    close();
    return tr("From the template «%1»: the %n region(s) with their commissions and the republican "
              "commission, the criteria %2 with the recommended weights. Everything can be "
              "changed until the first score is entered.",
              nullptr, int(contestTemplate.regions().size()))
        .arg(contestTemplate.displayName(LanguageManager::current()),
             groups.join(QStringLiteral(", ")));
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
