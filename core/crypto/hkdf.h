#pragma once

#include "securebytes.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace clinic {

// HKDF with SHA-256 (RFC 5869) through OpenSSL's EVP_KDF: the key schedule of SFrame
// (RFC 9605 section 4.4.2) and of the per-call keys. Extract and expand in one step.
class Hkdf
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::Hkdf)
public:
    // OpenSSL 3.0 keeps at most 1024 bytes of info; callers bound what they put in it.
    static constexpr qsizetype maxInfoBytes = 1024;
    static constexpr qsizetype maxOutputBytes = 255 * 32; // RFC 5869: 255 * HashLen

    // An empty salt is the RFC's "not provided": HashLen zero bytes.
    static Result<SecureBytes> sha256(const SecureBytes &inputKey, QByteArrayView salt,
                                      QByteArrayView info, qsizetype outputBytes);
};

} // namespace clinic
