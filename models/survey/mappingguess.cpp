// ImportMapping::guess(): recognising the columns of a survey export by their headers.
#include "survey/importmapping.h"

#include "survey/headerguess.h"
#include "text/textfold.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace akim::survey {
namespace {

// Header words, folded (text::fold: lower case, Kazakh letters as their Russian look-alikes).
// Matched as whole words, or as word beginnings where a form is inflected.
const char16_t *const kOkrugWords[] = {u"округ",    u"округа",    u"округи",
                                       u"okrug",    u"okrugi",    u"ауылдык",
                                       u"сельский", u"сельского", u"поселковый"};
const char16_t *const kSettlementWords[] = {u"село",    u"ауыл",       u"аул",        u"поселок",
                                            u"village", u"settlement", u"населенный", u"елди"};
const char16_t *const kDistrictWords[] = {u"район",    u"района", u"аудан", u"ауданы",
                                          u"district", u"raion",  u"rayon", u"audan"};
const char16_t *const kRegionWords[] = {u"область", u"области", u"облыс",  u"облысы", u"region",
                                        u"oblast",  u"oblys",   u"регион", u"аймак"};
const char16_t *const kKatoWords[] = {u"като", u"kato"};
const char16_t *const kTimeWords[] = {u"отметка времени", u"timestamp",         u"уакыт белгиси",
                                      u"submitdate",      u"date submitted",    u"submitted",
                                      u"дата заполнения", u"дата и время",      u"completion time",
                                      u"end time",        u"толтырылган уакыты"};
// Alone, these name the submission time too; "Дата рождения" does not.
const char16_t *const kTimeAloneWords[] = {u"дата",  u"время",  u"date", u"time",
                                           u"уакыт", u"уакыты", u"кун",  u"куни"};
const char16_t *const kRespondentWords[] = {u"email",
                                            u"e mail",
                                            u"электронная почта",
                                            u"адрес электронной почты",
                                            u"почта",
                                            u"телефон",
                                            u"phone",
                                            u"номер телефона",
                                            u"иин",
                                            u"iin",
                                            u"фио",
                                            u"ф и о",
                                            u"имя",
                                            u"name",
                                            u"full name",
                                            u"аты жони",
                                            u"respondent id",
                                            u"response id",
                                            u"id ответа",
                                            u"ip",
                                            u"ip address",
                                            u"ip адрес",
                                            u"электрондык пошта",
                                            u"логин",
                                            u"username",
                                            u"id",
                                            u"uuid",
                                            u"_uuid",
                                            u"_id"};
const char16_t *const kFreeTextWords[] = {
    u"комментарий", u"комментарии", u"предложения", u"ваши предложения", u"пожелания", u"замечания",
    u"comment",     u"comments",    u"suggestions", u"усыныстар",        u"пикир",     u"пикирлер",
    u"other",       u"другое",      u"иное",        u"примечание",       u"notes"};
// Words that ask, not name: "Укажите ваш сельский округ" is still the okrug column.
const char16_t *const kFillerWords[] = {
    u"укажите",      u"выберите", u"ваш",    u"ваше",       u"ваша",   u"вашего",
    u"ваши",         u"select",   u"choose", u"your",       u"сиздин", u"корсетиниз",
    u"тандаларыныз", u"тандаңыз", u"please", u"the",        u"of",     u"в",
    u"котором",      u"вы",       u"живете", u"проживаете", u"name",   u"название",
    u"наименование", u"атауы"};
// Small words that do not tell criteria apart.
const char16_t *const kStopWords[] = {
    u"и",   u"в",   u"во",    u"на",      u"по",     u"с",     u"со",   u"для",   u"of",
    u"and", u"the", u"with",  u"for",     u"to",     u"in",    u"мен",  u"жане",  u"бен",
    u"пен", u"как", u"вашем", u"оцените", u"округе", u"акима", u"аким", u"акимом"};

template<size_t N>
QSet<QString> wordSet(const char16_t *const (&list)[N])
{
    QSet<QString> set;
    for (const char16_t *word : list)
        set.insert(QString::fromUtf16(word));
    return set;
}

// Letters, digits, and '?' or '_' (letters cp1251 lost) make words; anything else parts them.
QStringList words(const QString &folded)
{
    QStringList result;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char('?') || c == QLatin1Char('_')) {
            word += c;
        } else if (!word.isEmpty()) {
            result.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        result.append(word);
    return result;
}

QString foldForMatch(const QString &header)
{
    return words(text::fold(header)).join(QLatin1Char(' '));
}

template<size_t N>
bool hasWord(const QStringList &headerWords, const char16_t *const (&list)[N])
{
    static_assert(N > 0);
    for (const char16_t *w : list) {
        const QString word = QString::fromUtf16(w);
        if (!word.contains(QLatin1Char(' ')) && headerWords.contains(word))
            return true;
    }
    return false;
}

// A phrase of several words, as whole words somewhere in the header.
template<size_t N>
bool hasPhrase(const QString &joined, const char16_t *const (&list)[N])
{
    const QString padded = QLatin1Char(' ') + joined + QLatin1Char(' ');
    for (const char16_t *w : list) {
        if (padded.contains(QLatin1Char(' ') + QString::fromUtf16(w) + QLatin1Char(' ')))
            return true;
    }
    return false;
}

// Russian and Kazakh inflect: "защиту" is "защита", "услуги" is "услуг". Two words match
// when the shorter has at least four letters and its first five (or all) begin the longer.
bool wordsMatch(const QString &a, const QString &b)
{
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    if (shorter.size() < 4)
        return shorter == longer;
    const qsizetype n = std::min<qsizetype>(5, shorter.size());
    return QStringView(longer).left(n) == QStringView(shorter).left(n);
}

QStringList contentWords(const QString &title)
{
    static const QSet<QString> stop = wordSet(kStopWords);
    QStringList result;
    for (const QString &word : words(text::fold(title))) {
        if (word.size() >= 3 && !stop.contains(word) && !result.contains(word))
            result.append(word);
    }
    return result;
}

// The share of a title's content words that the header contains: best over ru, kk and en.
double titleScore(const QStringList &headerWords, const Criterion &criterion)
{
    double best = 0.0;
    for (const QString &title : {criterion.titleRu, criterion.titleKk, criterion.titleEn}) {
        const QStringList wanted = contentWords(title);
        if (wanted.isEmpty())
            continue;
        int found = 0;
        for (const QString &w : wanted) {
            if (std::any_of(headerWords.cbegin(), headerWords.cend(),
                            [&](const QString &h) { return wordsMatch(h, w); }))
                ++found;
        }
        best = std::max(best, double(found) / double(wanted.size()));
    }
    return best;
}

// Criterion codes written in the header as words of their own: "S1", "S1. Защита…",
// "Q1 [S2]", "s3_answer".
QStringList codesIn(const QString &header, const QVector<Criterion> &criteria)
{
    QStringList found;
    for (const Criterion &criterion : criteria) {
        const QRegularExpression code(QStringLiteral("(^|[^\\p{L}\\p{N}])") +
                                          QRegularExpression::escape(criterion.code) +
                                          QStringLiteral("($|[^\\p{N}\\p{L}])"),
                                      QRegularExpression::CaseInsensitiveOption);
        if (code.match(header).hasMatch())
            found.append(criterion.code);
    }
    return found;
}

enum class PlaceHit { None, Region, District, Okrug, Kato, Ambiguous };

PlaceHit placeRole(const QStringList &headerWords, QStringList *candidates)
{
    static const QSet<QString> filler = wordSet(kFillerWords);
    QStringList remaining;
    for (const QString &w : headerWords) {
        if (!filler.contains(w))
            remaining.append(w);
    }
    // A long header is a question that mentions a place ("… акима сельского округа …").
    if (remaining.isEmpty() || remaining.size() > 4)
        return PlaceHit::None;
    if (hasWord(remaining, kKatoWords))
        return PlaceHit::Kato;
    if (hasWord(remaining, kOkrugWords))
        return PlaceHit::Okrug;
    const bool district = hasWord(remaining, kDistrictWords);
    const bool region = hasWord(remaining, kRegionWords);
    if (district && region) {
        *candidates = {columnRoleKey(ColumnRole::Region), columnRoleKey(ColumnRole::District)};
        return PlaceHit::Ambiguous;
    }
    if (district)
        return PlaceHit::District;
    if (region)
        return PlaceHit::Region;
    if (hasWord(remaining, kSettlementWords))
        return PlaceHit::Okrug;
    return PlaceHit::None;
}

bool looksLikeAnswers(const QVector<QVector<QVariant>> &sample, int column,
                      const AnswerScale &scale)
{
    int values = 0;
    for (const QVector<QVariant> &row : sample) {
        if (column >= row.size())
            continue;
        const Answer answer = scale.interpret(row.at(column));
        if (answer.isInvalid())
            return false;
        if (answer.isValue())
            ++values;
    }
    return values > 0;
}

} // namespace

