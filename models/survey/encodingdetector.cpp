#include "survey/encodingdetector.h"

#include <algorithm>
#include <array>
#include <limits>

namespace akim::survey {

namespace {

// Bytes 0x80…0xFF of each single-byte encoding, as ICU decodes them (bytes a code page leaves
// undefined map to the C1 control of the same number, as in WHATWG's tables).
const char16_t kWindows1251[128] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039,
    0x040A, 0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408,
    0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB,
    0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417,
    0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423,
    0x0424, 0x0425, 0x0426, 0x0427, 0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x044F,
};

const char16_t kIbm866Table[128] = {
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B,
    0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x0430, 0x0431, 0x0432, 0x0433,
    0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E, 0x043F,
    0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557,
    0x255D, 0x255C, 0x255B, 0x2510, 0x2514, 0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F,
    0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550, 0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559,
    0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C, 0x2588, 0x2584, 0x258C, 0x2590, 0x2580,
    0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448, 0x0449, 0x044A, 0x044B,
    0x044C, 0x044D, 0x044E, 0x044F, 0x0401, 0x0451, 0x0404, 0x0454, 0x0407, 0x0457, 0x040E, 0x045E,
    0x00B0, 0x2219, 0x00B7, 0x221A, 0x2116, 0x00A4, 0x25A0, 0x00A0,
};

const char16_t kMacCyrillicTable[128] = {
    0x0410, 0x0411, 0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041A, 0x041B,
    0x041C, 0x041D, 0x041E, 0x041F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
    0x0428, 0x0429, 0x042A, 0x042B, 0x042C, 0x042D, 0x042E, 0x042F, 0x2020, 0x00B0, 0x0490, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x0406, 0x00AE, 0x00A9, 0x2122, 0x0402, 0x0452, 0x2260, 0x0403, 0x0453,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x0456, 0x00B5, 0x0491, 0x0408, 0x0404, 0x0454, 0x0407, 0x0457,
    0x0409, 0x0459, 0x040A, 0x045A, 0x0458, 0x0405, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x040B, 0x045B, 0x040C, 0x045C, 0x0455, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x201E, 0x040E, 0x045E, 0x040F, 0x045F, 0x2116, 0x0401, 0x0451, 0x044F,
    0x0430, 0x0431, 0x0432, 0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043A, 0x043B,
    0x043C, 0x043D, 0x043E, 0x043F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447,
    0x0448, 0x0449, 0x044A, 0x044B, 0x044C, 0x044D, 0x044E, 0x20AC,
};

const char16_t kWindows1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

const QString kUtf8 = QStringLiteral("UTF-8");
const QString kWin1251 = QStringLiteral("windows-1251");
const QString kIbm866 = QStringLiteral("IBM866");
const QString kMacCyrillic = QStringLiteral("x-mac-cyrillic");
const QString kWin1252 = QStringLiteral("windows-1252");

struct Utf8Stats
{
    qsizetype multibyte = 0; // valid sequences of two to four bytes
    qsizetype invalid = 0;
};

Utf8Stats scanUtf8(QByteArrayView bytes, bool wholeFile)
{
    Utf8Stats stats;
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int length = b >= 0xC2 && b <= 0xDF   ? 2
                           : b >= 0xE0 && b <= 0xEF ? 3
                           : b >= 0xF0 && b <= 0xF4 ? 4
                                                    : 0;
        if (length == 0) {
            ++stats.invalid;
            ++i;
            continue;
        }
        if (i + length > n) {
            // A sample may end inside a character; only the real end of the file may not.
            if (wholeFile)
                ++stats.invalid;
            break;
        }
        // The second byte's range excludes overlong forms, surrogates and code points past
        // U+10FFFF.
        const uchar low = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
        const uchar high = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
        bool ok = p[i + 1] >= low && p[i + 1] <= high;
        for (int k = 2; ok && k < length; ++k)
            ok = p[i + k] >= 0x80 && p[i + k] <= 0xBF;
        if (ok) {
            ++stats.multibyte;
            i += length;
        } else {
            ++stats.invalid;
            ++i;
        }
    }
    return stats;
}

// Single-byte encoding the other way, for undoing a double encoding.
bool encodeSingleByte(QStringView text, const char16_t *table, QByteArray &out)
{
    constexpr char16_t Span = 0x2600; // every table's characters lie below U+2600
    struct Reverse
    {
        std::array<uchar, Span> bytes{};
    };
    static const auto build = [](const char16_t *t) {
        Reverse r;
        for (int i = 0; i < 128; ++i)
            r.bytes[t[i]] = uchar(0x80 + i);
        return r;
    };
    static const Reverse win1251 = build(kWindows1251);
    static const Reverse win1252 = build(kWindows1252);
    const Reverse &reverse = table == kWindows1251 ? win1251 : win1252;
    out.resize(text.size());
    char *dst = out.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            *dst++ = char(u);
            continue;
        }
        if (u >= Span || reverse.bytes[u] == 0)
            return false;
        *dst++ = char(reverse.bytes[u]);
    }
    return true;
}

