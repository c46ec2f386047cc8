// SheetReader::open(): the one place that decides which reader a file needs, from its content.
// Survey exports arrive renamed and mislabelled: an ".xls" that is an HTML page, an ".xlsx"
// that is a CSV, an ".ods" that is an XLSX. The extension is never consulted.
#include "survey/csvreader.h"
#include "survey/odsreader.h"
#include "survey/sheetreader.h"
#include "survey/xlsreader.h"
#include "survey/xlsxreader.h"
#include "survey/zipaccess.h"

#include <QFile>

namespace akim::survey {

namespace {

// Context for the factory's messages.
class SheetReaderFactory
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::SheetReaderFactory)

public:
    enum class Kind {
        Xlsx,
        Ods,
        Refused, // with a message
    };
    static Kind sniffZip(const QString &path, QString *message);
    static QString sniffMarkup(const QByteArray &head);
};

constexpr char kOleMagic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
constexpr qint64 kSmallPartLimit = 1024 * 1024;

bool isZip(const QByteArray &head)
{
    // A local file header, an empty archive's end record, or a spanned archive's marker.
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") ||
           head.startsWith("PK\x07\x08");
}

// BIFF2–4 worksheets are not compound files: they start with their BOF record, 0x0009, 0x0209
// or 0x0409, of 4 or 6 bytes (a UTF-16 text starting with a tab does not look like that).
bool isLegacyBiff(const QByteArray &head)
{
    return head.size() >= 8 && head.at(0) == '\x09' &&
           (head.at(1) == '\x00' || head.at(1) == '\x02' || head.at(1) == '\x04') &&
           (head.at(2) == '\x04' || head.at(2) == '\x06') && head.at(3) == '\x00';
}

SheetReaderFactory::Kind SheetReaderFactory::sniffZip(const QString &path, QString *message)
{
    ZipArchive zip;
    if (!zip.open(path)) {
        *message = zip.errorString();
        return Kind::Refused;
    }
    if (zip.isEmpty()) {
        *message = tr("the zip archive is empty, so it is not a spreadsheet");
        return Kind::Refused;
    }
    const QString mimetype = zip.findMember(QStringLiteral("mimetype"));
    if (!mimetype.isEmpty()) {
        QByteArray type;
        QString error;
        if (!zip.readAll(mimetype, 256, &type, &error)) {
            *message = error;
            return Kind::Refused;
        }
        type = type.trimmed();
        if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
            return Kind::Ods;
        *message = tr("an OpenDocument file of type \"%1\", not a spreadsheet")
                       .arg(QString::fromUtf8(type.left(100)));
        return Kind::Refused;
    }
    if (!zip.findMember(QStringLiteral("xl/workbook.xml")).isEmpty())
        return Kind::Xlsx;
    // A workbook elsewhere is named by the package's content types.
    const QString types = zip.findMember(QStringLiteral("[Content_Types].xml"));
    QByteArray content;
    QString error;
    if (!types.isEmpty() && zip.readAll(types, kSmallPartLimit, &content, &error) &&
        content.contains("spreadsheetml"))
        return Kind::Xlsx;
    // An OpenDocument package may lack its mimetype member; OdsReader tolerates that.
    if (!zip.findMember(QStringLiteral("content.xml")).isEmpty())
        return Kind::Ods;
    *message = tr("a zip archive that is not a spreadsheet (neither XLSX nor ODS)");
    return Kind::Refused;
}

// Web applications often "export to Excel" an HTML table or an Excel 2003 XML file with an .xls
// extension. Read as CSV they would give rows of markup, so they are named and refused.
QString SheetReaderFactory::sniffMarkup(const QByteArray &head)
{
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    text = text.trimmed().left(4096).toLower();
    if (!text.startsWith('<'))
        return QString();
    if (text.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return tr("an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel or "
                  "LibreOffice and save it as XLSX");
    if (text.contains("<html") || text.contains("<table") || text.contains("<!doctype html"))
        return tr("a web page (HTML) saved as a spreadsheet, which cannot be read; open it in "
                  "Excel or LibreOffice and save it as XLSX");
    return QString();
}

} // namespace

std::unique_ptr<SheetReader> SheetReader::open(const QString &path, ReadError *error,
                                               const CsvOptions &csv, const ReadLimits &limits)
{
    ReadError local;
    ReadError &err = error ? *error : local;
    err = ReadError{path, 0, 0, QString()};
    const auto refuse = [&err](const QString &message) {
        err.message = message;
        return nullptr;
    };

    QFile file(path);
    if (!file.exists())
        return refuse(SheetReaderFactory::tr("the file does not exist"));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(
            SheetReaderFactory::tr("the file cannot be opened: %1").arg(file.errorString()));
    if (file.size() == 0)
        return refuse(SheetReaderFactory::tr("the file is empty"));
    const QByteArray head = file.read(8192);
    file.close();

    if (isZip(head)) {
        QString message;
        switch (SheetReaderFactory::sniffZip(path, &message)) {
        case SheetReaderFactory::Kind::Xlsx:
            return XlsxReader::open(path, limits, &err);
        case SheetReaderFactory::Kind::Ods:
            return OdsReader::open(path, limits, &err);
        case SheetReaderFactory::Kind::Refused:
            return refuse(message);
        }
    }
    if (head.startsWith(QByteArray::fromRawData(kOleMagic, 8)) || isLegacyBiff(head))
        return XlsReader::open(path, limits, &err);
    const QString markup = SheetReaderFactory::sniffMarkup(head);
    if (!markup.isEmpty())
        return refuse(markup);
    // Anything else is text, or nothing readable: CsvReader detects the encoding and refuses
    // binary data.
    return CsvReader::open(path, csv, limits, &err);
}

} // namespace akim::survey
