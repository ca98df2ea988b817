#pragma once

#include "domain/role.h"
#include "manualclock.h"
#include "serverdatabase.h"
#include "storage/encryptedstore.h"
#include "sync/localreplica.h"
#include "sync/replicaapplier.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "syncserver.h"
#include "tlsidentity.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace clinic::test {

inline const QString syncPassword = QStringLiteral("Tide-Lamp-Orbit-77");

// The server store a sync suite runs on. By default the embedded store in `dataDir`. When
// CLINIC_TEST_POSTGRES names a PostgreSQL server (postgresql://user@host:port/db; the CTest
// fixture in tests/CMakeLists.txt starts one and runs the suites a second time), a fresh
// database on it instead, dropped again at the end.
class TestServerStore
{
public:
    // Embedded: creates the store in dataDir unless `create` is false (the test runs `init`).
    explicit TestServerStore(const QString &dataDir, bool create = true);
    ~TestServerStore();
    TestServerStore(const TestServerStore &) = delete;
    TestServerStore &operator=(const TestServerStore &) = delete;

    static bool onPostgres();
    // What `serve --db` and ServerOptions::databaseUrl take: empty for the embedded store.
    QString url() const { return m_url; }
    // The command-line arguments that name this store: --data-dir, and --db on PostgreSQL.
    QStringList arguments() const;
    Result<std::unique_ptr<ServerDatabase>> open() const;

private:
    QString m_dataDir;
    QString m_url;
    QString m_name; // the PostgreSQL database's
};

// The real sync server in-process on 127.0.0.1 (TLS, port 0) with a fresh data dir and store
// (TestServerStore), and accounts added straight to its store.
class TestServer
{
public:
    TestServer();
    // A second server on `other`'s store (PostgreSQL only: the embedded store has one owner),
    // with its own data directory, certificate and port.
    explicit TestServer(const TestServer &other);
    ~TestServer();

    bool start(quint16 port = 0); // port 0: any free port; another: restart where it was
    void stop();
    bool running() const { return m_server != nullptr; }
    // For the next start(): the server's limits, its password hashing (minimum by default: tests
    // hash many passwords) and its clock (the system's by default).
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    void setHashing(const KdfParams &hashing) { m_hashing = hashing; }
    void setClock(const Clock &clock) { m_clock = &clock; }
    // Another server's certificate, as servers sharing a database are given (docs/operations.md).
    void setIdentity(const TlsIdentity &identity) { m_identity = identity; }
    // Adds an active account (a doctor with licence "LIC-<USERNAME>", and the specialty and
    // credentials given); returns its id (empty on failure).
    QString addAccount(const QString &username, Role role,
                       AccountStatus status = AccountStatus::Active, const QString &specialty = {},
                       const QString &credentials = {});
    // Adds a 30-minute appointment straight to the store (a video visit by default), made and
    // changed at `nowMs`; returns `id`, or empty on failure.
    QString addAppointment(const QString &id, const QString &patientId, const QString &doctorId,
                           qint64 startMs, qint64 nowMs,
                           const QString &modality = QStringLiteral("video"),
                           const QString &status = QStringLiteral("confirmed"));
    QString dataDir() const { return m_dir.path(); }
    const TestServerStore &store() const { return *m_store; }
    Result<std::unique_ptr<ServerDatabase>> openDatabase() const { return m_store->open(); }
    ServerAddress address() const;
    QString url() const; // wss://127.0.0.1:port
    quint16 port() const;
    const TlsIdentity &identity() const { return m_identity; }
    CallRelay::Counts callCounts() const { return m_server->callCounts(); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<TestServerStore> m_store;
    TlsIdentity m_identity;
    std::unique_ptr<SyncServer> m_server;
    ServerLimits m_limits;
    KdfParams m_hashing = KdfParams::minimum();
    const Clock *m_clock = &Clock::system();
};

// Every live row of a synced table as text, sorted: what two stores must agree on. The text is
// the same whichever store it comes from (booleans 0 or 1, dates ISO); rev is left out, as
// the client keeps the server's.
QStringList syncedRowsOf(const QSqlDatabase &db, const QString &table,
                         const QString &where = QStringLiteral("1 = 1"));
// A table's columns in order, each as "name not-null" (0 or 1); with `declared`, SQLite's
// declared type and default too (SQLite stores only).
QStringList columnsOf(const QSqlDatabase &db, const QString &table, bool declared);

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
    std::unique_ptr<ReplicaApplier> applier;
    std::unique_ptr<SyncEngine> engine;

private:
    void connectStore(const QString &path, const QString &fingerprint);

    std::optional<ServerAddress> m_address; // set for an external server
    const TestServer *m_server = nullptr; // else this one, asked at each connect
    QString m_username;
    bool m_idle = false;
};

} // namespace clinic::test
