#include "survey/placenormalizer.h"

#include "text/textfold.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>

namespace akim::survey {
namespace {

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return c.isLetter() && (u < 0x0250 || (u >= 0x1E00 && u <= 0x1EFF));
}

bool isApostrophe(QChar c)
{
    return QStringView(u"'`\u00b4\u02b9\u02bc\u2018\u2019").contains(c);
}

bool isLatinVowel(QChar c)
{
    return QStringView(u"aeiouäöüūıïáóúýéàèìòù").contains(c);
}

bool isCyrillicVowel(QChar c)
{
    return QStringView(u"аеёиоуыэюяі").contains(c);
}

// Vowels (after the stem merges) that end a Kazakh noun or a Russian adjective, plus й, which
// ends "-ий"/"-ый" and Kazakh "-ай", and the wildcards, which most often replace ә ө ү ұ.
bool isStemVowel(QChar c)
{
    return QStringView(u"аеиоуяюй").contains(c) || PlaceNormalizer::isWildcard(c);
}

QStringList words(const char16_t *spaceSeparated)
{
    return QString::fromUtf16(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QSet<QString> wordSet(const char16_t *spaceSeparated)
{
    const QStringList list = words(spaceSeparated);
    return QSet<QString>(list.cbegin(), list.cend());
}

// Words that name the kind of unit, not the unit, as text::fold writes them. Dropped wherever
// they stand, so the designator may come before or after the name, abbreviated or in full.
const QSet<QString> &cyrillicDesignators()
{
    static const QSet<QString> set = wordSet(
        u"сельский сельская сельское сельского сельском сельсовет поселковая поселковый "
        u"поселковой поселковое городская городской округ округа округе округи округы "
        u"администрация администрации ауылдык кенттик калалык акимшилиги акимшилик акимдиги "
        u"район района районе ауданы аудан область области облысы облыс обл "
        u"им имени атын атындагы ат");
    return set;
}

// Latin designators, compared after accents and apostrophes are stripped.
const QSet<QString> &latinDesignators()
{
    static const QSet<QString> set = wordSet(
        u"rural district okrug okrugi okrugy county region oblast oblasti oblysy oblys obl "
        u"audany audan audani rayon raion village administration admin settlement auyldyq "
        u"auyldyk auyldik auyldiq selskiy selsky selskii selskij imeni im atyndagy atyndaghy "
        u"atyndagi atyn akimshiligi kenttik of the so ao sa pa");
    return set;
}

// Kazakh designators as written, for damaged words: a wildcard may stand only where cp1251 lost
// a letter, so "ауылды?" is "ауылдық" but "а???ды?" (Аққұдық) is not.
const QStringList &kazakhDesignators()
{
    static const QStringList list =
        words(u"ауылдық округі әкімшілігі әкімшілік әкімдігі кенттік қалалық атындағы");
    return list;
}

// Whether a word (lower case, not folded, possibly with wildcards) is a designator.
bool isDesignator(const QString &word, const QString &folded)
{
    if (cyrillicDesignators().contains(folded))
        return true;
    if (!PlaceNormalizer::isDamaged(word))
        return false;
    for (const QString &designator : kazakhDesignators()) {
        if (designator.size() != word.size())
            continue;
        bool equal = true;
        for (qsizetype i = 0; equal && i < word.size(); ++i) {
            equal = PlaceNormalizer::isWildcard(word[i])
                        ? QStringView(u"әғқңөұүһі").contains(designator[i])
                        : text::fold(word.mid(i, 1)) == text::fold(designator.mid(i, 1));
        }
        if (equal)
            return true;
    }
    return false;
}

// A Latin word without accents or apostrophes, for the designator list.
QString plainLatin(const QString &word)
{
    QString result;
    for (const QChar c : word) {
        if (c.unicode() < 0x80) {
            if (c.isLetterOrNumber())
                result += c;
        } else if (c == QChar(0x0131)) { // dotless ı
            result += QLatin1Char('i');
        } else if (c.decompositionTag() == QChar::Canonical) {
            result += c.decomposition().at(0);
        }
    }
    return result;
}

// A word typed with both layouts ("Жосалинский c.o." with a Latin c) holds Latin letters that
// look like Cyrillic ones; read them as the Cyrillic they resemble, not as transliteration.
QString cyrillicLookalikes(const QString &word)
{
    static const QString latin = QStringLiteral("abcehikmoptxy");
    static const QString cyrillic = QString::fromUtf16(u"авсенікмортху");
    QString result = word;
    for (QChar &c : result) {
        const qsizetype at = latin.indexOf(c);
        if (at >= 0)
            c = cyrillic.at(at);
    }
    return result;
}

// "North Kazakhstan": the English regions say in words what the Russian names say in a prefix.
QString englishCompass(const QString &word)
{
    static const QStringList english = words(u"north south west east");
    static const QStringList russian = words(u"северо южно западно восточно");
    const qsizetype at = english.indexOf(word);
    return at < 0 ? QString() : russian.at(at);
}

// The stem of the words of a name: see PlaceNormalizer::normalize.
QString stemOf(const QStringList &words)
{
    QString s;
    for (qsizetype w = 0; w < words.size(); ++w) {
        QStringView word = words.at(w);
        // "с.о. имени Омара Шипина" / "Омар Шипин атындағы а.о.": Russian puts the person in
        // the genitive. The last word's ending is cut below; cut the others' here.
        if (w + 1 < words.size() && word.size() > 4) {
            if (word.endsWith(u"ой") || word.endsWith(u"ей"))
                word.chop(2);
            else if (QStringView(u"аяыи").contains(word.back()) &&
                     !isStemVowel(word.at(word.size() - 2)))
                word.chop(1);
        }
        for (QChar c : word) {
            if (c == QChar(0x044C) || c == QChar(0x044A)) // ь ъ: Kazakh spellings have none
                continue;
            if (c == QChar(0x044B)) // ы, also і folded to и: "Жетысай" / "Жетісай"
                c = QChar(0x0438);
            else if (c == QChar(0x044D)) // э
                c = QChar(0x0435);
            if (!s.isEmpty() && s.back() == c && !PlaceNormalizer::isWildcard(c))
                continue; // doubled letters: "Аккайын" / "Ақкайың", and a common typo
            s += c;
        }
    }
    const auto chopVowels = [&s] {
        qsizetype end = s.size();
        while (end > 3 && isStemVowel(s.at(end - 1)))
            --end;
        s.truncate(end);
    };
    // Russian adjective: "-ск" and an ending of up to three letters ("-ий", "-ая", "-ого", …).
    const qsizetype sk = s.lastIndexOf(QStringView(u"ск"));
    if (sk >= 3 && s.size() - sk - 2 <= 3) {
        const QStringView ending = QStringView(s).mid(sk + 2);
        if (std::all_of(ending.begin(), ending.end(),
                        [](QChar c) { return QStringView(u"аеиоуяюйгмх").contains(c); }))
            s.truncate(sk);
    }
    chopVowels();
    // "-ин" joins the noun to "-ский" ("Жосалы" → "Жосалинский") and ends Kazakh names that
    // keep it ("Байғанин" / "Байганинский"); cut it on both sides so each pair meets.
    if (s.size() >= 5 && s.endsWith(QStringView(u"ин"))) {
        s.chop(2);
        chopVowels();
    }
    // х and қ spell one sound ("Балхаш" / "Балқаш"); merged after the ending is cut, since
    // "-ских" would otherwise read as "-ск" + "ик".
    QString merged;
    merged.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c == QChar(0x0445))
            c = QChar(0x043A);
        if (merged.isEmpty() || merged.back() != c || PlaceNormalizer::isWildcard(c))
            merged += c;
    }
    return merged;
}

} // namespace

