#include "availability.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace clinic {

namespace {

constexpr qint64 minuteMs = 60 * 1000;

bool inValidity(const WeeklyRule &rule, const QDate &day)
{
    return (rule.validFrom.isNull() || day >= rule.validFrom)
            && (rule.validUntil.isNull() || day <= rule.validUntil);
}

constexpr qint64 dayMs = 24 * 60 * minuteMs;
constexpr qint64 unixEpochJulianDay = 2440588;

// Midnight starting `day`, read as if it were UTC.
qint64 wallMidnightMs(const QDate &day)
{
    return (day.toJulianDay() - unixEpochJulianDay) * dayMs;
}

// A time zone's offsets over the queried range, read once. On a day with no clock change near
// it, wall-clock times become UTC by arithmetic: QDateTime's conversion costs about a
// microsecond, and a month of 200 providers' rules needs tens of thousands of them.
class ZoneClock
{
public:
    ZoneClock(const QTimeZone &zone, qint64 fromMs, qint64 toMs) : m_zone(zone)
    {
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs - 2 * dayMs, Qt::UTC);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs + 2 * dayMs, Qt::UTC);
        m_baseOffsetMs = zone.offsetFromUtc(from) * 1000LL;
        for (const QTimeZone::OffsetData &change : zone.transitions(from, to))
            m_changes.append({ change.atUtc.toMSecsSinceEpoch(), change.offsetFromUtc * 1000LL });
    }

    const QTimeZone &zone() const { return m_zone; }

    // The offset that holds all through the local day; none when the clocks change near it.
    std::optional<qint64> steadyOffsetMs(const QDate &day) const
    {
        constexpr qint64 margin = 15 * 60 * minuteMs; // beyond any zone's offset
        const qint64 windowStart = wallMidnightMs(day) - margin;
        const qint64 windowEnd = wallMidnightMs(day) + dayMs + margin;
        qint64 offset = m_baseOffsetMs;
        for (const auto &[atMs, offsetMs] : m_changes) {
            if (atMs >= windowEnd)
                break;
            if (atMs >= windowStart)
                return std::nullopt;
            offset = offsetMs;
        }
        return offset;
    }

private:
    QTimeZone m_zone;
    qint64 m_baseOffsetMs = 0;
    QList<std::pair<qint64, qint64>> m_changes; // (UTC ms, offset ms after it)
};

// The rule's slots on one local day. On a day the clocks change, each slot is converted on
// its own, and one whose wall-clock start does not exist that day (Qt moves such a time past
// the gap) is left out.
void addRuleSlots(const WeeklyRule &rule, const ZoneClock &clock, const QDate &day,
                  QList<Slot> &offered)
{
    const int count = int(rule.start.secsTo(rule.end) / (rule.slotMinutes * 60));
    const qint64 length = rule.slotMinutes * minuteMs;
    const std::optional<qint64> offset = clock.steadyOffsetMs(day);
    for (int i = 0; i < count; ++i) {
        const QTime at = rule.start.addSecs(i * rule.slotMinutes * 60);
        qint64 start = wallMidnightMs(day) + at.msecsSinceStartOfDay() - offset.value_or(0);
        if (!offset) {
            const QDateTime local(day, at, clock.zone());
            if (!local.isValid() || local.time() != at || local.date() != day)
                continue;
            start = local.toMSecsSinceEpoch();
        }
        offered.append({ start, start + length, rule.locationId, rule.modality });
    }
}

// A rule's shape, its time zone aside.
bool isWellFormed(const WeeklyRule &rule)
{
    return rule.dayOfWeek >= 1 && rule.dayOfWeek <= 7 && rule.start.isValid() && rule.end.isValid()
            && rule.slotMinutes >= minSlotMinutes && rule.slotMinutes <= maxSlotMinutes
            && rule.start.secsTo(rule.end) >= rule.slotMinutes * 60
            && (rule.validFrom.isNull() || rule.validUntil.isNull()
                || rule.validFrom <= rule.validUntil);
}

void addRules(const QList<WeeklyRule> &rules, qint64 fromMs, qint64 toMs, QList<Slot> &offered)
{
    // Local days that can hold a slot in [from, to): the UTC days, and one either side.
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC).date().addDays(1);
    QHash<QString, std::optional<ZoneClock>> clocks; // a provider's rules share a zone or two
    for (const WeeklyRule &rule : rules) {
        auto clock = clocks.find(rule.timeZone);
        if (clock == clocks.end()) {
            const QTimeZone zone(rule.timeZone.toUtf8());
            clock = clocks.insert(rule.timeZone,
                                  zone.isValid() ? std::optional(ZoneClock(zone, fromMs, toMs))
                                                 : std::nullopt);
        }
        if (!isWellFormed(rule) || !clock->has_value())
            continue;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (day.dayOfWeek() == rule.dayOfWeek && inValidity(rule, day))
                addRuleSlots(rule, **clock, day, offered);
        }
    }
}

