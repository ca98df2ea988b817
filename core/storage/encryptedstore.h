#pragma once

#include "crypto/passwordkdf.h"
#include "crypto/securebytes.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace clinic {

// What the store can say about itself, for an about box or a support report.
struct StoreDescription
{
    QString cipherVersion; // SQLCipher's version
    int schemaVersion = 0;
    int pageSize = 0;
    qint64 sizeBytes = 0; // database file plus its write-ahead log
};

struct StoreOptions
{
    // Argon2id cost for the key file; used when creating and when the password changes.
    KdfParams kdf = KdfParams::recommended();
    // Migration directory applied at every open; empty: leave the schema alone.
    QString migrations = QStringLiteral(":/migrations/client");
    // PRAGMA quick_check at open: reads every page once (~80 ms for a 37 MB store here) so a
    // damaged file is reported at once, before anything is written to it.
    bool checkIntegrity = true;
    int busyTimeoutMs = 5000;
    // Page cache per connection. Every miss costs a page decryption (AES-256-CBC plus an
    // HMAC-SHA1 check); with SQLite's 2 MB default, lookups in a 37 MB store measured 1.6x
    // plaintext, with 32 MB about 1.0x.
    int cacheKiB = 32 * 1024;
};

// One user's encrypted SQLCipher database and the key file beside it ("<path>.key").
// A random 256-bit data key encrypts the database; the key file holds it sealed under the
// user's password. The data key is in memory only while the database is being opened.
class EncryptedStore
{
public:
    Q_DECLARE_TR_FUNCTIONS(clinic::EncryptedStore)
public:
    ~EncryptedStore();
    EncryptedStore(const EncryptedStore &) = delete;
    EncryptedStore &operator=(const EncryptedStore &) = delete;

    // True when a database or a key file is at this path.
    static bool exists(const QString &databasePath);
    // Refuses to touch an existing store. On failure nothing is left behind.
    static Result<std::unique_ptr<EncryptedStore>> create(const QString &databasePath,
                                                          const SecureBytes &password,
                                                          const StoreOptions &options = {});
    // A wrong password, a damaged file or a newer schema is an error; none changes a byte.
    static Result<std::unique_ptr<EncryptedStore>> open(const QString &databasePath,
                                                        const SecureBytes &password,
                                                        const StoreOptions &options = {});

    // create() and open() in two halves, so the slow one (Argon2id, about 0.25 s) can run on a
    // worker thread while the database connection is made on the thread that will use it:
    //   unlockKey() (any thread), then openWithKey();
    //   sealNewKey() (any thread; writes nothing), then createSealed(), which writes the key
    //   file and the database together, so an abandoned sign-in leaves no half of a store.
    struct NewKey
    {
        SecureBytes dataKey;
        QByteArray keyFile; // sealed under the password
    };
    static Result<SecureBytes> unlockKey(const QString &databasePath, const SecureBytes &password);
    static Result<NewKey> sealNewKey(const SecureBytes &password, const StoreOptions &options);
    static Result<std::unique_ptr<EncryptedStore>>
    createSealed(const QString &databasePath, NewKey key, const StoreOptions &options);

    // The settings applied to every connection after it is keyed, in order.
    static QStringList connectionPragmas(const StoreOptions &options);

    // For a store whose data key is kept some other way than under a password (the sync
    // server keeps it in a file only its account can read). createWithKey() refuses an
    // existing database.
    static Result<std::unique_ptr<EncryptedStore>>
    createWithKey(const QString &databasePath, SecureBytes dataKey, const StoreOptions &options);
    static Result<std::unique_ptr<EncryptedStore>>
    openWithKey(const QString &databasePath, SecureBytes dataKey, const StoreOptions &options);

    // True when password unlocks this store's key file (the lock screen asks this).
    Result<void> checkPassword(const SecureBytes &password) const;

    // Re-seals the same data key under a new password: the database is not re-encrypted.
    Result<void> changePassword(const SecureBytes &current, const SecureBytes &replacement);

    QSqlDatabase database() const;
    // Another connection to this store, for a worker thread: call it on the thread that will
    // use the connection, and destroy it there. It writes as this one does (SQLite lets one
    // connection write at a time; WAL readers never wait). No migration, no page check: this
    // store's opening did both.
    Result<std::unique_ptr<EncryptedStore>> openSibling() const;
    QString databasePath() const { return m_path; }
    QString keyFilePath() const;
    int schemaVersion() const { return m_schemaVersion; }
    StoreDescription describe() const;

private:
    EncryptedStore(QString path, QString connectionName, StoreOptions options);
    static Result<void> makeFolder(const QString &databasePath);
    static Result<std::unique_ptr<EncryptedStore>> createDatabase(const QString &databasePath,
                                                                  SecureBytes dataKey,
                                                                  const StoreOptions &options,
                                                                  bool ownsKeyFile);
    static Result<std::unique_ptr<EncryptedStore>>
    connect(const QString &databasePath, SecureBytes dataKey, const StoreOptions &options);
    static Result<QString> openConnection(const QString &databasePath, SecureBytes dataKey,
                                          const StoreOptions &options, bool readOnly);
    static Result<void> checkIntegrity(QSqlDatabase db, const QString &databasePath);
    static Result<void> checkReadOnly(const QString &databasePath, SecureBytes dataKey,
                                      const StoreOptions &options);
    Result<void> prepare(bool checkPages);

    QString m_path;
    QString m_connectionName;
    StoreOptions m_options;
    int m_schemaVersion = 0;
    // The data key, for openSibling(): SQLCipher holds it for the connection's life anyway,
    // and this copy is in sodium_malloc'd memory, wiped with the store.
    SecureBytes m_dataKey;
};

} // namespace clinic