QString PlaceNormalizer::normalize(const QString &name)
{
    return keys(name).stem;
}

bool PlaceNormalizer::isDamaged(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isWildcard(name.at(i)))
            continue;
        if ((i > 0 && name.at(i - 1).isLetter()) ||
            (i + 1 < name.size() && name.at(i + 1).isLetter()))
            return true;
    }
    return false;
}

QString PlaceNormalizer::transliterate(const QString &latin)
{
    const QString s = latin.toLower();
    const qsizetype n = s.size();
    QString out;
    out.reserve(n);
    const auto at = [&](qsizetype i) {
        return i < n ? s.at(i) : QChar();
    };
    const auto add = [&out](char16_t c) {
        out += QChar(c);
    };
    const auto previousIsVowel = [&out] {
        return !out.isEmpty() && isCyrillicVowel(out.back());
    };
    const auto atWordStart = [&out] {
        return out.isEmpty() || !out.back().isLetter();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = s.at(i);
        const QChar next = at(i + 1);
        // 2017 alphabet: s' c' y' i' are ш ч ұ и; after other letters the apostrophe only
        // marks the Kazakh letter, which folds to the plain one anyway.
        const bool apostrophe = isApostrophe(next);
        if (c.isMark() || isApostrophe(c))
            continue;
        switch (c.unicode()) {
        case u's':
            if (apostrophe) {
                add(u'ш');
                ++i;
            } else if (next == u'h' && at(i + 2) == u'c' && at(i + 3) == u'h') {
                add(u'щ');
                i += 3;
            } else if (next == u'h') {
                add(u'ш');
                ++i;
            } else {
                add(u'с');
            }
            break;
        case u'c':
            add(apostrophe || next == u'h' ? u'ч' : u'к');
            i += apostrophe || next == u'h' ? 1 : 0;
            break;
        case u'z':
            add(next == u'h' ? u'ж' : u'з');
            i += next == u'h' ? 1 : 0;
            break;
        case u'k':
            add(next == u'h' ? u'х' : u'к');
            i += next == u'h' ? 1 : 0;
            break;
        case u'g':
            add(u'г');
            i += next == u'h' || apostrophe ? 1 : 0;
            break;
        case u't':
            add(next == u's' ? u'ц' : u'т');
            i += next == u's' ? 1 : 0;
            break;
        case u'y':
            if (apostrophe) {
                add(u'у');
                ++i;
            } else if (isLatinVowel(next) && next != u'i' && (atWordStart() || previousIsVowel())) {
                // "Yesil", "Mayak": y with the vowel is one iotated Russian letter.
                const char16_t v = next.unicode();
                add(v == u'a' ? u'я' : v == u'u' ? u'ю' : u'е');
                ++i;
            } else {
                add(previousIsVowel() ? u'й' : u'ы'); // "Abay", "-skiy" / "Kyzyl", "Zhaksy"
            }
            break;
        case u'i':
            add(previousIsVowel() && !isLatinVowel(next) && !apostrophe ? u'й' : u'и');
            i += apostrophe ? 1 : 0;
            break;
        case u'x':
            out += QStringView(u"кс");
            break;
        default: {
            // One Latin letter for one Cyrillic one, including the accented letters of the
            // 2018 (á ǵ ń ó ú ý), 2019 (ç ŋ ş w) and 2021 (ä ğ ı ñ ö ş ū ü) alphabets.
            static const QHash<char16_t, char16_t> letters = [] {
                const char16_t pairs[] = u"aаbбdдeеfфhхjжlлmмnнoоpпqкrрuуvвwуäаáаàаâаåаãа"
                                         u"öоóоòоôоõоøоüуúуùуûуūуýуıиïиíиìиîиğгǵгñнńнŋн"
                                         u"şшśшšшçчćчčчéеèеêеëеēеžж";
                QHash<char16_t, char16_t> map;
                for (size_t k = 0; pairs[k] && pairs[k + 1]; k += 2)
                    map.insert(pairs[k], pairs[k + 1]);
                return map;
            }();
            const auto it = letters.constFind(c.unicode());
            if (it != letters.cend())
                out += QChar(*it);
            else if (isLatinLetter(c) && c.decompositionTag() == QChar::Canonical)
                out += transliterate(c.decomposition().left(1));
            else
                out += c;
        }
        }
    }
    return out;
}

