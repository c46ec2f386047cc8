#include "report/protocoltext.h"

#include "scoring/ranking.h"

#include <QHash>

namespace akim::report {

ProtocolText ProtocolText::compose(const ProtocolData &data, const ReportLanguage &language)
{
    ProtocolText text;
    text.languageCode = language.code();
    const bool national = data.stage == StageKind::National;
    text.title = national ? language.translate("akim::report::ProtocolText",
                                               "Protocol of the republican commission")
                          //: The PDF's title; %1 is the region
                          : language.translate("akim::report::ProtocolText", "Protocol – %1")
                                .arg(language.pick(data.regionRu, data.regionKk));
    if (!data.final)
        text.draft = language.translate(
            "akim::report::ProtocolText",
            "DRAFT: the result is not finalised; this is not the protocol to sign.");
    text.pageFormat = language.translate("akim::report::ProtocolText", "Page %1 of %2");
    //: Footer of every page: %1 the SHA-256 of the ranking data, %2 the number of audit log
    //: entries, %3 the start of the last entry's hash
    text.footer = language
                      .translate("akim::report::ProtocolText",
                                 "SHA-256 of the ranking data (akimcontest rank … "
                                 "--format json): %1. Audit log: %2 entries, last %3.")
                      .arg(data.rankingSha256)
                      .arg(data.auditEntries)
                      .arg(data.auditHead.left(16));
    text.composeBody(data, language);
    text.composeAppendix(data, language);
    return text;
}

void ProtocolText::composeBody(const ProtocolData &data, const ReportLanguage &language)
{
    const bool national = data.stage == StageKind::National;
    const Meeting &meeting = data.meeting;
    const QString contest = language.pick(data.contestRu, data.contestKk);
    const QString commission = language.pick(data.commissionRu, data.commissionKk);
    const QString region = language.pick(data.regionRu, data.regionKk);
    const QString number = meeting.number.isEmpty() ? QStringLiteral("____") : meeting.number;
    const auto add = [this](ProtocolBlock::Kind kind, const QString &text,
                            const QString &right = QString()) {
        body.push_back({kind, text, right});
    };
    using K = ProtocolBlock::Kind;

    const QString organisation = language.pick(meeting.organisationRu, meeting.organisationKk);
    if (!organisation.isEmpty())
        add(K::Organisation, organisation);
    //: Title of the protocol, lines split at \n: %1 the protocol's number, %2 the commission's
    //: name, %3 the contest's title (both as they are, in the nominative)
    add(K::Title, language
                      .translate("akim::report::ProtocolText",
                                 "PROTOCOL No. %1\nof the meeting of the contest "
                                 "commission\n%2\n%3")
                      .arg(number, commission, contest));
    const QString place = language.pick(meeting.placeRu, meeting.placeKk);
    //: The meeting's city at the top left of the protocol; %1 the city
    add(K::CityDate,
        language.translate("akim::report::ProtocolText", "%1 (city)")
            .arg(place.isEmpty() ? QStringLiteral("______________") : place),
        longDate(meeting.heldOn, language));
    if (meeting.startedAt.isValid())
        add(K::Paragraph,
            (meeting.endedAt.isValid()
                 ? language.translate("akim::report::ProtocolText", "Opened at %1, closed at %2.")
                       .arg(meeting.startedAt.toString(QStringLiteral("HH:mm")),
                            meeting.endedAt.toString(QStringLiteral("HH:mm")))
                 : language.translate("akim::report::ProtocolText", "Opened at %1.")
                       .arg(meeting.startedAt.toString(QStringLiteral("HH:mm")))));

    // Who: the chair, the secretary, the members present, the absent with their reasons.
    const auto memberLine = [](const ProtocolMember &m) {
        return m.position.isEmpty() ? m.fullName
                                    : QStringLiteral("%1 – %2").arg(m.fullName, m.position);
    };
    for (const ProtocolMember &m : data.members) {
        if (m.role == MemberRole::Chair && m.present) {
            add(K::Label, language.translate("akim::report::ProtocolText", "CHAIRED BY:"));
            add(K::Line, memberLine(m));
        }
    }
    QStringList present;
    QStringList absent;
    QString secretary;
    for (const ProtocolMember &m : data.members) {
        if (m.role == MemberRole::Secretary)
            secretary = memberLine(m);
        else if (!m.present)
            absent << (m.absenceReason.isEmpty()
                           ? m.fullName
                           : QStringLiteral("%1 – %2").arg(m.fullName, m.absenceReason));
        else if (m.role != MemberRole::Chair)
            present << memberLine(m);
    }
    if (!secretary.isEmpty()) {
        add(K::Label, language.translate("akim::report::ProtocolText", "SECRETARY:"));
        add(K::Line, secretary);
    }
    add(K::Label,
        language.translate("akim::report::ProtocolText", "PRESENT, MEMBERS OF THE COMMISSION:"));
    for (const QString &line : std::as_const(present))
        add(K::Line, line);
    if (!absent.isEmpty()) {
        add(K::Label, language.translate("akim::report::ProtocolText", "ABSENT:"));
        for (const QString &line : std::as_const(absent))
            add(K::Line, line);
    }
    const QStringList invited = meeting.invited.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!invited.isEmpty()) {
        add(K::Label, language.translate("akim::report::ProtocolText", "INVITED AND OBSERVERS:"));
        for (const QString &line : invited)
            add(K::Line, line.trimmed());
    }

