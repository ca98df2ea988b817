#pragma once

#include "storage/encryptedstore.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace clinic {

// The sync server's data directory:
//   server.db            the encrypted store (QSQLCIPHER, WAL), schema in migrations/server
//   store.key            its 256-bit data key in hex: readable by the server's account only
//   tls/certificate.pem  the TLS certificate and key `serve` makes on first start
//   tls/private-key.pem
// The server runs unattended, so its data key cannot wait for a password; it is protected by
// file permissions instead, like an SSH host key, and refused when others could read it.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ServerStore)
public:
    static QString databasePath(const QString &dir);
    static QString keyPath(const QString &dir);
    static QString certificatePath(const QString &dir);
    static QString privateKeyPath(const QString &dir);

    static bool isInitialised(const QString &dir);
    // The server's settings: its schema, no full-file check at start (a big store would take
    // minutes; SQLCipher's per-page HMAC still catches damage when a page is read).
    static StoreOptions options();

    // Makes the directory (0700), the key (0600) and the store. Refuses an initialised dir.
    static Result<std::unique_ptr<EncryptedStore>>
    create(const QString &dir, const StoreOptions &options = ServerStore::options());
    static Result<std::unique_ptr<EncryptedStore>>
    open(const QString &dir, const StoreOptions &options = ServerStore::options());
};

} // namespace clinic