PlaceKeys PlaceNormalizer::keys(const QString &name)
{
    PlaceKeys keys;
    keys.damaged = isDamaged(name);
    keys.folded = text::fold(name);
    const QString lower = name.toLower();
    const qsizetype n = lower.size();
    const auto isWordChar = [&lower](qsizetype i) {
        const QChar c = lower.at(i);
        return c.isLetterOrNumber() || c.isMark() || isWildcard(c) ||
               (isApostrophe(c) && i > 0 && isLatinLetter(lower.at(i - 1)));
    };
    QStringList lowered;
    QStringList folded;
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordChar(i))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(i))
            ++i;
        const QString word = lower.mid(start, i - start);
        const bool cyrillic = std::any_of(word.begin(), word.end(), isCyrillic);
        const bool latin = std::any_of(word.begin(), word.end(), isLatinLetter);
        QString low = word;
        if (latin && !cyrillic) {
            if (latinDesignators().contains(plainLatin(word)))
                continue;
            low = englishCompass(plainLatin(word));
            if (low.isEmpty())
                low = transliterate(word);
        } else if (latin) {
            low = cyrillicLookalikes(word);
        }
        low.removeIf([](QChar c) { return c.isMark() || isApostrophe(c); });
        const QString f = text::fold(low);
        if (!std::any_of(f.begin(), f.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue; // a stray "?" or "_"
        // One letter is an abbreviation or an initial: "с.о.", "р-н", "г.", "И.Курманов".
        if (f.size() == 1 && !f.at(0).isDigit())
            continue;
        if (isDesignator(low, f))
            continue;
        lowered.append(low);
        folded.append(f);
    }
    keys.plain = folded.join(QLatin1Char(' '));
    keys.lowered = lowered.join(QLatin1Char(' '));
    keys.stem = stemOf(folded);
    return keys;
}

