#include "report/blankballotexport.h"

#include "report/blankballotrenderer.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace akim::report {

QVector<BlankBallot> BlankBallotExport::ballots(ContestDocument &document, qint64 commissionId,
                                                const ReportLanguage &language)
{
    const ContestInfo contest = document.contest().contest();
    const BallotService service(document);
    const QVector<Member> members = service.votingMembers(commissionId);
    if (members.isEmpty())
        return {};
    // Every member of a commission scores the same nominees on the same criteria; only the
    // member and the declared conflicts differ. So the layout is loaded once: the republican
    // field can take a ranking of the whole contest to work out (0.25 s a member on the demo).
    BallotLayout layout = service.layout(members.constFirst().id);
    QVector<BlankBallot> result;
    for (const Member &member : members) {
        layout.member = member;
        layout.conflicts.clear();
        for (const MemberConflict &c : document.commissions().conflicts(member.id))
            layout.conflicts.insert(c.nomineeId);
        result.push_back(BlankBallot::build(layout, contest, language));
    }
    return result;
}

QString BlankBallotExport::documentTitle(const QString &commission, const ReportLanguage &language)
{
    //: The PDF's title; %1 is the commission's name
    return language.translate("akim::report::BlankBallotExport", "Blank ballots – %1")
        .arg(commission);
}

QString BlankBallotExport::write(const QVector<BlankBallot> &ballots,
                                 const ReportLanguage &language, const QString &path,
                                 const QString &title, const std::function<bool(int)> &done)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    bool stopped = false;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Akim Contest"));
        painted = BlankBallotRenderer::render(ballots, language, &writer, [&](int count) {
            stopped = done && !done(count);
            return !stopped;
        });
    } // the writer flushes the PDF's end into the file here
    if (stopped || !painted) {
        file.cancelWriting();
        return stopped ? tr("Cancelled.") : tr("Cannot write %1.").arg(path);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString BlankBallotExport::run(const BlankBallotRequest &request,
                               const BackgroundTask::Progress &progress)
{
    const auto report = [&](int percent, const QString &stage) {
        return !progress || progress(percent, stage);
    };
    if (!report(0, tr("Reading the commission's ballots…")))
        return tr("Cancelled.");
    // This thread's own connection: a QSqlDatabase connection belongs to the thread that
    // opened it. Closed (with the document) before the work returns.
    ContestDocument document;
    if (!document.open(request.contestPath, Database::Mode::ReadOnly))
        return document.errorString();
    const ReportLanguage language(request.language);
    QVector<BlankBallot> ballots;
    QString commission;
    try {
        const Commission c = document.commissions().commission(request.commissionId);
        if (c.id == 0)
            return tr("The commission no longer exists.");
        commission = language.pick(c.nameRu, c.nameKk);
        ballots = BlankBallotExport::ballots(document, request.commissionId, language);
    } catch (const StorageError &e) {
        return e.message();
    }
    if (ballots.isEmpty())
        return tr("The commission has no voting members yet: add its members first.");
    if (ballots.constFirst().nominees.isEmpty())
        return tr("The commission has no nominees to score yet.");
    if (!report(10, tr("Writing %n ballot(s)…", nullptr, int(ballots.size()))))
        return tr("Cancelled.");
    const int total = int(ballots.size());
    return write(ballots, language, request.outputPath, documentTitle(commission, language),
                 [&](int done) { return report(10 + 90 * done / total, QString()); });
}

} // namespace akim::report
