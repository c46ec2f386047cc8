#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace akim::survey {

class ZipMemberStream;

// Read-only access to the members of a zip container (XLSX, ODS) with the limits a hostile file
// needs: members are inflated as a stream, and the declared and the actual inflated sizes are both
// capped. Only one member can be open at a time, because all streams share the one QuaZip handle.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::ZipArchive)

public:
    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    // False (with errorString()) when the file is not a readable zip archive.
    bool open(const QString &path);
    QString errorString() const { return m_error; }

    // The stored name of the member whose name equals `name` ignoring case and the direction of
    // slashes (OPC part names are case-insensitive); empty when there is none.
    QString findMember(const QString &name) const;
    bool isEmpty() const { return m_members.isEmpty(); }

    // Inflates a whole (small) member. `limit` caps the inflated size.
    bool readAll(const QString &member, qint64 limit, QByteArray *data, QString *error);
    // Opens a member for streaming; null (with `error`) when it cannot be inflated, or while
    // another stream is still open.
    std::unique_ptr<ZipMemberStream> openStream(const QString &member, qint64 limit,
                                                QString *error);

private:
    struct Member
    {
        QString name;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
    };

    friend class ZipMemberStream;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Member> m_members; // key: normalised name
    const ZipMemberStream *m_openStream = nullptr;
    QString m_error;
};

// One member being inflated. read() fails once more than the limit has been inflated, and also
// when the data is corrupt (inflate error or CRC mismatch at the end).
class ZipMemberStream
{
    Q_DECLARE_TR_FUNCTIONS(akim::survey::ZipMemberStream)

public:
    ~ZipMemberStream();
    ZipMemberStream(const ZipMemberStream &) = delete;
    ZipMemberStream &operator=(const ZipMemberStream &) = delete;

    // Bytes read into `buffer`; 0 at the end, -1 on an error (see errorString()).
    qint64 read(char *buffer, qint64 maxSize);
    QString errorString() const { return m_error; }
    QString memberName() const { return m_name; }
    // Fraction of the compressed member consumed so far.
    double progress() const;

private:
    friend class ZipArchive;
    ZipMemberStream(ZipArchive *archive, const QString &name, qint64 limit, quint64 compressedSize);
    bool start();
    bool finish();

    ZipArchive *m_archive;
    QuaZip *m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_name;
    qint64 m_limit;
    qint64 m_inflated = 0;
    quint64 m_compressedSize;
    quint64 m_streamStart = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace akim::survey
