#include "services/passwords.h"

#include <sodium.h>

#include <stdexcept>

namespace akim::passwords {
namespace {

void ensureInitialised()
{
    // sodium_init() is idempotent and thread-safe; it fails only without a random source.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium cannot be initialised");
}

} // namespace

QString hash(const QString &password)
{
    ensureInitialised();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    ensureInitialised();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

QByteArray newSalt()
{
    ensureInitialised();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

QByteArray derivePackageKey(const QString &password, const QByteArray &salt)
{
    ensureInitialised();
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray key(32, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                      utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while deriving a key");
    return key;
}

QByteArray mac(const QByteArray &key, const QByteArray &data)
{
    ensureInitialised();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(
        reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
        reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()),
        reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    return out;
}

bool macMatches(const QByteArray &key, const QByteArray &data, const QByteArray &expected)
{
    const QByteArray actual = mac(key, data);
    return expected.size() == actual.size() &&
           sodium_memcmp(actual.constData(), expected.constData(), size_t(actual.size())) == 0;
}

} // namespace akim::passwords
