#pragma once

#include "passwordkdf.h"
#include "securebytes.h"
#include "util/result.h"

#include <QByteArray>

namespace clinic {

// Account password hashes: libsodium's crypto_pwhash_str, Argon2id with its parameters and
// salt encoded in the string ("$argon2id$v=19$m=65536,t=2,p=1$..."), so they can be raised
// later and old hashes still verify.
class PasswordHash
{
public:
    // opslimit 2, 64 MiB: libsodium's "interactive" level, above OWASP's minimum for
    // Argon2id (19 MiB, t=2). About 80 ms on the test machine.
    static KdfParams accountDefault() { return { 2, quint64(64) << 20 }; }

    static Result<QByteArray> create(const SecureBytes &password, const KdfParams &params);
    static bool verify(const QByteArray &hash, const SecureBytes &password);
    // True when the hash was made with other parameters than params: rehash at next sign-in.
    static bool needsRehash(const QByteArray &hash, const KdfParams &params);
    // A valid hash of an unguessable password, verified against when a user name is unknown,
    // so an unknown name takes as long to refuse as a wrong password.
    static QByteArray decoy(const KdfParams &params);
};

} // namespace clinic
