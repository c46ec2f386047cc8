#include "survey/sha256.h"

#include <QFile>

#ifdef AKIM_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

#include <cstring>

namespace akim::survey {

#ifdef AKIM_HAVE_OPENSSL
namespace {

// OpenSSL 3 looks the algorithm up by name on every EVP_DigestInit_ex(EVP_sha256()): as much
// work as hashing a row. So it is fetched once (and kept for the life of the process).
const EVP_MD *sha256Algorithm()
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    if (algorithm != nullptr)
        return algorithm;
#endif
    return EVP_sha256();
}

} // namespace

struct Sha256::Private
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    ~Private() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{
    reset();
}

void Sha256::reset()
{
    EVP_DigestInit_ex(d->context, sha256Algorithm(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(d->context, data.data(), size_t(data.size()));
}

Sha256::Digest Sha256::result()
{
    Digest digest{};
    unsigned int length = 0;
    EVP_DigestFinal_ex(d->context, digest.data(), &length);
    return digest;
}
#else
struct Sha256::Private
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : d(std::make_unique<Private>())
{}

void Sha256::reset()
{
    d->hash.reset();
}

void Sha256::addData(QByteArrayView data)
{
    d->hash.addData(data);
}

Sha256::Digest Sha256::result()
{
    Digest digest{};
    const QByteArrayView view = d->hash.resultView();
    std::memcpy(digest.data(), view.data(), digest.size());
    return digest;
}
#endif

Sha256::~Sha256() = default;

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

QString Sha256::ofFile(const QString &path, const std::atomic<bool> *stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 sha;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (true) {
        if (stop != nullptr && stop->load())
            return {};
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        sha.addData(QByteArrayView(chunk.constData(), n));
    }
    const Digest digest = sha.result();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex());
}

} // namespace akim::survey
