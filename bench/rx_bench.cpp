// rx_bench: the prescribing check (core/pharmacy) against the whole shipped reference data, for
// a patient on 20 medications with 3 allergies (issue 15; docs/pharmacy.md quotes the figures).
// Pure computation on one thread; prints figures, asserts nothing.
//
//   rx_bench [--checks 10000] [--reference DIR] [--queue 10000] [--dispenses 200]
//            [--server <clinic-sync-server>]
//
// The patient takes 20 common medicines (those of the list below the data has, then every
// n-th drug of the set to make up 20) and is allergic to penicillin, sulfa and NSAIDs. Each
// check is one medicine being prescribed (every drug of the set in turn, those the patient
// takes excepted) against the 20 and the 3 allergies: interactions and allergies, findings
// built and sorted. Target: p99 < 5 ms. A second figure is the whole regimen reviewed at once
// (each of the 20 against the other 19 and the allergies), as a pharmacist's review would.
//
// The pharmacy's side (rx-stock, docs/pharmacy.md "Stock and dispensing"):
// - the pharmacist's queue: --queue prescriptions with their fills in an encrypted client store
//   (SQLCipher, as on a pharmacist's computer), opened (every fill, joined with its
//   prescription) and filtered (by status; by a search on patient or drug) through
//   InventoryRepository, each timed 30 times. Target: < 100 ms.
// - the dispense round trip: the real clinic-sync-server binary on loopback TLS, its embedded
//   store seeded with a pharmacy, its pharmacist, --dispenses ready fills and stock in five
//   lots; the pharmacist's session pushes rx.fill.dispense for each fill, one per push, and the
//   time from push to the confirmed outcome is one sample (FEFO across the lots, the stock
//   rows and the audit entry written in the server's transaction).

#include "accountrepository.h"
#include "benchsupport.h"
#include "mutations/syncedtables.h"
#include "pharmacy/inventoryrepository.h"
#include "pharmacy/medicationcheck.h"
#include "pharmacy/referencedata.h"
#include "serverdatabase.h"
#include "storage/encryptedstore.h"
#include "sync/serverconnection.h"
#include "syncservice.h"
#include "util/clock.h"
#include "util/rowid.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <optional>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;

void report(const char *what, const QList<double> &samples)
{
    const bench::Spread s = bench::spreadOf(samples);
    std::printf("%-44s n=%-6d p50 %.3f ms  p95 %.3f ms  p99 %.3f ms  max %.3f ms\n", what, s.count,
                s.p50, s.p95, s.p99, s.max);
}

const QString password = u"Tide-Lamp-Orbit-77"_s;
const QString pharmacyId = u"ph-central"_s;

// --- the pharmacist's queue in a client store ---------------------------------------------------

bool exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return query.exec();
}

