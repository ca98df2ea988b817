#include "passwordhash.h"

#include "sodium.h"

#include <QMutex>

#include <sodium.h>

namespace clinic {

Result<QByteArray> PasswordHash::create(const SecureBytes &password, const KdfParams &params)
{
    ensureSodium();
    if (!params.isAcceptable())
        return makeError(ErrorCode::InvalidArgument,
                         PasswordKdf::tr("The key derivation settings are invalid."));
    char hash[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(hash, password.constChar(), quint64(password.size()), params.opsLimit,
                              size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Io,
                         PasswordKdf::tr("Not enough memory to check the password. Close other "
                                         "programs and try again."));
    return QByteArray(hash);
}

bool PasswordHash::verify(const QByteArray &hash, const SecureBytes &password)
{
    ensureSodium();
    if (hash.isEmpty() || hash.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    return crypto_pwhash_str_verify(hash.constData(), password.constChar(),
                                    quint64(password.size()))
            == 0;
}

bool PasswordHash::needsRehash(const QByteArray &hash, const KdfParams &params)
{
    ensureSodium();
    return crypto_pwhash_str_needs_rehash(hash.constData(), params.opsLimit,
                                          size_t(params.memLimitBytes))
            != 0;
}

QByteArray PasswordHash::decoy(const KdfParams &params)
{
    static QMutex mutex;
    static QByteArray hash;
    static KdfParams madeWith;
    QMutexLocker lock(&mutex);
    if (hash.isEmpty() || madeWith.opsLimit != params.opsLimit
        || madeWith.memLimitBytes != params.memLimitBytes) {
        auto made = create(SecureBytes::random(32), params);
        hash = made ? made.value() : QByteArray();
        madeWith = params;
    }
    return hash;
}

} // namespace clinic
