#include "contestfiles.h"

#include "filedialogs.h"
#include "messagebox.h"
#include "services/contestdocument.h"
#include "services/contesttemplate.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>

namespace akim {
namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void ContestFiles::reportExisting(QWidget *parent, const QString &title, const QString &path)
{
    MessageBox::critical(parent, title,
                         tr("%1 already exists. Choose another name: a contest file is never "
                            "overwritten.")
                             .arg(nativePath(path)));
}

bool ContestFiles::open(QWidget *parent, ContestDocument *document, const QString &path)
{
    if (document->isOpen() &&
        QFileInfo(document->path()).canonicalFilePath() == QFileInfo(path).canonicalFilePath())
        return true;
    // Try the file on the side first, so that a refused file leaves the open contest open.
    {
        ContestDocument probe;
        if (!probe.open(path)) {
            MessageBox::critical(parent, tr("Open Contest"),
                                 tr("%1 could not be opened.").arg(nativePath(path)) +
                                     QStringLiteral("\n\n") + probe.errorString());
            return false;
        }
    }
    if (!document->open(path)) {
        MessageBox::critical(parent, tr("Open Contest"),
                             tr("%1 could not be opened.").arg(nativePath(path)) +
                                 QStringLiteral("\n\n") + document->errorString());
        return false;
    }
    return true;
}

bool ContestFiles::create(QWidget *parent, ContestDocument *document, const QString &path,
                          const QString &templateName)
{
    if (QFileInfo::exists(path)) {
        reportExisting(parent, tr("New Contest"), path);
        return false;
    }
    if (!document->create(path, templateName)) {
        MessageBox::critical(parent, tr("New Contest"),
                             tr("The contest could not be created.") + QStringLiteral("\n\n") +
                                 document->errorString());
        return false;
    }
    return true;
}

QString ContestFiles::saveCopy(QWidget *parent, ContestDocument *document)
{
    if (!document->isOpen())
        return {};
    const QString suggested = QFileInfo(document->path()).completeBaseName() + tr("-copy") +
                              QLatin1Char('.') + FileDialogs::contestSuffix();
    const QString path = FileDialogs::saveContest(parent, tr("Save a Copy"), suggested);
    if (path.isEmpty())
        return {};
    if (QFileInfo::exists(path)) {
        reportExisting(parent, tr("Save a Copy"), path);
        return {};
    }
    QString error;
    if (!document->database().saveCopy(path, &error)) {
        MessageBox::critical(parent, tr("Save a Copy"),
                             tr("The copy could not be saved.") + QStringLiteral("\n\n") + error);
        return {};
    }
    return path;
}

QString ContestFiles::chooseTemplate(QWidget *parent, const QString &language)
{
    const QStringList names = ContestDocument::templateNames();
    if (names.size() <= 1)
        return names.isEmpty() ? ContestDocument::defaultTemplate() : names.constFirst();
    QStringList labels;
    for (const QString &name : names) {
        ContestTemplate contestTemplate;
        labels << (contestTemplate.load(name) ? contestTemplate.displayName(language) : name);
    }
    QInputDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("templateDialog"));
    dialog.setWindowTitle(tr("New Contest"));
    dialog.setLabelText(tr("Methodology template:"));
    dialog.setComboBoxItems(labels);
    dialog.setTextValue(labels.value(names.indexOf(ContestDocument::defaultTemplate())));
    dialog.setOkButtonText(tr("OK"));
    dialog.setCancelButtonText(tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return names.value(labels.indexOf(dialog.textValue()));
}

QString ContestFiles::suggestedNewName()
{
    return tr("contest-%1").arg(QDate::currentDate().year()) + QLatin1Char('.') +
           FileDialogs::contestSuffix();
}

} // namespace akim
