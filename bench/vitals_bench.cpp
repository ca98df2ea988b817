// vitals_bench: vital-sign readings through the real clinic-sync-server binary over loopback
// TLS (issue 14, docs/vitals.md). Prints figures; asserts nothing.
//
//   vitals_bench [--readings 200] [--interval-ms 20] [--server <clinic-sync-server>]
//
// A patient's session records --readings blood-pressure readings (vital.record, one per push,
// every --interval-ms); the care-team doctor's session is poked, pulls, and the time until the
// reading is in its pull reply is one sample (each reading also runs the budget counts and the
// alert episode on the server: the doctor's thresholds are set, and every fifth reading is
// high). Target: p99 < 1 s. Decoding throughput per GATT characteristic is gatt_bench's.

#include "benchsupport.h"
#include "sync/serverconnection.h"
#include "util/clock.h"
#include "util/rowid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <optional>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;
using bench::waitUntil;

const QString password = u"Tide-Lamp-Orbit-77"_s;

struct Session
{
    std::unique_ptr<ServerConnection> connection;
    QString clientId = newRowId(Clock::system());
    QString accountId;
    qint64 nextNumber = 1;
    QCborMap cursors;

    bool open(const ServerAddress &address, const QString &pin, const QString &username)
    {
        connection = std::make_unique<ServerConnection>(u"vitals_bench"_s);
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

    void takeCursors(const QCborMap &reply)
    {
        for (const QCborValue &bucket : reply.value(u"buckets"_s).toArray())
            cursors.insert(bucket.toMap().value(u"name"_s), bucket.toMap().value(u"cursor"_s));
    }

    void pull(std::function<void(const ServerReply &)> done)
    {
        connection->request(u"pull"_s, { { u"client"_s, clientId }, { u"cursors"_s, cursors } },
                            std::move(done));
    }

    bool pullAll()
    {
        for (;;) {
            std::optional<ServerReply> reply;
            pull([&](const ServerReply &r) { reply = r; });
            if (!waitUntil([&] { return reply.has_value(); }, 60000) || !reply->ok())
                return false;
            takeCursors(reply->message.body);
            if (!reply->message.body.value(u"more"_s).toBool())
                return true;
        }
    }

    // One mutation in a push of its own; the outcome's status ("" when the push failed).
    QString push(const QString &name, const QCborMap &args)
    {
        std::optional<ServerReply> reply;
        const QCborMap mutation { { u"n"_s, nextNumber++ }, { u"name"_s, name }, { u"args"_s, args } };
        connection->request(u"push"_s,
                            { { u"client"_s, clientId }, { u"mutations"_s, QCborArray { mutation } } },
                            [&](const ServerReply &r) { reply = r; });
        if (!waitUntil([&] { return reply.has_value(); }, 30000) || !reply->ok())
            return {};
        const QCborMap outcome =
                reply->message.body.value(u"outcomes"_s).toArray().first().toMap();
        if (outcome.value(u"status"_s).toString() != u"confirmed")
            std::printf("%s refused: %s\n", qPrintable(name),
                        qPrintable(outcome.value(u"reason"_s).toString()));
        return outcome.value(u"status"_s).toString();
    }
};

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption readingsOption(u"readings"_s, u"Readings to record."_s, u"n"_s,
                                            u"200"_s);
    const QCommandLineOption intervalOption(u"interval-ms"_s, u"Time between readings."_s,
                                            u"ms"_s, u"20"_s);
    const QCommandLineOption serverOption(u"server"_s, u"The clinic-sync-server binary."_s,
                                          u"path"_s, QStringLiteral(CLINIC_SERVER_BINARY));
    parser.addOptions({ readingsOption, intervalOption, serverOption });
    parser.process(app);
    const int readings = parser.value(readingsOption).toInt();
    const int interval = parser.value(intervalOption).toInt();
    const QString binary = parser.value(serverOption);

