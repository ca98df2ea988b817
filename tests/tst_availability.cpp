// Free slots from weekly rules and exceptions, across time zones and daylight-saving changes.
#include "scheduling/availability.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace clinic;
using namespace Qt::StringLiterals;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QStringList starts(const QList<Slot> &offered)
{
    QStringList list;
    for (const Slot &slot : offered)
        list << iso(slot.startMs);
    return list;
}

WeeklyRule rule(int day, const char *from, const char *to, int minutes, const char *zone)
{
    WeeklyRule r;
    r.locationId = u"lisbon-1"_s;
    r.dayOfWeek = day;
    r.start = QTime::fromString(QString::fromLatin1(from), u"HH:mm"_s);
    r.end = QTime::fromString(QString::fromLatin1(to), u"HH:mm"_s);
    r.slotMinutes = minutes;
    r.timeZone = QString::fromLatin1(zone);
    return r;
}

AvailabilityException extraHours(qint64 startMs, qint64 endMs, int minutes)
{
    AvailabilityException extra;
    extra.kind = AvailabilityException::Kind::ExtraHours;
    extra.startMs = startMs;
    extra.endMs = endMs;
    extra.locationId = u"annex"_s;
    extra.slotMinutes = minutes;
    return extra;
}

constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
constexpr qint64 int64Min = std::numeric_limits<qint64>::min();

} // namespace

class TestAvailability : public QObject
{
    Q_OBJECT

private slots:
    void wallClockHoursMoveInUtcWhenClocksChange();
    void newYorkAcrossBothChanges();
    void theSkippedHourGivesNoSlot();
    void theRepeatedHourGivesNoOverlap();
    void timeOffExtraHoursAndBookings();
    void rangeValidityAndThePast();
    void malformedRulesAreRefused();
    void extraHoursGiveExactlyTheWindowsSlots();
    void extraHoursAreExpandedOnlyInTheWindow();
    void extremeInstantsAreHarmless();
    void everyWallClockTimeOfAYearInOddZones_data();
    void everyWallClockTimeOfAYearInOddZones();
};

// Europe/Lisbon: UTC+0 in winter, UTC+1 from 2027-03-28. Mondays 09:00-12:00 local.
void TestAvailability::wallClockHoursMoveInUtcWhenClocksChange()
{
    const QList<Slot> offered =
            freeSlots({ rule(1, "09:00", "12:00", 30, "Europe/Lisbon") }, {}, {},
                      utc("2027-03-22T00:00:00Z"), utc("2027-04-05T00:00:00Z"));
    QCOMPARE(offered.size(), 12);
    QCOMPARE(iso(offered[0].startMs), u"2027-03-22T09:00:00Z"_s);
    QCOMPARE(iso(offered[5].startMs), u"2027-03-22T11:30:00Z"_s);
    QCOMPARE(iso(offered[6].startMs), u"2027-03-29T08:00:00Z"_s); // still 09:00 on the wall
    QCOMPARE(iso(offered[11].endMs), u"2027-03-29T11:00:00Z"_s);
    // Shown in the location's own time, every one starts at a wall-clock half hour 09:00-11:30.
    const QTimeZone lisbon("Europe/Lisbon");
    for (const Slot &slot : offered) {
        const QTime local = QDateTime::fromMSecsSinceEpoch(slot.startMs, lisbon).time();
        QVERIFY2(local >= QTime(9, 0) && local <= QTime(11, 30) && local.minute() % 30 == 0,
                 qPrintable(local.toString()));
        QCOMPARE(slot.endMs - slot.startMs, 30 * 60 * 1000LL);
        QCOMPARE(slot.locationId, u"lisbon-1"_s);
    }
}

// America/New_York: clocks go forward 2027-03-14 and back 2027-11-07. Wednesdays 09:00-10:00.
void TestAvailability::newYorkAcrossBothChanges()
{
    const QList<WeeklyRule> rules { rule(3, "09:00", "10:00", 60, "America/New_York") };
    QCOMPARE(starts(freeSlots(rules, {}, {}, utc("2027-03-08T00:00:00Z"),
                              utc("2027-03-20T00:00:00Z"))),
             QStringList({ u"2027-03-10T14:00:00Z"_s, u"2027-03-17T13:00:00Z"_s }));
    QCOMPARE(starts(freeSlots(rules, {}, {}, utc("2027-11-01T00:00:00Z"),
                              utc("2027-11-12T00:00:00Z"))),
             QStringList({ u"2027-11-03T13:00:00Z"_s, u"2027-11-10T14:00:00Z"_s }));
}

