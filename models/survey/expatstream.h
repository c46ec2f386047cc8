#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

struct XML_ParserStruct;

namespace akim::survey {

class ZipMemberStream;

// An element or attribute name resolved to its namespace URI (empty when it has none) and its
// local name.
struct XmlName
{
    std::string_view ns;
    std::string_view local;
};

// Streams one zip member through expat, chunk by chunk, into the element callbacks of a
// subclass. Any DOCTYPE is refused: spreadsheets never have one, and refusing it closes the door
// on entity expansion (billion laughs) and external entities at once.
//
// Namespace prefixes are resolved here rather than by expat's namespace processing, which
// builds an expanded name for every prefixed attribute: ODS cells carry several, and resolving
// the few prefixes a document declares makes content.xml parse almost twice as fast.
class ExpatStream
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::ExpatStream)

public:
    explicit ExpatStream(ZipMemberStream *source);
    virtual ~ExpatStream();
    ExpatStream(const ExpatStream &) = delete;
    ExpatStream &operator=(const ExpatStream &) = delete;

    // Parses the next chunk of the source (or resumes a suspended chunk). False on an error
    // (errorString()); atEnd() once the whole member has been parsed.
    bool parseChunk();
    // Parses everything that is left.
    bool parseAll();
    bool atEnd() const { return m_atEnd; }
    QString errorString() const { return m_error; }

protected:
    // `attributes` is expat's list of name/value pairs; resolve a name with attributeName().
    virtual void startElement(const XmlName &name, const char **attributes) = 0;
    virtual void endElement(const XmlName &name) = 0;
    virtual void characters(const char *text, int length) = 0;

    XmlName attributeName(const char *name) const;
    // The value of the attribute `ns`:`local`, or null.
    const char *attribute(const char **attributes, std::string_view ns,
                          std::string_view local) const;

    // Stops parsing with `message`; the element callbacks are not called again.
    void abort(const QString &message);
    // Pauses parsing after the current callback; the next parseChunk() resumes where it stopped
    // before reading more input. Lets a subclass bound what it queues.
    void suspend();
    // Turns the character callback on or off: parsing is faster without it where text is not
    // wanted.
    void setCharactersWanted(bool wanted);

private:
    struct Binding
    {
        std::string prefix;
        std::string uri;
        int depth;
    };

    XmlName resolve(const char *name, bool isAttribute) const;
    std::string_view lookup(std::string_view prefix) const;

    static void onStart(void *self, const char *name, const char **attributes);
    static void onEnd(void *self, const char *name);
    static void onCharacters(void *self, const char *text, int length);
    static void onDoctype(void *self, const char *, const char *, const char *, int);
    static void onEntityDecl(void *self, const char *, int, const char *, int, const char *,
                             const char *, const char *, const char *);

    XML_ParserStruct *m_parser;
    ZipMemberStream *m_source;
    // The namespace declarations in scope, innermost last.
    std::vector<Binding> m_bindings;
    mutable size_t m_lastHit = 0;
    int m_depth = 0;
    bool m_atEnd = false;
    bool m_aborted = false;
    bool m_suspended = false;
    bool m_finalFed = false; // the last (empty, final) buffer has been given to expat
    QString m_error;
};

} // namespace akim::survey
