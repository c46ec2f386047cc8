#pragma once

#include "report/reportrequest.h"

#include "services/contestdocument.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

class QWidget;

namespace akim::test {

// Points QSettings and QStandardPaths at throw-away locations and clears them, so a test neither
// reads nor writes the user's recent files, language or window geometry. Call in initTestCase().
void isolateSettings();

// Drops the offscreen platform's "does not support propagateSizeHints()" warning, which every
// dialog that shows or hides a row prints and which says nothing about the code under test.
void ignoreOffscreenNoise();

// A contest file created from a template in its own temporary folder, open in `document()`.
class TemporaryContest
{
public:
    explicit TemporaryContest(const QString &templateName = ContestDocument::defaultTemplate());

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    // A path for another file in the same temporary folder.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    ContestDocument &document() { return *m_document; }

    // The region whose Russian or Kazakh name contains `name` (folded: "кызылорда" finds
    // "Қызылорда облысы"); 0 when none does. The second form asks another open document.
    qint64 regionId(const QString &name) const { return regionId(*m_document, name); }
    static qint64 regionId(const ContestDocument &document, const QString &name);
    // Adds a nominee, creating the district and okrug when they do not exist yet. Returns the
    // nominee's id, or 0 (with a QWARN of the refusal).
    qint64 addNominee(const QString &region, const QString &district, const QString &okrug,
                      const QString &fullName);
    // Closes the document, so that the file is opened by the code under test alone.
    void close() { m_document->close(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContestDocument> m_document;
    QString m_path;
    QString m_error;
};

// In the style of KeePassXC's TEST_MODAL: the next modal window to open (a dialog or a message
// box) is handed to `answer`, which fills it in and closes it. Returns a flag that turns true
// once `answer` has run; the wait gives up after `timeoutMs`.
std::shared_ptr<bool> answerNextModal(std::function<void(QWidget *)> answer, int timeoutMs = 10000);

// Types `text` into `widget` with one key event per character. QTest::keyClicks aborts on
// Cyrillic, so Russian and Kazakh text is typed this way.
void typeText(QWidget *widget, const QString &text);

// Runs SQL on a contest file through a plain connection, as the sqlite3 shell would: foreign
// keys off, none of the program's checks. For tests that edit a file behind the program's back.
bool rawSql(const QString &path, const QStringList &statements);

// Expected spreadsheet rows written as UTF-8 literals.
QStringList row(std::initializer_list<const char *> cells);
// A cell as "type:value", so that a row compares as a QStringList and a double can never pass
// for a date or a string (QVariant's operator== converts between numeric types).
QString describe(const QVariant &cell);

// Compares a document's dump with its golden file, line by line; empty when they agree, else
// the first difference. With AKIM_UPDATE_GOLDEN=1 in the environment it writes the file instead
// (review the diff before committing it).
//   const QString mismatch = test::goldenMismatch(dump, path);
//   QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
QString goldenMismatch(const QString &actual, const QString &goldenPath);

// Loads the requested document from `document` and writes it as a PDF to `path`: the path, or
// empty (with a warning that says why) when it cannot be made or written.
QString writeReport(ContestDocument &document, const report::ReportRequest &request,
                    const QString &path);

} // namespace akim::test
