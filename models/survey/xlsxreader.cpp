#include "xlsxreader.h"

#include "xlsxsheetparser.h"
#include "zipaccess.h"

namespace akim::survey {

XlsxReader::XlsxReader(const ReadLimits &limits)
    : m_limits(limits)
    , m_zip(std::make_unique<ZipArchive>())
{}

XlsxReader::~XlsxReader()
{
    // The parser reads from the stream, which reads from the archive.
    m_parser.reset();
    m_stream.reset();
}

std::unique_ptr<XlsxReader> XlsxReader::open(const QString &path, const ReadLimits &limits,
                                             ReadError *error)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader(limits));
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

bool XlsxReader::load(const QString &path)
{
    if (!m_zip->open(path))
        return fail(0, 0, m_zip->errorString());
    if (m_zip->isEmpty())
        return fail(0, 0, tr("the zip archive is empty, so it is not an XLSX spreadsheet"));
    if (!m_workbook.load(*m_zip, m_limits))
        return fail(0, 0, m_workbook.errorString());
    if (!m_workbook.stylesPart().isEmpty() &&
        !m_styles.load(*m_zip, m_workbook.stylesPart(), m_limits))
        return fail(0, 0, m_styles.errorString());
    if (!m_workbook.sharedStringsPart().isEmpty() &&
        !m_sharedStrings.load(*m_zip, m_workbook.sharedStringsPart(), m_limits))
        return fail(0, 0, m_sharedStrings.errorString());
    return startSheet(0);
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : m_workbook.sheets())
        names.append(sheet.name);
    return names;
}

QString XlsxReader::currentSheet() const
{
    return m_sheet < 0 ? QString() : m_workbook.sheets().at(m_sheet).name;
}

bool XlsxReader::selectSheet(const QString &name)
{
    const QVector<XlsxWorkbook::Sheet> &sheets = m_workbook.sheets();
    // Excel's sheet names are unique ignoring case; an exact match wins.
    for (int pass = 0; pass < 2; ++pass) {
        const Qt::CaseSensitivity cs = pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive;
        for (int i = 0; i < sheets.size(); ++i) {
            if (sheets.at(i).name.compare(name, cs) == 0)
                return startSheet(i);
        }
    }
    return fail(0, 0, tr("the workbook has no sheet named \"%1\"").arg(name));
}

bool XlsxReader::startSheet(int index)
{
    m_parser.reset();
    m_stream.reset();
    m_sheet = index;
    m_rowNumber = 0;
    m_failed = false;
    const XlsxWorkbook::Sheet &sheet = m_workbook.sheets().at(index);
    const QString member = m_zip->findMember(sheet.part);
    if (member.isEmpty()) {
        m_failed = true;
        return fail(0, 0,
                    tr("the part %1 of sheet \"%2\" is missing from the archive")
                        .arg(sheet.part, sheet.name));
    }
    QString error;
    m_stream = m_zip->openStream(member, m_limits.maxInflatedBytes, &error);
    if (!m_stream) {
        m_failed = true;
        return fail(0, 0, error);
    }
    m_parser = std::make_unique<XlsxSheetParser>(m_stream.get(), m_limits, m_sharedStrings,
                                                 m_styles, m_workbook.date1904());
    m_parser->setSerialDateTimeColumns(m_serialDateTimeColumns);
    fail(0, 0, QString()); // a sheet that opens clears the error of an earlier attempt
    return true;
}

void XlsxReader::setSerialDateTimeColumns(const QVector<int> &columns)
{
    m_serialDateTimeColumns = columns;
    if (m_parser)
        m_parser->setSerialDateTimeColumns(columns);
}

bool XlsxReader::readRow(QVector<QVariant> &cells)
{
    cells.clear();
    if (m_failed || !m_parser)
        return false;
    while (!m_parser->hasRow() && m_parser->errorString().isEmpty()) {
        if (m_parser->atEnd())
            return false;
        m_parser->parseChunk();
    }
    if (!m_parser->hasRow()) {
        // The rows before the one in error are delivered first, empty ones included, so that
        // the error comes where the file went wrong.
        const qint64 errorRow = m_parser->errorRow();
        if (errorRow > m_rowNumber + 1 && errorRow <= XlsxSheetParser::kMaxRowNumber) {
            ++m_rowNumber;
            return true;
        }
        m_failed = true;
        return fail(m_parser->errorRow(), m_parser->errorColumn(), m_parser->errorString());
    }
    // A row missing from a sparse sheet comes back empty, keeping the numbering.
    if (m_parser->nextRow().number > m_rowNumber + 1) {
        ++m_rowNumber;
        return true;
    }
    ParsedRow row = m_parser->takeRow();
    m_rowNumber = row.number;
    cells = std::move(row.cells);
    return true;
}

double XlsxReader::progress() const
{
    return m_stream ? m_stream->progress() : 0.0;
}

} // namespace akim::survey
