#pragma once

#include "report/protocoldata.h"
#include "report/reportlanguage.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace akim::report {

// One paragraph-like piece of the protocol's body, already worded in its language.
struct ProtocolBlock
{
    enum class Kind {
        Organisation, // centred, above the title
        Title,        // centred, bold; lines split at "\n"
        CityDate,     // `text` at the left, `right` at the right
        Label,        // «РЕШИЛИ:» flush left in capitals, bold
        Paragraph,    // justified
        Line,      // one item of a list (a member, a decision point), wrapped with a hanging indent
        Signature, // `text` (role) at the left, a line, `right` (initials and surname)
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QString right;
};

struct ProtocolColumn
{
    QString header;
    qreal widthMm = 0; // 0: takes the rest
    bool centred = true;
};

// The protocol worded in one language (PROTOCOL.md, "Order of the parts"): the body up to the
// signatures, then appendix 1, the ranking table. Plain strings, so that a golden file can
// hold the whole document's wording and layout data, and the renderer only places them.
struct ProtocolText
{
    QString languageCode;
    QString title; // the PDF's title
    QString draft; // set while the scope is not finalised: marked on every page
    QVector<ProtocolBlock> body;
    // The attachment note names the appendix's pages ("… на %1 л."), known only once laid out:
    // the renderer puts the count into body[attachment].text's %1.
    int attachment = -1;
    QString appendixStamp; // top right of the appendix's first page
    QString appendixTitle;
    QVector<ProtocolColumn> columns;
    QVector<QStringList> rows;
    QVector<ProtocolBlock> appendixSignatures;
    QString footer;     // the SHA-256 line, on every page
    QString pageFormat; // "Page %1 of %2"

    static ProtocolText compose(const ProtocolData &data, const ReportLanguage &language);

    // "А. Б. Сейтқали" from "Сейтқали Айгүл Бекқызы": initials before the surname, as
    // signatures are printed.
    static QString shortName(const QString &fullName);
    // «2025 жылғы «02» шілде», «02 июля 2025 года», "2 July 2025"; a blank to fill in by hand
    // when `date` is not set.
    static QString longDate(const QDate &date, const ReportLanguage &language);

    // A tie-break in words: "the commission's index".
    static QString tieBreakName(scoring::TieComponent component, const ReportLanguage &language);

    // One line per block and row, stable across runs (no dates of printing): for golden files.
    QString dump() const;

private:
    void composeBody(const ProtocolData &data, const ReportLanguage &language);
    void composeDecision(const ProtocolData &data, const ReportLanguage &language);
    void composeAppendix(const ProtocolData &data, const ReportLanguage &language);
};

} // namespace akim::report