bool isCyrillic(char16_t c)
{
    return c >= 0x0400 && c <= 0x04FF;
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// How much a lower-case Cyrillic letter suggests Russian or Kazakh text, by its frequency; the
// Serbian and Ukrainian letters that a wrong table produces count against.
int letterWeight(char16_t lower)
{
    static const QString common = QStringLiteral("оеаинтсрвл");
    static const QString middle = QStringLiteral("кмдпуяыьгзбчйхж");
    static const QString rare = QStringLiteral("шюцщэфъёі");
    const QChar c(lower);
    if (common.contains(c))
        return 3;
    if (middle.contains(c))
        return 2;
    if (rare.contains(c))
        return 1;
    return -1;
}

bool isCommonBigram(char16_t a, char16_t b)
{
    static const QString pairs =
        QStringLiteral("ст но то на ен ов ра во ко ал ан ер ор ли ие ог ре ет пр по");
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 3) {
        if (pairs.at(i) == QChar(a) && pairs.at(i + 1) == QChar(b))
            return true;
    }
    return false;
}

bool isLatinLetter(char16_t c)
{
    return (c >= 0x00C0 && c <= 0x00FF && c != 0x00D7 && c != 0x00F7) || c == 0x0152 ||
           c == 0x0153 || c == 0x0160 || c == 0x0161 || c == 0x0178 || c == 0x017D || c == 0x017E;
}

bool isCommonPunctuation(char16_t c)
{
    switch (c) {
    case 0x00A0: // no-break space
    case 0x00AB: // «
    case 0x00BB: // »
    case 0x00B0: // °
    case 0x2013: // –
    case 0x2014: // —
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2022: // •
    case 0x2026: // …
    case 0x2116: // №
        return true;
    default:
        return false;
    }
}

// How much `bytes`, decoded with `table`, look like Russian, Kazakh or Western text: letters in
// their usual frequencies score, symbols and letters of the wrong script or case mid-word cost.
int plausibility(QByteArrayView bytes, const char16_t *table)
{
    const auto decode = [table](char b) {
        const uchar u = uchar(b);
        return u < 0x80 ? char16_t(u) : table[u - 0x80];
    };
    int score = 0;
    char16_t previous = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char16_t c = decode(bytes[i]);
        const char16_t next = i + 1 < bytes.size() ? decode(bytes[i + 1]) : 0;
        if (uchar(bytes[i]) >= 0x80) {
            const bool besideLatin = isAsciiLetter(previous) || isAsciiLetter(next);
            if (isCyrillic(c) && QChar::isLetter(c)) {
                const char16_t lower = char16_t(QChar::toLower(c));
                score += letterWeight(lower);
                if (besideLatin)
                    score -= 4;
                if (QChar::isUpper(c) && isCyrillic(previous) && QChar::isLower(previous))
                    score -= 4;
                if (isCyrillic(previous) &&
                    isCommonBigram(char16_t(QChar::toLower(previous)), lower))
                    score += 1;
            } else if (isLatinLetter(c)) {
                score += besideLatin ? 2 : -1;
            } else if (!isCommonPunctuation(c)) {
                score -= 3;
            }
        }
        previous = c;
    }
    return score;
}

QString guessUtf16(QByteArrayView bytes)
{
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == 0)
            ++((i & 1) ? oddZeros : evenZeros);
    }
    // ASCII (delimiters, digits, line ends) leaves a zero in one half of its code units; Cyrillic
    // has 0x04 there. Text has many such zeros, all on one side; binary data has them anywhere.
    const qsizetype units = bytes.size() / 2;
    if (oddZeros >= units / 16 && evenZeros * 20 <= oddZeros && oddZeros > 0)
        return QStringLiteral("UTF-16LE");
    if (evenZeros >= units / 16 && oddZeros * 20 <= evenZeros && evenZeros > 0)
        return QStringLiteral("UTF-16BE");
    return QString();
}

// Decoded as UTF-16, text in the languages we expect stays in the alphabetic blocks up to
// Cyrillic or in general punctuation; bytes that only happen to hold zeros become CJK and worse.
bool plausibleUtf16(QStringView text)
{
    const auto usual = std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x0530 || (u >= 0x2000 && u < 0x2200);
    });
    return usual * 10 >= text.size() * 9;
}

