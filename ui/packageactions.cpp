#include "packageactions.h"

#include "filedialogs.h"
#include "mainmenus.h"
#include "messagebox.h"
#include "packageexportdialog.h"
#include "packageimportdialog.h"
#include "packages/packageexporter.h"
#include "packages/packageimporter.h"
#include "packages/packagerepository.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "text/language.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QTabWidget>
#include <QToolBar>

namespace akim {

PackageActions::PackageActions(QMainWindow *window, ContestDocument *document, MainMenus *menus,
                               QTabWidget *tabs, QWidget *ballotPage)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_tabs(tabs)
    , m_ballotPage(ballotPage)
    , m_open(new QAction(this))
    , m_export(new QAction(this))
    , m_import(new QAction(this))
    , m_bar(new QToolBar(window))
    , m_banner(new QLabel)
{
    m_open->setObjectName(QStringLiteral("openPackageAction"));
    m_export->setObjectName(QStringLiteral("exportPackagesAction"));
    m_import->setObjectName(QStringLiteral("importPackagesAction"));
    menus->fileMenu->insertAction(menus->saveCopyAction, m_open);
    menus->fileMenu->insertAction(menus->saveCopyAction, m_export);
    menus->fileMenu->insertAction(menus->saveCopyAction, m_import);
    menus->fileMenu->insertSeparator(menus->saveCopyAction);

    m_bar->setObjectName(QStringLiteral("packageBar"));
    m_bar->setMovable(false);
    m_banner->setObjectName(QStringLiteral("packageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    // A tool bar gives a widget its size hint, which for wrapped text is narrow; expanding, the
    // banner takes the window's width.
    m_banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_bar->addWidget(m_banner);
    window->addToolBar(Qt::TopToolBarArea, m_bar);
    m_bar->hide();

    connect(m_open, &QAction::triggered, this, &PackageActions::openPackage);
    connect(m_export, &QAction::triggered, this, &PackageActions::exportPackages);
    connect(m_import, &QAction::triggered, this, &PackageActions::importPackages);
    connect(document, &ContestDocument::opened, this, &PackageActions::onOpened);
    connect(document, &ContestDocument::closed, this, &PackageActions::onOpened);
    connect(document, &ContestDocument::signedInChanged, this, &PackageActions::update);
    connect(document, &ContestDocument::scoresChanged, this, &PackageActions::update);
    retranslate();
    onOpened();
}

void PackageActions::retranslate()
{
    m_open->setText(tr("Open Ballot &Package…"));
    m_open->setStatusTip(tr("Open a ballot package the secretary sent you, to score it"));
    m_export->setText(tr("E&xport Ballot Packages…"));
    m_export->setStatusTip(tr("Write each member's ballot to a file, to be scored on another PC"));
    m_import->setText(tr("I&mport Ballot Packages…"));
    m_import->setStatusTip(tr("Take back the ballot packages the members scored and submitted"));
    m_bar->setWindowTitle(tr("Ballot Package"));
    update();
}

void PackageActions::onOpened()
{
    const bool package = m_document->isOpen() && m_document->isBallotPackage();
    // A package holds one member's ballot and nothing a member could use elsewhere.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabVisible(i, !package || m_tabs->widget(i) == m_ballotPage);
    if (package)
        m_tabs->setCurrentWidget(m_ballotPage);
    m_bar->setVisible(package);
    update();
}

void PackageActions::update()
{
    const bool open = m_document->isOpen();
    const bool package = open && m_document->isBallotPackage();
    const bool secretary = open && !package && !m_document->isReadOnly() &&
                           m_document->permit(Permission::ManageBallots).isEmpty();
    m_export->setEnabled(secretary);
    m_import->setEnabled(secretary);
    if (package)
        m_banner->setText(bannerText());
}

QString PackageActions::bannerText() const
{
    const std::optional<PackageManifest> manifest =
        PackageRepository(m_document->database().connection()).manifest();
    const QVector<Member> own = BallotService(*m_document).votingMembers();
    if (!manifest || own.isEmpty())
        return {};
    const Member &member = own.front();
    const Commission commission = m_document->commissions().commission(member.commissionId);
    const QString whose =
        tr("Ballot package of %1, %2.")
            .arg(member.fullName, text::pick(commission.nameRu, commission.nameKk));
    if (!m_document->account())
        return whose + QLatin1Char(' ') + tr("Sign in with your password to score.");
    if (BallotService(*m_document).ballot(member.id).isSubmitted())
        return whose + QLatin1Char(' ') +
               tr("Submitted. Send this file back to the secretary: %1")
                   .arg(QDir::toNativeSeparators(m_document->path()));
    return whose + QLatin1Char(' ') +
           tr("Every cell is saved as you type. When all are scored, press Submit and send this "
              "file back to the secretary.");
}

void PackageActions::openPackage()
{
    const QString path = FileDialogs::getOpenFileName(
        m_window, tr("Open Ballot Package"),
        tr("Ballot packages (*.%1)").arg(QLatin1String(PackageExporter::kSuffix)));
    if (!path.isEmpty())
        emit openRequested(path);
}

void PackageActions::exportPackages()
{
    PackageExportDialog dialog(m_document, m_window);
    dialog.exec();
}

void PackageActions::importPackages()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        m_window, tr("Import Ballot Packages"),
        tr("Ballot packages (*.%1)").arg(QLatin1String(PackageExporter::kSuffix)));
    if (paths.isEmpty())
        return;
    QVector<PackageInspection> packages;
    {
        QProgressDialog progress(tr("Checking ballot packages…"), QString(), 0, int(paths.size()),
                                 m_window);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        PackageImporter importer(*m_document);
        for (const QString &path : paths) {
            progress.setValue(int(packages.size()));
            packages << importer.inspect(path);
        }
    }
    PackageImportDialog dialog(packages, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVector<PackageInspection> accepted = dialog.acceptable();
    const EditResult result = PackageImporter(*m_document).accept(accepted);
    if (!result.ok()) {
        MessageBox::warning(m_window, tr("Import Ballot Packages"), result.message);
        return;
    }
    QStringList names;
    for (const PackageInspection &p : accepted)
        names << p.memberName;
    MessageBox::information(
        m_window, tr("Import Ballot Packages"),
        tr("Imported and submitted the ballots of %1.").arg(names.join(QStringLiteral(", "))));
}

} // namespace akim
