// A sync client in a process of its own, for tst_syncfaults to SIGKILL in the middle of a
// pull: the kill must land while the store is being written, which cannot be arranged in the
// test's own process.
//
//   sync_client_tool --store PATH --server wss://127.0.0.1:PORT --fingerprint HEX --user NAME
//                    [--offline N] [--during N] [--freeze-in-page P --freeze-after-rows R]
//
// The password is read from standard input (never an argument: others can read those). The
// tool signs in, queues N patient registrations before its sync engine starts (offline
// changes), then lets the engine push and pull, registering another patient every few
// milliseconds while the pull runs. Each line it prints is flushed at once, so what the test
// has read happened:
//   client <id>                the store's client id at the server
//   queued <n> <patient id>    a change is committed to the store's outbox (n: its number)
//   page <k>                   the k-th page of server rows is committed to the store
//   idle                       everything is pushed and pulled (the test kills before this)
//   frozen                     with --freeze-*: the tool stopped itself (SIGSTOP) inside the
//                              transaction that applies page P, after writing R patient rows
//                              of it; the test kills it there, certain to be mid-apply

#include "mutations/mutation.h"
#include "storage/encryptedstore.h"
#include "storage/sqlcipherdriver.h"
#include "storage/sqlite_api.h"
#include "storetestsupport.h"
#include "sync/localreplica.h"
#include "sync/replicaapplier.h"
#include "sync/serverconnection.h"
#include "sync/syncengine.h"
#include "util/passwordinput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <memory>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

constexpr int giveUpMs = 120000; // the test kills long before; never linger if it does not

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int fail(const QString &text)
{
    std::fprintf(stderr, "sync_client_tool: %s\n", qPrintable(text));
    return 2;
}

// Where to stop inside a pull's apply: on the connection that applies pulls (the sync
// applier's), SQLite tells of every row written, inside the transaction, before it commits,
// and of every commit. Both hooks run on the applier's thread, which alone touches this.
struct Freeze
{
    int page = 0; // 0: never
    int rows = 0;
    int commits = 0; // pages applied before this one
    int seen = 0;
};

int onCommit(void *context)
{
    ++static_cast<Freeze *>(context)->commits;
    return 0; // commit
}

void onRowWritten(void *context, int, const char *, const char *table, sqlite3_int64)
{
    auto *freeze = static_cast<Freeze *>(context);
    if (freeze->page == 0 || freeze->commits != freeze->page - 1 || qstrcmp(table, "patient") != 0)
        return;
    if (++freeze->seen == freeze->rows) {
        say(u"frozen"_s);
        std::raise(SIGSTOP);
    }
}

