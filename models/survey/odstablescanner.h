#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <string_view>

namespace akim::survey {

class ZipMemberStream;

// Lists the sheets (top-level table:table elements) of an ODS content.xml without parsing it.
// content.xml holds every cell of every sheet, and listing the sheets must not cost a full XML
// parse before the user has even picked one: this scanner only hops from '<' to '>' and reads the
// few tags that matter (the root's namespace declarations, office:spreadsheet, table:table).
// It is a scanner, not a parser: it expands nothing and trusts nothing, and the expat pass over
// the selected sheet checks that the sheet it finds has the name listed here.
class OdsTableScanner
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::OdsTableScanner)

public:
    // LibreOffice's own limit on sheets per document.
    static constexpr int kMaxSheets = 10000;

    // False with errorString(), or with unsupportedEncoding() when the part is not UTF-8 and
    // must be listed by a real parser instead.
    bool scan(ZipMemberStream &stream);
    QString errorString() const { return m_error; }
    bool unsupportedEncoding() const { return m_unsupportedEncoding; }

    const QStringList &tableNames() const { return m_names; }
    bool isSpreadsheet() const { return m_spreadsheet; }

private:
    enum class State : quint8 { Text, Comment, CData, Instruction };

    // Scans data, returning how many bytes were consumed: the rest is an incomplete tag that
    // must be scanned again with the next chunk appended. -1 on an error.
    qint64 feed(std::string_view data, bool final);
    bool handleTag(std::string_view tag);
    void readRoot(std::string_view attributes);
    static std::string_view attributeValue(std::string_view attributes, std::string_view name);
    static QString decode(std::string_view value);

    State m_state = State::Text;
    int m_run = 0; // terminator characters matched so far in a comment, CDATA or instruction
    bool m_rootSeen = false;
    bool m_spreadsheet = false;
    bool m_unsupportedEncoding = false;
    std::string m_tableTag = "table:table"; // qualified names as the root declares them
    std::string m_tableNameAttribute = "table:name";
    std::string m_spreadsheetTag = "office:spreadsheet";
    int m_tableDepth = 0;
    QStringList m_names;
    QString m_member;
    QString m_error;
};

} // namespace akim::survey
