// sync_bench: sync through the real clinic-sync-server binary over loopback TLS, on its
// embedded store or on PostgreSQL. Prints figures; asserts nothing.
//
//   sync_bench [--rows 100000] [--clients 50] [--push-seconds 10] [--writes 500]
//              [--server <clinic-sync-server>] [--postgres postgresql://user@host:port/db]
//
// With --postgres the server keeps its data in a fresh database made on that PostgreSQL
// server for the run, and dropped after (scripts/postgres-cluster.sh starts one).
//
// 1. Seeding: a front-desk client pushes --rows patient registrations (100 per push), which is
//    also the push rate of one client.
// 2. Initial sync: a fresh encrypted client store (LocalReplica + SyncEngine + ReplicaApplier,
//    as the desktop uses them) pulls those rows. Target: under 3 s for 100,000 rows; and the
//    longest wait of the engine's (the window's) thread meanwhile, target under 50 ms.
// 3. Sustained push: --clients patients push notes on their own records, 20 per push, as
//    fast as answers come, for --push-seconds. Target: 2,000+ committed mutations/s.
// 4. Write-to-other-client latency: each patient is signed in twice (2 x --clients
//    connections, 100 by default); one session writes a note, the other is poked, pulls, and
//    the time until the note is in its pull reply is one sample. Target: p50 < 5 ms, p99 < 25 ms.
// The clients live in this process and share the machine's two cores with the server.

#include "benchsupport.h"
#include "postgresstore.h"
#include "storage/encryptedstore.h"
#include "sync/localreplica.h"
#include "sync/replicaapplier.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "util/clock.h"
#include "util/rowid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cstdio>
#include <memory>
#include <optional>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;
using bench::waitUntil;

const QString password = u"Tide-Lamp-Orbit-77"_s;

// Ids as the app makes them, so B-trees grow as they do on a clinic's computers.
QString newId()
{
    return newRowId(Clock::system());
}

// One signed-in session, driven by hand.
struct Session
{
    std::unique_ptr<ServerConnection> connection;
    QString clientId = newId();
    QString accountId;
    qint64 nextNumber = 1;
    QCborMap cursors;

    bool open(const ServerAddress &address, const QString &pin, const QString &username)
    {
        connection = std::make_unique<ServerConnection>(u"sync_bench"_s);
        connection->setPinnedFingerprint(pin);
        connection->connectTo(address);
        if (!waitUntil([&] { return connection->state() == ServerConnection::State::Ready; },
                       30000))
            return false;
        bool done = false;
        connection->signIn(username, password, {}, [&](const ServerReply &) { done = true; });
        waitUntil([&] { return done; }, 60000);
        accountId = connection->session().accountId;
        return connection->state() == ServerConnection::State::SignedIn;
    }

    void request(const QString &type, const QCborMap &body,
                 std::function<void(const ServerReply &)> done)
    {
        connection->request(type, body, std::move(done));
    }

    QCborMap note(const QString &id, const QString &text)
    {
        return {
            { u"n"_s, nextNumber++ },
            { u"name"_s, u"note.add"_s },
            { u"args"_s,
              QCborMap { { u"id"_s, id }, { u"patient_id"_s, accountId }, { u"body"_s, text } } }
        };
    }

    // Pulls until in step; returns false on an error.
    bool pullAll()
    {
        for (;;) {
            std::optional<ServerReply> reply;
            request(u"pull"_s, { { u"client"_s, clientId }, { u"cursors"_s, cursors } },
                    [&](const ServerReply &r) { reply = r; });
            if (!waitUntil([&] { return reply.has_value(); }, 60000) || !reply->ok())
                return false;
            takeCursors(reply->message.body);
            if (!reply->message.body.value(u"more"_s).toBool())
                return true;
        }
    }

    void takeCursors(const QCborMap &reply)
    {
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
            cursors.insert(bucket.toMap().value(u"name"_s), bucket.toMap().value(u"cursor"_s));
    }
};

