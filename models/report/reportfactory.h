#pragma once

#include "report/reportdocument.h"
#include "report/reportrequest.h"
#include "services/backgroundtask.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// Loads the data of a requested document from a contest file. load() opens a read-only
// connection of its own, so it runs on a worker thread (BackgroundTask) while the window keeps
// the file open; the document it returns holds plain data and may be printed on any thread.
class ReportFactory
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ReportFactory)

public:
    // nullptr with a translated `error` when the document cannot be made (no such region, no
    // nominees, a cancel through `progress`).
    static std::unique_ptr<ReportDocument> load(const QString &contestPath,
                                                const ReportRequest &request, QString *error,
                                                const BackgroundTask::Progress &progress = {});
    // The same on an open document (the caller's thread owns its connection).
    static std::unique_ptr<ReportDocument> load(ContestDocument &document,
                                                const ReportRequest &request, QString *error);

    // Every region's stage I protocol, one PDF each, into `folder`: a BackgroundTask::Work.
    // Names the files written in `written`, also when it stops: each file is whole (QSaveFile),
    // and a protocol of the same name written before is replaced only by a complete new one.
    static QString writeRegionalProtocols(const QString &contestPath, const QString &language,
                                          const QString &folder, QStringList *written,
                                          const BackgroundTask::Progress &progress = {});
};

} // namespace akim::report