int PlaceNormalizer::fuzzyLimit(int length)
{
    return length <= 3 ? 0 : length <= 8 ? 1 : length <= 14 ? 2 : 3;
}

quint64 PlaceNormalizer::letterMask(QStringView key)
{
    quint64 mask = 0;
    for (const QChar c : key) {
        if (isWildcard(c))
            continue;
        const char16_t u = c.unicode();
        // а…я get a bit each; anything else shares the upper 32 bits.
        const int bit = u >= 0x0430 && u <= 0x044F ? u - 0x0430 : 32 + u % 32;
        mask |= quint64(1) << bit;
    }
    return mask;
}

int PlaceNormalizer::distance(QStringView a, QStringView b, int limit)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (std::abs(la - lb) > limit)
        return limit + 1;
    if (la == 0 || lb == 0)
        return int(std::max(la, lb));
    // Three rows of the matrix: two back (for transpositions), one back, current.
    QVarLengthArray<int, 3 * 64> buffer(3 * (lb + 1));
    int *twoBack = buffer.data();
    int *oneBack = twoBack + lb + 1;
    int *current = oneBack + lb + 1;
    for (qsizetype j = 0; j <= lb; ++j)
        oneBack[j] = int(j);
    const auto same = [](QChar x, QChar y) {
        return x == y || isWildcard(x) || isWildcard(y);
    };
    for (qsizetype i = 1; i <= la; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= lb; ++j) {
            int value = std::min({oneBack[j] + 1, current[j - 1] + 1,
                                  oneBack[j - 1] + (same(a[i - 1], b[j - 1]) ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        int *recycled = twoBack;
        twoBack = oneBack;
        oneBack = current;
        current = recycled;
    }
    return std::min(oneBack[lb], limit + 1);
}

} // namespace akim::survey