void seed(Session &desk, int rows)
{
    QElapsedTimer timer;
    timer.start();
    int confirmed = 0;
    for (int sent = 0; sent < rows;) {
        QCborArray batch;
        for (int i = 0; i < 100 && sent < rows; ++i, ++sent) {
            batch.append(
                    QCborMap { { u"n"_s, desk.nextNumber++ },
                               { u"name"_s, u"patient.register"_s },
                               { u"args"_s,
                                 QCborMap { { u"id"_s, newId() },
                                            { u"family_name"_s, u"Family%1"_s.arg(sent) },
                                            { u"given_name"_s, u"Given%1"_s.arg(sent % 977) },
                                            { u"birth_date"_s, u"1970-01-01"_s },
                                            { u"phone"_s, u"+351 21 %1"_s.arg(1000000 + sent) },
                                            { u"city"_s, u"Lisbon"_s } } } });
        }
        std::optional<ServerReply> reply;
        desk.request(u"push"_s, { { u"client"_s, desk.clientId }, { u"mutations"_s, batch } },
                     [&](const ServerReply &r) { reply = r; });
        if (!waitUntil([&] { return reply.has_value(); }, 120000) || !reply->ok()) {
            std::printf("seeding failed: %s\n", reply ? qPrintable(reply->errorText) : "timeout");
            return;
        }
        confirmed += int(reply->message.body.value(u"outcomes"_s).toArray().size());
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    std::printf("seeding     %7d patient.register from 1 client in %6.2f s: %8.0f mutations/s\n",
                confirmed, seconds, confirmed / seconds);
}

void initialSync(const ServerAddress &address, const QString &pin, int rows)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::minimum(); // the sign-in's Argon2id is not what is measured
    auto store = EncryptedStore::create(dir.filePath(u"client.db"_s),
                                        SecureBytes::fromUtf8(password), options);
    if (!store) {
        std::printf("initial sync: %s\n", qPrintable(store.error().fullText()));
        return;
    }
    ServerConnection connection(u"sync_bench"_s);
    connection.setPinnedFingerprint(pin);
    connection.connectTo(address);
    waitUntil([&] { return connection.state() == ServerConnection::State::Ready; }, 30000);
    bool signedIn = false;
    connection.signIn(u"desk"_s, password, {}, [&](const ServerReply &) { signedIn = true; });
    waitUntil([&] { return signedIn; }, 60000);
    const ClientSession &session = connection.session();
    LocalReplica replica(store.value()->database(),
                         { session.accountId, session.role, session.displayName });
    QElapsedTimer timer;
    timer.start();
    // The window's thread, as the desktop has it: how long its event loop waited at most.
    QTimer heartbeat;
    qint64 lastBeat = 0;
    qint64 longestStall = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        const qint64 now = timer.elapsed();
        longestStall = qMax(longestStall, now - lastBeat);
        lastBeat = now;
    });
    heartbeat.start(2);
    ReplicaApplier applier(*store.value(), replica.actor());
    SyncEngine engine(replica, applier, connection); // starts pulling at once: it is signed in
    bool idle = false;
    QObject::connect(&engine, &SyncEngine::idle, &engine, [&] { idle = true; });
    waitUntil([&] { return idle; }, 600000, 1);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QSqlQuery count(store.value()->database());
    count.exec(u"SELECT COUNT(*) FROM patient"_s);
    const int got = count.next() ? count.value(0).toInt() : 0;
    std::printf("initial sync %6d rows into a fresh encrypted client in %6.2f s: %8.0f rows/s"
                "   (target < 3 s for 100,000)\n",
                got, seconds, got / seconds);
    std::printf("  the engine's thread waited %lld ms at most meanwhile (a 2 ms timer; target "
                "< 50 ms)\n",
                longestStall);
    if (got != rows)
        std::printf("  expected %d rows\n", rows);
}