// In Lisbon 2027-03-28 01:00 does not happen (01:00 -> 02:00). Sundays 00:00-03:00, hourly.
void TestAvailability::theSkippedHourGivesNoSlot()
{
    const QList<Slot> offered =
            freeSlots({ rule(7, "00:00", "03:00", 60, "Europe/Lisbon") }, {}, {},
                      utc("2027-03-27T12:00:00Z"), utc("2027-03-28T12:00:00Z"));
    QCOMPARE(starts(offered),
             QStringList({ u"2027-03-28T00:00:00Z"_s, u"2027-03-28T01:00:00Z"_s }));
    QCOMPARE(offered[0].endMs, offered[1].startMs);
}

// In Lisbon 2027-10-31 01:00-02:00 happens twice. The slots still never overlap.
void TestAvailability::theRepeatedHourGivesNoOverlap()
{
    const QList<Slot> offered =
            freeSlots({ rule(7, "00:00", "03:00", 60, "Europe/Lisbon") }, {}, {},
                      utc("2027-10-30T12:00:00Z"), utc("2027-10-31T12:00:00Z"));
    QCOMPARE(offered.size(), 3);
    QCOMPARE(iso(offered.first().startMs), u"2027-10-30T23:00:00Z"_s); // 00:00 summer time
    QCOMPARE(iso(offered.last().startMs), u"2027-10-31T02:00:00Z"_s); // 02:00 winter time
    for (qsizetype i = 1; i < offered.size(); ++i)
        QVERIFY(offered[i - 1].endMs <= offered[i].startMs);
}

void TestAvailability::timeOffExtraHoursAndBookings()
{
    const QList<WeeklyRule> rules { rule(1, "09:00", "11:00", 30, "UTC") };
    AvailabilityException off; // 09:15-10:00 blocks the slots it touches
    off.startMs = utc("2027-01-04T09:15:00Z");
    off.endMs = utc("2027-01-04T10:00:00Z");
    AvailabilityException extra;
    extra.kind = AvailabilityException::Kind::ExtraHours;
    extra.startMs = utc("2027-01-05T14:00:00Z"); // a Tuesday: no rule
    extra.endMs = utc("2027-01-05T15:10:00Z"); // 2 whole 30-minute slots fit
    extra.locationId = u"annex"_s;
    extra.modality = Modality::Video;
    const TimeRange booked { utc("2027-01-04T10:30:00Z"), utc("2027-01-04T11:00:00Z") };
    const QList<Slot> offered = freeSlots(rules, { off, extra }, { booked },
                                          utc("2027-01-04T00:00:00Z"), utc("2027-01-06T00:00:00Z"));
    QCOMPARE(starts(offered),
             QStringList({ u"2027-01-04T10:00:00Z"_s, u"2027-01-05T14:00:00Z"_s,
                           u"2027-01-05T14:30:00Z"_s }));
    QCOMPARE(offered[1].modality, Modality::Video);
    QCOMPARE(offered[1].locationId, u"annex"_s);
    // The same hours offered twice (two identical rules) are one set of slots.
    QCOMPARE(freeSlots(rules + rules, {}, {}, utc("2027-01-04T00:00:00Z"),
                       utc("2027-01-05T00:00:00Z"))
                     .size(),
             4);
}

void TestAvailability::rangeValidityAndThePast()
{
    WeeklyRule r = rule(1, "09:00", "10:00", 30, "UTC");
    r.validFrom = QDate(2027, 1, 11);
    r.validUntil = QDate(2027, 1, 18);
    const QList<Slot> offered = freeSlots({ r }, {}, {}, utc("2027-01-01T00:00:00Z"),
                                          utc("2027-02-01T00:00:00Z"), utc("2027-01-11T09:10:00Z"));
    // The 11th's 09:00 has begun by "now"; the 25th is after the rule ends.
    QCOMPARE(starts(offered),
             QStringList({ u"2027-01-11T09:30:00Z"_s, u"2027-01-18T09:00:00Z"_s,
                           u"2027-01-18T09:30:00Z"_s }));
    // A slot is in the range by its start.
    QCOMPARE(freeSlots({ r }, {}, {}, utc("2027-01-11T09:30:00Z"), utc("2027-01-11T09:31:00Z"))
                     .size(),
             1);
}

