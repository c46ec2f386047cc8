#include "xlsxworkbook.h"

#include "zipaccess.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace akim::survey {

namespace ooxml {

namespace {
constexpr char kMainTransitional[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr char kMainStrict[] = "http://purl.oclc.org/ooxml/spreadsheetml/main";
constexpr char kRelTransitional[] =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr char kRelStrict[] = "http://purl.oclc.org/ooxml/officeDocument/relationships";
constexpr char kPackageRel[] = "http://schemas.openxmlformats.org/package/2006/relationships";
} // namespace

bool isMainNamespace(QStringView uri)
{
    return uri == QLatin1String(kMainTransitional) || uri == QLatin1String(kMainStrict);
}

bool isMainNamespace(std::string_view uri)
{
    return uri == kMainTransitional || uri == kMainStrict;
}

bool isRelationshipNamespace(QStringView uri)
{
    return uri == QLatin1String(kRelTransitional) || uri == QLatin1String(kRelStrict);
}

bool isPackageRelationshipNamespace(QStringView uri)
{
    return uri == QLatin1String(kPackageRel);
}

bool isRelationshipType(QStringView type, QLatin1String kind)
{
    // The transitional and Strict types differ only in their prefix, so the last segment decides.
    return type.size() > kind.size() && type.endsWith(kind) &&
           type.at(type.size() - kind.size() - 1) == QLatin1Char('/');
}

} // namespace ooxml

namespace {

QString directoryOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : part.left(slash);
}

// Resolves a relationship target against the directory of its source part, as OPC does:
// absolute targets start at the package root, ".." climbs, and names may be percent-encoded.
QString resolveTarget(const QString &sourceDirectory, const QString &target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (!path.startsWith(QLatin1Char('/')) && !sourceDirectory.isEmpty())
        path = sourceDirectory + QLatin1Char('/') + path;
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != QLatin1String("."))
            segments.append(segment);
    }
    return segments.join(QLatin1Char('/'));
}

QString relationshipsPartOf(const QString &part)
{
    const QString directory = directoryOf(part);
    const QString file = part.mid(directory.isEmpty() ? 0 : directory.size() + 1);
    return (directory.isEmpty() ? QString() : directory + QLatin1Char('/')) +
           QLatin1String("_rels/") + file + QLatin1String(".rels");
}

bool isTrue(QStringView value)
{
    return value == QLatin1String("1") || value == QLatin1String("true");
}

} // namespace

bool XlsxWorkbook::readPart(ZipArchive &zip, const QString &member, const ReadLimits &limits,
                            QByteArray *data, QString *error)
{
    return zip.readAll(member, limits.maxInflatedBytes, data, error);
}

QString XlsxWorkbook::xmlError(const QXmlStreamReader &xml, const QString &member)
{
    if (xml.tokenType() == QXmlStreamReader::DTD)
        return tr("%1: the file contains a DTD, which spreadsheets never need").arg(member);
    if (!xml.hasError())
        return QString();
    return tr("%1 is not well-formed XML (line %2, column %3: %4)")
        .arg(member)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

bool XlsxWorkbook::load(ZipArchive &zip, const ReadLimits &limits)
{
    m_sheets.clear();
    m_sharedStrings.clear();
    m_styles.clear();
    m_date1904 = false;

    QHash<QString, Relationship> root;
    if (!zip.findMember(QStringLiteral("_rels/.rels")).isEmpty() &&
        !readRelationships(zip, QString(), limits, &root))
        return false;
    QString workbookPart;
    for (const Relationship &rel : std::as_const(root)) {
        if (ooxml::isRelationshipType(rel.type, QLatin1String("officeDocument")))
            workbookPart = rel.target;
    }
    if (workbookPart.isEmpty() || zip.findMember(workbookPart).isEmpty())
        workbookPart = QStringLiteral("xl/workbook.xml");
    workbookPart = zip.findMember(workbookPart);
    if (workbookPart.isEmpty()) {
        m_error = tr("the archive contains no workbook, so it is not an XLSX spreadsheet");
        return false;
    }

    QHash<QString, Relationship> relationships;
    if (!zip.findMember(relationshipsPartOf(workbookPart)).isEmpty() &&
        !readRelationships(zip, workbookPart, limits, &relationships))
        return false;
    if (!readWorkbook(zip, workbookPart, limits, relationships))
        return false;

    for (const Relationship &rel : std::as_const(relationships)) {
        if (ooxml::isRelationshipType(rel.type, QLatin1String("sharedStrings")))
            m_sharedStrings = zip.findMember(rel.target);
        else if (ooxml::isRelationshipType(rel.type, QLatin1String("styles")))
            m_styles = zip.findMember(rel.target);
    }
    // Some writers put the parts in their usual place and forget the relationship.
    const QString directory = directoryOf(workbookPart);
    if (m_sharedStrings.isEmpty())
        m_sharedStrings =
            zip.findMember(resolveTarget(directory, QStringLiteral("sharedStrings.xml")));
    if (m_styles.isEmpty())
        m_styles = zip.findMember(resolveTarget(directory, QStringLiteral("styles.xml")));
    if (m_sheets.isEmpty()) {
        m_error = tr("the workbook has no worksheets");
        return false;
    }
    return true;
}

bool XlsxWorkbook::readRelationships(ZipArchive &zip, const QString &sourcePart,
                                     const ReadLimits &limits, QHash<QString, Relationship> *byId)
{
    const QString member = zip.findMember(relationshipsPartOf(sourcePart));
    QByteArray data;
    if (!readPart(zip, member, limits, &data, &m_error))
        return false;
    const QString directory = directoryOf(sourcePart);
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            break;
        if (token != QXmlStreamReader::StartElement ||
            xml.name() != QLatin1String("Relationship") ||
            !ooxml::isPackageRelationshipNamespace(xml.namespaceUri()))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        byId->insert(
            attributes.value(QLatin1String("Id")).toString(),
            Relationship{
                attributes.value(QLatin1String("Type")).toString(),
                resolveTarget(directory, attributes.value(QLatin1String("Target")).toString())});
    }
    m_error = xmlError(xml, member);
    return m_error.isEmpty();
}

bool XlsxWorkbook::readWorkbook(ZipArchive &zip, const QString &part, const ReadLimits &limits,
                                const QHash<QString, Relationship> &relationships)
{
    QByteArray data;
    if (!readPart(zip, part, limits, &data, &m_error))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            break;
        if (token != QXmlStreamReader::StartElement || !ooxml::isMainNamespace(xml.namespaceUri()))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("workbookPr")) {
            m_date1904 = isTrue(attributes.value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == QLatin1String("id") &&
                    ooxml::isRelationshipNamespace(attribute.namespaceUri()))
                    id = attribute.value().toString();
            }
            const auto rel = relationships.constFind(id);
            // Chart sheets and dialog sheets have no cells to import.
            if (rel == relationships.cend() ||
                !ooxml::isRelationshipType(rel->type, QLatin1String("worksheet")))
                continue;
            m_sheets.append(Sheet{attributes.value(QLatin1String("name")).toString(), rel->target});
        }
    }
    m_error = xmlError(xml, part);
    return m_error.isEmpty();
}

} // namespace akim::survey
