#include "xlsxsharedstrings.h"

#include "expatstream.h"
#include "xlsxworkbook.h"
#include "zipaccess.h"

#include <algorithm>
#include <cstdlib>

namespace akim::survey {

namespace {

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

// Sixteen text answers for each of a million responses. Each string costs at least 24 bytes
// here even when empty, so a table of millions of "<si/>" (a few KB compressed) must stop
// somewhere.
constexpr size_t kMaxStrings = size_t(1) << 24;

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Collects the string items of sharedStrings.xml.
class SharedStringsParser : public ExpatStream
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxSharedStrings)

public:
    SharedStringsParser(ZipMemberStream *source, const ReadLimits &limits,
                        std::vector<QString> *strings)
        : ExpatStream(source)
        , m_limits(limits)
        , m_strings(strings)
    {}

protected:
    void startElement(const XmlName &element, const char **attributes) override
    {
        // xml:space is inherited, so every element keeps its own setting on a stack.
        const char *space = attribute(attributes, kXmlNamespace, "space");
        m_preserve.push_back(space ? std::string_view(space) == "preserve"
                                   : !m_preserve.empty() && m_preserve.back());
        if (!ooxml::isMainNamespace(element.ns))
            return;
        if (element.local == "si") {
            m_inItem = true;
            m_item.clear();
        } else if (element.local == "rPh") {
            ++m_phonetic;
        } else if (element.local == "t" && m_inItem && m_phonetic == 0) {
            m_inText = true;
            m_run.clear();
        } else if (element.local == "sst") {
            const char *count = attribute(attributes, {}, "uniqueCount");
            // A hint only: a hostile file may claim billions.
            if (count)
                m_strings->reserve(size_t(std::clamp(std::atoll(count), 0LL, 1LL << 20)));
        }
    }

    void endElement(const XmlName &element) override
    {
        const bool preserve = !m_preserve.empty() && m_preserve.back();
        if (!m_preserve.empty())
            m_preserve.pop_back();
        if (!ooxml::isMainNamespace(element.ns))
            return;
        if (element.local == "t" && m_inText) {
            m_inText = false;
            XlsxSharedStrings::appendRun(m_item, m_run, preserve);
        } else if (element.local == "rPh") {
            --m_phonetic;
        } else if (element.local == "si" && m_inItem) {
            m_inItem = false;
            if (m_strings->size() >= kMaxStrings) {
                abort(tr("the workbook has more than %1 shared strings").arg(kMaxStrings));
                return;
            }
            m_strings->push_back(XlsxSharedStrings::decode(m_item));
        }
    }

    void characters(const char *text, int length) override
    {
        if (!m_inText)
            return;
        m_run.append(text, size_t(length));
        if (m_item.size() + m_run.size() > size_t(m_limits.maxCellBytes)) {
            abort(tr("shared string %1 is longer than the limit of %2 bytes")
                      .arg(m_strings->size())
                      .arg(m_limits.maxCellBytes));
        }
    }

private:
    const ReadLimits &m_limits;
    std::vector<QString> *m_strings;
    std::vector<bool> m_preserve;
    std::string m_item;
    std::string m_run;
    int m_phonetic = 0;
    bool m_inItem = false;
    bool m_inText = false;
};

} // namespace

void XlsxSharedStrings::appendRun(std::string &out, std::string_view run, bool preserveSpace)
{
    if (!preserveSpace) {
        while (!run.empty() && isXmlSpace(run.front()))
            run.remove_prefix(1);
        while (!run.empty() && isXmlSpace(run.back()))
            run.remove_suffix(1);
    }
    out.append(run);
}

QString XlsxSharedStrings::decode(const std::string &utf8)
{
    QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    qsizetype at = text.indexOf(QLatin1String("_x"));
    if (at < 0)
        return text;
    QString decoded;
    decoded.reserve(text.size());
    qsizetype from = 0;
    while (at >= 0 && at + 7 <= text.size()) {
        int code = 0;
        bool escape = text.at(at + 6) == QLatin1Char('_');
        for (int k = 2; escape && k < 6; ++k) {
            const int digit = hexValue(text.at(at + k));
            escape = digit >= 0;
            code = code * 16 + digit;
        }
        if (!escape) {
            at = text.indexOf(QLatin1String("_x"), at + 1);
            continue;
        }
        decoded.append(QStringView(text).mid(from, at - from));
        decoded.append(QChar(char16_t(code)));
        from = at + 7;
        at = text.indexOf(QLatin1String("_x"), from);
    }
    decoded.append(QStringView(text).mid(from));
    return decoded;
}

bool XlsxSharedStrings::load(ZipArchive &zip, const QString &member, const ReadLimits &limits)
{
    m_strings.clear();
    std::unique_ptr<ZipMemberStream> stream =
        zip.openStream(member, limits.maxInflatedBytes, &m_error);
    if (!stream)
        return false;
    SharedStringsParser parser(stream.get(), limits, &m_strings);
    if (!parser.parseAll()) {
        m_error = parser.errorString();
        return false;
    }
    return true;
}

} // namespace akim::survey
