#include "report/blankballotexport.h"

#include "report/blankballotdocument.h"
#include "report/pdfoutput.h"
#include "services/ballotservice.h"
#include "services/contestdocument.h"
#include "storage/storageerror.h"

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

std::unique_ptr<BlankBallotDocument> BlankBallotExport::document(ContestDocument &contest,
                                                                 qint64 commissionId,
                                                                 const ReportLanguage &language,
                                                                 QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return nullptr;
    };
    const Commission commission = contest.commissions().commission(commissionId);
    if (commission.id == 0)
        return fail(tr("The commission no longer exists."));
    QVector<BlankBallot> ballots = BlankBallotExport::ballots(contest, commissionId, language);
    if (ballots.isEmpty())
        return fail(tr("The commission has no voting members yet: add its members first."));
    if (ballots.constFirst().nominees.isEmpty())
        return fail(tr("The commission has no nominees to score yet."));
    return std::make_unique<BlankBallotDocument>(
        std::move(ballots), language,
        documentTitle(language.pick(commission.nameRu, commission.nameKk), language));
}

QString BlankBallotExport::write(const QVector<BlankBallot> &ballots,
                                 const ReportLanguage &language, const QString &path,
                                 const QString &title, const std::function<bool(int)> &done)
{
    const BlankBallotDocument document(ballots, language, title);
    // The document asks once per ballot, after all its pages.
    int count = 0;
    return PdfOutput::write(document, path, [&](int, int) { return !done || done(++count); });
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
    ContestDocument contest;
    if (!contest.open(request.contestPath, Database::Mode::ReadOnly))
        return contest.errorString();
    std::unique_ptr<BlankBallotDocument> ballots;
    QString error;
    try {
        ballots = document(contest, request.commissionId, ReportLanguage(request.language), &error);
    } catch (const StorageError &e) {
        return e.message();
    }
    if (!ballots)
        return error;
    const int total = int(ballots->ballots().size());
    if (!report(10, tr("Writing %n ballot(s)…", nullptr, total)))
        return tr("Cancelled.");
    int count = 0;
    return PdfOutput::write(*ballots, request.outputPath,
                            [&](int, int) { return report(10 + 90 * ++count / total, QString()); });
}

} // namespace akim::report
