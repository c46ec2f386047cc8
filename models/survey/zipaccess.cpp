#include "zipaccess.h"

#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

namespace akim::survey {

namespace {

// Far above any real workbook (a few dozen parts), low enough that a crafted central directory
// cannot make us index millions of names.
constexpr int kMaxMembers = 100000;

QString normalisedName(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/')))
        name.remove(0, 1);
    return name.toLower();
}

} // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive() = default;

bool ZipArchive::open(const QString &path)
{
    m_members.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QFileInfo::exists(path)
                      ? tr("the file cannot be read: %1").arg(file.errorString())
                      : tr("the file does not exist");
        return false;
    }
    file.close();
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        const int status = m_zip->getZipError();
        m_zip.reset();
        // minizip cannot find an end-of-directory record at offset 0, which is all an empty
        // archive consists of.
        if (file.open(QIODevice::ReadOnly) && file.size() >= 22 && file.read(4) == "PK\x05\x06")
            return true;
        m_error = tr("the file is not a zip archive, or it is damaged or truncated (zip error %1)")
                      .arg(status);
        return false;
    }
    const int entries = m_zip->getEntriesCount();
    if (entries < 0 || entries > kMaxMembers) {
        m_error = tr("the zip archive lists %1 members, more than the %2 a spreadsheet can have")
                      .arg(entries)
                      .arg(kMaxMembers);
        return false;
    }
    if (entries == 0)
        return true;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info))
            break;
        const QString key = normalisedName(info.name);
        if (!m_members.contains(key))
            m_members.insert(key, Member{info.name, info.compressedSize, info.uncompressedSize});
    }
    const int status = m_zip->getZipError();
    if (status != UNZ_OK && status != UNZ_END_OF_LIST_OF_FILE) {
        m_error = tr("the zip archive's directory is damaged (zip error %1)").arg(status);
        return false;
    }
    return true;
}

QString ZipArchive::findMember(const QString &name) const
{
    const auto it = m_members.constFind(normalisedName(name));
    return it == m_members.cend() ? QString() : it->name;
}

bool ZipArchive::readAll(const QString &member, qint64 limit, QByteArray *data, QString *error)
{
    std::unique_ptr<ZipMemberStream> stream = openStream(member, limit, error);
    if (!stream)
        return false;
    data->clear();
    const Member &info = m_members.value(normalisedName(member));
    // The declared size is only a hint (it has been checked against the limit already).
    data->reserve(int(qMin<quint64>(info.uncompressedSize, 64 * 1024 * 1024)));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = stream->read(buffer, sizeof buffer);
        if (n < 0) {
            *error = stream->errorString();
            return false;
        }
        if (n == 0)
            return true;
        data->append(buffer, n);
    }
}

std::unique_ptr<ZipMemberStream> ZipArchive::openStream(const QString &member, qint64 limit,
                                                        QString *error)
{
    const auto it = m_members.constFind(normalisedName(member));
    if (!m_zip || it == m_members.cend()) {
        *error = tr("the archive has no member %1").arg(member);
        return nullptr;
    }
    // A zip bomb is refused before inflating anything when its directory tells the truth; the
    // stream counts the inflated bytes for the case when it lies.
    if (it->uncompressedSize > quint64(limit)) {
        *error = tr("%1 inflates to %2 bytes, more than the limit of %3 bytes")
                     .arg(it->name)
                     .arg(it->uncompressedSize)
                     .arg(limit);
        return nullptr;
    }
    // The streams share minizip's one "current file": a second one would close the first.
    Q_ASSERT(!m_openStream);
    if (m_openStream) {
        *error = tr("cannot open %1 while %2 is open").arg(it->name, m_openStream->memberName());
        return nullptr;
    }
    std::unique_ptr<ZipMemberStream> stream(
        new ZipMemberStream(this, it->name, limit, it->compressedSize));
    m_openStream = stream.get();
    if (!stream->start()) {
        *error = stream->errorString();
        return nullptr;
    }
    return stream;
}

ZipMemberStream::ZipMemberStream(ZipArchive *archive, const QString &name, qint64 limit,
                                 quint64 compressedSize)
    : m_archive(archive)
    , m_zip(archive->m_zip.get())
    , m_name(name)
    , m_limit(limit)
    , m_compressedSize(compressedSize)
{}

ZipMemberStream::~ZipMemberStream()
{
    m_file.reset();
    m_archive->m_openStream = nullptr;
}

bool ZipMemberStream::start()
{
    if (!m_zip->setCurrentFile(m_name, QuaZip::csSensitive)) {
        m_error = tr("cannot find %1 in the archive (zip error %2)")
                      .arg(m_name)
                      .arg(m_zip->getZipError());
        return false;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info)) {
        if (info.flags & 1) {
            m_error = tr("%1 is encrypted").arg(m_name);
            return false;
        }
        if (info.method != 0 && info.method != Z_DEFLATED) {
            m_error = tr("%1 uses compression method %2, which is not supported")
                          .arg(m_name)
                          .arg(info.method);
            return false;
        }
    }
    m_file = std::make_unique<QuaZipFile>(m_zip);
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = tr("cannot open %1 in the archive (zip error %2)")
                      .arg(m_name)
                      .arg(m_file->getZipError());
        return false;
    }
    m_streamStart = unzGetCurrentFileZStreamPos64(m_zip->getUnzFile());
    return true;
}

qint64 ZipMemberStream::read(char *buffer, qint64 maxSize)
{
    if (!m_error.isEmpty())
        return -1;
    if (m_atEnd)
        return 0;
    const qint64 n = m_file->read(buffer, maxSize);
    if (n < 0) {
        m_error = tr("%1 is damaged: its compressed data cannot be inflated (zip error %2)")
                      .arg(m_name)
                      .arg(m_file->getZipError());
        return -1;
    }
    if (n == 0)
        return finish() ? 0 : -1;
    m_inflated += n;
    if (m_inflated > m_limit) {
        m_error = tr("%1 inflates to more than the limit of %2 bytes").arg(m_name).arg(m_limit);
        return -1;
    }
    return n;
}

bool ZipMemberStream::finish()
{
    m_atEnd = true;
    // Closing after the last byte is where minizip compares the CRC: a member whose data was
    // altered, or whose directory entry understates its size, fails here.
    m_file->close();
    const int status = m_file->getZipError();
    if (status != UNZ_OK) {
        m_error = status == UNZ_CRCERROR
                      ? tr("%1 is damaged: its checksum does not match").arg(m_name)
                      : tr("%1 is damaged (zip error %2)").arg(m_name).arg(status);
        return false;
    }
    return true;
}

double ZipMemberStream::progress() const
{
    if (m_atEnd || m_compressedSize == 0)
        return m_atEnd ? 1.0 : 0.0;
    const quint64 pos = m_file && m_file->isOpen()
                            ? unzGetCurrentFileZStreamPos64(m_zip->getUnzFile())
                            : m_streamStart;
    const double consumed = double(pos - m_streamStart) / double(m_compressedSize);
    return qBound(0.0, consumed, 1.0);
}

} // namespace akim::survey
