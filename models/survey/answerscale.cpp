#include "survey/answerscale.h"

#include "survey/cellvalue.h"
#include "text/textfold.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>

#include <cmath>

namespace akim::survey {
namespace {

struct Phrase
{
    const char16_t *text;
    int value; // on 1..5 (Likert) or 0..1 (yes/no); -1: not counted
};

constexpr int kNotCounted = -1;

// Built-in answers of five-point Likert questions as Russian, Kazakh and English forms write
// them. Feminine and ё spellings are folded by foldPhrase(), so one form of each is enough.
const Phrase kLikert[] = {
    {u"Полностью удовлетворен", 5},
    {u"Вполне удовлетворен", 5},
    {u"Очень доволен", 5},
    {u"Отлично", 5},
    {u"Очень хорошо", 5},
    {u"Полностью согласен", 5},
    {u"Толық қанағаттанамын", 5},
    {u"Толығымен қанағаттанамын", 5},
    {u"Өте жақсы", 5},
    {u"Толық келісемін", 5},
    {u"Completely satisfied", 5},
    {u"Fully satisfied", 5},
    {u"Very satisfied", 5},
    {u"Excellent", 5},
    {u"Very good", 5},
    {u"Strongly agree", 5},
    {u"Скорее удовлетворен", 4},
    {u"В основном удовлетворен", 4},
    {u"Удовлетворен", 4},
    {u"Доволен", 4},
    {u"Хорошо", 4},
    {u"Скорее согласен", 4},
    {u"Согласен", 4},
    {u"Көбіне қанағаттанамын", 4},
    {u"Негізінен қанағаттанамын", 4},
    {u"Қанағаттанамын", 4},
    {u"Жақсы", 4},
    {u"Келісемін", 4},
    {u"Satisfied", 4},
    {u"Rather satisfied", 4},
    {u"Mostly satisfied", 4},
    {u"Good", 4},
    {u"Agree", 4},
    {u"Частично удовлетворен", 3},
    {u"Удовлетворен частично", 3},
    {u"Удовлетворительно", 3},
    {u"Средне", 3},
    {u"Нейтрально", 3},
    {u"Ни да ни нет", 3},
    {u"Ішінара қанағаттанамын", 3},
    {u"Орташа", 3},
    {u"Бейтарап", 3},
    {u"Partly satisfied", 3},
    {u"Partially satisfied", 3},
    {u"Neither satisfied nor dissatisfied", 3},
    {u"Neutral", 3},
    {u"Average", 3},
    {u"Скорее не удовлетворен", 2},
    {u"Не удовлетворен", 2},
    {u"Недоволен", 2},
    {u"Плохо", 2},
    {u"Скорее не согласен", 2},
    {u"Не согласен", 2},
    {u"Көбіне қанағаттанбаймын", 2},
    {u"Қанағаттанбаймын", 2},
    {u"Нашар", 2},
    {u"Келіспеймін", 2},
    {u"Rather dissatisfied", 2},
    {u"Mostly dissatisfied", 2},
    {u"Dissatisfied", 2},
    {u"Not satisfied", 2},
    {u"Poor", 2},
    {u"Disagree", 2},
    {u"Совершенно не удовлетворен", 1},
    {u"Полностью не удовлетворен", 1},
    {u"Совсем не удовлетворен", 1},
    {u"Очень плохо", 1},
    {u"Совершенно не согласен", 1},
    {u"Полностью не согласен", 1},
    {u"Мүлдем қанағаттанбаймын", 1},
    {u"Толық қанағаттанбаймын", 1},
    {u"Өте нашар", 1},
    {u"Мүлдем келіспеймін", 1},
    {u"Completely dissatisfied", 1},
    {u"Very dissatisfied", 1},
    {u"Not at all satisfied", 1},
    {u"Very poor", 1},
    {u"Strongly disagree", 1},
};

const Phrase kYesNo[] = {
    {u"Да", 1},  {u"Иә", 1},  {u"Ия", 1}, {u"Yes", 1},   {u"True", 1},       {u"Скорее да", 1},
    {u"Нет", 0}, {u"Жоқ", 0}, {u"No", 0}, {u"False", 0}, {u"Скорее нет", 0},
};

// "Hard to say" and its relatives: an answer that is not counted, like a blank cell.
const Phrase kHardToSay[] = {
    {u"Затрудняюсь ответить", kNotCounted},
    {u"Затрудняюсь", kNotCounted},
    {u"Не знаю", kNotCounted},
    {u"Нет ответа", kNotCounted},
    {u"Без ответа", kNotCounted},
    {u"Жауап беруге қиналамын", kNotCounted},
    {u"Жауап беру қиын", kNotCounted},
    {u"Білмеймін", kNotCounted},
    {u"Hard to say", kNotCounted},
    {u"Difficult to answer", kNotCounted},
    {u"Don't know", kNotCounted},
    {u"Do not know", kNotCounted},
    {u"No answer", kNotCounted},
    {u"N/A", kNotCounted},
    {u"NA", kNotCounted},
    {u"-", kNotCounted},
    {u"—", kNotCounted},
};

using PhraseTable = QHash<QString, int>;

PhraseTable buildTable(const Phrase *begin, const Phrase *end)
{
    PhraseTable table;
    for (const Phrase *p = begin; p != end; ++p)
        table.insert(AnswerScale::foldPhrase(QString::fromUtf16(p->text)), p->value);
    for (const Phrase &p : kHardToSay)
        table.insert(AnswerScale::foldPhrase(QString::fromUtf16(p.text)), p.value);
    return table;
}

const PhraseTable &likertTable()
{
    static const PhraseTable table = buildTable(std::begin(kLikert), std::end(kLikert));
    return table;
}

const PhraseTable &yesNoTable()
{
    static const PhraseTable table = buildTable(std::begin(kYesNo), std::end(kYesNo));
    return table;
}

// cp1251 turns the Kazakh letters into '?' (or '_'): a phrase of the same length whose other
// letters agree is the one meant. Only phrases with a wildcard pay for this scan.
bool wildcardEqual(const QString &damaged, const QString &phrase)
{
    if (damaged.size() != phrase.size())
        return false;
    for (qsizetype i = 0; i < damaged.size(); ++i) {
        const QChar c = damaged.at(i);
        if (c != phrase.at(i) && c != QLatin1Char('?') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

bool lookup(const PhraseTable &table, const QString &folded, int *value)
{
    const auto found = table.constFind(folded);
    if (found != table.cend()) {
        *value = *found;
        return true;
    }
    if (!folded.contains(QLatin1Char('?')) && !folded.contains(QLatin1Char('_')))
        return false;
    int matches = 0;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (wildcardEqual(folded, it.key()) && (matches == 0 || *value != it.value())) {
            *value = it.value();
            ++matches;
        }
    }
    return matches == 1; // two different answers fit: do not guess
}

bool isWhole(double value)
{
    return std::abs(value - std::round(value)) < 1e-9;
}

} // namespace

AnswerScale AnswerScale::likert(int min, int max)
{
    AnswerScale scale;
    scale.m_kind = Kind::Likert;
    scale.m_min = min;
    scale.m_max = max;
    return scale;
}

AnswerScale AnswerScale::yesNo()
{
    AnswerScale scale;
    scale.m_kind = Kind::YesNo;
    scale.m_min = 0;
    scale.m_max = 1;
    return scale;
}

void AnswerScale::setOverride(const QString &phrase, const QVariant &value)
{
    const QString key = foldPhrase(phrase);
    if (key.isEmpty())
        return;
    m_overrides.insert(key, value.isValid() && !value.isNull() ? QVariant(value.toDouble())
                                                               : QVariant());
}

QString AnswerScale::foldPhrase(const QString &text)
{
    QString folded = text::fold(text);
    // Punctuation and quotes separate words; '?' and '_' stay, they may stand for lost letters.
    for (QChar &c : folded) {
        if ((c.isPunct() || c.isSymbol()) && c != QLatin1Char('?') && c != QLatin1Char('_') &&
            c != QLatin1Char('-') && c != QChar(0x2014) && c != QLatin1Char('/') &&
            c != QLatin1Char('\''))
            c = QLatin1Char(' ');
    }
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &word : words) {
        // Feminine forms of the Russian answers.
        if (word == u"удовлетворена")
            word = QStringLiteral("удовлетворен");
        else if (word == u"довольна")
            word = QStringLiteral("доволен");
        else if (word == u"согласна")
            word = QStringLiteral("согласен");
        else if (word == u"недовольна")
            word = QStringLiteral("недоволен");
    }
    return words.join(QLatin1Char(' '));
}

Answer AnswerScale::interpret(const QVariant &cell) const
{
    Answer answer;
    if (!cell.isValid() || cell.isNull())
        return answer; // blank: not counted
    switch (cell.typeId()) {
    case QMetaType::QString:
        return interpretText(cell.toString());
    case QMetaType::Bool:
        if (m_kind == Kind::YesNo) {
            answer.status = Answer::Status::Value;
            answer.value = cell.toBool() ? 1.0 : 0.0;
        } else {
            answer.status = Answer::Status::Invalid;
        }
        return answer;
    case QMetaType::Double:
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const double value = cell.toDouble();
        if (std::isfinite(value) && isWhole(value) && value >= m_min - 1e-9 &&
            value <= m_max + 1e-9) {
            answer.status = Answer::Status::Value;
            answer.value = std::round(value);
        } else {
            answer.status = Answer::Status::Invalid;
        }
        return answer;
    }
    default:
        answer.status = Answer::Status::Invalid; // a date is never an answer
        return answer;
    }
}

Answer AnswerScale::interpretText(const QString &text) const
{
    Answer answer;
    const QString folded = foldPhrase(text);
    if (folded.isEmpty())
        return answer; // blank: not counted

    const auto override = m_overrides.constFind(folded);
    if (override != m_overrides.cend()) {
        if (override->isValid()) {
            answer.status = Answer::Status::Value;
            answer.value = override->toDouble();
        }
        return answer;
    }

    const QVariant number = parseNumber(text.trimmed());
    if (number.isValid())
        return interpret(number);

    // Built-in phrases are defined on 1..5; a Likert scale of five other points shifts them.
    const bool fivePoint = m_kind == Kind::Likert && m_max - m_min == 4.0;
    int value = 0;
    bool known = false;
    if (m_kind == Kind::YesNo)
        known = lookup(yesNoTable(), folded, &value);
    else
        known = lookup(likertTable(), folded, &value) && (fivePoint || value == kNotCounted);
    if (!known && folded.endsWith(QLatin1Char('?'))) {
        // "Затрудняюсь ответить?": a question mark that is punctuation, not a lost letter
        QString trimmed = folded;
        while (trimmed.endsWith(QLatin1Char('?')))
            trimmed.chop(1);
        known = lookup(m_kind == Kind::YesNo ? yesNoTable() : likertTable(), trimmed.trimmed(),
                       &value) &&
                (m_kind == Kind::YesNo || fivePoint || value == kNotCounted);
    }
    if (known) {
        if (value != kNotCounted) {
            answer.status = Answer::Status::Value;
            answer.value = m_kind == Kind::YesNo ? value : value - 1 + m_min;
        }
        return answer;
    }

    // "5 - Полностью удовлетворен", "4 (скорее удовлетворен)": the leading number decides.
    const QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1) {
        const QVariant lead = parseNumber(words.first());
        if (lead.isValid()) {
            const Answer first = interpret(lead);
            if (first.isValue())
                return first;
        }
    }
    answer.status = Answer::Status::Invalid;
    return answer;
}