MappingGuess ImportMapping::guess(const QStringList &headers, const QVector<Criterion> &criteria,
                                  SurveyKind kind, const QVector<QVector<QVariant>> &sample)
{
    MappingGuess result;
    result.mapping.kind = kind;
    result.mapping.scale = kind == SurveyKind::Ethics ? AnswerScale::yesNo() : AnswerScale();
    QVector<Criterion> ofKind;
    for (const Criterion &criterion : criteria) {
        if (criterion.source == criterionSourceOf(kind))
            ofKind.append(criterion);
    }

    for (int index = 0; index < headers.size(); ++index) {
        const QString &header = headers.at(index);
        const QString joined = foldForMatch(header);
        const QStringList headerWords = joined.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ColumnMapping column;
        column.index = index;
        column.header = header;
        if (joined.isEmpty() || header == HeaderGuess::unnamedColumn(index)) {
            result.unmapped.append(index);
            result.mapping.columns.append(column);
            continue;
        }

        // A code decides; two codes leave the choice to the user.
        const QStringList codes = codesIn(header, ofKind);
        if (codes.size() == 1) {
            column.role = ColumnRole::Question;
            column.criterionCode = codes.first();
            result.mapping.columns.append(column);
            continue;
        }
        if (codes.size() > 1) {
            result.ambiguous.append(index);
            result.candidates.insert(index, codes);
            result.mapping.columns.append(column);
            continue;
        }

        QStringList placeCandidates;
        const PlaceHit place = placeRole(headerWords, &placeCandidates);
        if (place == PlaceHit::Ambiguous) {
            result.ambiguous.append(index);
            result.candidates.insert(index, placeCandidates);
        } else if (place != PlaceHit::None) {
            column.role = place == PlaceHit::Kato       ? ColumnRole::Kato
                          : place == PlaceHit::Okrug    ? ColumnRole::Okrug
                          : place == PlaceHit::District ? ColumnRole::District
                                                        : ColumnRole::Region;
        } else if ((headerWords.size() <= 4 && hasPhrase(joined, kTimeWords)) ||
                   (headerWords.size() == 1 && hasWord(headerWords, kTimeAloneWords))) {
            column.role = ColumnRole::Timestamp;
        } else if (headerWords.size() <= 4 && hasPhrase(joined, kRespondentWords)) {
            column.role = ColumnRole::RespondentId;
        } else if (headerWords.size() <= 4 && hasPhrase(joined, kFreeTextWords)) {
            column.role = ColumnRole::FreeText;
        } else {
            // By the words of the criteria's titles: the best must be clearly the best.
            QVector<QPair<double, QString>> scores;
            for (const Criterion &criterion : ofKind)
                scores.append({titleScore(headerWords, criterion), criterion.code});
            std::sort(scores.begin(), scores.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first; });
            if (!scores.isEmpty() && scores.first().first >= 0.5) {
                if (scores.size() > 1 && scores.at(1).first >= 0.5 &&
                    scores.first().first - scores.at(1).first < 0.2) {
                    QStringList close;
                    for (const auto &score : scores) {
                        if (scores.first().first - score.first < 0.2)
                            close.append(score.second);
                    }
                    result.ambiguous.append(index);
                    result.candidates.insert(index, close);
                } else {
                    column.role = ColumnRole::Question;
                    column.criterionCode = scores.first().second;
                }
            } else {
                result.unmapped.append(index);
            }
        }
        result.mapping.columns.append(column);
    }

    // Several columns of one kind of place are fine (a form that asks the okrug in a separate
    // question per district): the importer takes the first one filled in. The timestamp is
    // one column: the first recognised one.
    bool timestampSeen = false;
    for (ColumnMapping &column : result.mapping.columns) {
        if (column.role == ColumnRole::Timestamp) {
            if (timestampSeen)
                column.role = ColumnRole::Ignore;
            timestampSeen = true;
        }
    }

    for (int index : std::as_const(result.unmapped)) {
        if (!sample.isEmpty() && looksLikeAnswers(sample, index, result.mapping.scale))
            result.unmappedAnswers.append(index);
    }
    if (!result.mapping.hasPlaceColumns())
        result.problems.append(
            tr("No column says which rural okrug (or KATO code) a response is about."));
    if (result.mapping.columnsOf(ColumnRole::Question).isEmpty())
        result.problems.append(kind == SurveyKind::Ethics
                                   ? tr("No column was recognised as a question of an ethics "
                                        "criterion.")
                                   : tr("No column was recognised as a question of a survey "
                                        "criterion."));
    return result;
}

} // namespace akim::survey
