#pragma once

#include "securebytes.h"
#include "securerandom.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace clinic {

// Ed25519 detached signatures (libsodium crypto_sign): a prescriber signs a prescription's
// canonical bytes (core/pharmacy/prescriptionsignature.h); anyone holding the public key checks.
class Signing
{
public:
    static constexpr qsizetype publicKeyBytes = 32;
    static constexpr qsizetype secretKeyBytes = 64; // libsodium's: seed || public key
    static constexpr qsizetype signatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey;
        SecureBytes secretKey;
    };

    static KeyPair generateKeyPair(const SecureRandom &random = SecureRandom::system());
    // Empty when the secret key has the wrong size.
    static QByteArray sign(QByteArrayView message, const SecureBytes &secretKey);
    // False for a wrong size, a wrong key or altered bytes.
    static bool verify(QByteArrayView message, QByteArrayView signature,
                       QByteArrayView publicKey);
};

} // namespace clinic
