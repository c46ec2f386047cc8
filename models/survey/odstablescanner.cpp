#include "odstablescanner.h"

#include "zipaccess.h"

#include <cctype>
#include <cstring>

namespace akim::survey {

namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr size_t kChunkSize = 256 * 1024;
// No tag of a real content.xml comes near this; a longer one is refused rather than buffered.
constexpr size_t kMaxTagBytes = 4 * 1024 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The scanner reads bytes as UTF-8 (which ODF writers use); anything else is left to expat.
bool isUtf8Document(std::string_view head)
{
    if (head.size() >= 2 &&
        ((head[0] == '\xFF' && head[1] == '\xFE') || (head[0] == '\xFE' && head[1] == '\xFF') ||
         head[0] == '\0' || head[1] == '\0'))
        return false;
    if (head.substr(0, 5) != "<?xml")
        return true;
    const std::string_view declaration = head.substr(0, head.find("?>"));
    const size_t at = declaration.find("encoding");
    if (at == std::string_view::npos)
        return true;
    std::string encoding;
    for (char c : declaration.substr(at + 8)) {
        if (c == '"' || c == '\'' || c == '=' || isSpace(c)) {
            if (!encoding.empty())
                break;
            continue;
        }
        encoding += char(std::tolower(static_cast<unsigned char>(c)));
    }
    return encoding == "utf-8" || encoding == "utf8" || encoding == "us-ascii";
}

std::string_view tagName(std::string_view tag)
{
    size_t end = 0;
    while (end < tag.size() && !isSpace(tag[end]) && tag[end] != '/')
        ++end;
    return tag.substr(0, end);
}

} // namespace

bool OdsTableScanner::scan(ZipMemberStream &stream)
{
    m_member = stream.memberName();
    std::string buffer;
    for (bool first = true;; first = false) {
        const size_t kept = buffer.size();
        buffer.resize(kept + kChunkSize);
        const qint64 n = stream.read(buffer.data() + kept, qint64(kChunkSize));
        if (n < 0) {
            m_error = stream.errorString();
            return false;
        }
        buffer.resize(kept + size_t(n));
        if (first && !isUtf8Document(buffer)) {
            m_unsupportedEncoding = true;
            return false;
        }
        const qint64 consumed = feed(buffer, n == 0);
        if (consumed < 0)
            return false;
        if (n == 0)
            return true;
        buffer.erase(0, size_t(consumed));
        if (buffer.size() > kMaxTagBytes) {
            m_error = tr("%1 has a tag longer than %2 bytes").arg(m_member).arg(kMaxTagBytes);
            return false;
        }
    }
}