// The slots of each extra-hours exception that start in [fromMs, toMs). They are counted
// from the exception's start, so the first one in the window is found by a division rather
// than by walking there: a booking asks about one millisecond, and the exception may hold
// thousands of slots. A row outside the instants Clinic works with is nobody's hours (and no
// sum with it would be safe), so it offers nothing.
void addExtraHours(const QList<AvailabilityException> &exceptions, qint64 fromMs, qint64 toMs,
                   QList<Slot> &offered)
{
    for (const AvailabilityException &extra : exceptions) {
        if (extra.kind != AvailabilityException::Kind::ExtraHours
            || extra.slotMinutes < minSlotMinutes || extra.slotMinutes > maxSlotMinutes
            || extra.startMs < Instants::earliestMs || extra.endMs > Instants::latestMs
            || extra.endMs <= fromMs || extra.startMs >= toMs)
            continue;
        const qint64 length = extra.slotMinutes * minuteMs;
        const qint64 before =
                fromMs > extra.startMs ? (fromMs - extra.startMs + length - 1) / length : 0;
        for (qint64 start = extra.startMs + before * length;
             start < toMs && start + length <= extra.endMs; start += length)
            offered.append({ start, start + length, extra.locationId, extra.modality });
    }
}

// Sorted, disjoint ranges covering the same time: their ends are sorted too, so one binary
// search finds the only range a slot could overlap.
QList<TimeRange> mergedRanges(QList<TimeRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.startMs < b.startMs; });
    QList<TimeRange> merged;
    for (const TimeRange &range : ranges) {
        if (range.endMs <= range.startMs)
            continue;
        if (!merged.isEmpty() && range.startMs <= merged.last().endMs)
            merged.last().endMs = qMax(merged.last().endMs, range.endMs);
        else
            merged.append(range);
    }
    return merged;
}

bool overlapsAny(const QList<TimeRange> &merged, const TimeRange &range)
{
    const auto next = std::upper_bound(
            merged.cbegin(), merged.cend(), range.startMs,
            [](qint64 start, const TimeRange &candidate) { return start < candidate.endMs; });
    return next != merged.cend() && next->overlaps(range);
}

} // namespace

bool isValid(const WeeklyRule &rule)
{
    return isWellFormed(rule) && QTimeZone(rule.timeZone.toUtf8()).isValid();
}

QList<Slot> freeSlots(const QList<WeeklyRule> &rules,
                      const QList<AvailabilityException> &exceptions, const QList<TimeRange> &busy,
                      qint64 fromMs, qint64 toMs, qint64 notBeforeMs)
{
    // Only the years Clinic works with: a window reaching past them (a caller's "any time",
    // a hostile time) is cut there, so every sum below stays far from overflowing and no
    // caller walks through every day of qint64.
    fromMs = std::clamp(fromMs, Instants::earliestMs, Instants::latestMs);
    toMs = std::clamp(toMs, Instants::earliestMs, Instants::latestMs);
    if (fromMs >= toMs)
        return {};
    QList<Slot> offered;
    addRules(rules, fromMs, toMs, offered);
    addExtraHours(exceptions, fromMs, toMs, offered);
    QList<TimeRange> blocked = busy;
    for (const AvailabilityException &off : exceptions) {
        if (off.kind == AvailabilityException::Kind::TimeOff)
            blocked.append({ off.startMs, off.endMs });
    }
    const QList<TimeRange> merged = mergedRanges(std::move(blocked));
    offered.removeIf([&](const Slot &slot) {
        return slot.startMs < fromMs || slot.startMs >= toMs || slot.startMs < notBeforeMs
                || overlapsAny(merged, { slot.startMs, slot.endMs });
    });
    std::sort(offered.begin(), offered.end(), [](const Slot &a, const Slot &b) {
        return std::tie(a.startMs, a.locationId, a.modality)
                < std::tie(b.startMs, b.locationId, b.modality);
    });
    // Two rules (or a rule and extra hours) offering the same slot give it once.
    offered.erase(std::unique(offered.begin(), offered.end()), offered.end());
    return offered;
}

} // namespace clinic
