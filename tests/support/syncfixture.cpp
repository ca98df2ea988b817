#include "syncfixture.h"

#include "accountservice.h"
#include "crypto/passwordhash.h"
#include "postgresstore.h"
#include "serverstore.h"
#include "storage/sqldialect.h"
#include "storetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace clinic::test {

using namespace Qt::StringLiterals;

namespace {
constexpr int waitMs = 10000;

// Runs one statement on the database CLINIC_TEST_POSTGRES names (CREATE or DROP DATABASE).
bool runOnPostgresAdmin(const QString &statement)
{
    auto ran = PostgresStore::runAlone(qEnvironmentVariable("CLINIC_TEST_POSTGRES"), statement);
    if (!ran)
        qWarning() << ran.error().fullText();
    return ran.ok();
}

} // namespace

QStringList syncedRowsOf(const QSqlDatabase &db, const QString &table, const QString &where)
{
    QList<SyncedColumn> columns = SyncedTables::find(table)->columns;
    columns.removeIf([](const SyncedColumn &column) { return column.name == u"rev"; });
    QStringList names;
    for (const SyncedColumn &column : columns)
        names << column.name;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT "_s + names.join(u", ") + u" FROM " + table
                    + u" WHERE NOT deleted AND " + where))
        return { u"query failed: "_s + query.lastError().text() };
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            values << (columns[i].type == ColumnType::Boolean ? QString::number(value.toBool())
                                                              : value.toString());
        }
        rows << values.join(u'|');
    }
    rows.sort();
    return rows;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table, bool declared)
{
    QStringList columns;
    QSqlQuery query(db);
    if (SqlDialect::isPostgres(db)) {
        query.prepare(u"SELECT column_name, is_nullable = 'NO' FROM information_schema.columns "
                      u"WHERE table_name = ? ORDER BY ordinal_position"_s);
        query.addBindValue(table);
        query.exec();
        while (query.next())
            columns << query.value(0).toString() + u' ' + QString::number(query.value(1).toBool());
        return columns;
    }
    query.exec(u"PRAGMA table_info("_s + table + u')');
    while (query.next()) {
        QString column = query.value(1).toString() + u' ' + query.value(3).toString();
        if (declared)
            column += u' ' + query.value(2).toString() + u' ' + query.value(4).toString();
        columns << column;
    }
    return columns;
}

TestServerStore::TestServerStore(const QString &dataDir, bool create) : m_dataDir(dataDir)
{
    if (!onPostgres()) {
        if (!create)
            return;
        StoreOptions options = ServerStore::options();
        options.kdf = KdfParams::minimum();
        if (!ServerStore::create(dataDir, options))
            qWarning() << "could not create the server store";
        return;
    }
    QUrl url(qEnvironmentVariable("CLINIC_TEST_POSTGRES"));
    m_name = u"clinic_test_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!runOnPostgresAdmin(u"CREATE DATABASE "_s + m_name))
        return;
    url.setPath(u"/"_s + m_name);
    m_url = url.toString();
}

TestServerStore::~TestServerStore()
{
    if (!m_name.isEmpty())
        runOnPostgresAdmin(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
}

bool TestServerStore::onPostgres()
{
    return !qEnvironmentVariableIsEmpty("CLINIC_TEST_POSTGRES");
}

QStringList TestServerStore::arguments() const
{
    QStringList arguments { u"--data-dir"_s, m_dataDir };
    if (!m_url.isEmpty())
        arguments << u"--db"_s << m_url;
    return arguments;
}

Result<std::unique_ptr<ServerDatabase>> TestServerStore::open() const
{
    return ServerDatabase::open(m_dataDir, m_url);
}

TestServer::TestServer() : m_store(std::make_shared<TestServerStore>(m_dir.path()))
{
    auto identity =
            TlsIdentityStore::generate(u"clinic-test"_s, { u"127.0.0.1"_s, u"localhost"_s });
    if (identity)
        m_identity = identity.value();
}

TestServer::TestServer(const TestServer &other) : m_store(other.m_store)
{
    auto identity =
            TlsIdentityStore::generate(u"clinic-test-2"_s, { u"127.0.0.1"_s, u"localhost"_s });
    if (identity)
        m_identity = identity.value();
}

TestServer::~TestServer()
{
    m_server.reset(); // its connection goes before the database is dropped
}

bool TestServer::start(quint16 port)
{
    m_server = std::make_unique<SyncServer>();
    ServerOptions options;
    options.dataDir = m_dir.path();
    options.databaseUrl = m_store->url();
    options.port = port;
    options.tls = m_identity;
    options.hashing = m_hashing;
    options.clock = m_clock;
    options.limits = m_limits;
    auto started = m_server->start(options);
    if (!started)
        qWarning() << "server did not start:" << started.error().fullText();
    return started.ok();
}

void TestServer::stop()
{
    m_server.reset();
}

QString TestServer::addAccount(const QString &username, Role role, AccountStatus status,
                               const QString &specialty, const QString &credentials)
{
    auto store = m_store->open();
    if (!store)
        return {};
    AccountService accounts(store.value()->database(), KdfParams::minimum());
    auto hash = PasswordHash::create(SecureBytes::fromUtf8(syncPassword), KdfParams::minimum());
    // Doctors come with the licence the admin verified: "LIC-<USERNAME>".
    const QString licence = role == Role::Doctor ? u"LIC-"_s + username.toUpper() : QString();
    auto made = accounts.create(
            { username, username + u" Test"_s, role, licence, specialty, credentials },
            hash.value(), status, false, Actor { u"cli"_s, u"cli"_s });
    return made ? made->id : QString();
}

QString TestServer::addAppointment(const QString &id, const QString &patientId,
                                   const QString &doctorId, qint64 startMs, qint64 nowMs,
                                   const QString &modality, const QString &status)
{
    auto store = m_store->open();
    if (!store)
        return {};
    QSqlQuery query(store.value()->database());
    query.prepare(u"INSERT INTO appointment (id, rev, deleted, updated_at, updated_by, patient_id, "
                  u"patient_name, provider_id, location_id, modality, start_at, end_at, status, "
                  u"created_at, created_by) VALUES (?, 1, ?, ?, '', ?, '', ?, 'loc', ?, ?, ?, ?, "
                  u"?, '')"_s);
    for (const QVariant &value : QVariantList { id, false, nowMs, patientId, doctorId, modality,
                                                startMs, startMs + 30 * 60 * 1000, status, nowMs })
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning() << "appointment:" << query.lastError().text();
        return {};
    }
    return id;
}

ServerAddress TestServer::address() const
{
    return *ServerAddress::parse(m_server->url());
}

QString TestServer::url() const
{
    return m_server->url();
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
    applier.reset();
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
    if (!applier)
        applier = std::make_unique<ReplicaApplier>(*m_store, replica->actor());
    engine = std::make_unique<SyncEngine>(*replica, *applier, *connection);
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
