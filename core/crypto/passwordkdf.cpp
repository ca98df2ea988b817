#include "passwordkdf.h"

#include "sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace clinic {

namespace {
// Limits for parameters read from a file: a hostile key file must not make unlocking take
// hours (each pass costs ~2 ms per MiB) or allocate more than a desktop has.
constexpr quint64 maxAcceptedMemLimit = quint64(2) << 30; // 2 GiB
constexpr quint64 maxAcceptedOpsLimit = 32; // recommended() uses 3
} // namespace

KdfParams KdfParams::minimum()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

bool KdfParams::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= maxAcceptedOpsLimit
            && memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN && memLimitBytes <= maxAcceptedMemLimit;
}

QByteArray PasswordKdf::newSalt()
{
    ensureSodium();
    static_assert(saltBytes == crypto_pwhash_SALTBYTES);
    QByteArray salt(saltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Result<SecureBytes> PasswordKdf::derive(const SecureBytes &password, const QByteArray &salt,
                                        const KdfParams &params, qsizetype keyBytes)
{
    ensureSodium();
    if (salt.size() != saltBytes || !params.isAcceptable() || keyBytes < 16)
        return makeError(ErrorCode::InvalidArgument,
                         PasswordKdf::tr("The key derivation settings are invalid."));
    SecureBytes key(keyBytes);
    const int rc = crypto_pwhash(
            key.data(), size_t(key.size()), password.constChar(), quint64(password.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
            size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(
                ErrorCode::Io,
                PasswordKdf::tr("Not enough memory to check the password. Close other programs "
                                "and try again."));
    return key;
}

} // namespace clinic