QCborMap registration(const QString &id, const QString &givenName)
{
    return { { u"id"_s, id }, { u"family_name"_s, u"Tool"_s }, { u"given_name"_s, givenName } };
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption storeOption(u"store"_s, u"The client store."_s, u"path"_s);
    const QCommandLineOption serverOption(u"server"_s, u"The server's address."_s, u"url"_s);
    const QCommandLineOption pinOption(u"fingerprint"_s, u"The server's certificate."_s, u"hex"_s);
    const QCommandLineOption userOption(u"user"_s, u"The user name."_s, u"name"_s);
    const QCommandLineOption offlineOption(u"offline"_s, u"Changes queued before sync."_s, u"n"_s,
                                           u"0"_s);
    const QCommandLineOption duringOption(u"during"_s, u"Changes made during the pull."_s, u"n"_s,
                                          u"0"_s);
    const QCommandLineOption freezePageOption(u"freeze-in-page"_s, u"Stop in this page."_s, u"n"_s,
                                              u"0"_s);
    const QCommandLineOption freezeRowsOption(
            u"freeze-after-rows"_s, u"Stop after this many rows of it."_s, u"n"_s, u"1"_s);
    parser.addOptions({ storeOption, serverOption, pinOption, userOption, offlineOption,
                        duringOption, freezePageOption, freezeRowsOption });
    parser.process(app);
    const auto address = ServerAddress::parse(parser.value(serverOption));
    if (!address || !parser.isSet(storeOption) || !parser.isSet(userOption))
        return fail(u"needs --store, --server, --fingerprint and --user"_s);
    auto password = PasswordInput::read(u"Password: "_s);
    if (!password)
        return fail(password.error().fullText());

    const QString path = parser.value(storeOption);
    auto store = EncryptedStore::exists(path)
            ? EncryptedStore::open(path, *password, test::fastStoreOptions())
            : EncryptedStore::create(path, *password, test::fastStoreOptions());
    if (!store)
        return fail(store.error().fullText());

    ServerConnection connection(u"sync-client-tool"_s);
    connection.setPinnedFingerprint(parser.value(pinOption));
    connection.setTimings(30000, 10000, 300);
    std::unique_ptr<LocalReplica> replica;
    std::unique_ptr<ReplicaApplier> applier;
    std::unique_ptr<SyncEngine> engine;
    QTimer during;
    const int duringCount = parser.value(duringOption).toInt();
    int duringMade = 0;
    int pages = 0;
    bool submitting = false; // a change made here also says dataChanged: not a page
    Freeze freeze { parser.value(freezePageOption).toInt(),
                    parser.value(freezeRowsOption).toInt() };

    const auto submit = [&](const QString &givenName) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        submitting = true;
        auto number = engine ? engine->submit(u"patient.register"_s, registration(id, givenName))
                             : replica->submit(u"patient.register"_s, registration(id, givenName));
        submitting = false;
        if (!number) {
            fail(number.error().fullText());
            app.exit(2);
            return;
        }
        say(u"queued %1 %2"_s.arg(*number).arg(id));
    };

    QObject::connect(&connection, &ServerConnection::connectionFailed, &app,
                     [&](const QString &reason) {
                         if (!engine) { // before sign-in: nothing to wait for
                             fail(reason);
                             app.exit(2);
                         }
                     });
    QObject::connect(
            &connection, &ServerConnection::stateChanged, &app, [&](ServerConnection::State state) {
                if (state != ServerConnection::State::Ready || replica)
                    return;
                const QString secret = QString::fromUtf8(password->constChar(), password->size());
                connection.signIn(
                        parser.value(userOption), secret, {}, [&](const ServerReply &reply) {
                            if (!reply.ok()) {
                                fail(reply.errorText);
                                app.exit(2);
                                return;
                            }
                            const ClientSession &session = connection.session();
                            replica = std::make_unique<LocalReplica>(
                                    store.value()->database(),
                                    MutationActor { session.accountId, session.role,
                                                    session.displayName });
                            auto id = replica->clientId();
                            if (!id) {
                                fail(id.error().fullText());
                                app.exit(2);
                                return;
                            }
                            say(u"client "_s + *id);
                            // Queued before the engine exists: the engine finds them
                            // in the outbox, exactly as after a session offline.
                            const int offline = parser.value(offlineOption).toInt();
                            for (int i = 1; i <= offline; ++i)
                                submit(u"Offline %1"_s.arg(i));
                            applier = std::make_unique<ReplicaApplier>(*store.value(),
                                                                       replica->actor());
                            QObject::connect(
                                    applier.get(), &ReplicaApplier::opened, applier.get(),
                                    [&freeze](const QSqlDatabase &db) {
                                        sqlite3 *sqlite =
                                                static_cast<SqlCipherDriver *>(db.driver())
                                                        ->connection();
                                        sqlite3_update_hook(sqlite, &onRowWritten, &freeze);
                                        sqlite3_commit_hook(sqlite, &onCommit, &freeze);
                                    },
                                    Qt::DirectConnection);
                            engine = std::make_unique<SyncEngine>(*replica, *applier, connection);
                            // Several apply transactions in the test's pull, so the kills can
                            // land in the first or second of them.
                            engine->setRowsPerApply(1000);
                            QObject::connect(engine.get(), &SyncEngine::dataChanged, &app, [&] {
                                if (!submitting)
                                    say(u"page %1"_s.arg(++pages));
                            });
                            QObject::connect(engine.get(), &SyncEngine::idle, &app,
                                             [] { say(u"idle"_s); });
                            during.start();
                        });
            });
    during.setInterval(10);
    QObject::connect(&during, &QTimer::timeout, &app, [&] {
        if (duringMade == duringCount)
            return during.stop();
        submit(u"During %1"_s.arg(++duringMade));
    });
    QTimer::singleShot(giveUpMs, &app, [&] { app.exit(3); });
    connection.connectTo(*address);
    const int code = app.exec();
    engine.reset();
    applier.reset();
    replica.reset();
    return code;
}
