// schedule_bench: free slots for many providers over a month, from weekly rules, exceptions
// and booked visits (core/scheduling). Prints figures; asserts nothing.
//
//   schedule_bench [--providers 200] [--days 30] [--runs 21]
//
// Each provider works Monday to Friday, 09:00-12:30 and 14:00-18:00 in 20-minute slots, in
// one of four time zones, with 40 booked visits and two afternoons off in the month. The
// month starts 2027-03-15, so it spans the clocks changing in Europe and the US. Target:
// under 20 ms for all of them (issue 5). The directory-query half of the benchmark
// comes with the directory.

#include "benchsupport.h"
#include "scheduling/availability.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>

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

int run(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption providersOption(u"providers"_s, u"Providers."_s, u"n"_s, u"200"_s);
    const QCommandLineOption daysOption(u"days"_s, u"Days ahead."_s, u"n"_s, u"30"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Repetitions."_s, u"n"_s, u"21"_s);
    parser.addOptions({ providersOption, daysOption, runsOption });
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
    std::printf("one provider, 30 days: %.3f ms (p50 / providers)\n", spread.p50 / providers);
    return 0;
}

} // namespace
} // namespace clinic

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return clinic::run(app);
}
