#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace clinic {

enum class Modality { InPerson, Video };

// The instants Clinic works with: from 2000-01-01 up to 2200-01-01 UTC. A time arriving in a
// mutation outside them is refused (MutationArgs::instant), and free slots are computed only
// within them, so no sum of a time and a length can overflow.
namespace Instants {
inline constexpr qint64 earliestMs = 946'684'800'000; // 2000-01-01T00:00:00Z
inline constexpr qint64 latestMs = 7'258'118'400'000; // 2200-01-01T00:00:00Z
constexpr bool contains(qint64 ms)
{
    return ms >= earliestMs && ms < latestMs;
}
} // namespace Instants

// A slot lasts 5 minutes to 8 hours, in weekly rules and extra hours alike.
inline constexpr int minSlotMinutes = 5;
inline constexpr int maxSlotMinutes = 480;

// A provider's recurring weekly hours at one location and modality, in the wall-clock time of
// the location's time zone: "Mondays 09:00-12:30 in Europe/Lisbon, 30-minute slots". Slots
// follow the wall clock across daylight-saving changes; they are turned into UTC instants
// only when computed, so a stored rule never has to change twice a year.
struct WeeklyRule
{
    QString locationId;
    Modality modality = Modality::InPerson;
    int dayOfWeek = 1; // 1 Monday ... 7 Sunday, as QDate::dayOfWeek()
    QTime start;
    QTime end;
    int slotMinutes = 30;
    QString timeZone; // IANA name, e.g. "Europe/Lisbon"
    QDate validFrom; // null: always
    QDate validUntil; // null: open-ended; inclusive
};

// A one-off change to the weekly hours, as UTC instants: time off (nothing bookable in it),
// or extra hours (slots of slotMinutes from the start, at this location and modality).
struct AvailabilityException
{
    enum class Kind { TimeOff, ExtraHours };
    Kind kind = Kind::TimeOff;
    qint64 startMs = 0; // UTC ms
    qint64 endMs = 0;
    QString locationId; // extra hours only
    Modality modality = Modality::InPerson;
    int slotMinutes = 30;
};

// A half-open UTC interval [startMs, endMs): a booked appointment, or a slot.
struct TimeRange
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool overlaps(const TimeRange &other) const
    {
        return startMs < other.endMs && other.startMs < endMs;
    }
};

struct Slot
{
    qint64 startMs = 0; // UTC ms
    qint64 endMs = 0;
    QString locationId;
    Modality modality = Modality::InPerson;
    bool operator==(const Slot &) const = default;
};

// Free slots: the weekly rules and extra hours, less time off, busy times (booked
// appointments) and anything starting before `notBeforeMs`; within [fromMs, toMs), sorted by
// start. A wall-clock time that does not exist on a day (the hour skipped when clocks go
// forward) gives no slot; slots keep their real length in UTC.
QList<Slot> freeSlots(const QList<WeeklyRule> &rules,
                      const QList<AvailabilityException> &exceptions, const QList<TimeRange> &busy,
                      qint64 fromMs, qint64 toMs, qint64 notBeforeMs = 0);

// Whether a rule is well-formed: a known time zone, start before end, a slot length of 5 to
// 480 minutes that fits at least once, a day 1-7, and validFrom not after validUntil.
bool isValid(const WeeklyRule &rule);

} // namespace clinic
