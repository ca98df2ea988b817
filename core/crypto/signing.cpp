#include "signing.h"

#include "sodium.h"

#include <sodium.h>

namespace clinic {

static_assert(Signing::publicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Signing::secretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(Signing::signatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

} // namespace

Signing::KeyPair Signing::generateKeyPair(const SecureRandom &random)
{
    ensureSodium();
    const SecureBytes seed = random.secureBytes(crypto_sign_SEEDBYTES);
    KeyPair pair { QByteArray(publicKeyBytes, Qt::Uninitialized), SecureBytes(secretKeyBytes) };
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                             pair.secretKey.data(), seed.data());
    return pair;
}

QByteArray Signing::sign(QByteArrayView message, const SecureBytes &secretKey)
{
    ensureSodium();
    if (secretKey.size() != secretKeyBytes)
        return {};
    QByteArray signature(signatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         bytes(message), quint64(message.size()), secretKey.data());
    return signature;
}

bool Signing::verify(QByteArrayView message, QByteArrayView signature, QByteArrayView publicKey)
{
    ensureSodium();
    if (signature.size() != signatureBytes || publicKey.size() != publicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                       bytes(publicKey))
            == 0;
}

} // namespace clinic