int queueBench(int prescriptions)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::minimum(); // the key's cost is not what is measured
    auto store = EncryptedStore::create(dir.filePath(u"pharmacist.db"_s),
                                        SecureBytes::fromUtf8(password), options);
    if (!store) {
        std::fprintf(stderr, "rx_bench: %s\n", qPrintable(store.error().fullText()));
        return 1;
    }
    QSqlDatabase db = (*store)->database();
    const QStringList given { u"Ana"_s,   u"Rui"_s,   u"Maria"_s, u"João"_s,  u"Inês"_s,
                              u"Pedro"_s, u"Sofia"_s, u"Tiago"_s, u"Marta"_s, u"Luís"_s };
    const QStringList family { u"Silva"_s,    u"Santos"_s, u"Ferreira"_s,  u"Pereira"_s,
                               u"Oliveira"_s, u"Costa"_s,  u"Rodrigues"_s, u"Martins"_s,
                               u"Jesus"_s,    u"Sousa"_s,  u"Fernandes"_s, u"Gonçalves"_s };
    const QStringList statuses { u"new"_s,       u"in_progress"_s, u"ready"_s,    u"dispensed"_s,
                                 u"dispensed"_s, u"dispensed"_s,   u"rejected"_s, u"returned"_s };
    const Result<ReferenceData> &reference = ReferenceData::shipped();
    if (!reference)
        return 1;
    const auto &drugs = reference->drugs();
    QElapsedTimer fillTimer;
    fillTimer.start();
    db.transaction();
    QSqlQuery rx(db), fill(db);
    rx.prepare(u"INSERT INTO prescription (id, updated_at, patient_id, prescriber_id, "
               u"prescriber_name, pharmacy_id, patient_name, patient_birth_date, "
               u"patient_allergies, drug_id, drug_name, strength, form, dose, directions, "
               u"quantity, refills, issued_at, key_fingerprint, signature) "
               u"VALUES (?, 0, ?, 'dr-1', 'Dr Lima', ?, ?, '1970-01-01', 'penicillin (rash)', "
               u"?, ?, '5 mg', 'tablet', '1 tablet', 'once a day', 30, 2, ?, "
               u"'0123456789abcdef0123456789abcdef', ?)"_s);
    fill.prepare(u"INSERT INTO prescription_fill (id, updated_at, prescription_id, patient_id, "
                 u"prescriber_id, pharmacy_id, number, status, created_at, status_at) "
                 u"VALUES (?, 0, ?, ?, 'dr-1', ?, 1, ?, ?, ?)"_s);
    const qint64 start = Clock::system().nowMs() - qint64(prescriptions) * 60'000;
    for (int i = 0; i < prescriptions; ++i) {
        const QString id = u"rx-%1"_s.arg(i, 6, 10, QChar(u'0'));
        const QString patient = u"pt-%1"_s.arg(i % 3000);
        const QString name = given.at(i % given.size()) + u' ' + family.at((i / 7) % family.size());
        const Drug &drug = drugs.at(size_t(i) % drugs.size());
        const qint64 at = start + qint64(i) * 60'000;
        if (!exec(rx,
                  { id, patient, pharmacyId, name, drug.id, drug.name(), at, QString(88, u'A') })
            || !exec(fill,
                     { QString(id + u"#1"_s), id, patient, pharmacyId,
                       statuses.at(i % statuses.size()), at, at })) {
            std::fprintf(stderr, "rx_bench: %s\n", qPrintable(rx.lastError().text()));
            return 1;
        }
    }
    db.commit();
    std::printf("\npharmacist's queue: %d prescriptions with their fills written in %.0f ms "
                "(encrypted client store)\n",
                prescriptions, double(fillTimer.nsecsElapsed()) / 1e6);

    const auto time = [&](const char *what, const FillFilter &filter) {
        QList<double> samples;
        qsizetype rows = 0;
        QElapsedTimer timer;
        for (int i = 0; i < 30; ++i) {
            timer.start();
            auto fills = InventoryRepository::queue(db, pharmacyId, filter);
            samples.append(double(timer.nsecsElapsed()) / 1e6);
            if (!fills) {
                std::fprintf(stderr, "rx_bench: %s\n", qPrintable(fills.error().fullText()));
                return false;
            }
            rows = fills->size();
        }
        char label[64];
        std::snprintf(label, sizeof label, "%s (%lld rows)", what, qlonglong(rows));
        report(label, samples);
        return true;
    };
    // As the page reads it now (ui/pharmacy/dispensingpage): the list's columns only, a page of
    // InventoryRepository::queuePageRows rows at a time, plus the counts by status.
    const auto timePage = [&](const char *what, FillFilter filter, bool counts) {
        QList<double> samples;
        qsizetype rows = 0;
        bool more = false;
        QElapsedTimer timer;
        for (int i = 0; i < 30; ++i) {
            timer.start();
            auto page = InventoryRepository::queuePage(db, pharmacyId, filter);
            if (counts) {
                auto byStatus = InventoryRepository::queueCounts(db, pharmacyId);
                if (!byStatus) {
                    std::fprintf(stderr, "rx_bench: %s\n", qPrintable(byStatus.error().fullText()));
                    return false;
                }
            }
            samples.append(double(timer.nsecsElapsed()) / 1e6);
            if (!page) {
                std::fprintf(stderr, "rx_bench: %s\n", qPrintable(page.error().fullText()));
                return false;
            }
            rows = page->fills.size();
            more = page->more;
        }
        char label[80];
        std::snprintf(label, sizeof label, "%s (%lld rows%s)", what, qlonglong(rows),
                      more ? ", more" : "");
        report(label, samples);
        return true;
    };
    const int pageRows = InventoryRepository::queuePageRows;
    const QStringList open = InventoryRepository::openFillStatuses();
    std::printf("the page's reads (list columns, %d rows a page):\n", pageRows);
    if (!timePage("page: open statuses + counts", { open, {}, pageRows }, true)
        || !timePage("page: open statuses, no limit", { open, {}, 0 }, false)
        || !timePage("page: counts by status only", { open, {}, 1 }, true))
        return 1;
    for (const QString &status :
         { u"new"_s, u"in_progress"_s, u"ready"_s, u"returned"_s, u"dispensed"_s, u"rejected"_s }) {
        const QByteArray label = "page: status " + status.toUtf8();
        if (!timePage(label.constData(), { { status }, {}, pageRows }, false))
            return 1;
    }
    if (!timePage("page: all (first page)", { {}, {}, pageRows }, false)
        || !timePage("page: all, shown more once", { {}, {}, 2 * pageRows }, false)
        || !timePage("page: all, every fill", { {}, {}, 0 }, false)
        || !timePage("page: open + search \"maria s\"", { open, u"maria s"_s, pageRows }, false)
        || !timePage("page: all + search \"maria s\"", { {}, u"maria s"_s, pageRows }, false)
        || !timePage("page: all + search \"amlo\"", { {}, u"amlo"_s, pageRows }, false))
        return 1;
    std::printf("the repository's whole rows (FillView, 29 columns):\n");
    if (!time("queue opened: every fill", {})
        || !time("queue opened: the newest 500", { {}, {}, 500 })
        || !time("queue filtered: ready", { { u"ready"_s }, {}, 0 })
        || !time("queue filtered: open statuses",
                 { { u"new"_s, u"in_progress"_s, u"ready"_s }, {}, 0 })
        || !time("queue searched: patient \"maria s\"", { {}, u"maria s"_s, 0 })
        || !time("queue searched: drug + status", { { u"new"_s }, u"amlo"_s, 0 }))
        return 1;
    std::printf("target: queue opened and filtered < 100 ms\n");
    return 0;
}

