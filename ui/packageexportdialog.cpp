#include "packageexportdialog.h"

#include "dialogbuttons.h"
#include "emptystate.h"
#include "filedialogs.h"
#include "messagebox.h"
#include "packages/packageexporter.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "text/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace akim {

PackageExportDialog::PackageExportDialog(ContestDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_commission(new QComboBox)
    , m_members(new QListWidget)
    , m_folder(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("packageExportDialog"));
    setWindowTitle(tr("Export Ballot Packages"));
    m_commission->setObjectName(QStringLiteral("commissionBox"));
    m_members->setObjectName(QStringLiteral("memberList"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    // A list is not named by its form label, nor a field in a row with a button.
    m_members->setAccessibleName(tr("Members"));
    m_folder->setAccessibleName(tr("Folder"));
    auto *noMembers = new EmptyState(m_members);
    noMembers->setEmptyText(tr("This commission has no voting members yet. Add them on the "
                               "Commissions tab with Add Member…."));
    for (const Commission &c : m_document->commissions().commissions())
        m_commission->addItem(text::pick(c.nameRu, c.nameKk), c.id);

    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Commission:"), m_commission);
    form->addRow(tr("&Members:"), m_members);
    form->addRow(tr("&Folder:"), folderRow);

    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    DialogButtons::relabel(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &PackageExportDialog::exportChecked);
    connect(browse, &QPushButton::clicked, this, &PackageExportDialog::chooseFolder);
    connect(m_commission, &QComboBox::currentIndexChanged, this, &PackageExportDialog::fillMembers);
    connect(m_members, &QListWidget::itemChanged, this, &PackageExportDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &PackageExportDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(640, 460);
    fillMembers();
}

void PackageExportDialog::fillMembers()
{
    m_members->clear();
    const qint64 commissionId = m_commission->currentData().toLongLong();
    PackageExporter exporter(*m_document);
    for (const Member &m : BallotService(*m_document).votingMembers(commissionId)) {
        auto *item = new QListWidgetItem(m.fullName, m_members);
        item->setData(Qt::UserRole, m.id);
        const QString refused = exporter.mayExport(m.id);
        if (refused.isEmpty()) {
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
        } else {
            item->setFlags(Qt::ItemIsSelectable);
            item->setText(tr("%1 — %2").arg(m.fullName, refused));
            item->setToolTip(refused);
        }
    }
    updateButtons();
}

void PackageExportDialog::chooseFolder()
{
    const QString folder =
        FileDialogs::getExistingDirectory(this, tr("Folder for the Ballot Packages"));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void PackageExportDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_members->count(); ++i)
        any = any || m_members->item(i)->checkState() == Qt::Checked;
    m_exportButton->setEnabled(any && !m_folder->text().trimmed().isEmpty());
}

void PackageExportDialog::exportChecked()
{
    const QDir folder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!folder.exists()) {
        MessageBox::warning(this, windowTitle(),
                            tr("The folder %1 does not exist.").arg(m_folder->text()));
        return;
    }
    QVector<QListWidgetItem *> checked;
    for (int i = 0; i < m_members->count(); ++i) {
        if (m_members->item(i)->checkState() == Qt::Checked)
            checked << m_members->item(i);
    }
    // Each package is written on this connection in a moment; the progress dialog keeps the
    // window alive and lets a long list be stopped between two members.
    QProgressDialog progress(tr("Exporting ballot packages…"), tr("Cancel"), 0, int(checked.size()),
                             this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    PackageExporter exporter(*m_document);
    m_written.clear();
    QStringList problems;
    for (int i = 0; i < checked.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        const qint64 memberId = checked.at(i)->data(Qt::UserRole).toLongLong();
        const QString path = folder.filePath(PackageExporter::suggestedFileName(
            m_commission->currentText(), m_document->commissions().member(memberId).fullName));
        if (const EditResult r = exporter.exportTo(memberId, path); r.ok())
            m_written << path;
        else
            problems << r.message;
    }
    progress.setValue(int(checked.size()));
    QString text = tr("%n package(s) written to %1.", nullptr, int(m_written.size()))
                       .arg(QDir::toNativeSeparators(folder.absolutePath()));
    if (!m_written.isEmpty())
        text += QLatin1Char(' ') + tr("Send each member their file; the member opens it with "
                                      "Akim Contest and signs in with their own password.");
    if (!problems.isEmpty())
        text += QStringLiteral("\n\n") + problems.join(QLatin1Char('\n'));
    if (problems.isEmpty())
        MessageBox::information(this, windowTitle(), text);
    else
        MessageBox::warning(this, windowTitle(), text);
}

} // namespace akim
