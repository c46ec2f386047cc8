#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QQueue>
#include <QSettings>
#include <QStandardPaths>

namespace akim {
namespace {

const QString kLastDirectoryKey = QStringLiteral("fileDialogs/lastDirectory");

struct Pending
{
    QQueue<QString> paths;
    QString lastCaption;
};

Pending &pending()
{
    static Pending instance;
    return instance;
}

// Returns true (and the preset path) when a test has answered this dialog in advance.
bool takePreset(const QString &caption, QString *path)
{
    Pending &p = pending();
    p.lastCaption = caption;
    if (p.paths.isEmpty())
        return false;
    *path = p.paths.dequeue();
    return true;
}

} // namespace

QString FileDialogs::contestFilter()
{
    return tr("Akim Contest files (*.akc)") + QStringLiteral(";;") + tr("All files (*)");
}

QString FileDialogs::lastDirectory()
{
    const QString stored = QSettings().value(kLastDirectoryKey).toString();
    if (!stored.isEmpty() && QFileInfo(stored).isDir())
        return stored;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileDialogs::rememberDirectory(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
}

QString FileDialogs::openContest(QWidget *parent)
{
    return getOpenFileName(parent, tr("Open Contest"), contestFilter());
}

QString FileDialogs::saveContest(QWidget *parent, const QString &caption,
                                 const QString &suggestedName)
{
    return getSaveFileName(parent, caption, suggestedName, contestFilter(), contestSuffix());
}

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString path;
    if (takePreset(caption, &path))
        return path;
    QFileDialog dialog(parent, caption, lastDirectory(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    path = dialog.selectedFiles().constFirst();
    rememberDirectory(path);
    return path;
}

QStringList FileDialogs::getOpenFileNames(QWidget *parent, const QString &caption,
                                          const QString &filter)
{
    QString preset;
    if (takePreset(caption, &preset))
        return preset.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QFileDialog dialog(parent, caption, lastDirectory(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    rememberDirectory(dialog.selectedFiles().constFirst());
    return dialog.selectedFiles();
}

QString FileDialogs::getExistingDirectory(QWidget *parent, const QString &caption)
{
    QString path;
    if (takePreset(caption, &path))
        return path;
    QFileDialog dialog(parent, caption, lastDirectory());
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    path = dialog.selectedFiles().constFirst();
    // The folder itself is remembered, not its parent.
    rememberDirectory(QDir(path).filePath(QStringLiteral(".")));
    return path;
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption,
                                     const QString &suggestedName, const QString &filter,
                                     const QString &defaultSuffix)
{
    QString path;
    if (!takePreset(caption, &path)) {
        QFileDialog dialog(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setFileMode(QFileDialog::AnyFile);
        dialog.setDefaultSuffix(defaultSuffix);
        dialog.setLabelText(QFileDialog::Accept, tr("Save"));
        dialog.setLabelText(QFileDialog::Reject, tr("Cancel"));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        path = dialog.selectedFiles().constFirst();
        rememberDirectory(path);
    }
    // A preset path gets the suffix the dialog would have added.
    if (!path.isEmpty() && !defaultSuffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + defaultSuffix;
    return path;
}

void FileDialogs::setNextPath(const QString &path)
{
    pending().paths.enqueue(path);
}

void FileDialogs::clearPendingPaths()
{
    pending().paths.clear();
}

int FileDialogs::pendingPaths()
{
    return int(pending().paths.size());
}

QString FileDialogs::lastCaption()
{
    return pending().lastCaption;
}

} // namespace akim