    // The quorum, in the words of PROTOCOL.md.
    const int voting = data.votingMembers();
    const int attending = data.presentVoting();
    //: %1 members of the commission in all, %2 of them present
    QString quorum =
        language
            .translate("akim::report::ProtocolText", "Of the %1 members of the commission, %2 are "
                                                     "present.")
            .arg(voting)
            .arg(attending);
    quorum += QLatin1Char(' ');
    quorum += data.quorate()
                  ? language.translate("akim::report::ProtocolText",
                                       "There is a quorum; the meeting is competent to decide.")
                  : language
                        .translate("akim::report::ProtocolText",
                                   "There is no quorum: at least %1 must be "
                                   "present. The meeting cannot decide.")
                        .arg(quorumNeeded(voting, data.quorumRule));
    add(K::Paragraph, quorum);

    if (data.recusals.isEmpty()) {
        add(K::Paragraph, language.translate("akim::report::ProtocolText",
                                             "The members of the commission confirmed "
                                             "that they have no conflict of interest "
                                             "with the participants."));
    } else {
        add(K::Paragraph, language.translate("akim::report::ProtocolText",
                                             "Declared a conflict of interest and did "
                                             "not score the participant:"));
        for (const ProtocolRecusal &r : data.recusals)
            add(K::Line, QStringLiteral("%1 – %2").arg(r.member, r.nominee));
    }

    add(K::Label, language.translate("akim::report::ProtocolText", "AGENDA:"));
    const QString item = national
                             ? language.translate("akim::report::ProtocolText",
                                                  "On the results of the republican stage of the "
                                                  "contest and its winners.")
                             //: %1 the region
                             : language
                                   .translate("akim::report::ProtocolText",
                                              "On the results of the regional stage of the "
                                              "contest: %1.")
                                   .arg(region);
    add(K::Line, QStringLiteral("1. ") + item);

