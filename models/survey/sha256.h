#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <atomic>
#include <memory>

namespace akim::survey {

// SHA-256 for the survey import, which hashes every row and the whole file (80 MB for 200,000
// responses). Where OpenSSL's libcrypto is available it does the work: it uses the CPU's SHA
// instructions and is about ten times faster than QCryptographicHash in Qt 6.4, which the class
// falls back to elsewhere. The digests are the same either way.
class Sha256
{
public:
    using Digest = std::array<unsigned char, 32>;

    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    Digest result(); // then reset() before hashing anything else

    static Digest hash(QByteArrayView data);
    // The SHA-256 of a file in hex, or empty when it cannot be read. `stop`, when given, is
    // polled between chunks; a stop returns empty.
    static QString ofFile(const QString &path, const std::atomic<bool> *stop = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace akim::survey