QString AnswerScale::invalidMessage(const QVariant &cell) const
{
    QString shown = cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'g', 10)
                                                       : cell.toString();
    if (shown.size() > 60)
        shown = shown.left(57) + QStringLiteral("…");
    if (m_kind == Kind::YesNo)
        return tr("\"%1\" is not a yes/no answer").arg(shown);
    return tr("\"%1\" is not an answer on the scale %2–%3")
        .arg(shown, QString::number(m_min), QString::number(m_max));
}

QJsonObject AnswerScale::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("kind"),
                m_kind == Kind::YesNo ? QStringLiteral("yes_no") : QStringLiteral("likert"));
    json.insert(QStringLiteral("min"), m_min);
    json.insert(QStringLiteral("max"), m_max);
    if (!m_overrides.isEmpty()) {
        QJsonObject overrides;
        for (auto it = m_overrides.cbegin(); it != m_overrides.cend(); ++it)
            overrides.insert(it.key(),
                             it->isValid() ? QJsonValue(it->toDouble()) : QJsonValue::Null);
        json.insert(QStringLiteral("overrides"), overrides);
    }
    return json;
}

bool AnswerScale::fromJson(const QJsonObject &json, AnswerScale *scale, QString *error)
{
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("likert"));
    AnswerScale result;
    if (kind == u"yes_no") {
        result = yesNo();
    } else if (kind == u"likert") {
        const QJsonValue min = json.value(QStringLiteral("min"));
        const QJsonValue max = json.value(QStringLiteral("max"));
        result = likert(min.isDouble() ? int(min.toDouble()) : 1,
                        max.isDouble() ? int(max.toDouble()) : 5);
        if ((min.isDouble() && !isWhole(min.toDouble())) ||
            (max.isDouble() && !isWhole(max.toDouble())) || result.m_max <= result.m_min) {
            if (error)
                *error = tr("The answer scale needs whole numbers with min below max.");
            return false;
        }
    } else {
        if (error)
            *error = tr("Unknown answer scale \"%1\" (use likert or yes_no).").arg(kind);
        return false;
    }
    const QJsonObject overrides = json.value(QStringLiteral("overrides")).toObject();
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it->isNull()) {
            result.setOverride(it.key(), QVariant());
        } else if (it->isDouble()) {
            result.setOverride(it.key(), it->toDouble());
        } else {
            if (error)
                *error = tr("The answer \"%1\" must map to a number or null.").arg(it.key());
            return false;
        }
    }
    *scale = result;
    return true;
}

bool AnswerScale::operator==(const AnswerScale &other) const
{
    return m_kind == other.m_kind && m_min == other.m_min && m_max == other.m_max &&
           m_overrides == other.m_overrides;
}

} // namespace akim::survey
