#pragma once

#include "sheetreader.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace akim::survey {

class ZipArchive;

// The shared string table (sharedStrings.xml), streamed through expat because in a survey export
// it holds every free-text answer. Rich text runs are joined, phonetic runs are skipped.
class XlsxSharedStrings
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxSharedStrings)

public:
    bool load(ZipArchive &zip, const QString &member, const ReadLimits &limits);
    QString errorString() const { return m_error; }

    int size() const { return int(m_strings.size()); }
    const QString &at(int index) const { return m_strings[size_t(index)]; }

    // Appends the text of one <t> element: without xml:space="preserve" its leading and trailing
    // white space is not part of the value (as Excel and LibreOffice read it).
    static void appendRun(std::string &out, std::string_view run, bool preserveSpace);
    // UTF-8 text of a string item → QString, decoding the _xHHHH_ escapes OOXML uses for
    // characters XML cannot carry (_x000D_, and _x005F_ for a literal underscore).
    static QString decode(const std::string &utf8);

private:
    std::vector<QString> m_strings;
    QString m_error;
};

} // namespace akim::survey
