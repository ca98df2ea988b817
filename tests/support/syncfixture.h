#pragma once

#include "domain/role.h"
#include "manualclock.h"
#include "storage/encryptedstore.h"
#include "sync/localreplica.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "syncserver.h"
#include "tlsidentity.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace clinic::test {

inline const QString syncPassword = QStringLiteral("Tide-Lamp-Orbit-77");

// The real sync server in-process on 127.0.0.1 (TLS, port 0) with a fresh data dir, and
// accounts added straight to its store.
class TestServer
{
public:
    TestServer();
    ~TestServer();

    bool start(quint16 port = 0); // port 0: any free port; another: restart where it was
    void stop();
    // Adds an active account; returns its id (empty on failure).
    QString addAccount(const QString &username, Role role);
    QString dataDir() const { return m_dir.path(); }
    ServerAddress address() const;
    quint16 port() const;
    const TlsIdentity &identity() const { return m_identity; }

private:
    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    std::unique_ptr<SyncServer> m_server;
};

// A real client: its own encrypted store, connection, replica and engine.
class TestClient
{
public:
    TestClient(const TestServer &server, const QString &username, const QString &storeDir);
    // A client of a server that runs elsewhere (a child process): its address and pinned
    // certificate fingerprint. The store at storePath is opened when it exists (a store a
    // killed client left behind), created otherwise.
    TestClient(const ServerAddress &address, const QString &fingerprint, const QString &username,
               const QString &storePath);
    ~TestClient();

    bool signIn(); // connects and signs in; the engine then syncs by itself
    void startEngine(); // a new SyncEngine on the signed-in connection
    void goOffline(); // disconnects and stays so
    bool waitIdle(int timeoutMs = 20000); // signed in, nothing unanswered, last pull complete
    Result<qint64> submit(const QString &name, const QCborMap &args);

    QSqlDatabase db() const { return m_store->database(); }
    int count(const QString &table, const QString &where = {}) const;
    QString value(const QString &table, const QString &id, const QString &column) const;

    QString accountId;
    std::unique_ptr<EncryptedStore> m_store;
    std::unique_ptr<ServerConnection> connection;
    std::unique_ptr<LocalReplica> replica;
    std::unique_ptr<SyncEngine> engine;

private:
    void connectStore(const QString &path, const QString &fingerprint);

    std::optional<ServerAddress> m_address; // set for an external server
    const TestServer *m_server = nullptr; // else this one, asked at each connect
    QString m_username;
    bool m_idle = false;
};

} // namespace clinic::test
