#pragma once

#include "securebytes.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clinic {

// Argon2id cost parameters, stored beside whatever they protect so they can be raised later.
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // ~0.25 s on a 2-core test machine; well above OWASP's minimum (19 MiB, t=2).
    static KdfParams recommended() { return { 3, quint64(128) << 20 }; }
    // libsodium's minimum. For tests only: it protects nothing.
    static KdfParams minimum();

    // Rejects values outside libsodium's limits and absurd memory demands (a hostile key file
    // must not make the app allocate gigabytes).
    bool isAcceptable() const;
};

class PasswordKdf
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::PasswordKdf)
public:
    static constexpr qsizetype saltBytes = 16;

    static QByteArray newSalt();
    // Derives keyBytes of key material from the password with Argon2id v1.3.
    static Result<SecureBytes> derive(const SecureBytes &password, const QByteArray &salt,
                                      const KdfParams &params, qsizetype keyBytes = 32);
};

} // namespace clinic