bool mostlyControl(qsizetype controls, qsizetype total)
{
    return total > 0 && controls * 10 > total * 3;
}

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7F;
}

} // namespace

TextDecoder::TextDecoder(const QString &encoding)
    : m_name(canonicalName(encoding))
{
    if (m_name.isEmpty())
        return;
    m_table = highHalf(m_name);
    if (m_table == nullptr) {
        const QString underlying = m_name == EncodingDetector::doubleEncodedName() ? kUtf8 : m_name;
        m_decoder = QStringDecoder(underlying.toLatin1().constData());
    }
}

void TextDecoder::decode(QByteArrayView bytes, QString &out)
{
    const qsizetype old = out.size();
    if (m_table != nullptr) {
        out.resize(old + bytes.size());
        auto *dst = reinterpret_cast<char16_t *>(out.data()) + old;
        for (const char b : bytes) {
            const uchar u = uchar(b);
            *dst++ = u < 0x80 ? char16_t(u) : m_table[u - 0x80];
        }
        return;
    }
    out.resize(old + m_decoder.requiredSpace(bytes.size()));
    const QChar *end = m_decoder.appendToBuffer(out.data() + old, bytes);
    out.resize(end - out.constData());
}

QString TextDecoder::canonicalName(const QString &encoding)
{
    const QString key = encoding.trimmed().toLower();
    if (key.isEmpty())
        return QString();
    if (key == QLatin1String("utf-8") || key == QLatin1String("utf8"))
        return kUtf8;
    if (key == EncodingDetector::doubleEncodedName().toLower())
        return EncodingDetector::doubleEncodedName();
    if (key == QLatin1String("windows-1251") || key == QLatin1String("cp1251") ||
        key == QLatin1String("win1251") || key == QLatin1String("1251"))
        return kWin1251;
    if (key == QLatin1String("ibm866") || key == QLatin1String("cp866") ||
        key == QLatin1String("866") || key == QLatin1String("ibm-866"))
        return kIbm866;
    if (key == QLatin1String("x-mac-cyrillic") || key == QLatin1String("mac-cyrillic") ||
        key == QLatin1String("maccyrillic"))
        return kMacCyrillic;
    if (key == QLatin1String("windows-1252") || key == QLatin1String("cp1252") ||
        key == QLatin1String("1252"))
        return kWin1252;
    const QStringDecoder decoder(key.toLatin1().constData());
    return decoder.isValid() ? QString::fromLatin1(decoder.name()) : QString();
}

const char16_t *TextDecoder::highHalf(const QString &canonicalName)
{
    if (canonicalName == kWin1251)
        return kWindows1251;
    if (canonicalName == kIbm866)
        return kIbm866Table;
    if (canonicalName == kMacCyrillic)
        return kMacCyrillicTable;
    if (canonicalName == kWin1252)
        return kWindows1252;
    return nullptr;
}

