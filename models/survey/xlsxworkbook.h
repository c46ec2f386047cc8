#pragma once

#include "sheetreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

class QXmlStreamReader;

namespace akim::survey {

class ZipArchive;

// The OOXML namespaces a reader must accept: every part exists in a transitional and a Strict
// flavour.
namespace ooxml {
bool isMainNamespace(QStringView uri);
bool isMainNamespace(std::string_view uri);
bool isRelationshipNamespace(QStringView uri); // r:id attributes
bool isPackageRelationshipNamespace(QStringView uri);
// True when `type` is a relationship type ending with "/<kind>", in either flavour.
bool isRelationshipType(QStringView type, QLatin1String kind);
} // namespace ooxml

// What the workbook part and its relationships say: the worksheets in tab order with their part
// paths, where shared strings and styles live, and the date system.
class XlsxWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::XlsxWorkbook)

public:
    struct Sheet
    {
        QString name;
        QString part; // archive member
    };

    bool load(ZipArchive &zip, const ReadLimits &limits);
    QString errorString() const { return m_error; }

    const QVector<Sheet> &sheets() const { return m_sheets; }
    QString sharedStringsPart() const { return m_sharedStrings; } // empty when there is none
    QString stylesPart() const { return m_styles; }               // empty when there is none
    bool date1904() const { return m_date1904; }

    // Reads a small part for QXmlStreamReader, refusing a DTD. Shared with the styles reader.
    static bool readPart(ZipArchive &zip, const QString &member, const ReadLimits &limits,
                         QByteArray *data, QString *error);
    // After a QXmlStreamReader loop: an error message naming the part, or empty.
    static QString xmlError(const QXmlStreamReader &xml, const QString &member);

private:
    struct Relationship
    {
        QString type;
        QString target; // resolved archive path
    };
    bool readRelationships(ZipArchive &zip, const QString &sourcePart, const ReadLimits &limits,
                           QHash<QString, Relationship> *byId);
    bool readWorkbook(ZipArchive &zip, const QString &part, const ReadLimits &limits,
                      const QHash<QString, Relationship> &relationships);

    QVector<Sheet> m_sheets;
    QString m_sharedStrings;
    QString m_styles;
    bool m_date1904 = false;
    QString m_error;
};

} // namespace akim::survey