// --- the dispense round trip through the real server --------------------------------------------

struct Session
{
    std::unique_ptr<ServerConnection> connection;
    QString clientId = newRowId(Clock::system());
    qint64 nextNumber = 1;

    bool open(const ServerAddress &address, const QString &pin, const QString &username)
    {
        connection = std::make_unique<ServerConnection>(u"rx_bench"_s);
        connection->setPinnedFingerprint(pin);
        connection->connectTo(address);
        if (!bench::waitUntil([&] { return connection->state() == ServerConnection::State::Ready; },
                              30000))
            return false;
        bool done = false;
        connection->signIn(username, password, {}, [&](const ServerReply &) { done = true; });
        bench::waitUntil([&] { return done; }, 60000);
        return connection->state() == ServerConnection::State::SignedIn;
    }

    // One mutation in a push of its own: its outcome's status and reason.
    std::pair<QString, QString> push(const QString &name, const QCborMap &args)
    {
        std::optional<ServerReply> reply;
        const QCborMap mutation { { u"n"_s, nextNumber++ },
                                  { u"name"_s, name },
                                  { u"args"_s, args } };
        connection->request(
                u"push"_s,
                { { u"client"_s, clientId }, { u"mutations"_s, QCborArray { mutation } } },
                [&](const ServerReply &r) { reply = r; });
        if (!bench::waitUntil([&] { return reply.has_value(); }, 30000) || !reply->ok())
            return {};
        const QCborMap outcome = reply->message.body.value(u"outcomes"_s).toArray().first().toMap();
        return { outcome.value(u"status"_s).toString(), outcome.value(u"reason"_s).toString() };
    }
};