void sustainedPush(std::vector<Session> &sessions, int seconds)
{
    int committed = 0;
    int failed = 0;
    bool stop = false;
    std::function<void(Session &)> pushFrom = [&](Session &s) {
        QCborArray batch;
        for (int i = 0; i < 20; ++i)
            batch.append(s.note(newId(), u"Sustained push note."_s));
        s.request(u"push"_s, { { u"client"_s, s.clientId }, { u"mutations"_s, batch } },
                  [&](const ServerReply &reply) {
                      if (!reply.ok()) {
                          ++failed;
                          return;
                      }
                      for (const QCborValue &o : reply.message.body.value(u"outcomes"_s).toArray())
                          committed += o.toMap().value(u"status"_s).toString() == u"confirmed";
                      if (!stop)
                          pushFrom(s);
                  });
    };
    QElapsedTimer timer;
    timer.start();
    for (Session &s : sessions)
        pushFrom(s);
    waitUntil([&] { return timer.elapsed() >= seconds * 1000; }, seconds * 1000 + 1000, 20);
    stop = true;
    const int atStop = committed;
    const double elapsed = double(timer.elapsed()) / 1000.0;
    waitUntil([&] { return false; }, 3000, 50); // let the last answers arrive
    std::printf("push        %7d mutations committed by %zu clients in %6.2f s: %8.0f mutations/s"
                "   (target 2,000+)%s\n",
                atStop, sessions.size(), elapsed, atStop / elapsed,
                failed ? qPrintable(u"  %1 pushes failed"_s.arg(failed)) : "");
}

void writeToOther(std::vector<Session> &writers, std::vector<Session> &readers, int writes)
{
    QList<double> samples;
    QElapsedTimer clock;
    clock.start();
    for (size_t i = 0; i < readers.size(); ++i) {
        Session &reader = readers[i];
        if (!reader.pullAll()) { // subscribes it to its buckets
            std::printf("latency: a reader could not pull\n");
            return;
        }
    }
    struct Pending
    {
        QString noteId;
        qint64 sentNs = 0;
        bool pulling = false;
        bool again = false;
    };
    std::vector<Pending> pending(readers.size());
    std::function<void(size_t)> pullFor = [&](size_t i) {
        Session &reader = readers[i];
        pending[i].pulling = true;
        reader.request(u"pull"_s,
                       { { u"client"_s, reader.clientId }, { u"cursors"_s, reader.cursors } },
                       [&, i](const ServerReply &reply) {
                           Pending &p = pending[i];
                           p.pulling = false;
                           if (!reply.ok())
                               return;
                           readers[i].takeCursors(reply.message.body);
                           const QByteArray bytes = reply.message.encode();
                           if (!p.noteId.isEmpty() && bytes.contains(p.noteId.toUtf8())) {
                               samples << double(clock.nsecsElapsed() - p.sentNs) / 1e6;
                               p.noteId.clear();
                           }
                           if (p.again || reply.message.body.value(u"more"_s).toBool()) {
                               p.again = false;
                               pullFor(i);
                           }
                       });
    };
    for (size_t i = 0; i < readers.size(); ++i) {
        QObject::connect(readers[i].connection.get(), &ServerConnection::poked,
                         readers[i].connection.get(), [&, i] {
                             if (pending[i].pulling)
                                 pending[i].again = true;
                             else
                                 pullFor(i);
                         });
    }
    // One write at a time per pair, the pairs in turn, a write every 2 ms in all.
    for (int w = 0; w < writes; ++w) {
        const size_t i = size_t(w) % writers.size();
        waitUntil([&] { return pending[i].noteId.isEmpty(); }, 5000, 1);
        Pending &p = pending[i];
        p.noteId = newId();
        p.sentNs = clock.nsecsElapsed();
        Session &writer = writers[i];
        writer.request(u"push"_s,
                       { { u"client"_s, writer.clientId },
                         { u"mutations"_s, QCborArray { writer.note(p.noteId, u"Latency."_s) } } },
                       [](const ServerReply &) {});
        waitUntil([] { return false; }, 2, 1);
    }
    waitUntil(
            [&] {
                return std::all_of(pending.begin(), pending.end(),
                                   [](const Pending &p) { return p.noteId.isEmpty(); });
            },
            10000, 1);
    const bench::Spread spread = bench::spreadOf(samples);
    std::printf("latency     %7d writes seen by the other client, %zu connections: p50 %.2f ms, "
                "p95 %.2f ms, p99 %.2f ms, max %.2f ms   (targets p50 < 5, p99 < 25)\n",
                spread.count, writers.size() + readers.size(), spread.p50, spread.p95, spread.p99,
                spread.max);
}

