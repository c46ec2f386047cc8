#include "importfilepage.h"

#include "filedialogs.h"
#include "importwizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace akim {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_populationRadio(new QRadioButton)
    , m_ethicsRadio(new QRadioButton)
    , m_kindLabel(new QLabel)
    , m_fileLabel(new QLabel)
    , m_pathEdit(new QLineEdit)
    , m_browseButton(new QPushButton)
    , m_dropLabel(new QLabel)
    , m_problemLabel(new QLabel)
{
    setAcceptDrops(true);
    m_populationRadio->setObjectName(QStringLiteral("populationKindRadio"));
    m_ethicsRadio->setObjectName(QStringLiteral("ethicsKindRadio"));
    m_pathEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_pathEdit->setClearButtonEnabled(true);
    m_browseButton->setObjectName(QStringLiteral("browseImportFileButton"));
    m_fileLabel->setBuddy(m_pathEdit);
    m_dropLabel->setObjectName(QStringLiteral("importDropLabel"));
    m_dropLabel->setAlignment(Qt::AlignCenter);
    m_dropLabel->setWordWrap(true);
    m_dropLabel->setFrameShape(QFrame::StyledPanel);
    m_dropLabel->setFrameShadow(QFrame::Sunken);
    m_dropLabel->setMinimumHeight(140);
    m_problemLabel->setObjectName(QStringLiteral("importFileProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->setVisible(false);

    auto *kindLayout = new QVBoxLayout;
    kindLayout->addWidget(m_kindLabel);
    kindLayout->addWidget(m_populationRadio);
    kindLayout->addWidget(m_ethicsRadio);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(kindLayout);
    layout->addSpacing(12);
    layout->addWidget(m_fileLabel);
    layout->addLayout(fileRow);
    layout->addWidget(m_problemLabel);
    layout->addSpacing(12);
    layout->addWidget(m_dropLabel, 1);

    showKind(wizard->kind());
    connect(m_populationRadio, &QRadioButton::toggled, this, &ImportFilePage::onKindToggled);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ImportFilePage::onPathEdited);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    retranslateUi();
}

void ImportFilePage::retranslateUi()
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("The export of the questionnaire as it came from the website or the form: "
                   "CSV, Excel (xlsx, xls) or OpenDocument (ods)."));
    m_kindLabel->setText(tr("The file holds:"));
    m_populationRadio->setText(tr("the citizens' survey (criteria of source “survey”)"));
    m_ethicsRadio->setText(
        tr("the Ethics Commissioner's anonymous questionnaire (criteria of source “ethics”)"));
    m_fileLabel->setText(tr("&File:"));
    m_pathEdit->setPlaceholderText(tr("Path of the spreadsheet"));
    m_browseButton->setText(tr("&Browse…"));
    m_dropLabel->setText(tr("Or drop a spreadsheet here."));
    onPathEdited();
}

void ImportFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

QStringList ImportFilePage::spreadsheetSuffixes()
{
    return {QStringLiteral("csv"),  QStringLiteral("tsv"),  QStringLiteral("txt"),
            QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("xls"),
            QStringLiteral("ods")};
}

bool ImportFilePage::isSpreadsheet(const QString &path)
{
    return spreadsheetSuffixes().contains(QFileInfo(path).suffix().toLower());
}

void ImportFilePage::showPath(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (m_pathEdit->text() != shown)
        m_pathEdit->setText(shown);
}

void ImportFilePage::showKind(survey::SurveyKind kind)
{
    const bool ethics = kind == survey::SurveyKind::Ethics;
    m_ethicsRadio->setChecked(ethics);
    m_populationRadio->setChecked(!ethics);
}

void ImportFilePage::onKindToggled()
{
    m_wizard->setKind(m_ethicsRadio->isChecked() ? survey::SurveyKind::Ethics
                                                 : survey::SurveyKind::Population);
}

void ImportFilePage::onPathEdited()
{
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    m_wizard->setFilePath(path);
    QString problem;
    const QFileInfo info(path);
    if (!path.isEmpty() && !info.exists())
        problem = tr("There is no such file.");
    else if (!path.isEmpty() && !info.isFile())
        problem = tr("This is a folder, not a file.");
    else if (!path.isEmpty() && !info.isReadable())
        problem = tr("The file cannot be read (no permission).");
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_wizard->filePath());
    return !m_wizard->filePath().isEmpty() && info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    // The content decides the format, so an odd suffix is fine; the next page says what it is.
    return isComplete();
}

void ImportFilePage::browse()
{
    QStringList patterns;
    for (const QString &suffix : spreadsheetSuffixes())
        patterns << QStringLiteral("*.") + suffix;
    const QString filter = tr("Spreadsheets (%1)").arg(patterns.join(QLatin1Char(' '))) +
                           QStringLiteral(";;") + tr("All files (*)");
    const QString path = FileDialogs::getOpenFileName(this, tr("Choose the Export"), filter);
    if (!path.isEmpty())
        showPath(path);
}

QString ImportFilePage::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() && QFileInfo(path).isFile())
            return path;
    }
    return {};
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    showPath(path);
}

} // namespace akim
