#pragma once

#include "report/blankballot.h"
#include "services/backgroundtask.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

class BlankBallotDocument;

struct BlankBallotRequest
{
    QString contestPath;
    qint64 commissionId = 0;
    QString language = QStringLiteral("ru"); // "kk", "ru", "en"
    QString outputPath;                      // the PDF to write
};

// Blank ballots of one commission as one PDF: a ballot per voting member (everyone but the
// commission's secretary, as BallotService::votingMembers says), each from a new page.
//
// run() is a BackgroundTask::Work: it opens its own connection to the contest file (read-only:
// printing changes nothing), reports progress per member and stops when cancelled. The PDF is
// written by PdfOutput from a BlankBallotDocument, the document the print preview and the
// printer print: through QSaveFile, so a cancelled or failed run leaves no half file and an
// existing file as it was.
class BlankBallotExport
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::BlankBallotExport)

public:
    // The commission's ballots in member order. Throws StorageError.
    static QVector<BlankBallot> ballots(ContestDocument &document, qint64 commissionId,
                                        const ReportLanguage &language);

    // The commission's ballots as a document titled documentTitle(). nullptr with a translated
    // `error` when the commission does not exist, has no voting member or no nominee to score.
    // Throws StorageError.
    static std::unique_ptr<BlankBallotDocument> document(ContestDocument &contest,
                                                         qint64 commissionId,
                                                         const ReportLanguage &language,
                                                         QString *error);

    // Writes `ballots` to `path` as a PDF titled `title`; returns a translated error, or
    // empty. `done(count)` is asked after each ballot; returning false cancels.
    static QString write(const QVector<BlankBallot> &ballots, const ReportLanguage &language,
                         const QString &path, const QString &title,
                         const std::function<bool(int count)> &done = {});

    static QString run(const BlankBallotRequest &request,
                       const BackgroundTask::Progress &progress = {});

    // "Blank ballots – <commission>", the PDF's title and the suggested file name's stem.
    static QString documentTitle(const QString &commission, const ReportLanguage &language);
};

} // namespace akim::report
