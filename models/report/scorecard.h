#pragma once

#include "domain/commission.h"
#include "domain/criterion.h"
#include "scoring/methodology.h"
#include "scoring/ranking.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace akim {
class ContestDocument;
}

namespace akim::report {

// A member of the commission that scores the nominee, in the commission's order.
struct ScoreCardMember
{
    qint64 id = 0;
    QString name;
    MemberRole role = MemberRole::Member;
};

// Everything one nominee's score card shows, as facts: the engine's result for the nominee with
// every member's score, the methodology it was computed under and where it stands. Names are
// kept in both languages (the renderer picks); numbers are the engine's, unrounded. Plain
// data: loaded on a worker thread, printed on another.
struct ScoreCard
{
    Q_DECLARE_TR_FUNCTIONS(akim::report::ScoreCard)

public:
    StageKind stage = StageKind::Regional;
    QString contestRu;
    QString contestKk;
    int year = 0;
    QString commissionRu; // the commission that scored the nominee at this stage
    QString commissionKk;
    QVector<ScoreCardMember> members; // of that commission, secretary included
    scoring::Methodology methodology;
    int methodologyVersion = 0;
    QString methodologySha256; // of the methodology's JSON as stored with the rules it ranks by
    scoring::NomineeResult nominee; // the engine's result: place, total, every component
    int ranked = 0;      // nominees ranked with it (its region at stage I, everyone at stage II)
    QDateTime printedAt; // local time of the loading, so a preview and its print agree

    // The criterion of the methodology with `code`; nullptr when there is none.
    const Criterion *criterion(const QString &code) const;

    // Ranks the nominee's scope (its region at stage I, the country at stage II) from the file
    // as it stands, with its methodology, as `akimcontest rank` does. nullopt with a translated
    // `error` when the nominee does not exist or is not ranked at this stage. Throws
    // StorageError.
    static std::optional<ScoreCard> load(ContestDocument &document, qint64 nomineeId,
                                         StageKind stage, QString *error);
};

} // namespace akim::report