// Every column of a new row the caller leaves out, as the migration's default would be.
QCborMap complete(const QString &table, QCborMap columns)
{
    if (const SyncedTable *synced = SyncedTables::find(table)) {
        for (const SyncedColumn &column : synced->columns) {
            if (columns.contains(column.name) || column.name == u"id"
                || column.type == ColumnType::Date)
                continue;
            if (column.type == ColumnType::Text)
                columns.insert(column.name, QString());
            else if (column.type == ColumnType::Boolean)
                columns.insert(column.name, false);
            else
                columns.insert(column.name, 0);
        }
    }
    return columns;
}

// The pharmacy, its pharmacist, stock in five lots and `fills` ready fills, written in the
// server's store as the server would (rx.prescribe and pharmacy.member.set are rx-core's).
bool seed(const QString &dataDir, int fills)
{
    auto db = ServerDatabase::open(dataDir, {});
    if (!db) {
        std::fprintf(stderr, "rx_bench: %s\n", qPrintable(db.error().fullText()));
        return false;
    }
    AccountRepository accounts((*db)->database());
    auto kim = accounts.findByUsername(u"pharm.kim"_s);
    auto doctor = accounts.findByUsername(u"dr.lima"_s);
    auto patient = accounts.findByUsername(u"ana"_s);
    if (!kim || !*kim || !doctor || !*doctor || !patient || !*patient)
        return false;
    const QString kimId = (**kim).id, doctorId = (**doctor).id, patientId = (**patient).id;
    const qint64 now = Clock::system().nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QString itemId =
            InventoryRepository::stockItemId(pharmacyId, u"amlodipine"_s, u"5 mg"_s, u"tablet"_s);
    SyncService sync((*db)->database(), Clock::system());
    auto kept = sync.writeAsServer(
            { u"system"_s, Role::Admin, u"Clinic"_s },
            [&](MutationContext &c, WriteTransaction &) -> Result<void> {
                const auto put = [&](const QString &table, const QString &id,
                                     const QCborMap &columns) {
                    return c.put(table, id, complete(table, columns));
                };
                if (auto r = put(u"pharmacy"_s, pharmacyId,
                                 { { u"name"_s, u"Farmacia Central"_s }, { u"active"_s, true } });
                    !r)
                    return r;
                if (auto r = put(u"pharmacy_member"_s, kimId,
                                 { { u"pharmacy_id"_s, pharmacyId }, { u"staff_id"_s, kimId } });
                    !r)
                    return r;
                if (auto r = put(u"stock_item"_s, itemId,
                                 { { u"pharmacy_id"_s, pharmacyId },
                                   { u"drug_id"_s, u"amlodipine"_s },
                                   { u"drug_name"_s, u"amlodipine"_s },
                                   { u"strength"_s, u"5 mg"_s },
                                   { u"form"_s, u"tablet"_s },
                                   { u"reorder_level"_s, 100 } });
                    !r)
                    return r;
                // Five lots, the first expired: a dispense reads them all and takes FEFO.
                for (int l = 0; l < 5; ++l) {
                    if (auto r =
                                put(u"stock_lot"_s, u"lot-%1"_s.arg(l),
                                    { { u"pharmacy_id"_s, pharmacyId },
                                      { u"item_id"_s, itemId },
                                      { u"lot_number"_s, u"AM-%1"_s.arg(l) },
                                      { u"expiry_date"_s,
                                        today.addDays(l == 0 ? -3 : 30 * l).toString(Qt::ISODate) },
                                      { u"quantity"_s, qint64(fills) * 30 / 4 + 30 },
                                      { u"received_at"_s, now } });
                        !r)
                        return r;
                }
                for (int i = 0; i < fills; ++i) {
                    const QString id = u"rx-%1"_s.arg(i);
                    if (auto r = put(u"prescription"_s, id,
                                     { { u"patient_id"_s, patientId },
                                       { u"prescriber_id"_s, doctorId },
                                       { u"pharmacy_id"_s, pharmacyId },
                                       { u"patient_name"_s, u"Ana Lima"_s },
                                       { u"drug_id"_s, u"amlodipine"_s },
                                       { u"drug_name"_s, u"amlodipine"_s },
                                       { u"strength"_s, u"5 mg"_s },
                                       { u"form"_s, u"tablet"_s },
                                       { u"quantity"_s, 30 },
                                       { u"refills"_s, 0 },
                                       { u"issued_at"_s, now },
                                       { u"status"_s, u"active"_s } });
                        !r)
                        return r;
                    if (auto r = put(u"prescription_fill"_s, id + u"#1"_s,
                                     { { u"prescription_id"_s, id },
                                       { u"patient_id"_s, patientId },
                                       { u"prescriber_id"_s, doctorId },
                                       { u"pharmacy_id"_s, pharmacyId },
                                       { u"number"_s, 1 },
                                       { u"status"_s, u"ready"_s },
                                       { u"created_at"_s, now },
                                       { u"status_at"_s, now } });
                        !r)
                        return r;
                }
                return {};
            });
    if (!kept)
        std::fprintf(stderr, "rx_bench: seeding: %s\n", qPrintable(kept.error().fullText()));
    return bool(kept);
}

