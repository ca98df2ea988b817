// store_bench: the cost of encryption. The same workload on the encrypted store and on the
// same library (SQLCipher) with no key, through the same QSQLCIPHER driver and the client
// schema (FTS4 triggers included). Prints figures; asserts nothing.
//
//   store_bench [--rows 100000] [--lookups 10000] [--searches 1000] [--updates 10000]
//               [--batch 1000] [--rounds 3] [--dir <path>]
//
// Each round builds both stores afresh; rounds alternate which goes first, and the medians
// are printed, because single runs on a busy 2-core machine vary by a third.

#include "domain/patientrepository.h"
#include "storage/encryptedstore.h"
#include "storage/migrations.h"
#include "storage/sqlcipherdriver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace clinic;

namespace {

struct Workload
{
    int rows = 100000;
    int lookups = 10000;
    int searches = 1000;
    int updates = 10000;
    int batch = 1000;
};

struct Figures
{
    double insertMs = 0, lookupMs = 0, searchMs = 0, updateMs = 0;
    qint64 bytes = 0;
    qint64 searchHits = 0;
};

const char *const givenNames[] = {
    "Maria", "José",  "Amina", "Wei",   "Olga",   "Liam", "Fatima", "Noah",    "Sofía", "Arjun",
    "Chloé", "Mateo", "Aiko",  "Kwame", "Ingrid", "Omar", "Lucía",  "Hiroshi", "Zoë",   "Emeka",
    "Priya", "Lars",  "Yusuf", "Elena", "Tomás",  "Mei",  "Ngozi",  "Pierre",  "Anya",  "Diego",
};
const char *const familyNames[] = {
    "García", "Okafor",  "Li",      "Müller",    "Smith",    "Kowalski",  "Nakamura", "Haddad",
    "Singh",  "Rossi",   "Dubois",  "Andersson", "Mensah",   "Fernández", "Ivanova",  "Chen",
    "Silva",  "O'Brien", "Kim",     "Nguyen",    "Schmidt",  "Popescu",   "Hassan",   "Jensen",
    "Costa",  "Moreau",  "Adeyemi", "Novak",     "Yamamoto", "Petrov",    "Martínez", "Brown",
    "Khan",   "Larsen",  "Santos",  "Weber",     "Abdi",     "Horvat",    "Tanaka",   "Romero",
};
const char *const cities[] = { "Lisbon", "Porto", "Madrid", "Lyon", "Berlin", "Accra", "Osaka" };
const char *const languages[] = { "pt", "es", "fr", "de", "en", "ar", "ja" };

template<typename T, size_t N>
const char *pick(T (&list)[N], std::mt19937 &random)
{
    return list[std::uniform_int_distribution<size_t>(0, N - 1)(random)];
}

QString idFor(int row)
{
    // Deterministic UUID-shaped ids, so both runs and their lookups use the same keys.
    return QStringLiteral("7d1e%1-0000-4000-8000-%2")
            .arg(row, 4, 16, QLatin1Char('0'))
            .arg(qulonglong(row) * 2654435761u % 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

bool check(const Result<void> &result, const char *what)
{
    if (!result)
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(result.error().fullText()));
    return result.ok();
}

Patient makePatient(int row, std::mt19937 &random)
{
    Patient p;
    p.id = idFor(row);
    p.updatedAt = qint64(1763800000000) + row;
    p.updatedBy = QStringLiteral("bench");
    p.familyName = QString::fromUtf8(pick(familyNames, random));
    p.givenName = QString::fromUtf8(pick(givenNames, random));
    p.birthDate = QDate(1930, 1, 1).addDays(std::uniform_int_distribution<int>(0, 33000)(random));
    p.sex = row % 2 ? QStringLiteral("female") : QStringLiteral("male");
    p.phone = QStringLiteral("+351 21 %1").arg(1000000 + row);
    p.email = p.givenName.toLower() + u'.' + QString::number(row) + u"@example.org";
    p.addressLine = QStringLiteral("%1 Rua das Flores, apt %2").arg(row % 900 + 1).arg(row % 40);
    p.city = QString::fromUtf8(pick(cities, random));
    p.postalCode =
            QStringLiteral("%1-%2").arg(1000 + row % 8999).arg(row % 999, 3, 10, QLatin1Char('0'));
    p.country = QStringLiteral("PT");
    p.preferredLanguage = QString::fromUtf8(pick(languages, random));
    return p;
}

// Runs body(transaction, i) for i in [0, count), committing every `batch` operations.
template<typename Body>
bool inBatches(QSqlDatabase db, int count, int batch, Body body)
{
    for (int start = 0; start < count; start += batch) {
        auto transaction = WriteTransaction::begin(db);
        if (!transaction)
            return check(transaction.error(), "begin");
        for (int i = start; i < qMin(count, start + batch); ++i) {
            if (!body(transaction.value(), i))
                return false;
        }
        if (!check(transaction->commit(), "commit"))
            return false;
    }
    return true;
}

bool insertRows(QSqlDatabase db, const Workload &work)
{
    std::mt19937 random(20261122);
    PatientRepository patients(db);
    return inBatches(db, work.rows, work.batch, [&](WriteTransaction &transaction, int row) {
        return check(patients.insert(transaction, makePatient(row, random)), "insert");
    });
}

bool lookups(QSqlDatabase db, const Workload &work)
{
    std::mt19937 random(7);
    const PatientRepository patients(db);
    for (int i = 0; i < work.lookups; ++i) {
        auto found =
                patients.find(idFor(std::uniform_int_distribution<int>(0, work.rows - 1)(random)));
        if (!found || !found.value())
            return check(
                    found ? Result<void>(makeError(ErrorCode::Unknown, QStringLiteral("not found")))
                          : Result<void>(found.error()),
                    "lookup");
    }
    return true;
}

bool searches(QSqlDatabase db, const Workload &work, qint64 *hits)
{
    // Name-prefix search as a user types: the first 3 letters, the first 50 results shown.
    std::mt19937 random(11);
    const PatientRepository patients(db);
    for (int i = 0; i < work.searches; ++i) {
        const QString name = QString::fromUtf8(pick(familyNames, random));
        auto found = patients.searchByName(name.left(3), 50);
        if (!found)
            return check(found.error(), "search");
        *hits += found->size();
    }
    return true;
}

bool updates(QSqlDatabase db, const Workload &work)
{
    // An edit as the app makes it: read the patient, change the phone, save.
    std::mt19937 random(13);
    PatientRepository patients(db);
    return inBatches(db, work.updates, work.batch, [&](WriteTransaction &transaction, int i) {
        auto found =
                patients.find(idFor(std::uniform_int_distribution<int>(0, work.rows - 1)(random)));
        if (!found || !found.value())
            return false;
        Patient patient = *found.value();
        patient.phone = QStringLiteral("+351 91 %1").arg(2000000 + i);
        patient.updatedAt += 1;
        return check(patients.update(transaction, patient), "update");
    });
}

template<typename Step>
double timed(Step step, bool *ok)
{
    QElapsedTimer timer;
    timer.start();
    *ok = *ok && step();
    return double(timer.nsecsElapsed()) / 1e6;
}

bool runWorkload(QSqlDatabase db, const Workload &work, Figures *figures)
{
    bool ok = true;
    figures->insertMs = timed([&] { return insertRows(db, work); }, &ok);
    figures->lookupMs = timed([&] { return lookups(db, work); }, &ok);
    figures->searchMs = timed([&] { return searches(db, work, &figures->searchHits); }, &ok);
    figures->updateMs = timed([&] { return updates(db, work); }, &ok);
    return ok;
}

// The encrypted store exactly as the app opens it (key file, WAL, synchronous=FULL, schema).
bool runEncrypted(const QString &dir, int round, const Workload &work, Figures *figures)
{
    StoreOptions options;
    options.kdf = KdfParams::minimum(); // unlocking is not what is measured
    const QString path = dir + QStringLiteral("/encrypted-%1.db").arg(round);
    auto store = EncryptedStore::create(path, SecureBytes::fromUtf8(u"bench password"), options);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().fullText()));
        return false;
    }
    const bool ok = runWorkload(store.value()->database(), work, figures);
    figures->bytes = store.value()->describe().sizeBytes;
    return ok;
}

