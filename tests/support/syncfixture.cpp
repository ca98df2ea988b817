#include "syncfixture.h"

#include "accountservice.h"
#include "crypto/passwordhash.h"
#include "serverstore.h"
#include "storetestsupport.h"

#include <QSqlQuery>
#include <QTest>

namespace clinic::test {

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 10000;
}

TestServer::TestServer()
{
    auto identity =
            TlsIdentityStore::generate(u"clinic-test"_s, { u"127.0.0.1"_s, u"localhost"_s });
    if (identity)
        m_identity = identity.value();
    StoreOptions options = ServerStore::options();
    options.kdf = KdfParams::minimum();
    if (!ServerStore::create(m_dir.path(), options))
        qWarning() << "could not create the server store";
}

TestServer::~TestServer() = default;

bool TestServer::start(quint16 port)
{
    m_server = std::make_unique<SyncServer>();
    ServerOptions options;
    options.dataDir = m_dir.path();
    options.port = port;
    options.tls = m_identity;
    options.hashing = KdfParams::minimum();
    auto started = m_server->start(options);
    if (!started)
        qWarning() << "server did not start:" << started.error().fullText();
    return started.ok();
}

void TestServer::stop()
{
    m_server.reset();
}

QString TestServer::addAccount(const QString &username, Role role)
{
    auto store = ServerStore::open(m_dir.path());
    if (!store)
        return {};
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(syncPassword), KdfParams::minimum());
    auto made = accounts.create({ username, username + u" Test"_s, role, {}, {} }, hash.value(),
                                AccountStatus::Active, false, Actor { u"cli"_s, u"cli"_s });
    return made ? made->id : QString();
}

ServerAddress TestServer::address() const
{
    return *ServerAddress::parse(m_server->url());
}

quint16 TestServer::port() const
{
    return m_server->port();
}

TestClient::TestClient(const TestServer &server, const QString &username, const QString &storeDir)
    : m_server(&server), m_username(username)
{
    connectStore(storeDir + u"/" + username + u".db", server.identity().fingerprint());
}

TestClient::TestClient(const ServerAddress &address, const QString &fingerprint,
                       const QString &username, const QString &storePath)
    : m_address(address), m_username(username)
{
    connectStore(storePath, fingerprint);
}

void TestClient::connectStore(const QString &path, const QString &fingerprint)
{
    const SecureBytes password = SecureBytes::fromUtf8(syncPassword);
    auto store = EncryptedStore::exists(path)
            ? EncryptedStore::open(path, password, fastStoreOptions())
            : EncryptedStore::create(path, password, fastStoreOptions());
    if (!store)
        qWarning() << "client store:" << store.error().fullText();
    m_store = std::move(store).value();
    connection = std::make_unique<ServerConnection>(u"tst-client"_s);
    connection->setPinnedFingerprint(fingerprint);
    connection->setTimings(30000, 10000, 300);
}

TestClient::~TestClient()
{
    engine.reset();
    replica.reset();
    connection.reset();
}

bool TestClient::signIn()
{
    connection->connectTo(m_server ? m_server->address() : *m_address);
    if (!QTest::qWaitFor([&] { return connection->state() == ServerConnection::State::Ready; },
                         waitMs))
        return false;
    std::optional<ServerReply> reply;
    connection->signIn(m_username, syncPassword, {}, [&](const ServerReply &r) { reply = r; });
    if (!QTest::qWaitFor([&] { return reply.has_value(); }, waitMs) || !reply->ok())
        return false;
    if (!engine)
        startEngine();
    return true;
}

void TestClient::startEngine()
{
    const ClientSession &session = connection->session();
    accountId = session.accountId;
    if (!replica)
        replica = std::make_unique<LocalReplica>(
                db(), MutationActor { session.accountId, session.role, session.displayName });
    engine = std::make_unique<SyncEngine>(*replica, *connection);
    QObject::connect(engine.get(), &SyncEngine::idle, engine.get(), [this] { m_idle = true; });
}

void TestClient::goOffline()
{
    connection->disconnectFromServer();
    (void)QTest::qWaitFor(
            [&] { return connection->state() == ServerConnection::State::Disconnected; }, waitMs);
}

bool TestClient::waitIdle(int timeoutMs)
{
    m_idle = false;
    engine->syncNow();
    return QTest::qWaitFor(
            [&] {
                const SyncEngine::Status status = engine->status();
                return m_idle && status.online && !status.syncing && status.pending == 0;
            },
            timeoutMs);
}

Result<qint64> TestClient::submit(const QString &name, const QCborMap &args)
{
    return engine->submit(name, args);
}

int TestClient::count(const QString &table, const QString &where) const
{
    QSqlQuery query(db());
    query.exec(u"SELECT COUNT(*) FROM "_s + table
               + (where.isEmpty() ? QString() : u" WHERE " + where));
    return query.next() ? query.value(0).toInt() : -1;
}

QString TestClient::value(const QString &table, const QString &id, const QString &column) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT "_s + column + u" FROM " + table + u" WHERE id = ?");
    query.addBindValue(id);
    query.exec();
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace clinic::test