// A database made for the run on a PostgreSQL server, dropped at the end.
struct BenchDatabase
{
    explicit BenchDatabase(const QString &serverUrl) : server(serverUrl)
    {
        QUrl made(serverUrl);
        const QString name =
                u"clinic_bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
        made.setPath(u"/"_s + name);
        if (auto created = PostgresStore::runAlone(server, u"CREATE DATABASE "_s + name); !created)
            std::printf("cannot make the database: %s\n", qPrintable(created.error().fullText()));
        else
            url = made.toString();
    }
    ~BenchDatabase()
    {
        if (!url.isEmpty())
            (void)PostgresStore::runAlone(
                    server, u"DROP DATABASE "_s + QUrl(url).path().mid(1) + u" WITH (FORCE)"_s);
    }
    QString server, url;
};

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOption(u"rows"_s, u"Rows for the initial sync."_s, u"n"_s,
                                        u"100000"_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"Pushing clients (and pairs)."_s, u"n"_s,
                                           u"50"_s);
    const QCommandLineOption secondsOption(u"push-seconds"_s, u"Length of the push run."_s, u"s"_s,
                                           u"10"_s);
    const QCommandLineOption writesOption(u"writes"_s, u"Writes for the latency run."_s, u"n"_s,
                                          u"500"_s);
    const QCommandLineOption serverOption(u"server"_s, u"The clinic-sync-server binary."_s,
                                          u"path"_s, QStringLiteral(CLINIC_SERVER_BINARY));
    const QCommandLineOption postgresOption(
            u"postgres"_s, u"Run on a fresh database on this PostgreSQL server."_s, u"url"_s);
    parser.addOptions({ rowsOption, clientsOption, secondsOption, writesOption, serverOption,
                        postgresOption });
    parser.process(app);
    const int rows = parser.value(rowsOption).toInt();
    const int clients = parser.value(clientsOption).toInt();
    const QString binary = parser.value(serverOption);

    QTemporaryDir dir;
    const QString data = dir.filePath(u"server"_s);
    std::optional<BenchDatabase> database;
    if (parser.isSet(postgresOption)) {
        database.emplace(parser.value(postgresOption));
        if (database->url.isEmpty())
            return 1;
    }
    QStringList store { u"--data-dir"_s, data };
    if (database)
        store << u"--db"_s << database->url;
    std::printf("creating a server with 1 front desk and %d patients (Argon2id per account)...\n",
                clients);
    std::fflush(stdout);
    if (!bench::runCommand(binary, QStringList { u"init"_s, u"--admin"_s, u"admin"_s } + store,
                           password))
        return 1;
    for (int i = -1; i < clients; ++i) {
        const QString name = i < 0 ? u"desk"_s : u"patient-%1"_s.arg(i);
        const QString role = i < 0 ? u"front_desk"_s : u"patient"_s;
        if (!bench::runCommand(
                    binary,
                    QStringList { u"user"_s, u"add"_s, u"--username"_s, name, u"--role"_s, role }
                            + store,
                    password))
            return 1;
    }
    bench::ServerProcess server;
    // Many clients from one address at once: lift the caps meant for hosts on the internet.
    if (!server.start(binary, data, database ? database->url : QString(), bench::capacityLimits()))
        return 1;
    const auto address = ServerAddress::parse(server.url());
    if (!address)
        return 1;
    std::printf("server %s at %s, %s\n\n", qPrintable(server.name()), qPrintable(server.url()),
                database
                        ? "PostgreSQL store (its default settings: fsync on, synchronous_commit on)"
                        : "embedded store (SQLCipher, WAL, synchronous=FULL)");

    Session desk;
    if (!desk.open(*address, server.fingerprint(), u"desk"_s))
        return 1;
    seed(desk, rows);
    initialSync(*address, server.fingerprint(), rows);

    std::vector<Session> writers(static_cast<size_t>(clients));
    std::vector<Session> readers(static_cast<size_t>(clients));
    for (int i = 0; i < clients; ++i) {
        if (!writers[size_t(i)].open(*address, server.fingerprint(), u"patient-%1"_s.arg(i))
            || !readers[size_t(i)].open(*address, server.fingerprint(), u"patient-%1"_s.arg(i))) {
            std::printf("could not sign in patient-%d\n", i);
            return 1;
        }
        readers[size_t(i)].accountId = writers[size_t(i)].accountId;
    }
    sustainedPush(writers, parser.value(secondsOption).toInt());
    writeToOther(writers, readers, parser.value(writesOption).toInt());
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