    add(K::Label, language.translate("akim::report::ProtocolText", "HEARD:"));
    const scoring::Methodology &m = data.methodology;
    const QLocale locale = language.locale();
    const auto weight = [&locale](double w) {
        return locale.toString(w, 'g', 3);
    };
    QString method =
        national ? language
                       .translate("akim::report::ProtocolText",
                                  "The secretary of the commission on the scores of %n "
                                  "participant(s). The total is %1 × the commission's "
                                  "index (0–100) + %2 × the stage I total.",
                                  nullptr, int(data.ranking.nominees.size()))
                       .arg(weight(m.weights.nationalCommission), weight(m.weights.stage1Total))
                 : language
                       .translate("akim::report::ProtocolText",
                                  "The secretary of the commission on the scores of %n "
                                  "participant(s). The total is %1 × the citizens' "
                                  "survey index + %2 × the ethics index + %3 × the "
                                  "commission's index, each 0–100.",
                                  nullptr, int(data.ranking.nominees.size()))
                       .arg(weight(m.weights.survey), weight(m.weights.ethics),
                            weight(m.weights.commission));
    method += QLatin1Char(' ');
    method += m.aggregation.method == scoring::AggregationMethod::TrimmedMean
                  ? language
                        .translate("akim::report::ProtocolText",
                                   "A criterion's points are the mean of the "
                                   "members' scores without the %1 highest and %1 "
                                   "lowest when there are at least %2, else the "
                                   "plain mean.")
                        .arg(m.aggregation.trimEachSide)
                        .arg(m.aggregation.trimMinScores)
              : m.aggregation.method == scoring::AggregationMethod::Median
                  ? language.translate("akim::report::ProtocolText",
                                       "A criterion's points are the median of the members' "
                                       "scores.")
                  : language.translate("akim::report::ProtocolText",
                                       "A criterion's points are the mean of the members' "
                                       "scores.");
    method += QLatin1Char(' ');
    QStringList breaks;
    for (const scoring::TieComponent c : m.tieBreaks(data.stage))
        breaks << tieBreakName(c, language);
    //: %1 the tie-breaks in order, e.g. "the commission's index, the survey index"
    method += language
                  .translate("akim::report::ProtocolText",
                             "Abstentions and recusals do not count as zero. Equal totals are "
                             "decided by %1, in this order; if still equal, the place is shared.")
                  .arg(breaks.join(QStringLiteral(", ")));
    if (!national && m.survey.minSample > 0)
        method += QLatin1Char(' ') + language
                                         .translate("akim::report::ProtocolText",
                                                    "A survey index from fewer "
                                                    "than %1 responses is marked "
                                                    "“few responses”.")
                                         .arg(m.survey.minSample);
    method += QLatin1Char(' ') +
              (m.templateName.isEmpty()
                   ? language.translate("akim::report::ProtocolText",
                                        "Methodology of the contest, version %1.")
                   : language.translate("akim::report::ProtocolText",
                                        "Methodology of the contest, version %1, after "
                                        "the recommended default (not official "
                                        "rules)."))
                  .arg(data.methodologyVersion);
    add(K::Paragraph, method);
    composeDecision(data, language);
}