void TestAvailability::malformedRulesAreRefused()
{
    QVERIFY(isValid(rule(1, "09:00", "12:00", 30, "Europe/Lisbon")));
    QVERIFY(!isValid(rule(1, "09:00", "12:00", 30, "Mars/Olympus_Mons")));
    QVERIFY(!isValid(rule(1, "12:00", "09:00", 30, "UTC")));
    QVERIFY(!isValid(rule(1, "09:00", "09:20", 30, "UTC"))); // no whole slot fits
    QVERIFY(!isValid(rule(0, "09:00", "12:00", 30, "UTC")));
    QVERIFY(!isValid(rule(1, "09:00", "12:00", 2, "UTC")));
    WeeklyRule backwards = rule(1, "09:00", "12:00", 30, "UTC");
    backwards.validFrom = QDate(2027, 2, 1);
    backwards.validUntil = QDate(2027, 1, 1);
    QVERIFY(!isValid(backwards));
    // Refused rules offer nothing, and do not stop the good ones.
    QCOMPARE(freeSlots(
                     { rule(1, "12:00", "09:00", 30, "UTC"), rule(1, "09:00", "10:00", 60, "UTC") },
                     {}, {}, utc("2027-01-04T00:00:00Z"), utc("2027-01-05T00:00:00Z"))
                     .size(),
             1);
}

// A month of extra hours from 08:07, in 30-minute slots: any window gets exactly the slots
// that start in it and end by the exception's end.
void TestAvailability::extraHoursGiveExactlyTheWindowsSlots()
{
    const QList<AvailabilityException> month { extraHours(utc("2027-03-01T08:07:00Z"),
                                                          utc("2027-03-31T08:07:00Z"), 30) };
    const auto within = [&](const char *from, const char *to) {
        return starts(freeSlots({}, month, {}, utc(from), utc(to)));
    };
    QCOMPARE(within("2027-03-15T10:10:00Z", "2027-03-15T11:10:00Z"),
             QStringList({ u"2027-03-15T10:37:00Z"_s, u"2027-03-15T11:07:00Z"_s }));
    QCOMPARE(within("2027-03-01T07:00:00Z", "2027-03-01T09:00:00Z"),
             QStringList({ u"2027-03-01T08:07:00Z"_s, u"2027-03-01T08:37:00Z"_s }));
    QCOMPARE(within("2027-03-31T07:00:00Z", "2027-03-31T09:00:00Z"),
             QStringList({ u"2027-03-31T07:07:00Z"_s, u"2027-03-31T07:37:00Z"_s }));
    QCOMPARE(within("2027-02-01T00:00:00Z", "2027-03-01T08:07:00Z"), QStringList());
    QCOMPARE(within("2027-03-31T08:07:00Z", "2027-05-01T00:00:00Z"), QStringList());
    // A window of one millisecond, as a booking checks its slot: on a slot's start, or not.
    const qint64 slot = utc("2027-03-20T12:37:00Z");
    QCOMPARE(freeSlots({}, month, {}, slot, slot + 1).size(), 1);
    QCOMPARE(freeSlots({}, month, {}, slot + 1, slot + 2).size(), 0);
    QCOMPARE(freeSlots({}, month, {}, slot - 1, slot).size(), 0);
    // The whole month: 30 days of 48 slots.
    QCOMPARE(within("2027-01-01T00:00:00Z", "2028-01-01T00:00:00Z").size(), 30 * 48);
}

// A booking asks for one millisecond; the directory for a day or a week. A year of 5-minute
// extra hours (105,120 slots, the most a row written before the 31-day limit can hold) is not
// expanded for each of those: a thousand bookings' checks take a moment, not seconds.
void TestAvailability::extraHoursAreExpandedOnlyInTheWindow()
{
    const qint64 start = utc("2027-01-01T00:00:00Z");
    const QList<AvailabilityException> year { extraHours(start, start + 365LL * 86'400'000, 5) };
    const qint64 probe = utc("2027-07-01T10:00:00Z");
    QCOMPARE(freeSlots({}, year, {}, probe, probe + 1).size(), 1);
    QElapsedTimer timer;
    timer.start();
    qsizetype found = 0;
    for (int i = 0; i < 1000; ++i)
        found += freeSlots({}, year, {}, probe + i * 300'000LL, probe + i * 300'000LL + 1).size();
    QCOMPARE(found, 1000);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed()) + u" ms"_s));
}

