#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

namespace akim::survey {

// Turns bytes in one encoding into text, chunk by chunk: a character split between two chunks is
// completed by the next. The single-byte encodings seen in Russian-language exports are decoded
// with tables of our own, because a Qt built without ICU (as on Windows) knows only the Unicode
// ones; any other name is handed to QStringDecoder.
class TextDecoder
{
public:
    explicit TextDecoder(const QString &encoding = QString());

    bool isValid() const { return m_table != nullptr || m_decoder.isValid(); }
    QString name() const { return m_name; }
    // Appends the text of `bytes` to `out`.
    void decode(QByteArrayView bytes, QString &out);
    // An invalid byte sequence was met and replaced with U+FFFD.
    bool hasError() const { return m_table == nullptr && m_decoder.hasError(); }

    // The name the app shows for `encoding` ("cp1251" → "windows-1251"); empty if unknown.
    static QString canonicalName(const QString &encoding);
    // For a single-byte encoding with a table: the characters of bytes 0x80…0xFF; else null.
    static const char16_t *highHalf(const QString &canonicalName);

private:
    QString m_name;
    const char16_t *m_table = nullptr;
    QStringDecoder m_decoder;
};

struct EncodingGuess
{
    QString encoding;           // a canonical name; empty when `binary`
    int bomLength = 0;          // bytes of byte-order mark to skip
    bool binary = false;        // NUL bytes or control characters: not a text file
    bool doubleEncoded = false; // UTF-8 that was once decoded as a single-byte encoding
    bool invalidBytes = false;  // UTF-8 with a few invalid sequences (already in `warnings`)
    QStringList warnings;       // for the user, already translated
};

// Guesses the encoding of a text spreadsheet from its first bytes. Pure: no file access.
class EncodingDetector
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::EncodingDetector)

public:
    static constexpr int SampleSize = 64 * 1024;

    // `sample` is the start of the file; `wholeFile` says that nothing follows it, so that a
    // multi-byte character cut at its end is an error and not just the sample's edge.
    static EncodingGuess detect(QByteArrayView sample, bool wholeFile);

    // What a user reading the file in `encoding` should be told, e.g. that windows-1251 has no
    // Kazakh letters. Also used when the user chose the encoding.
    static QStringList warningsFor(const QString &encoding);

    // The length of a byte-order mark at the start of `sample` that belongs to `encoding`.
    static int bomLength(QByteArrayView sample, const QString &encoding);
    // NUL bytes or over 30% control characters in a sample that is not UTF-16/32.
    static bool looksBinary(QByteArrayView sample);

    // The pseudo-encoding of UTF-8 text that went through windows-1251 or windows-1252 and
    // back ("Р°" for "а"): read as UTF-8, then repaired cell by cell.
    static QString doubleEncodedName() { return QStringLiteral("UTF-8 (double-encoded)"); }
    // Undoes the double encoding of `text` if it has one; else returns it unchanged.
    static QString repairDoubleEncoding(const QString &text);

    // The encodings offered to the user, most likely first.
    static QStringList knownEncodings();
};

} // namespace akim::survey