void ProtocolText::composeDecision(const ProtocolData &data, const ReportLanguage &language)
{
    using K = ProtocolBlock::Kind;
    const bool national = data.stage == StageKind::National;
    const QLocale locale = language.locale();
    const int decimals = data.methodology.displayDecimals;
    const auto nominee = [&](const scoring::NomineeResult &n) {
        //: A nominee in the decision: %1 the name, %2 the rural okrug, %3 the district, %4 the
        //: total
        return language.translate("akim::report::ProtocolText", "%1 (%2, %3), total %4")
            .arg(n.name, language.pick(n.okrugRu, n.okrugKk),
                 language.pick(n.districtRu, n.districtKk),
                 locale.toString(n.total, 'f', decimals));
    };
    body.push_back({K::Label, language.translate("akim::report::ProtocolText", "DECIDED:"), {}});
    int point = 1;
    const auto decide = [&](const QString &text) {
        body.push_back({K::Line, QStringLiteral("%1) %2").arg(point++).arg(text), {}});
    };
    decide(language.translate("akim::report::ProtocolText",
                              "To approve the ranking of the participants according "
                              "to appendix 1 to this protocol."));
    const QVector<qint64> going = data.advancing();
    if (national) {
        for (const scoring::NomineeResult &n : data.ranking.nominees) {
            if (going.contains(n.nomineeId))
                //: %1 the place (1, 2 or 3), %2 the nominee
                decide(language.translate("akim::report::ProtocolText", "To award place %1 to %2.")
                           .arg(n.place)
                           .arg(nominee(n)));
        }
        for (const MeetingAward &award : data.meeting.awards) {
            const scoring::NomineeResult *n = data.ranking.find(award.nomineeId);
            if (!n || award.nomination < 0 ||
                award.nomination >= data.methodology.nominations.size())
                continue;
            const scoring::Nomination &nomination =
                data.methodology.nominations.at(award.nomination);
            const QString name = language.pick(nomination.ru, nomination.kk, nomination.en);
            decide(
                language
                    .translate("akim::report::ProtocolText", "To award the nomination “%1” to %2.")
                    .arg(name, nominee(*n)));
        }
    } else {
        QStringList winners;
        for (const scoring::NomineeResult &n : data.ranking.nominees) {
            if (going.contains(n.nomineeId))
                winners << nominee(n);
        }
        if (!winners.isEmpty())
            decide(language
                       .translate("akim::report::ProtocolText",
                                  "To declare the winner(s) of the regional stage "
                                  "and recommend them to the republican stage: "
                                  "%1.")
                       .arg(winners.join(QStringLiteral("; "))));
        QStringList tied;
        for (const scoring::NomineeResult &n : data.ranking.nominees) {
            if (n.tiedAtCut && !going.contains(n.nomineeId))
                tied << n.name;
        }
        if (!going.isEmpty() && !tied.isEmpty() && !data.final)
            decide(language
                       .translate("akim::report::ProtocolText",
                                  "Equal totals at the advancement cut (%1): the "
                                  "chair of the commission decides.")
                       .arg(tied.join(QStringLiteral(", "))));
        const QString to = language.pick(data.republicanCommissionRu, data.republicanCommissionKk);
        decide(language
                   .translate("akim::report::ProtocolText",
                              "To send one copy of the protocol and the result "
                              "file to the %1.")
                   .arg(to.isEmpty() ? language.translate("akim::report::ProtocolText",
                                                          "republican commission")
                                     : to));
    }

    const Meeting &meeting = data.meeting;
    const int attending = data.presentVoting();
    const auto count = [&](int n) {
        return n == 0 ? language.translate("akim::report::ProtocolText", "none")
                      : locale.toString(n);
    };
    const int votesFor = meeting.votesFor.value_or(attending);
    const int against = meeting.votesAgainst.value_or(0);
    const int abstained = meeting.votesAbstained.value_or(0);
    //: %1 votes for, %2 against, %3 abstained (a number or "none")
    QString vote =
        language
            .translate("akim::report::ProtocolText", "Voted: “for” – %1, “against” – %2, "
                                                     "“abstained” – %3.")
            .arg(count(votesFor), count(against), count(abstained));
    if (votesFor == attending && against == 0 && abstained == 0 && attending > 0)
        vote += QLatin1Char(' ') + language.translate("akim::report::ProtocolText",
                                                      "The decision was taken unanimously.");
    body.push_back({K::Paragraph, vote, {}});

    attachment = int(body.size());
    //: %1 the number of pages (sheets) of the appendix
    body.push_back(
        {K::Paragraph,
         language.translate("akim::report::ProtocolText", "Appendix: 1. Ranking table of the "
                                                          "participants, %1 page(s)."),
         {}});

    // Signatures: the chair, every member present, the secretary.
    const auto role = [&](MemberRole r) {
        switch (r) {
        case MemberRole::Chair:
            return language.translate("akim::report::ProtocolText", "Chair of the commission");
        case MemberRole::Deputy:
            return language.translate("akim::report::ProtocolText", "Deputy chair");
        case MemberRole::Secretary:
            return language.translate("akim::report::ProtocolText", "Secretary of the commission");
        case MemberRole::Member:
            break;
        }
        return language.translate("akim::report::ProtocolText", "Member of the commission");
    };
    for (const ProtocolMember &m : data.members) {
        if (m.present && m.role != MemberRole::Secretary)
            body.push_back({K::Signature, role(m.role), shortName(m.fullName)});
    }
    for (const ProtocolMember &m : data.members) {
        if (m.role == MemberRole::Secretary)
            body.push_back({K::Signature, role(m.role), shortName(m.fullName)});
        if (m.role == MemberRole::Secretary || m.role == MemberRole::Chair)
            appendixSignatures.push_back({K::Signature, role(m.role), shortName(m.fullName)});
    }
}

} // namespace akim::report