// The same library, driver, settings and schema with no key: the plaintext baseline.
bool runPlain(const QString &dir, int round, const Workload &work, Figures *figures)
{
    const QString path = dir + QStringLiteral("/plain-%1.db").arg(round);
    bool ok = false;
    {
        QSqlDatabase db =
                QSqlDatabase::addDatabase(SqlCipherDriver::driverName(), QStringLiteral("plain"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("CLINIC_PLAINTEXT"));
        ok = db.open();
        QSqlQuery query(db);
        // The page size SQLCipher uses, then exactly the settings the encrypted store gets.
        ok = ok && query.exec(QStringLiteral("PRAGMA page_size = 4096"));
        for (const QString &pragma : EncryptedStore::connectionPragmas(StoreOptions()))
            ok = ok && query.exec(pragma);
        auto migrations = MigrationSet::load(MigrationSet::clientDirectory());
        ok = ok && migrations && Migrator::migrate(db, migrations.value()).ok();
        ok = ok && runWorkload(db, work, figures);
        figures->bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    return ok;
}

double median(QList<Figures> runs, double Figures::*field)
{
    std::sort(runs.begin(), runs.end(),
              [field](const Figures &a, const Figures &b) { return a.*field < b.*field; });
    return runs.at(runs.size() / 2).*field;
}

void printRow(const char *what, int count, double plain, double encrypted)
{
    const double ratio = encrypted / plain;
    std::printf("%-34s %10.1f %12.1f %8.2fx  %s\n", what, plain, encrypted, ratio,
                ratio <= 1.3 ? "within 1.3x" : "MISSES 1.3x");
    std::printf("%-34s %10.2f %12.2f   (us per operation)\n", "", plain * 1000 / count,
                encrypted * 1000 / count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encrypted vs plaintext store workload"));
    parser.addHelpOption();
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Patients to insert."),
                                  QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption lookupCount(QStringLiteral("lookups"),
                                         QStringLiteral("Indexed lookups."), QStringLiteral("n"),
                                         QStringLiteral("10000"));
    const QCommandLineOption searchCount(QStringLiteral("searches"),
                                         QStringLiteral("FTS4 prefix searches."),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption updateCount(QStringLiteral("updates"), QStringLiteral("Updates."),
                                         QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Rows per transaction."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("Rounds (medians are printed)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption dirOption(
            QStringLiteral("dir"),
            QStringLiteral("Work in <dir> (default: a temporary directory)."),
            QStringLiteral("dir"));
    parser.addOptions(
            { rows, lookupCount, searchCount, updateCount, batch, roundsOption, dirOption });
    parser.process(app);

    Workload work;
    work.rows = qMax(1, parser.value(rows).toInt());
    work.lookups = parser.value(lookupCount).toInt();
    work.searches = parser.value(searchCount).toInt();
    work.updates = parser.value(updateCount).toInt();
    work.batch = qMax(1, parser.value(batch).toInt());
    const int rounds = qMax(1, parser.value(roundsOption).toInt());

    QTemporaryDir temporary(parser.isSet(dirOption) ? parser.value(dirOption)
                                            + QStringLiteral("/store_bench-XXXXXX")
                                                    : QString());
    if (!temporary.isValid()) {
        std::fprintf(stderr, "cannot create a work directory\n");
        return 1;
    }
    SqlCipherDriver::registerDriver();
    std::printf("store_bench: %d rows in batches of %d, %d lookups, %d searches, %d updates; "
                "%d cores; work dir %s\n\n",
                work.rows, work.batch, work.lookups, work.searches, work.updates,
                QThread::idealThreadCount(), qPrintable(temporary.path()));

    QList<Figures> plainRuns, encryptedRuns;
    for (int round = 0; round < rounds; ++round) {
        Figures plain, encrypted;
        const bool plainFirst = round % 2 == 0;
        const bool ok = plainFirst ? runPlain(temporary.path(), round, work, &plain)
                        && runEncrypted(temporary.path(), round, work, &encrypted)
                                   : runEncrypted(temporary.path(), round, work, &encrypted)
                        && runPlain(temporary.path(), round, work, &plain);
        if (!ok)
            return 1;
        plainRuns << plain;
        encryptedRuns << encrypted;
        std::printf("round %d (%s first): insert %.0f/%.0f  lookup %.0f/%.0f  search %.0f/%.0f  "
                    "update %.0f/%.0f ms\n",
                    round + 1, plainFirst ? "plaintext" : "encrypted", plain.insertMs,
                    encrypted.insertMs, plain.lookupMs, encrypted.lookupMs, plain.searchMs,
                    encrypted.searchMs, plain.updateMs, encrypted.updateMs);
    }

    std::printf("\n%-34s %10s %12s %9s   (median of %d rounds)\n", "workload (ms)", "plaintext",
                "encrypted", "ratio", rounds);
    printRow("insert patients (batched)", work.rows, median(plainRuns, &Figures::insertMs),
             median(encryptedRuns, &Figures::insertMs));
    printRow("indexed lookups by id", work.lookups, median(plainRuns, &Figures::lookupMs),
             median(encryptedRuns, &Figures::lookupMs));
    printRow("FTS4 name-prefix searches", work.searches, median(plainRuns, &Figures::searchMs),
             median(encryptedRuns, &Figures::searchMs));
    printRow("read-edit-save updates (batched)", work.updates,
             median(plainRuns, &Figures::updateMs), median(encryptedRuns, &Figures::updateMs));
    std::printf("\nsearch results read per round: %lld plaintext, %lld encrypted\n",
                static_cast<long long>(plainRuns.first().searchHits),
                static_cast<long long>(encryptedRuns.first().searchHits));
    std::printf("size on disk: %.1f MB plaintext, %.1f MB encrypted\n",
                plainRuns.first().bytes / 1e6, encryptedRuns.first().bytes / 1e6);
    return 0;
}