qint64 OdsTableScanner::feed(std::string_view data, bool final)
{
    const char *const begin = data.data();
    const char *const end = begin + data.size();
    const char *p = begin;
    while (p < end) {
        if (m_state != State::Text) {
            // Inside a comment, CDATA section or processing instruction a '<' is not markup;
            // look for its terminator ("-->", "]]>", "?>"), which may span chunks.
            const char runChar = m_state == State::Comment ? '-'
                                 : m_state == State::CData ? ']'
                                                           : '?';
            const int needed = m_state == State::Instruction ? 1 : 2;
            for (; p < end; ++p) {
                if (*p == '>' && m_run >= needed) {
                    ++p;
                    m_state = State::Text;
                    break;
                }
                m_run = *p == runChar ? m_run + 1 : 0;
            }
            continue;
        }
        const char *open = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!open)
            return qint64(data.size());
        // A '<' at the end of the chunk, or the start of "<!--" or "<![CDATA[" cut short, waits
        // for the next chunk before it is classified.
        const std::string_view markup(open + 1, size_t(end - open - 1));
        const auto cutShort = [&](std::string_view opener) {
            return markup.size() < opener.size() && opener.substr(0, markup.size()) == markup;
        };
        if (!final && (markup.empty() || cutShort("!--") || cutShort("![CDATA[")))
            return qint64(open - begin);
        if (markup.substr(0, 3) == "!--") {
            m_state = State::Comment;
            m_run = 0;
            p = open + 4;
            continue;
        }
        if (markup.substr(0, 8) == "![CDATA[") {
            m_state = State::CData;
            m_run = 0;
            p = open + 9;
            continue;
        }
        if (!markup.empty() && markup[0] == '?') {
            m_state = State::Instruction;
            m_run = 0;
            p = open + 2;
            continue;
        }
        if (!markup.empty() && markup[0] == '!') {
            m_error =
                tr("%1: the file contains a DTD, which spreadsheets never need").arg(m_member);
            return -1;
        }
        // An element tag ends at the first '>' outside a quoted attribute value.
        const char *q = open + 1;
        char quote = 0;
        for (; q < end; ++q) {
            const char c = *q;
            if (quote) {
                const void *close = std::memchr(q, quote, size_t(end - q));
                if (!close) {
                    q = end;
                    break;
                }
                q = static_cast<const char *>(close);
                quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (q >= end) {
            if (final) {
                m_error = tr("%1 ends in the middle of a tag").arg(m_member);
                return -1;
            }
            return qint64(open - begin);
        }
        if (!handleTag(std::string_view(open + 1, size_t(q - open - 1))))
            return -1;
        p = q + 1;
    }
    if (final && m_state != State::Text) {
        m_error = tr("%1 ends in the middle of a comment or CDATA section").arg(m_member);
        return -1;
    }
    return qint64(data.size());
}

bool OdsTableScanner::handleTag(std::string_view tag)
{
    if (!tag.empty() && tag[0] == '/') {
        if (tagName(tag.substr(1)) == m_tableTag && m_tableDepth > 0)
            --m_tableDepth;
        return true;
    }
    const std::string_view name = tagName(tag);
    const bool selfClosing = !tag.empty() && tag.back() == '/';
    if (!m_rootSeen) {
        m_rootSeen = true;
        readRoot(tag.substr(name.size()));
        return true;
    }
    if (name == m_spreadsheetTag) {
        m_spreadsheet = true;
    } else if (name == m_tableTag) {
        if (m_tableDepth == 0) { // tables inside cells are not sheets
            if (m_names.size() >= kMaxSheets) {
                m_error = tr("%1 has more than %2 sheets").arg(m_member).arg(kMaxSheets);
                return false;
            }
            m_names.append(decode(attributeValue(tag.substr(name.size()), m_tableNameAttribute)));
        }
        if (!selfClosing)
            ++m_tableDepth;
    }
    return true;
}

void OdsTableScanner::readRoot(std::string_view attributes)
{
    // The prefixes are whatever the root declares; "table" and "office" are only the usual ones.
    std::string_view rest = attributes;
    while (!rest.empty()) {
        while (!rest.empty() && isSpace(rest.front()))
            rest.remove_prefix(1);
        const size_t equals = rest.find('=');
        if (equals == std::string_view::npos)
            return;
        std::string_view name = rest.substr(0, equals);
        while (!name.empty() && isSpace(name.back()))
            name.remove_suffix(1);
        rest.remove_prefix(equals + 1);
        while (!rest.empty() && isSpace(rest.front()))
            rest.remove_prefix(1);
        if (rest.empty() || (rest.front() != '"' && rest.front() != '\''))
            return;
        const size_t close = rest.find(rest.front(), 1);
        if (close == std::string_view::npos)
            return;
        const std::string_view value = rest.substr(1, close - 1);
        rest.remove_prefix(close + 1);
        if (name.substr(0, 5) != "xmlns" || (name.size() > 5 && name[5] != ':'))
            continue;
        const std::string prefix =
            name.size() > 6 ? std::string(name.substr(6)) + ':' : std::string();
        if (value == kTable) {
            m_tableTag = prefix + "table";
            m_tableNameAttribute = name.size() > 6 ? prefix + "name" : std::string();
        } else if (value == kOffice) {
            m_spreadsheetTag = prefix + "spreadsheet";
        }
    }
}

std::string_view OdsTableScanner::attributeValue(std::string_view attributes, std::string_view name)
{
    std::string_view rest = attributes;
    while (!rest.empty()) {
        while (!rest.empty() && isSpace(rest.front()))
            rest.remove_prefix(1);
        const size_t equals = rest.find('=');
        if (equals == std::string_view::npos)
            return {};
        std::string_view candidate = rest.substr(0, equals);
        while (!candidate.empty() && isSpace(candidate.back()))
            candidate.remove_suffix(1);
        rest.remove_prefix(equals + 1);
        while (!rest.empty() && isSpace(rest.front()))
            rest.remove_prefix(1);
        if (rest.empty() || (rest.front() != '"' && rest.front() != '\''))
            return {};
        const size_t close = rest.find(rest.front(), 1);
        if (close == std::string_view::npos)
            return {};
        if (candidate == name)
            return rest.substr(1, close - 1);
        rest.remove_prefix(close + 1);
    }
    return {};
}

QString OdsTableScanner::decode(std::string_view raw)
{
    // As an XML parser does: line ends become one space, so do tabs; then the predefined
    // entities and character references are replaced (whatever they stand for stays as is).
    std::string value;
    value.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\r' && i + 1 < raw.size() && raw[i + 1] == '\n')
            continue;
        value.push_back(c == '\t' || c == '\r' || c == '\n' ? ' ' : c);
    }
    QString text;
    size_t from = 0;
    for (size_t amp = value.find('&'); amp != std::string::npos; amp = value.find('&', from)) {
        text += QString::fromUtf8(value.data() + from, qsizetype(amp - from));
        const size_t semicolon = value.find(';', amp);
        if (semicolon == std::string::npos) {
            from = amp;
            break;
        }
        const std::string_view entity(value.data() + amp + 1, semicolon - amp - 1);
        if (entity == "amp") {
            text += QLatin1Char('&');
        } else if (entity == "lt") {
            text += QLatin1Char('<');
        } else if (entity == "gt") {
            text += QLatin1Char('>');
        } else if (entity == "quot") {
            text += QLatin1Char('"');
        } else if (entity == "apos") {
            text += QLatin1Char('\'');
        } else if (entity.size() > 1 && entity[0] == '#') {
            bool ok = false;
            const QString digits =
                QString::fromLatin1(entity.data() + 1, qsizetype(entity.size() - 1));
            const uint code = digits.startsWith(QLatin1Char('x')) ? digits.mid(1).toUInt(&ok, 16)
                                                                  : digits.toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF) {
                const char32_t c = char32_t(code);
                text += QString::fromUcs4(&c, 1);
            }
        }
        from = semicolon + 1;
    }
    if (from < value.size())
        text += QString::fromUtf8(value.data() + from, qsizetype(value.size() - from));
    return text;
}

} // namespace akim::survey
