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
//
//   vitals_bench --monitoring [--patients 200] [--every-min 60] [--runs 5]
//
// The Monitoring page's read in a client store: a doctor with --patients care-team patients,
// each with a month of readings of all six kinds (one every --every-min minutes), thresholds and
// an open alert on every tenth. Times, median of --runs, the read as it was (one look-up per
// patient and kind, one alerts query and one profile and thresholds query per patient) and as
// it is (VitalRepository::monitoring: four statements), each on a connection just opened (cold
// pages) and again (warm).

#include "benchsupport.h"
#include "crypto/securebytes.h"
#include "domain/careteamrepository.h"
#include "domain/patientrepository.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"
#include "vitals/vitalrepository.h"
#include "sync/serverconnection.h"
#include "util/clock.h"
#include "util/rowid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>
#include <QTemporaryDir>

#include <cmath>
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

// --- the Monitoring page's read ------------------------------------------------------------

bool execSql(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

bool seedMonitoring(QSqlDatabase db, const QString &doctor, int patients, int everyMin,
                    qint64 nowMs)
{
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return false;
    QSqlQuery patient(db), team(db), reading(db), threshold(db), alert(db);
    patient.prepare(u"INSERT INTO patient (id, updated_at, family_name, given_name) "
                    u"VALUES (?, 1, ?, ?)"_s);
    team.prepare(u"INSERT INTO care_team (id, updated_at, patient_id, staff_id, staff_name, "
                 u"staff_role) VALUES (?, 1, ?, ?, 'Dr Bench', 'doctor')"_s);
    reading.prepare(u"INSERT INTO vital_reading (id, updated_at, patient_id, kind, value, "
                    u"diastolic, entered_unit, taken_at, source) "
                    u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'device')"_s);
    threshold.prepare(u"INSERT INTO vital_threshold (id, updated_at, patient_id, kind, low, high, "
                      u"set_by, set_at) VALUES (?, 1, ?, ?, ?, ?, ?, 1)"_s);
    alert.prepare(u"INSERT INTO vital_alert (id, updated_at, patient_id, kind, direction, "
                  u"reading_id, summary, opened_at) VALUES (?, 1, ?, ?, 'high', 'r', ?, ?)"_s);
    const qint64 stepMs = qint64(everyMin) * 60'000;
    const qint64 count = 30LL * 24 * 60 / everyMin;
    const struct
    {
        const char *kind;
        const char *unit;
        double value;
        double low, high;
    } kinds[] = { { "blood_pressure", "mmHg", 125, 90, 140 }, { "heart_rate", "bpm", 70, 45, 110 },
                  { "temperature", "°C", 36.8, 35, 38.5 },    { "glucose", "mmol/L", 5.6, 3.9, 10 },
                  { "spo2", "%", 97, 92, 100 },               { "weight", "kg", 72.4, 40, 120 } };
    for (int p = 0; p < patients; ++p) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!execSql(patient, { id, u"Patient %1"_s.arg(p, 3, 10, QChar(u'0')), u"Bench"_s })
            || !execSql(team, { QUuid::createUuid().toString(QUuid::WithoutBraces), id, doctor }))
            return false;
        for (const auto &k : kinds) {
            const QString kind = QString::fromLatin1(k.kind);
            for (qint64 i = 0; i < count; ++i) {
                const qint64 at = nowMs - (count - i) * stepMs;
                const double value = k.value * (1 + 0.03 * std::sin(double(i + p) / 17));
                if (!execSql(reading,
                             { QUuid::createUuid().toString(QUuid::WithoutBraces), at, id, kind,
                               value, kind == u"blood_pressure" ? QVariant(80.0) : QVariant(),
                               QString::fromUtf8(k.unit), at }))
                    return false;
            }
            if (!execSql(threshold, { QString(id + u':' + kind), id, kind, k.low, k.high, doctor }))
                return false;
        }
        if (p % 10 == 0
            && !execSql(alert, { QUuid::createUuid().toString(QUuid::WithoutBraces), id,
                                 u"blood_pressure"_s, u"182/112 mmHg"_s, nowMs - 3'600'000 }))
            return false;
    }
    return transaction->commit().ok();
}

