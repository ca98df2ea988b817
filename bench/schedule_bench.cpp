// schedule_bench: free slots for many providers over a month, from weekly rules, exceptions
// and booked visits (core/scheduling); then directory searches over many providers in an
// encrypted client store (core/domain/providerdirectory). Prints figures; asserts nothing.
//
//   schedule_bench [--providers 200] [--days 30] [--runs 21] [--directory 5000]
//
// Each provider works Monday to Friday, 09:00-12:30 and 14:00-18:00 in 20-minute slots, in
// one of four time zones, with 40 booked visits and two afternoons off in the month. The
// month starts 2027-03-15, so it spans the clocks changing in Europe and the US. Target:
// under 20 ms for all of them (issue 5).
//
// The directory: --directory providers in 40 cities, each with 1-3 of 20 specialties, 1-3 of
// 6 languages, and the same weekly hours. Each query is run --runs times. Target: under 20 ms
// each.

#include "benchsupport.h"
#include "domain/providerdirectory.h"
#include "mutations/rowstore.h"
#include "mutations/syncedtables.h"
#include "scheduling/availability.h"
#include "scheduling/schedulerows.h"
#include "storage/encryptedstore.h"
#include "storage/writetransaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace clinic {
namespace {

using namespace Qt::StringLiterals;

struct Provider
{
    QList<WeeklyRule> rules;
    QList<AvailabilityException> exceptions;
    QList<TimeRange> booked;
};

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;

Provider makeProvider(int index, qint64 fromMs, int days, QRandomGenerator &random)
{
    static const char *zones[] = { "Europe/Lisbon", "Europe/Madrid", "America/New_York",
                                   "Asia/Kolkata" };
    Provider p;
    for (int day = 1; day <= 5; ++day) {
        for (const auto &[start, end] : { std::pair { QTime(9, 0), QTime(12, 30) },
                                          std::pair { QTime(14, 0), QTime(18, 0) } }) {
            WeeklyRule rule;
            rule.locationId = u"location-%1"_s.arg(index % 17);
            rule.dayOfWeek = day;
            rule.start = start;
            rule.end = end;
            rule.slotMinutes = 20;
            rule.timeZone = QString::fromLatin1(zones[index % 4]);
            p.rules << rule;
        }
    }
    for (int off = 0; off < 2; ++off) {
        const qint64 start = fromMs + random.bounded(days) * dayMs + 13 * 60 * minuteMs;
        p.exceptions << AvailabilityException { AvailabilityException::Kind::TimeOff,
                                                start,
                                                start + 6 * 60 * minuteMs,
                                                {},
                                                Modality::InPerson,
                                                20 };
    }
    for (int visit = 0; visit < 40; ++visit) {
        const qint64 start = fromMs + random.bounded(days * 24 * 3) * 20 * minuteMs;
        p.booked << TimeRange { start, start + 20 * minuteMs };
    }
    return p;
}

// A directory of `count` providers written as a pull writes them, in one transaction.
bool fillDirectory(RowStore &rows, QSqlDatabase db, int count, QRandomGenerator &random)
{
    static const char *specialties[] = {
        "cardiology",       "dermatology",     "paediatrics", "psychiatry",       "neurology",
        "oncology",         "orthopaedics",    "gynaecology", "urology",          "ophthalmology",
        "endocrinology",    "rheumatology",    "nephrology",  "gastroenterology", "pulmonology",
        "general practice", "sports medicine", "geriatrics",  "allergology",      "haematology"
    };
    static const char *languages[] = { "pt", "en", "es", "fr", "de", "uk" };
    static const char *given[] = { "Ana",   "Bruno", "Carla", "Diogo", "Elena", "Filipe",
                                   "Greta", "Hugo",  "Inês",  "João",  "Kiko",  "Luísa" };
    static const char *family[] = { "Silva",     "Santos",    "Ferreira", "Pereira", "Oliveira",
                                    "Costa",     "Rodrigues", "Martins",  "Jesus",   "Sousa",
                                    "Fernandes", "Gonçalves", "Okafor",   "García",  "Müller" };
    auto transaction = WriteTransaction::begin(db);
    if (!transaction)
        return false;
    const auto pick = [&](const char *const *from, int size, int most) {
        QStringList items;
        for (int n = 1 + random.bounded(most); n > 0; --n) {
            const QString item = QString::fromUtf8(from[random.bounded(size)]);
            if (!items.contains(item))
                items << item;
        }
        return items.join(u'|');
    };
    const auto common = [](QCborMap row, const QString &id) {
        row.insert(u"id"_s, id);
        row.insert(u"rev"_s, 1);
        row.insert(u"deleted"_s, false);
        row.insert(u"updated_at"_s, 1);
        row.insert(u"updated_by"_s, u"bench"_s);
        return row;
    };
    for (int i = 0; i < count; ++i) {
        const QString id = u"provider-%1"_s.arg(i);
        const int city = random.bounded(40);
        const qint64 ratings = random.bounded(5) == 0 ? 0 : random.bounded(1, 60);
        const QCborMap profile {
            { u"display_name"_s,
              QString(QString::fromUtf8(given[random.bounded(12)]) + u' '
                      + QString::fromUtf8(family[random.bounded(15)]) + u' '
                      + QString::fromUtf8(family[random.bounded(15)])) },
            { u"specialties"_s, pick(specialties, 20, 3) },
            { u"languages"_s, pick(languages, 6, 3) },
            { u"modalities"_s, random.bounded(3) == 0 ? u"in_person|video"_s : u"in_person"_s },
            { u"city"_s, u"City %1"_s.arg(city) },
            // Cities spread over Iberia; providers within ~10 km of theirs.
            { u"latitude_e6"_s, qint64((37.0 + city % 8 + random.generateDouble() * 0.1) * 1e6) },
            { u"longitude_e6"_s, qint64((-9.0 + city / 8 + random.generateDouble() * 0.1) * 1e6) },
            { u"bio"_s, QString() },
            { u"credentials"_s, QString() },
            { u"licence_number"_s, u"LIC-%1"_s.arg(i) },
            { u"fee_currency"_s, QString() },
            { u"location_ids"_s, QString() },
            // Most are rated, between 2.5 and 5 stars on average.
            { u"rating_count"_s, ratings },
            { u"rating_sum"_s, qint64(ratings * (2.5 + random.generateDouble() * 2.5)) }
        };
        if (!rows.write(*SyncedTables::find(u"provider_profile"), common(profile, id)))
            return false;
        for (int day = 1; day <= 5; ++day) {
            const WeeklyRule rule { u"site-%1"_s.arg(city),
                                    Modality::InPerson,
                                    day,
                                    QTime(9, 0),
                                    QTime(13, 0),
                                    20,
                                    u"Europe/Lisbon"_s,
                                    {},
                                    {} };
            QCborMap columns = ScheduleRows::ruleColumns(rule);
            columns.insert(u"provider_id"_s, id);
            if (!rows.write(*SyncedTables::find(u"availability_rule"),
                            common(columns, id + u"-rule-%1"_s.arg(day))))
                return false;
        }
    }
    return rows.flushSearchIndex().ok() && transaction->commit().ok();
}

void directoryQueries(int count, int runs)
{
    QTemporaryDir dir;
    StoreOptions options;
    options.kdf = KdfParams::minimum();
    auto store = EncryptedStore::create(dir.filePath(u"client.db"_s),
                                        SecureBytes::fromUtf8(u"bench password"_s), options);
    if (!store) {
        std::printf("directory: %s\n", qPrintable(store.error().fullText()));
        return;
    }
    QSqlDatabase db = store.value()->database();
    RowStore rows(db, RowStore::SearchIndex::Maintain);
    QRandomGenerator random(5000);
    rows.setDeferSearchIndex(true);
    if (!fillDirectory(rows, db, count, random)) {
        std::printf("directory: could not fill the store\n");
        return;
    }
    const qint64 now = QDateTime(QDate(2027, 3, 15), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    struct Named
    {
        const char *what;
        ProviderQuery query;
    };
    QList<Named> queries;
    ProviderQuery q;
    q.name = u"sil"_s;
    queries << Named { "name prefix \"sil\"", q };
    q = {};
    q.specialty = u"cardiology"_s;
    q.city = u"City 7"_s;
    queries << Named { "specialty + city", q };
    q = {};
    q.language = u"uk"_s;
    q.modality = Modality::Video;
    queries << Named { "language + modality", q };
    q = {};
    q.near = GeoPoint { 38.72, -9.14 };
    q.withinKm = 50;
    q.sort = ProviderQuery::Sort::Distance;
    queries << Named { "within 50 km, by distance", q };
    q = {};
    q.specialty = u"cardiology"_s;
    q.freeWithinDays = 7;
    q.nowMs = now;
    q.sort = ProviderQuery::Sort::NextFree;
    queries << Named { "specialty + free within 7 days", q };
    q = {};
    q.freeWithinDays = 7;
    q.nowMs = now;
    queries << Named { "free within 7 days, no other filter", q };
    q = {};
    q.minRating = 4;
    q.sort = ProviderQuery::Sort::Rating;
    queries << Named { "rated 4+, best rated first", q };
    q = {};
    q.language = u"es"_s;
    q.minRating = 3.5;
    q.freeWithinDays = 7;
    q.nowMs = now;
    q.sort = ProviderQuery::Sort::Rating;
    queries << Named { "language + rated 3.5+ + free in 7 days", q };
    ProviderDirectory directory(db);
    std::printf("directory of %d providers (encrypted client store):\n", count);
    for (const Named &named : queries) {
        QList<double> times;
        qsizetype found = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto hits = directory.search(named.query);
            times << double(timer.nsecsElapsed()) / 1e6;
            found = hits ? hits->size() : -1;
        }
        const bench::Spread spread = bench::spreadOf(times);
        std::printf("  %-38s %4lld hits (limit 50)  p50 %7.2f ms  max %7.2f ms   (target < 20 "
                    "ms)\n",
                    named.what, static_cast<long long>(found), spread.p50, spread.max);
    }
}

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption providersOption(u"providers"_s, u"Providers."_s, u"n"_s, u"200"_s);
    const QCommandLineOption daysOption(u"days"_s, u"Days ahead."_s, u"n"_s, u"30"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions."_s, u"n"_s, u"21"_s);
    const QCommandLineOption directoryOption(u"directory"_s, u"Providers in the directory."_s,
                                             u"n"_s, u"5000"_s);
    parser.addOptions({ providersOption, daysOption, runsOption, directoryOption });
    parser.process(app);
    const int providers = parser.value(providersOption).toInt();
    const int days = parser.value(daysOption).toInt();
    const int runs = parser.value(runsOption).toInt();

    const qint64 fromMs = QDateTime(QDate(2027, 3, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 toMs = fromMs + days * dayMs;
    QRandomGenerator random(2027);
    QList<Provider> all;
    for (int i = 0; i < providers; ++i)
        all << makeProvider(i, fromMs, days, random);

    QList<double> totals;
    qsizetype slotCount = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        slotCount = 0;
        for (const Provider &p : all)
            slotCount += freeSlots(p.rules, p.exceptions, p.booked, fromMs, toMs).size();
        totals << double(timer.nsecsElapsed()) / 1e6;
    }
    const bench::Spread spread = bench::spreadOf(totals);
    std::printf("free slots for %d providers over %d days: %lld slots; per run of all "
                "providers p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)   (target < 20 ms)\n",
                providers, days, static_cast<long long>(slotCount), spread.p50, spread.p95,
                spread.max, runs);
    std::printf("one provider, 30 days: %.3f ms (p50 / providers)\n\n", spread.p50 / providers);
    directoryQueries(parser.value(directoryOption).toInt(), runs);
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
