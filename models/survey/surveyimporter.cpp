#include "survey/surveyimporter.h"

#include "storage/auditlog.h"
#include "storage/contestrepository.h"
#include "storage/sql.h"
#include "storage/storageerror.h"
#include "storage/surveybatchwriter.h"
#include "storage/surveyrepository.h"
#include "storage/transaction.h"
#include "survey/importrun.h"
#include "survey/sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <atomic>
#include <thread>

namespace akim::survey {
namespace {

// Hashes a file on a thread of its own; the destructor stops it early when the run ends first.
class FileHasher
{
public:
    explicit FileHasher(const QString &path)
        : m_thread([this, path] { work(path); })
    {}
    ~FileHasher()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
    }

    QString result()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_result;
    }

private:
    void work(const QString &path) { m_result = Sha256::ofFile(path, &m_stop); }

    std::atomic<bool> m_stop{false};
    QString m_result;
    std::thread m_thread;
};

} // namespace

SurveyImporter::SurveyImporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

ImportSummary SurveyImporter::run(const ImportOptions &options, const Progress &progress,
                                  QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    summary.fileName = QFileInfo(options.filePath).fileName();
    summary.kind = options.mapping.kind;
    summary.dryRun = options.dryRun;
    QString message;
    const auto finish = [&](const QString &failure) {
        summary.seconds = double(timer.nsecsElapsed()) / 1e9;
        if (error)
            *error = failure;
        return summary;
    };
    const auto report = [&](int percent, const QString &stage) {
        return !progress || progress(percent, stage);
    };

    if (!report(0, tr("Reading the file")))
        return summary.cancelled = true,
               finish(tr("The import was cancelled; nothing was written."));
    if (!QFileInfo(options.filePath).isFile())
        return finish(tr("%1: the file cannot be read.").arg(options.filePath));
    // Reading the contest file itself through a QFile would drop this process's SQLite locks
    // when it is closed (POSIX locks belong to the process, not to the descriptor).
    if (QFileInfo(options.filePath).canonicalFilePath() ==
        QFileInfo(m_db.databaseName()).canonicalFilePath())
        return finish(
            tr("%1 is the contest file itself, not a survey export.").arg(summary.fileName));
    // The file's SHA-256 is computed on the other core while this one imports.
    FileHasher hasher(options.filePath);

    try {
        if (!options.dryRun) {
            if (const QString denied =
                    AccessPolicy::check(m_db, options.actor, Permission::ImportData);
                !denied.isEmpty())
                return finish(denied);
        }
        if (ContestRepository(m_db).isStageFinalised(StageKind::Regional))
            return finish(tr("Stage I is finalised: its survey data can no longer change."));
        ImportRun run(m_db, options, summary);
        if (!run.prepare(&message))
            return finish(message);

        Transaction transaction(m_db);
        run.begin();
        const QString readingStage = tr("Importing rows");
        while (true) {
            ImportRun::RowBatch batch;
            const ImportRun::Take taken = run.take(&batch, 100);
            if (taken == ImportRun::Take::Done)
                break;
            if (taken == ImportRun::Take::Batch)
                run.write(batch);
            if (!report(int(run.fraction() * 90.0), readingStage)) {
                summary.cancelled = true;
                run.abandon();
                return finish(tr("The import was cancelled; nothing was written."));
            }
        }
        if (!run.producerError().isEmpty()) {
            run.abandon();
            return finish(run.producerError());
        }
        summary.sha256 = hasher.result();
        if (summary.sha256.isEmpty()) {
            run.abandon();
            return finish(tr("%1: the file cannot be read.").arg(options.filePath));
        }
        if (summary.read == 0) {
            run.abandon();
            return finish(
                tr("%1: the sheet has no responses below its header.").arg(summary.fileName));
        }
        if (!report(92, tr("Writing the survey totals"))) {
            summary.cancelled = true;
            run.abandon();
            return finish(tr("The import was cancelled; nothing was written."));
        }
        run.end();

        AuditEntry entry;
        entry.user = options.userName;
        entry.action = QStringLiteral("survey.import");
        entry.objectType = QStringLiteral("survey_import");
        entry.objectUuid = summary.importUuid;
        entry.newValue = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("file"), summary.fileName},
                                      {QStringLiteral("sha256"), summary.sha256},
                                      {QStringLiteral("kind"), surveyKindKey(summary.kind)},
                                      {QStringLiteral("read"), summary.read},
                                      {QStringLiteral("imported"), summary.imported},
                                      {QStringLiteral("rejected"), summary.rejected},
                                      {QStringLiteral("duplicates"), summary.duplicates},
                                      {QStringLiteral("unmatched"), summary.unmatched},
                                      {QStringLiteral("aliases"), summary.aliasesSaved}})
                .toJson(QJsonDocument::Compact));
        AuditLog(m_db).append(entry);

        if (!report(97, options.dryRun ? tr("Dry run: nothing is written") : tr("Committing"))) {
            summary.cancelled = true;
            run.abandon();
            return finish(tr("The import was cancelled; nothing was written."));
        }
        if (!run.saveRejected(&message)) {
            run.abandon();
            return finish(message);
        }
        // An import that adds nothing (the same file again) leaves the contest as it was: no
        // empty import to list or undo, no audit entry.
        const bool nothing = summary.imported == 0 && summary.aliasesSaved == 0;
        if (options.dryRun || nothing) {
            summary.importId = 0;
            summary.importUuid.clear();
        } else {
            transaction.commit();
            summary.committed = true;
        }
    } catch (const StorageError &e) {
        summary.committed = false;
        summary.importId = 0;
        return finish(tr("The contest file could not be written: %1").arg(e.message()));
    }
    report(100, tr("Done"));
    return finish({});
}

// --- SurveyImporter: undo and file hash ------------------------------------------------------

QString SurveyImporter::undoImport(qint64 importId, const QString &userName, const Actor &actor)
{
    try {
        if (const QString denied = AccessPolicy::check(m_db, actor, Permission::ImportData);
            !denied.isEmpty())
            return denied;
        Transaction transaction(m_db);
        SurveyRepository repository(m_db);
        const SurveyImportRecord record = repository.importRecord(importId);
        if (record.id == 0)
            return tr("There is no import %1 in this contest.").arg(importId);
        if (record.isUndone())
            return tr("The import of %1 was already undone on %2.")
                .arg(record.fileName, record.undoneAt);
        if (ContestRepository(m_db).isStageFinalised(StageKind::Regional))
            return tr("Stage I is finalised: its survey data can no longer change.");
        const QVector<AggregateDelta> totals = repository.importTotals(importId);
        const qint64 responses = repository.responseCountOfImport(importId);
        repository.deleteImportResponses(importId);
        repository.applyAggregates(totals, -1);
        const QString at = sql::nowUtc();
        repository.markUndone(importId, at);
        AuditEntry entry;
        entry.at = at;
        entry.user = userName;
        entry.action = QStringLiteral("survey.import.undo");
        entry.objectType = QStringLiteral("survey_import");
        entry.objectUuid = record.uuid;
        entry.oldValue =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("file"), record.fileName},
                                                        {QStringLiteral("sha256"), record.sha256},
                                                        {QStringLiteral("responses"), responses}})
                                  .toJson(QJsonDocument::Compact));
        AuditLog(m_db).append(entry);
        transaction.commit();
    } catch (const StorageError &e) {
        return tr("The contest file could not be written: %1").arg(e.message());
    }
    return {};
}

QString SurveyImporter::fileSha256(const QString &path)
{
    return Sha256::ofFile(path);
}

} // namespace akim::survey