int dispenseBench(const QString &binary, int fills)
{
    QTemporaryDir dir;
    const QString dataDir = dir.filePath(u"server"_s);
    const QStringList store { u"--data-dir"_s, dataDir };
    if (!bench::runCommand(binary, QStringList { u"init"_s, u"--admin"_s, u"admin"_s } + store,
                           password))
        return 1;
    for (const auto &[name, role] :
         { std::pair { u"ana"_s, u"patient"_s }, std::pair { u"dr.lima"_s, u"doctor"_s },
           std::pair { u"pharm.kim"_s, u"pharmacist"_s } }) {
        QStringList extra;
        if (role == u"doctor")
            extra << u"--licence"_s << u"OM-1"_s << u"--specialty"_s << u"Cardiology"_s;
        if (!bench::runCommand(
                    binary,
                    QStringList { u"user"_s, u"add"_s, u"--username"_s, name, u"--role"_s, role }
                            + extra + store,
                    password))
            return 1;
    }
    if (!seed(dataDir, fills))
        return 1;
    bench::ServerProcess server;
    if (!server.start(binary, dataDir, QString(), bench::capacityLimits()))
        return 1;
    const auto address = ServerAddress::parse(server.url());
    if (!address)
        return 1;
    std::printf("\ndispense round trip: server %s at %s, embedded store (SQLCipher, WAL, "
                "synchronous=FULL); %d ready fills of 30 units, stock in 5 lots (1 expired)\n",
                qPrintable(server.name()), qPrintable(server.url()), fills);
    Session kim;
    if (!kim.open(*address, server.fingerprint(), u"pharm.kim"_s)) {
        std::printf("could not sign in\n");
        return bench::stopAndReport(server);
    }
    QList<double> samples;
    QElapsedTimer timer;
    int confirmed = 0;
    for (int i = 0; i < fills; ++i) {
        timer.start();
        const auto [status, reason] =
                kim.push(u"rx.fill.dispense"_s, { { u"id"_s, u"rx-%1#1"_s.arg(i) } });
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (status == u"confirmed")
            ++confirmed;
        else if (i < 3 || i == fills - 1)
            std::printf("  dispense %d: %s %s\n", i, qPrintable(status), qPrintable(reason));
    }
    char label[64];
    std::snprintf(label, sizeof label, "dispense push to confirmed (%d confirmed)", confirmed);
    report(label, samples);
    return bench::stopAndReport(server);
}

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption checksOption(u"checks"_s, u"Checks to time."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption referenceOption(
            u"reference"_s, u"A reference data directory instead of the shipped set."_s, u"dir"_s);
    const QCommandLineOption queueOption(u"queue"_s,
                                         u"Prescriptions in the pharmacist's queue (0: skip)."_s,
                                         u"n"_s, u"10000"_s);
    const QCommandLineOption dispensesOption(
            u"dispenses"_s, u"Dispenses through the real server (0: skip)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption serverOption(u"server"_s, u"The clinic-sync-server binary."_s,
                                          u"path"_s, QStringLiteral(CLINIC_SERVER_BINARY));
    parser.addOptions(
            { checksOption, referenceOption, queueOption, dispensesOption, serverOption });
    parser.process(app);
    const int checks = qMax(1, parser.value(checksOption).toInt());

    QElapsedTimer loadTimer;
    loadTimer.start();
    const Result<ReferenceData> loaded = parser.isSet(referenceOption)
            ? ReferenceData::load(parser.value(referenceOption))
            : ReferenceData::load();
    const double loadMs = double(loadTimer.nsecsElapsed()) / 1e6;
    if (!loaded) {
        std::fprintf(stderr, "rx_bench: %s\n", qPrintable(loaded.error().fullText()));
        return 1;
    }
    const ReferenceData &data = *loaded;
    const auto &drugs = data.drugs();
    if (drugs.size() < 21) {
        std::fprintf(stderr, "rx_bench: the reference data has %zu drugs; 21 are needed\n",
                     drugs.size());
        return 1;
    }

    QList<const Drug *> medications;
    for (const char *name :
         { "warfarin",       "metformin",    "atorvastatin",  "amlodipine",  "ramipril",
           "bisoprolol",     "omeprazole",   "levothyroxine", "sertraline",  "furosemide",
           "spironolactone", "digoxin",      "allopurinol",   "tramadol",    "gabapentin",
           "salbutamol",     "prednisolone", "clopidogrel",   "simvastatin", "amiodarone" }) {
        const Drug *d = data.findDrug(QString::fromUtf8(name));
        if (d && !medications.contains(d))
            medications.append(d);
    }
    for (size_t i = 0; medications.size() < 20 && i < drugs.size(); i += drugs.size() / 20 + 1)
        if (!medications.contains(&drugs[i]))
            medications.append(&drugs[i]);
    for (size_t i = 0; medications.size() < 20 && i < drugs.size(); ++i)
        if (!medications.contains(&drugs[i]))
            medications.append(&drugs[i]);
    const QStringList allergies { u"penicillin"_s, u"sulfa"_s, u"NSAIDs"_s };
    QList<const Drug *> candidates;
    for (const Drug &d : drugs)
        if (!medications.contains(&d))
            candidates.append(&d);

    std::printf("reference data %s: %zu drugs, %zu classes, %zu allergy classes, %zu "
                "interactions; loaded and indexed in %.1f ms\n",
                qPrintable(data.version()), drugs.size(), data.classes().size(),
                data.allergyClasses().size(), data.interactions().size(), loadMs);
    std::printf("patient: %lld medications, allergies %s\n", qlonglong(medications.size()),
                qPrintable(allergies.join(u", "_s)));

    const MedicationCheck check(data);
    qint64 findings = 0;
    QList<double> samples;
    samples.reserve(checks);
    QElapsedTimer timer;
    for (int i = 0; i < checks; ++i) {
        const Drug &drug = *candidates.at(i % candidates.size());
        timer.start();
        const MedicationCheckResult result = check.check(drug, medications, allergies);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        findings += result.findings.size();
    }
    report("prescribing check (1 drug vs 20 + 3 allergies)", samples);
    std::printf("  %.2f findings per check on average\n", double(findings) / checks);

    QList<double> reviews;
    const int reviewRuns = qMax(1, checks / 20);
    for (int i = 0; i < reviewRuns; ++i) {
        timer.start();
        for (const Drug *d : std::as_const(medications))
            findings += check.check(*d, medications, allergies).findings.size();
        reviews.append(double(timer.nsecsElapsed()) / 1e6);
    }
    report("regimen review (each of 20 vs the rest)", reviews);
    std::printf("target: prescribing check p99 < 5 ms\n");

    if (parser.value(queueOption).toInt() > 0)
        if (const int failed = queueBench(parser.value(queueOption).toInt()); failed)
            return failed;
    if (parser.value(dispensesOption).toInt() > 0)
        return dispenseBench(parser.value(serverOption), parser.value(dispensesOption).toInt());
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