EncodingGuess EncodingDetector::detect(QByteArrayView sample, bool wholeFile)
{
    EncodingGuess guess;
    for (const QString &unicode :
         {QStringLiteral("UTF-8"), QStringLiteral("UTF-32LE"), QStringLiteral("UTF-32BE"),
          QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE")}) {
        guess.bomLength = bomLength(sample, unicode);
        if (guess.bomLength > 0) {
            guess.encoding = unicode;
            break;
        }
    }
    if (guess.encoding.isEmpty())
        guess.encoding = guessUtf16(sample);
    const QByteArrayView body = sample.sliced(guess.bomLength);

    if (guess.encoding.startsWith(QLatin1String("UTF-16")) ||
        guess.encoding.startsWith(QLatin1String("UTF-32"))) {
        QString text;
        TextDecoder(guess.encoding).decode(body, text);
        const auto controls = std::count_if(text.cbegin(), text.cend(),
                                            [](QChar c) { return isControl(c.unicode()); });
        guess.binary = mostlyControl(controls, text.size());
        // Without a byte-order mark the zeros alone may mislead: the text must look like text.
        if (guess.bomLength == 0 && !plausibleUtf16(text))
            guess.encoding.clear();
    }
    if (guess.encoding.isEmpty() || guess.encoding == kUtf8)
        guess.binary = looksBinary(body);
    if (guess.binary) {
        guess.encoding.clear();
        return guess;
    }
    if (!guess.encoding.isEmpty() && guess.encoding != kUtf8) {
        guess.warnings = warningsFor(guess.encoding);
        return guess;
    }

    const Utf8Stats utf8 = scanUtf8(body, wholeFile);
    // A single-byte Cyrillic text almost never forms valid multi-byte sequences (its letters are
    // lead bytes followed by more lead bytes), so a few invalid bytes in much UTF-8 are damage.
    if (guess.bomLength > 0 || utf8.invalid == 0 || utf8.multibyte >= 10 * utf8.invalid) {
        guess.encoding = kUtf8;
        if (utf8.multibyte > 0) {
            QString text;
            TextDecoder(kUtf8).decode(body, text);
            for (const char16_t *via : {kWindows1251, kWindows1252}) {
                QByteArray original;
                if (!encodeSingleByte(text, via, original))
                    continue;
                const Utf8Stats inner = scanUtf8(original, wholeFile);
                if (inner.invalid == 0 && inner.multibyte >= 3) {
                    guess.doubleEncoded = true;
                    guess.encoding = doubleEncodedName();
                    break;
                }
            }
        }
        guess.warnings = warningsFor(guess.encoding);
        guess.invalidBytes = utf8.invalid > 0;
        if (guess.invalidBytes)
            guess.warnings << tr("The file has bytes that are not valid UTF-8; they are shown "
                                 "as \uFFFD");
        return guess;
    }

    // Ties go to the most common encoding; old Mac files end lines with CR alone.
    const bool crOnly = body.contains('\r') && !body.contains('\n');
    const QString candidates[] = {kWin1251, kMacCyrillic, kIbm866, kWin1252};
    int best = std::numeric_limits<int>::min();
    for (const QString &candidate : candidates) {
        int score = plausibility(body, TextDecoder::highHalf(candidate));
        if (crOnly && candidate == kMacCyrillic)
            score += 3;
        if (score > best) {
            best = score;
            guess.encoding = candidate;
        }
    }
    guess.warnings = warningsFor(guess.encoding);
    if (best <= 0)
        guess.warnings << tr("The encoding could not be recognised with confidence: check the "
                             "preview and choose another encoding if the text looks wrong");
    return guess;
}

QStringList EncodingDetector::warningsFor(const QString &encoding)
{
    const QString name = TextDecoder::canonicalName(encoding);
    if (name == kWin1251 || name == kIbm866 || name == kMacCyrillic)
        return {tr("The file is in %1, which has no letters ә ғ қ ң ө ұ ү һ: names may arrive "
                   "damaged")
                    .arg(name)};
    if (name == kWin1252)
        return {tr("The file is in windows-1252, which has no Cyrillic letters: if names look "
                   "wrong, choose another encoding")};
    if (name == doubleEncodedName())
        return {tr("The file is UTF-8 text that was once read in a wrong encoding and saved "
                   "again (“Р°” instead of “а”); it is repaired while reading. Choose UTF-8 "
                   "if the preview looks wrong")};
    return {};
}

int EncodingDetector::bomLength(QByteArrayView sample, const QString &encoding)
{
    const QString name = TextDecoder::canonicalName(encoding);
    const auto startsWith = [sample](QByteArrayView bom) {
        return sample.startsWith(bom);
    };
    if ((name == kUtf8 || name == doubleEncodedName()) && startsWith("\xEF\xBB\xBF"))
        return 3;
    if (name == QLatin1String("UTF-32LE") && startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return 4;
    if (name == QLatin1String("UTF-32BE") && startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return 4;
    // FF FE 00 00 is UTF-32's mark, not UTF-16's followed by a NUL character.
    if (name == QLatin1String("UTF-16LE") && startsWith("\xFF\xFE") &&
        !startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return 2;
    if (name == QLatin1String("UTF-16BE") && startsWith("\xFE\xFF"))
        return 2;
    return 0;
}

bool EncodingDetector::looksBinary(QByteArrayView sample)
{
    qsizetype controls = 0;
    for (const char b : sample) {
        if (b == 0)
            return true;
        if (isControl(uchar(b)))
            ++controls;
    }
    return mostlyControl(controls, sample.size());
}

QString EncodingDetector::repairDoubleEncoding(const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text;
    QByteArray original;
    for (const char16_t *via : {kWindows1251, kWindows1252}) {
        if (!encodeSingleByte(text, via, original))
            continue;
        const Utf8Stats stats = scanUtf8(original, true);
        if (stats.invalid == 0 && stats.multibyte > 0)
            return QString::fromUtf8(original);
    }
    return text;
}

QStringList EncodingDetector::knownEncodings()
{
    return {kUtf8,        kWin1251, QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"), kIbm866,
            kMacCyrillic, kWin1252, doubleEncodedName()};
}

} // namespace akim::survey
