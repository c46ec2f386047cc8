#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace akim {

class ContestDocument;

// Opening, creating and copying contest files on behalf of the main window, with the messages
// that say what went wrong. A contest file is never overwritten.
class ContestFiles
{
    Q_DECLARE_TR_FUNCTIONS(ContestFiles)

public:
    // Opens `path` in `document`. A file that cannot be opened is reported and leaves the
    // document as it was (ContestDocument::open() would close the current contest first).
    static bool open(QWidget *parent, ContestDocument *document, const QString &path);
    // Creates a contest at `path`, which must not exist yet, from a template.
    static bool create(QWidget *parent, ContestDocument *document, const QString &path,
                       const QString &templateName);
    // Asks for a file name and writes a consistent copy of the open contest there; returns the
    // copy's path, or empty when cancelled or failed (and reported).
    static QString saveCopy(QWidget *parent, ContestDocument *document);
    // The methodology template for a new contest: asks only when there is a choice; empty when
    // the user cancels. `language` names the templates ("ru", "kk", "en").
    static QString chooseTemplate(QWidget *parent, const QString &language);
    static QString suggestedNewName();

private:
    static void reportExisting(QWidget *parent, const QString &title, const QString &path);
};

} // namespace akim
