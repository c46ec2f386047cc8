#include "expatstream.h"

#include "zipaccess.h"

#include <expat.h>

#include <cstring>

namespace akim::survey {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// Large enough that expat's per-call overhead vanishes, small enough that a row is available
// soon after the reader asks for it.
constexpr int kChunkSize = 64 * 1024;

} // namespace

ExpatStream::ExpatStream(ZipMemberStream *source)
    : m_parser(XML_ParserCreate(nullptr))
    , m_source(source)
{
    XML_SetUserData(m_parser, this);
    XML_SetElementHandler(m_parser, &ExpatStream::onStart, &ExpatStream::onEnd);
    XML_SetCharacterDataHandler(m_parser, &ExpatStream::onCharacters);
    XML_SetStartDoctypeDeclHandler(m_parser, &ExpatStream::onDoctype);
    XML_SetEntityDeclHandler(m_parser, &ExpatStream::onEntityDecl);
    XML_SetParamEntityParsing(m_parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

ExpatStream::~ExpatStream()
{
    XML_ParserFree(m_parser);
}

bool ExpatStream::parseChunk()
{
    if (!m_error.isEmpty())
        return false;
    if (m_atEnd)
        return true;
    XML_Status status;
    if (m_suspended) {
        m_suspended = false;
        status = XML_ResumeParser(m_parser);
    } else {
        void *buffer = XML_GetBuffer(m_parser, kChunkSize);
        if (!buffer) {
            m_error = tr("%1: out of memory while parsing").arg(m_source->memberName());
            return false;
        }
        const qint64 n = m_source->read(static_cast<char *>(buffer), kChunkSize);
        if (n < 0) {
            m_error = m_source->errorString();
            return false;
        }
        m_finalFed = n == 0;
        status = XML_ParseBuffer(m_parser, int(n), m_finalFed);
    }
    if (status == XML_STATUS_SUSPENDED) {
        m_suspended = true;
        return true;
    }
    if (status != XML_STATUS_OK) {
        if (m_error.isEmpty()) {
            m_error = tr("%1 is not well-formed XML (line %2, column %3: %4)")
                          .arg(m_source->memberName())
                          .arg(XML_GetCurrentLineNumber(m_parser))
                          .arg(XML_GetCurrentColumnNumber(m_parser))
                          .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))));
        }
        return false;
    }
    m_atEnd = m_finalFed;
    return true;
}

bool ExpatStream::parseAll()
{
    while (!m_atEnd) {
        if (!parseChunk())
            return false;
    }
    return true;
}

void ExpatStream::abort(const QString &message)
{
    if (m_aborted)
        return;
    m_aborted = true;
    m_error = message;
    XML_StopParser(m_parser, XML_FALSE);
}

void ExpatStream::suspend()
{
    XML_ParsingStatus status;
    XML_GetParsingStatus(m_parser, &status);
    if (status.parsing == XML_PARSING)
        XML_StopParser(m_parser, XML_TRUE);
}

void ExpatStream::setCharactersWanted(bool wanted)
{
    XML_SetCharacterDataHandler(m_parser, wanted ? &ExpatStream::onCharacters : nullptr);
}

XmlName ExpatStream::attributeName(const char *name) const
{
    return resolve(name, true);
}

const char *ExpatStream::attribute(const char **attributes, std::string_view ns,
                                   std::string_view local) const
{
    for (const char **a = attributes; *a; a += 2) {
        const XmlName name = resolve(*a, true);
        if (name.local == local && name.ns == ns)
            return a[1];
    }
    return nullptr;
}

XmlName ExpatStream::resolve(const char *name, bool isAttribute) const
{
    const char *colon = std::strchr(name, ':');
    if (!colon) // unprefixed attributes have no namespace; elements take the default one
        return XmlName{isAttribute ? std::string_view() : lookup({}), name};
    return XmlName{lookup(std::string_view(name, size_t(colon - name))), colon + 1};
}

std::string_view ExpatStream::lookup(std::string_view prefix) const
{
    if (m_lastHit < m_bindings.size() && m_bindings[m_lastHit].prefix == prefix)
        return m_bindings[m_lastHit].uri;
    for (size_t i = m_bindings.size(); i-- > 0;) {
        if (m_bindings[i].prefix == prefix) {
            m_lastHit = i;
            return m_bindings[i].uri;
        }
    }
    return prefix == "xml" ? kXmlNamespace : std::string_view();
}

void ExpatStream::onStart(void *self, const char *name, const char **attributes)
{
    auto *stream = static_cast<ExpatStream *>(self);
    if (stream->m_aborted)
        return;
    ++stream->m_depth;
    for (const char **a = attributes; *a; a += 2) {
        const char *attributeName = *a;
        if (std::strncmp(attributeName, "xmlns", 5) != 0 ||
            (attributeName[5] != '\0' && attributeName[5] != ':'))
            continue;
        const char *prefix = attributeName[5] == ':' ? attributeName + 6 : "";
        stream->m_bindings.push_back(Binding{prefix, a[1], stream->m_depth});
        // Innermost declarations come last, so a redeclared prefix is found first.
        stream->m_lastHit = stream->m_bindings.size() - 1;
    }
    stream->startElement(stream->resolve(name, false), attributes);
}

void ExpatStream::onEnd(void *self, const char *name)
{
    auto *stream = static_cast<ExpatStream *>(self);
    if (stream->m_aborted)
        return;
    stream->endElement(stream->resolve(name, false));
    while (!stream->m_bindings.empty() && stream->m_bindings.back().depth == stream->m_depth)
        stream->m_bindings.pop_back();
    --stream->m_depth;
}

void ExpatStream::onCharacters(void *self, const char *text, int length)
{
    auto *stream = static_cast<ExpatStream *>(self);
    if (!stream->m_aborted)
        stream->characters(text, length);
}

void ExpatStream::onDoctype(void *self, const char *, const char *, const char *, int)
{
    auto *stream = static_cast<ExpatStream *>(self);
    stream->abort(tr("%1: the file contains a DTD, which spreadsheets never need")
                      .arg(stream->m_source->memberName()));
}

void ExpatStream::onEntityDecl(void *self, const char *, int, const char *, int, const char *,
                               const char *, const char *, const char *)
{
    auto *stream = static_cast<ExpatStream *>(self);
    stream->abort(tr("%1: the file declares XML entities, which spreadsheets never need")
                      .arg(stream->m_source->memberName()));
}

} // namespace akim::survey
