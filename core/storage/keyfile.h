#pragma once

#include "crypto/passwordkdf.h"
#include "crypto/securebytes.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace clinic {

// The file beside a store that holds its data key, sealed under a key derived from the
// user's password. Format (JSON, documented in docs/storage.md):
//   { "format": "clinic-store-key", "version": 1,
//     "kdf": { "algorithm": "argon2id13", "opslimit": N, "memlimit": N, "salt": base64 },
//     "cipher": { "algorithm": "xchacha20poly1305-ietf", "nonce": base64, "wrapped_key": base64 } }
// The format, version, KDF parameters and salt are authenticated as associated data.
class KeyFile
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::KeyFile)
public:
    static constexpr int formatVersion = 1;
    static constexpr qsizetype dataKeyBytes = 32;

    static QString pathFor(const QString &databasePath) { return databasePath + u".key"; }

    // Seals dataKey under password into a new file, readable by its owner only; fails with
    // ErrorCode::StoreExists when a file is already there.
    static Result<void> create(const QString &path, const SecureBytes &dataKey,
                               const SecureBytes &password, const KdfParams &params);
    // The same in two halves: the slow one (Argon2id) writes nothing and may run on any
    // thread; the file is written later, with the store it belongs to.
    static Result<QByteArray> seal(const SecureBytes &dataKey, const SecureBytes &password,
                                   const KdfParams &params);
    static Result<void> create(const QString &path, const QByteArray &sealed);
    // The same, replacing the existing file atomically (a password change).
    static Result<void> replace(const QString &path, const SecureBytes &dataKey,
                                const SecureBytes &password, const KdfParams &params);
    // Returns the data key, or why not: missing, unreadable, damaged, too new, wrong password.
    static Result<SecureBytes> unlock(const QString &path, const SecureBytes &password);
};

} // namespace clinic
