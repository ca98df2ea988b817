#pragma once

#include "securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clinic {

// Authenticated encryption with XChaCha20-Poly1305 (random 192-bit nonces are safe).
class Aead
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::Aead)
public:
    static constexpr qsizetype keyBytes = 32;
    static constexpr qsizetype nonceBytes = 24;

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext; // includes the 16-byte tag
    };

    static Sealed seal(const SecureBytes &key, const unsigned char *plain, qsizetype size,
                       const QByteArray &associatedData);
    // Fails when the key is wrong or anything (nonce, ciphertext, associated data) was altered.
    static Result<SecureBytes> open(const SecureBytes &key, const Sealed &sealed,
                                    const QByteArray &associatedData);
};

} // namespace clinic
