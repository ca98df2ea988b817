#include "schedulerows.h"

#include <QDate>

#include <limits>

namespace clinic {

using namespace Qt::StringLiterals;

QString ScheduleRows::modalityName(Modality modality)
{
    return modality == Modality::Video ? u"video"_s : u"in_person"_s;
}

std::optional<Modality> ScheduleRows::modalityFromName(const QString &name)
{
    if (name == u"in_person")
        return Modality::InPerson;
    if (name == u"video")
        return Modality::Video;
    return std::nullopt;
}

namespace {

// "09:30" as written by ruleColumns; anything else is no time. Read by hand: QTime's format
// parser was a third of reading the directory's hours for a search (bench/schedule_bench).
QTime wallTime(const QString &text)
{
    if (text.size() != 5 || text[2] != u':')
        return {};
    bool hoursOk = false;
    bool minutesOk = false;
    const int hours = QStringView(text).left(2).toInt(&hoursOk);
    const int minutes = QStringView(text).mid(3).toInt(&minutesOk);
    return hoursOk && minutesOk && QTime::isValid(hours, minutes, 0) ? QTime(hours, minutes)
                                                                     : QTime();
}

// A small count (a day of the week, minutes) as sent: an integer that fits an int, or 0,
// which no rule or exception accepts. Cutting 2^32 + 30 to an int would make it 30, and
// QCborValue::toInteger() would turn 1e300 into whatever the conversion of an out-of-range
// double gives.
int smallInteger(const QCborValue &value)
{
    if (!value.isInteger() || value.toInteger() < std::numeric_limits<int>::min()
        || value.toInteger() > std::numeric_limits<int>::max())
        return 0;
    return int(value.toInteger());
}

// A time as sent, or 0 (1970, outside the instants Clinic works with) when it is no integer.
qint64 instant(const QCborValue &value)
{
    return value.isInteger() ? value.toInteger() : 0;
}

QDate isoDate(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace

WeeklyRule ScheduleRows::rule(const QCborMap &row)
{
    WeeklyRule r;
    r.locationId = row.value(u"location_id"_s).toString();
    r.modality = modalityFromName(row.value(u"modality"_s).toString()).value_or(Modality::InPerson);
    r.dayOfWeek = smallInteger(row.value(u"day_of_week"_s));
    r.start = wallTime(row.value(u"start_time"_s).toString());
    r.end = wallTime(row.value(u"end_time"_s).toString());
    r.slotMinutes = smallInteger(row.value(u"slot_minutes"_s));
    r.timeZone = row.value(u"time_zone"_s).toString();
    r.validFrom = isoDate(row.value(u"valid_from"_s).toString());
    r.validUntil = isoDate(row.value(u"valid_until"_s).toString());
    return r;
}

QCborMap ScheduleRows::ruleColumns(const WeeklyRule &rule)
{
    const auto date = [](const QDate &d) {
        return d.isNull() ? QCborValue(QCborValue::Null) : QCborValue(d.toString(Qt::ISODate));
    };
    return { { u"location_id"_s, rule.locationId },
             { u"modality"_s, modalityName(rule.modality) },
             { u"day_of_week"_s, rule.dayOfWeek },
             { u"start_time"_s, rule.start.toString(u"HH:mm"_s) },
             { u"end_time"_s, rule.end.toString(u"HH:mm"_s) },
             { u"slot_minutes"_s, rule.slotMinutes },
             { u"time_zone"_s, rule.timeZone },
             { u"valid_from"_s, date(rule.validFrom) },
             { u"valid_until"_s, date(rule.validUntil) } };
}

AvailabilityException ScheduleRows::exception(const QCborMap &row)
{
    AvailabilityException e;
    e.kind = row.value(u"kind"_s).toString() == u"extra_hours"
            ? AvailabilityException::Kind::ExtraHours
            : AvailabilityException::Kind::TimeOff;
    e.startMs = instant(row.value(u"start_at"_s));
    e.endMs = instant(row.value(u"end_at"_s));
    e.locationId = row.value(u"location_id"_s).toString();
    e.modality = modalityFromName(row.value(u"modality"_s).toString()).value_or(Modality::InPerson);
    e.slotMinutes = smallInteger(row.value(u"slot_minutes"_s));
    return e;
}

TimeRange ScheduleRows::busy(const QCborMap &row)
{
    return { instant(row.value(u"start_at"_s)), instant(row.value(u"end_at"_s)) };
}

ProviderSchedule ScheduleRows::schedule(const QList<QCborMap> &rules,
                                        const QList<QCborMap> &exceptions,
                                        const QList<QCborMap> &busy, const QString &ignoringBusyId)
{
    ProviderSchedule schedule;
    for (const QCborMap &row : rules)
        schedule.rules << rule(row);
    for (const QCborMap &row : exceptions)
        schedule.exceptions << exception(row);
    for (const QCborMap &row : busy) {
        if (row.value(u"id"_s).toString() != ignoringBusyId)
            schedule.busy << ScheduleRows::busy(row);
    }
    return schedule;
}

} // namespace clinic
