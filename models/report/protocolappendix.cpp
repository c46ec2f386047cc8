// The appendix of the protocol (the ranking table) and the golden dump: the second half of
// ProtocolText, kept apart so each file reads in one sitting.
#include "report/protocoltext.h"

#include "scoring/ranking.h"

#include <cmath>

namespace akim::report {
namespace {

// The Kazakh attributive date «2 шілдедегі»: the locative suffix follows the month's last vowel
// (back -дағы, front -дегі) and its last sound (-тегі after a voiceless consonant).
const char *const kKazakhMonthAttributive[12] = {
    "қаңтардағы", "ақпандағы", "наурыздағы",   "сәуірдегі", "мамырдағы",  "маусымдағы",
    "шілдедегі",  "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы"};

QString stampDate(const QDate &date, const ReportLanguage &language)
{
    if (language.isKazakh())
        return date.isValid()
                   ? QStringLiteral("%1 жылғы %2 %3")
                         .arg(date.year())
                         .arg(date.day())
                         .arg(QString::fromUtf8(kKazakhMonthAttributive[date.month() - 1]))
                   : QStringLiteral("20____ жылғы «____» ______________");
    if (language.code() == QLatin1String("ru"))
        return date.isValid()
                   ? QStringLiteral("%1 %2 %3 года")
                         .arg(date.day())
                         .arg(language.locale().monthName(date.month(), QLocale::LongFormat))
                         .arg(date.year())
                   : QStringLiteral("«____» ______________ 20____ года");
    return date.isValid() ? language.locale().toString(date, QStringLiteral("d MMMM yyyy"))
                          : QStringLiteral("____ ______________ 20____");
}

} // namespace

void ProtocolText::composeAppendix(const ProtocolData &data, const ReportLanguage &language)
{
    const bool national = data.stage == StageKind::National;
    const QString number =
        data.meeting.number.isEmpty() ? QStringLiteral("____") : data.meeting.number;
    //: Stamp at the top right of the appendix: %1 the meeting's date, %2 the protocol's number
    appendixStamp =
        language
            .translate("akim::report::ProtocolText", "Appendix 1\nto the protocol of the meeting "
                                                     "of %1 No. %2")
            .arg(stampDate(data.meeting.heldOn, language), number);
    appendixTitle = national ? language.translate("akim::report::ProtocolText",
                                                  "Ranking of the participants of the republican "
                                                  "stage")
                             : language
                                   .translate("akim::report::ProtocolText",
                                              "Ranking of the participants of the regional "
                                              "stage: %1")
                                   .arg(language.pick(data.regionRu, data.regionKk));

    const scoring::Methodology &m = data.methodology;
    const QVector<Criterion> criteria = m.criteriaOf(data.stage, CriterionSource::Commission);
    //: Column of the ranking table: the row's number
    columns.push_back({language.translate("akim::report::ProtocolText", "No."), 8, true});
    columns.push_back({language.translate("akim::report::ProtocolText", "Full name"), 0, false});
    columns.push_back(
        {national
             ? language.translate("akim::report::ProtocolText", "Region, district, rural okrug")
             : language.translate("akim::report::ProtocolText", "District, rural okrug"),
         national ? 52.0 : 44.0, false});
    if (!national) {
        //: Column: the citizens' survey index, with the number of responses below
        columns.push_back(
            {language.translate("akim::report::ProtocolText", "Survey\n(responses)"), 19, true});
        columns.push_back({language.translate("akim::report::ProtocolText", "Ethics"), 15, true});
    }
    for (const Criterion &c : criteria)
        columns.push_back({c.code, 12, true});
    //: Column: the commission's index 0–100
    columns.push_back(
        {language.translate("akim::report::ProtocolText", "Commis-\nsion"), 16, true});
    if (national)
        columns.push_back({language.translate("akim::report::ProtocolText", "Stage I"), 16, true});
    // 18 mm: the Kazakh header's «Қорытынды» in bold needs them.
    columns.push_back({language.translate("akim::report::ProtocolText", "Total"), 18, true});
    columns.push_back({language.translate("akim::report::ProtocolText", "Place"), 13, true});
    columns.push_back({language.translate("akim::report::ProtocolText", "Decision"), 32, false});

    const QLocale locale = language.locale();
    const int decimals = m.displayDecimals;
    const auto value = [&](double v) {
        return std::isnan(v) ? QStringLiteral("—") : locale.toString(v, 'f', decimals);
    };
    const QVector<qint64> going = data.advancing();
    int row = 0;
    rows.reserve(data.ranking.nominees.size());
    for (const scoring::NomineeResult &n : data.ranking.nominees) {
        QStringList cells;
        cells << QString::number(++row) << n.name;
        QStringList where;
        if (national)
            where << language.pick(n.regionRu, n.regionKk);
        where << language.pick(n.districtRu, n.districtKk) << language.pick(n.okrugRu, n.okrugKk);
        cells << where.join(QStringLiteral(", "));
        if (!national) {
            cells << QStringLiteral("%1\n(%2)")
                         .arg(value(n.components.survey))
                         .arg(n.surveyResponses);
            cells << value(n.components.ethics);
        }
        for (const Criterion &c : criteria) {
            double v = scoring::kNoValue;
            for (const scoring::CriterionResult &r : n.criteria) {
                if (r.code == c.code)
                    v = r.value;
            }
            cells << value(v);
        }
        cells << value(n.components.commission);
        if (national)
            cells << value(n.components.stage1Total);
        cells << value(n.total) << QString::number(n.place);

        QStringList decision;
        if (going.contains(n.nomineeId))
            decision
                << (national
                        ? language.translate("akim::report::ProtocolText", "place %1").arg(n.place)
                        : language.translate("akim::report::ProtocolText",
                                             "winner; to the republican "
                                             "stage"));
        if (n.flags.contains(QLatin1String(scoring::flag::chairDecision)))
            decision << language.translate("akim::report::ProtocolText", "by the chair's decision");
        if (n.tiedAtCut && !going.contains(n.nomineeId))
            decision << language.translate("akim::report::ProtocolText", "equal total at the cut");
        if (n.tieShared)
            decision << language.translate("akim::report::ProtocolText", "place shared");
        if (n.ethicsGate)
            decision << language.translate("akim::report::ProtocolText",
                                           "may not advance (ethics)");
        if (n.insufficientSample)
            decision << language.translate("akim::report::ProtocolText", "few responses");
        for (const MeetingAward &award : data.meeting.awards) {
            if (award.nomineeId == n.nomineeId && award.nomination >= 0 &&
                award.nomination < m.nominations.size()) {
                const scoring::Nomination &nomination = m.nominations.at(award.nomination);
                decision << language.pick(nomination.ru, nomination.kk, nomination.en);
            }
        }
        cells << decision.join(QStringLiteral("; "));
        rows.push_back(cells);
    }
}

QString ProtocolText::dump() const
{
    QStringList lines;
    lines << QStringLiteral("language: %1").arg(languageCode)
          << QStringLiteral("title: %1").arg(title) << QStringLiteral("draft: %1").arg(draft);
    static const char *const kinds[] = {"organisation", "title", "citydate", "label",
                                        "paragraph",    "line",  "signature"};
    const auto block = [](const ProtocolBlock &b) {
        QString text = b.text;
        text.replace(QLatin1Char('\n'), QLatin1String(" / "));
        return QStringLiteral("%1: %2%3")
            .arg(QLatin1String(kinds[int(b.kind)]), text,
                 b.right.isEmpty() ? QString() : QStringLiteral(" | ") + b.right);
    };
    for (const ProtocolBlock &b : body)
        lines << block(b);
    lines << QStringLiteral("stamp: %1")
                 .arg(QString(appendixStamp).replace(QLatin1Char('\n'), QLatin1String(" / ")))
          << QStringLiteral("appendix: %1").arg(appendixTitle);
    for (const ProtocolColumn &c : columns)
        lines << QStringLiteral("column: %1 | %2")
                     .arg(QString(c.header).replace(QLatin1Char('\n'), QLatin1String(" / ")))
                     .arg(c.widthMm);
    for (const QStringList &r : rows)
        lines << QStringLiteral("row: %1").arg(
            r.join(QStringLiteral(" | ")).replace(QLatin1Char('\n'), QLatin1String(" / ")));
    for (const ProtocolBlock &b : appendixSignatures)
        lines << block(b);
    lines << QStringLiteral("page: %1").arg(pageFormat);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace akim::report
