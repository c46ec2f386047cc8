#pragma once

#include <QByteArray>
#include <QString>

namespace akim::passwords {

// Passwords are kept as libsodium's Argon2id strings (salt and cost inside), at the
// "interactive" cost: about a tenth of a second and 64 MiB per check on an office PC, which makes
// guessing slow without making signing in slow.
QString hash(const QString &password);
bool verify(const QString &storedHash, const QString &password);

// A ballot package's key: 32 bytes derived from the member's password and a salt of its own
// (Argon2id), so it differs from the stored password hash and only the password recreates it.
QByteArray newSalt();
QByteArray derivePackageKey(const QString &password, const QByteArray &salt);

// A keyed hash (BLAKE2b-256) of `data` under `key`: what seals a ballot package.
QByteArray mac(const QByteArray &key, const QByteArray &data);
bool macMatches(const QByteArray &key, const QByteArray &data, const QByteArray &expected);

constexpr int kMinimumLength = 4;

} // namespace akim::passwords
