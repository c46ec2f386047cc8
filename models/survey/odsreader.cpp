#include "odsreader.h"

#include "odscontentparser.h"
#include "odstablescanner.h"
#include "zipaccess.h"

namespace akim::survey {

namespace {

constexpr char kSpreadsheetMime[] = "application/vnd.oasis.opendocument.spreadsheet";
constexpr char kTemplateMime[] = "application/vnd.oasis.opendocument.spreadsheet-template";

} // namespace

OdsReader::OdsReader(const ReadLimits &limits)
    : m_limits(limits)
    , m_zip(std::make_unique<ZipArchive>())
{}

OdsReader::~OdsReader()
{
    // The parser reads from the stream, which reads from the archive.
    m_parser.reset();
    m_stream.reset();
}

std::unique_ptr<OdsReader> OdsReader::open(const QString &path, const ReadLimits &limits,
                                           ReadError *error)
{
    std::unique_ptr<OdsReader> reader(new OdsReader(limits));
    reader->setFileName(path);
    if (!reader->load(path)) {
        if (error)
            *error = reader->error();
        return nullptr;
    }
    if (error)
        *error = ReadError{path, 0, 0, QString()};
    return reader;
}

bool OdsReader::checkPackage()
{
    QString error;
    const QString mimetype = m_zip->findMember(QStringLiteral("mimetype"));
    // The mimetype member is optional for a few writers, but when present it must be ours: an
    // ODT or ODP renamed to .ods has tables at most inside text.
    if (!mimetype.isEmpty()) {
        QByteArray type;
        if (!m_zip->readAll(mimetype, 1024, &type, &error))
            return fail(0, 0, error);
        type = type.trimmed();
        if (type != kSpreadsheetMime && type != kTemplateMime) {
            return fail(0, 0,
                        tr("the file is an OpenDocument file of type %1, not a spreadsheet")
                            .arg(QString::fromUtf8(type.left(100))));
        }
    }
    // An encrypted document's content.xml is ciphertext; say so rather than "not XML".
    const QString manifest = m_zip->findMember(QStringLiteral("META-INF/manifest.xml"));
    if (!manifest.isEmpty()) {
        QByteArray data;
        if (!m_zip->readAll(manifest, m_limits.maxInflatedBytes, &data, &error))
            return fail(0, 0, error);
        if (data.contains("encryption-data"))
            return fail(0, 0, tr("the spreadsheet is protected by a password"));
    }
    m_content = m_zip->findMember(QStringLiteral("content.xml"));
    if (m_content.isEmpty())
        return fail(0, 0, tr("the archive has no content.xml, so it is not an ODS spreadsheet"));
    return true;
}

bool OdsReader::load(const QString &path)
{
    if (!m_zip->open(path))
        return fail(0, 0, m_zip->errorString());
    if (m_zip->isEmpty())
        return fail(0, 0, tr("the zip archive is empty, so it is not an ODS spreadsheet"));
    if (!checkPackage())
        return false;
    QString error;
    std::unique_ptr<ZipMemberStream> stream =
        m_zip->openStream(m_content, m_limits.maxInflatedBytes, &error);
    if (!stream)
        return fail(0, 0, error);
    OdsTableScanner scanner;
    if (scanner.scan(*stream)) {
        if (!scanner.isSpreadsheet())
            return fail(0, 0, tr("the document is not a spreadsheet"));
        m_sheetNames = scanner.tableNames();
    } else if (scanner.unsupportedEncoding()) {
        // Not UTF-8: list the tables with a full parse instead.
        stream.reset(); // one member at a time
        stream = m_zip->openStream(m_content, m_limits.maxInflatedBytes, &error);
        if (!stream)
            return fail(0, 0, error);
        OdsContentParser listing(stream.get(), m_limits, -1);
        if (!listing.parseAll())
            return fail(0, 0, listing.errorString());
        if (!listing.isSpreadsheet())
            return fail(0, 0, tr("the document is not a spreadsheet"));
        m_sheetNames = listing.tableNames();
    } else {
        return fail(0, 0, scanner.errorString());
    }
    stream.reset();
    if (m_sheetNames.isEmpty())
        return fail(0, 0, tr("the spreadsheet has no sheets"));
    return startSheet(0);
}

QString OdsReader::currentSheet() const
{
    return m_sheet < 0 ? QString() : m_sheetNames.at(m_sheet);
}

bool OdsReader::selectSheet(const QString &name)
{
    for (int pass = 0; pass < 2; ++pass) {
        const Qt::CaseSensitivity cs = pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (int i = 0; i < m_sheetNames.size(); ++i) {
            if (m_sheetNames.at(i).compare(name, cs) == 0)
                return startSheet(i);
        }
    }
    return fail(0, 0, tr("the spreadsheet has no sheet named \"%1\"").arg(name));
}

bool OdsReader::startSheet(int index)
{
    m_parser.reset();
    m_stream.reset();
    m_sheet = index;
    m_rowNumber = 0;
    m_emittedOfRow = 0;
    m_failed = false;
    QString error;
    m_stream = m_zip->openStream(m_content, m_limits.maxInflatedBytes, &error);
    if (!m_stream) {
        m_failed = true;
        return fail(0, 0, error);
    }
    m_parser =
        std::make_unique<OdsContentParser>(m_stream.get(), m_limits, index, m_sheetNames.at(index));
    fail(0, 0, QString()); // a sheet that opens clears the error of an earlier attempt
    return true;
}

bool OdsReader::readRow(QVector<QVariant> &cells)
{
    cells.clear();
    if (m_failed || !m_parser)
        return false;
    while (!m_parser->hasRow() && m_parser->errorString().isEmpty()) {
        if (m_parser->sheetDone())
            return false;
        if (m_parser->atEnd()) {
            m_failed = true;
            return fail(0, 0, tr("content.xml ends before sheet \"%1\"").arg(currentSheet()));
        }
        m_parser->parseChunk();
    }
    if (!m_parser->hasRow()) {
        // The rows before the one in error are delivered first, empty ones included, so that
        // the error comes where the file went wrong.
        const qint64 errorRow = m_parser->errorRow();
        if (errorRow > m_rowNumber + 1 && errorRow <= OdsContentParser::kMaxRowNumber) {
            ++m_rowNumber;
            return true;
        }
        m_failed = true;
        return fail(m_parser->errorRow(), m_parser->errorColumn(), m_parser->errorString());
    }
    const OdsRow &next = m_parser->nextRow();
    // Empty rows before the next row with values keep their place.
    if (next.number > m_rowNumber + 1) {
        ++m_rowNumber;
        return true;
    }
    m_rowNumber = next.number + m_emittedOfRow;
    if (++m_emittedOfRow < next.repeat) {
        cells = next.cells; // shared, not copied
    } else {
        cells = m_parser->takeRow().cells;
        m_emittedOfRow = 0;
    }
    return true;
}

double OdsReader::progress() const
{
    // The sheets after the selected one are never read, so its end is the end.
    if (m_parser && m_parser->sheetDone())
        return 1.0;
    return m_stream ? m_stream->progress() : 0.0;
}

} // namespace akim::survey