// Times at the ends of qint64, from a store or a hostile row: nothing overflows, nothing hangs,
// and what is offered is still right.
void TestAvailability::extremeInstantsAreHarmless()
{
    const QList<WeeklyRule> mondays { rule(1, "09:00", "10:00", 30, "UTC") };
    const qint64 monday = utc("2027-01-04T00:00:00Z");
    const qint64 tuesday = utc("2027-01-05T00:00:00Z");
    // Extra hours reaching past either end, and starting or ending at one, offer nothing more.
    const QList<AvailabilityException> wild {
        extraHours(int64Min, int64Max, 30),
        extraHours(int64Max - 1000, int64Max, 30),
        extraHours(int64Min, int64Min + 3'600'000, 30),
        extraHours(monday, int64Max, 480),
        extraHours(monday + 12 * 3'600'000LL, monday + 13 * 3'600'000LL, 1'000'000'000),
    };
    QCOMPARE(starts(freeSlots(mondays, wild, {}, monday, tuesday)),
             QStringList({ u"2027-01-04T09:00:00Z"_s, u"2027-01-04T09:30:00Z"_s }));
    // Windows at or past the ends: empty, or the rule's own slots within the years Clinic
    // works with, found without going through every day of qint64.
    QVERIFY(freeSlots(mondays, {}, {}, int64Min, int64Min + 1000).isEmpty());
    QVERIFY(freeSlots(mondays, {}, {}, int64Max - 1000, int64Max).isEmpty());
    QVERIFY(freeSlots(mondays, {}, {}, int64Max, int64Min).isEmpty());
    const QList<Slot> all = freeSlots(mondays, {}, {}, int64Min, int64Max, int64Min);
    QVERIFY(!all.isEmpty());
    QVERIFY(all.first().startMs >= Instants::earliestMs);
    QVERIFY(all.last().endMs <= Instants::latestMs);
    // Time off or a visit reaching past the ends blocks what it covers, and only that.
    AvailabilityException off;
    off.startMs = int64Min;
    off.endMs = monday + 9 * 3'600'000LL + 1;
    QCOMPARE(starts(freeSlots(mondays, { off }, {}, monday, tuesday)),
             QStringList({ u"2027-01-04T09:30:00Z"_s }));
    QCOMPARE(freeSlots(mondays, {}, { { monday + 9 * 3'600'000LL, int64Max } }, monday, tuesday)
                     .size(),
             0);
}

void TestAvailability::everyWallClockTimeOfAYearInOddZones_data()
{
    QTest::addColumn<QString>("zone");
    for (const char *zone : { "Europe/Lisbon", "America/New_York", "Asia/Kolkata",
                              "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Chatham" })
        QTest::newRow(zone) << QString::fromLatin1(zone);
}

// Hourly slots at half past, every day of 2027, against Qt converting each wall-clock time on
// its own: the same set of local times, in zones with half-hour offsets, a half-hour clock
// change (Lord Howe) and both hemispheres' summers.
void TestAvailability::everyWallClockTimeOfAYearInOddZones()
{
    QFETCH(QString, zone);
    QList<WeeklyRule> rules;
    for (int day = 1; day <= 7; ++day)
        rules << rule(day, "00:30", "23:30", 60, qPrintable(zone));
    const QTimeZone tz(zone.toUtf8());
    const QDate first(2027, 1, 1);
    const QDate last(2027, 12, 31);
    const qint64 from = QDateTime(first, QTime(0, 0), tz).toMSecsSinceEpoch();
    const qint64 to = QDateTime(last.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch();
    QSet<QString> expected;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (int hour = 0; hour < 23; ++hour) {
            const QTime at(hour, 30);
            const QDateTime local(day, at, tz);
            if (local.isValid() && local.time() == at && local.date() == day)
                expected << local.toString(Qt::ISODate);
        }
    }
    QSet<QString> actual;
    const QList<Slot> offered = freeSlots(rules, {}, {}, from, to);
    for (const Slot &slot : offered)
        actual << QDateTime::fromMSecsSinceEpoch(slot.startMs, tz).toString(Qt::ISODate);
    QCOMPARE(actual.size(), offered.size()); // no two slots at one instant
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