// The read as the page did it until 2026-12-08, on the window's thread.
qint64 readPerPatient(QSqlDatabase db, const QString &doctor, qint64 sinceMs)
{
    auto ids = CareTeamRepository::patientsOf(db, doctor);
    if (!ids)
        return -1;
    auto latest = VitalRepository::latest(db, *ids);
    auto alerts = VitalRepository::alerts(db, *ids, sinceMs);
    const PatientRepository patients(db);
    qint64 found = 0;
    for (const QString &id : std::as_const(*ids)) {
        auto patient = patients.find(id);
        auto thresholds = VitalRepository::thresholds(db, id);
        found += patient && thresholds ? 1 : 0;
    }
    return latest && alerts ? latest->size() + found : -1;
}

qint64 readSetBased(QSqlDatabase db, const QString &doctor, qint64 sinceMs)
{
    auto snapshot = VitalRepository::monitoring(db, doctor, sinceMs);
    return snapshot ? snapshot->latest.size() + snapshot->patients.size() : -1;
}

int benchMonitoring(int patients, int everyMin, int runs)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::minimum(); // the key's cost is not what is measured
    auto created = EncryptedStore::create(dir.filePath(u"monitoring.db"_s),
                                          SecureBytes::fromUtf8(u"bench"), options);
    if (!created) {
        std::printf("store: %s\n", qPrintable(created.error().fullText()));
        return 1;
    }
    std::shared_ptr<EncryptedStore> store = std::move(created).value();
    const QString doctor = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = Clock::system().nowMs();
    QElapsedTimer timer;
    timer.start();
    if (!seedMonitoring(store->database(), doctor, patients, everyMin, now)) {
        std::printf("seeding failed\n");
        return 1;
    }
    const qint64 perKind = 30LL * 24 * 60 / everyMin;
    std::printf("monitoring: %d patients x 6 kinds x %lld readings (a month, every %d min) = "
                "%lld readings written in %lld ms\n",
                patients, perKind, everyMin, qint64(patients) * 6 * perKind, timer.elapsed());
    const qint64 since = now - 7LL * 24 * 3600 * 1000;
    using Read = qint64 (*)(QSqlDatabase, const QString &, qint64);
    const std::pair<const char *, Read> reads[] = { { "per patient and kind (before)",
                                                      &readPerPatient },
                                                    { "set-based, 4 statements (now)",
                                                      &readSetBased } };
    for (const auto &[name, read] : reads) {
        QList<double> cold, warm;
        qint64 answer = 0;
        for (int r = 0; r < runs; ++r) {
            auto sibling = store->openSibling(); // a connection of its own: cold pages
            if (!sibling)
                return 1;
            const QSqlDatabase db = (*sibling)->database();
            timer.restart();
            answer = read(db, doctor, since);
            cold << double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            answer = read(db, doctor, since);
            warm << double(timer.nsecsElapsed()) / 1e6;
        }
        std::printf("monitoring read, %-32s cold p50 %8.1f ms (max %8.1f), warm p50 %8.1f ms "
                    "(max %8.1f)  [%lld rows]\n",
                    name, bench::spreadOf(cold).p50, bench::spreadOf(cold).max,
                    bench::spreadOf(warm).p50, bench::spreadOf(warm).max, answer);
    }
    return 0;
}

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
    const QCommandLineOption monitoringOption(u"monitoring"_s,
                                              u"Time the Monitoring page's read instead."_s);
    const QCommandLineOption patientsOption(u"patients"_s, u"Care-team patients."_s, u"n"_s,
                                            u"200"_s);
    const QCommandLineOption everyOption(u"every-min"_s, u"Minutes between readings."_s,
                                         u"minutes"_s, u"60"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each read."_s, u"n"_s, u"5"_s);
    parser.addOptions({ readingsOption, intervalOption, serverOption, monitoringOption,
                        patientsOption, everyOption, runsOption });
    parser.process(app);
    if (parser.isSet(monitoringOption))
        return benchMonitoring(qBound(1, parser.value(patientsOption).toInt(), 5000),
                               qBound(1, parser.value(everyOption).toInt(), 1440),
                               qBound(1, parser.value(runsOption).toInt(), 50));
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