    QTemporaryDir dir;
    const QStringList store { u"--data-dir"_s, dir.filePath(u"server"_s) };
    if (!bench::runCommand(binary, QStringList { u"init"_s, u"--admin"_s, u"admin"_s } + store,
                           password))
        return 1;
    for (const auto &[name, role] : { std::pair { u"maria"_s, u"patient"_s },
                                      std::pair { u"dr.garcia"_s, u"doctor"_s },
                                      std::pair { u"desk"_s, u"front_desk"_s } }) {
        QStringList extra;
        if (role == u"doctor")
            extra << u"--licence"_s << u"OM-1"_s << u"--specialty"_s << u"Cardiology"_s;
        if (!bench::runCommand(binary,
                               QStringList { u"user"_s, u"add"_s, u"--username"_s, name,
                                             u"--role"_s, role }
                                       + extra + store,
                               password))
            return 1;
    }
    // Her record and care team, made as the people who would make them.
    const auto change = [&](const QString &as, const QString &name, const QString &json) {
        return bench::runCommand(binary,
                                 QStringList { u"change"_s, u"--as"_s, as, u"--change"_s, name,
                                               u"--args"_s, json }
                                         + store,
                                 password);
    };
    if (!change(u"maria"_s, u"patient.update"_s,
                uR"({"id": "@maria", "given_name": "Maria", "family_name": "Ferreira"})"_s)
        || !change(u"desk"_s, u"care_team.assign"_s,
                   uR"({"patient_id": "@maria", "staff_id": "@dr.garcia"})"_s)
        || !change(u"dr.garcia"_s, u"vital.threshold.set"_s,
                   uR"({"patient_id": "@maria", "kind": "blood_pressure", "high": 140, "high2": 90})"_s))
        return 1;

    bench::ServerProcess server;
    if (!server.start(binary, store.last(), QString(), bench::capacityLimits()))
        return 1;
    const auto address = ServerAddress::parse(server.url());
    if (!address)
        return 1;
    std::printf("server %s at %s, embedded store (SQLCipher, WAL, synchronous=FULL)\n",
                qPrintable(server.name()), qPrintable(server.url()));

    Session patient, doctor;
    if (!patient.open(*address, server.fingerprint(), u"maria"_s)
        || !doctor.open(*address, server.fingerprint(), u"dr.garcia"_s) || !doctor.pullAll()) {
        std::printf("could not sign in\n");
        return 1;
    }

    QList<double> samples, pushMs;
    QElapsedTimer clock;
    clock.start();
    QString waitingFor;
    qint64 sentNs = 0;
    bool pulling = false, again = false;
    std::function<void()> pullNow = [&] {
        pulling = true;
        doctor.pull([&](const ServerReply &reply) {
            pulling = false;
            if (!reply.ok())
                return;
            doctor.takeCursors(reply.message.body);
            if (!waitingFor.isEmpty() && reply.message.encode().contains(waitingFor.toUtf8())) {
                samples << double(clock.nsecsElapsed() - sentNs) / 1e6;
                waitingFor.clear();
            }
            if (again || reply.message.body.value(u"more"_s).toBool()) {
                again = false;
                pullNow();
            }
        });
    };
    QObject::connect(doctor.connection.get(), &ServerConnection::poked, doctor.connection.get(),
                     [&] {
                         if (pulling)
                             again = true;
                         else
                             pullNow();
                     });
    const qint64 start = Clock::system().nowMs() - qint64(readings) * 60'000;
    int confirmed = 0;
    for (int i = 0; i < readings; ++i) {
        const bool high = i % 5 == 4;
        waitingFor = newRowId(Clock::system());
        sentNs = clock.nsecsElapsed();
        const QCborMap args { { u"id"_s, waitingFor },
                              { u"patient_id"_s, patient.accountId },
                              { u"kind"_s, u"blood_pressure"_s },
                              { u"value"_s, high ? 165.0 : 125.0 + i % 7 },
                              { u"diastolic"_s, high ? 98.0 : 80.0 },
                              { u"pulse"_s, 70.0 },
                              { u"entered_unit"_s, u"mmHg"_s },
                              { u"taken_at"_s, start + qint64(i) * 60'000 },
                              { u"source"_s, u"device"_s },
                              { u"device_name"_s, u"Omron M7"_s } };
        if (patient.push(u"vital.record"_s, args) == u"confirmed")
            ++confirmed;
        pushMs << double(clock.nsecsElapsed() - sentNs) / 1e6;
        waitUntil([&] { return waitingFor.isEmpty(); }, 5000, 1);
        waitUntil([] { return false; }, interval, 1);
    }
    const bench::Spread seen = bench::spreadOf(samples);
    const bench::Spread pushed = bench::spreadOf(pushMs);
    std::printf("push        %7d readings confirmed: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                confirmed, pushed.p50, pushed.p99, pushed.max);
    std::printf("doctor sees %7d readings (poke + pull): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                "max %.2f ms   (target p99 < 1000)\n",
                seen.count, seen.p50, seen.p95, seen.p99, seen.max);
    std::printf("decoding throughput per GATT characteristic: see gatt_bench\n");
    return bench::stopAndReport(server);
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
