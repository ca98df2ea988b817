// medication_schedule.*, dose.record, followup.*: reminders in the patient's record
// (docs/vitals.md, "Reminders"). The patient and their care team keep the medication schedules
// and record doses taken or skipped; only a doctor on the care team sets follow-ups, which the
// patient (or the team) marks done. ReminderSchedule (core/domain) reads them back.

#include "domain/reminderschedule.h"
#include "mutations/entitymutations.h"

#include <QDate>
#include <QDateTime>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

class ReminderArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::ReminderArgs)
public:
    static Result<QString> id(const QCborMap &args, QLatin1StringView key = "id"_L1)
    {
        const QString id = args.value(key).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The reminder's id is missing or malformed."));
        return id;
    }

    static Result<QString> patientId(const QCborMap &args)
    {
        const QString id = args.value(u"patient_id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The patient is missing."));
        return id;
    }

    // A date between 2000 and 2200 (ISO, "2027-03-28"); null when optional and absent.
    static Result<QDate> date(const QCborMap &args, const QString &key, bool required)
    {
        const QString text = args.value(key).toString().trimmed();
        if (text.isEmpty() && !required)
            return QDate();
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !date.isValid() || date.year() < 2000 || date.year() >= 2200)
            return MutationArgs::invalid(tr("“%1” must be a date like 2027-03-28.").arg(key));
        return date;
    }

    // The live row `id` of `table`, or NotFound with `whenMissing`.
    static Result<QCborMap> live(MutationContext &context, QStringView table, const QString &id,
                                 const QString &whenMissing)
    {
        auto row = context.find(table, id);
        if (!row)
            return row.error();
        if (!row->has_value() || (**row).value(u"deleted"_s).toBool())
            return makeError(ErrorCode::NotFound, whenMissing);
        return **row;
    }
};

// --- medication_schedule.put / remove ----------------------------------------------------

Result<Ownership> scheduleOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = ReminderArgs::id(args);
    if (!id)
        return id.error();
    auto existing = context.find(u"medication_schedule", *id);
    if (!existing)
        return existing.error();
    QString patientId;
    if (args.contains(u"patient_id"_s)) {
        auto given = ReminderArgs::patientId(args);
        if (!given)
            return given.error();
        patientId = *given;
    } else if (existing->has_value()) {
        patientId = (**existing).value(u"patient_id"_s).toString();
    } else {
        return MutationArgs::invalid(ReminderArgs::tr("The patient is missing."));
    }
    if (auto owner = context.checkOwner(u"medication_schedule", *id, u"patient_id"_s, patientId,
                                        ReminderArgs::tr("This schedule belongs to another "
                                                         "patient's record."));
        !owner)
        return owner.error();
    return context.patientOwnership(patientId);
}

Result<void> putSchedule(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    const QString patientId = args.value(u"patient_id"_s).toString();
    if (patientId.isEmpty())
        return MutationArgs::invalid(ReminderArgs::tr("The patient is missing."));
    auto medicationId = ReminderArgs::id(args, "medication_id"_L1);
    if (!medicationId)
        return MutationArgs::invalid(ReminderArgs::tr("Choose one of the current medications."));
    auto medication = ReminderArgs::live(context, u"patient_medication", *medicationId,
                                         ReminderArgs::tr("That medication is no longer in the "
                                                          "record."));
    if (!medication)
        return medication.error();
    if (medication->value(u"patient_id"_s).toString() != patientId)
        return makeError(ErrorCode::Forbidden,
                       ReminderArgs::tr("That medication is in another patient's record."));
    auto times = ReminderRules::parseTimes(args.value(u"times"_s).toString());
    if (!times)
        return MutationArgs::invalid(times.error().message);
    auto days = ReminderRules::parseDays(args.value(u"days"_s).toString());
    if (!days)
        return MutationArgs::invalid(days.error().message);
    auto start = ReminderArgs::date(args, u"start_date"_s, true);
    auto end = ReminderArgs::date(args, u"end_date"_s, false);
    if (!start || !end)
        return !start ? start.error() : end.error();
    if (end->isValid() && *end < *start)
        return MutationArgs::invalid(
                ReminderArgs::tr("The last day comes before the first day."));
    const QCborValue active = args.value(u"active"_s);
    if (!active.isUndefined() && !active.isBool())
        return MutationArgs::invalid(ReminderArgs::tr("“active” must be true or false."));
    if (auto room = context.checkRoom(
                u"medication_schedule", u"patient_id"_s, patientId, id,
                ReminderRules::maxSchedulesPerPatient,
                ReminderArgs::tr("This record has as many medication schedules as it can "
                                 "keep (%1): remove one first.")
                        .arg(ReminderRules::maxSchedulesPerPatient));
        !room)
        return room.error();
    return context.put(u"medication_schedule", id,
                       { { u"patient_id"_s, patientId },
                         { u"medication_id"_s, *medicationId },
                         { u"times"_s, times->join(u',') },
                         { u"days"_s, days->join(u',') },
                         { u"start_date"_s, start->toString(Qt::ISODate) },
                         { u"end_date"_s,
                           end->isValid() ? QCborValue(end->toString(Qt::ISODate))
                                          : QCborValue(QCborValue::Null) },
                         { u"active"_s, active.isUndefined() ? true : active.toBool() } });
}

Result<void> removeSchedule(MutationContext &context, const QCborMap &args)
{
    return context.removeLive(u"medication_schedule", args.value(u"id"_s).toString(),
                              ReminderArgs::tr("This schedule is no longer there."));
}

// --- dose.record ---------------------------------------------------------------------------

// The schedule named, which says whose dose it is.
Result<Ownership> doseOwnership(MutationContext &context, const QCborMap &args)
{
    auto scheduleId = ReminderArgs::id(args, "schedule_id"_L1);
    if (!scheduleId)
        return scheduleId.error();
    auto schedule = ReminderArgs::live(context, u"medication_schedule", *scheduleId,
                                       ReminderArgs::tr("This medication schedule is no longer "
                                                        "there."));
    if (!schedule)
        return schedule.error();
    return context.patientOwnership(schedule->value(u"patient_id"_s).toString());
}

Result<void> recordDose(MutationContext &context, const QCborMap &args)
{
    const QString scheduleId = args.value(u"schedule_id"_s).toString();
    auto schedule = ReminderArgs::live(context, u"medication_schedule", scheduleId,
                                       ReminderArgs::tr("This medication schedule is no longer "
                                                        "there."));
    if (!schedule)
        return schedule.error();
    const QString status = args.value(u"status"_s).toString();
    if (status != u"taken" && status != u"skipped")
        return MutationArgs::invalid(ReminderArgs::tr("A dose is either taken or skipped."));
    const QString scheduledFor = args.value(u"scheduled_for"_s).toString();
    const QDateTime local = QDateTime::fromString(scheduledFor, u"yyyy-MM-ddTHH:mm"_s);
    if (scheduledFor.size() != 16 || !local.isValid() || local.date().year() < 2000
        || local.date().year() >= 2200)
        return MutationArgs::invalid(
                ReminderArgs::tr("The dose's time must be a local date and time like "
                                 "2027-03-28T08:00."));
    const QString time = scheduledFor.mid(11);
    if (!schedule->value(u"times"_s).toString().split(u',').contains(time))
        return MutationArgs::invalid(
                ReminderArgs::tr("No dose is scheduled at %1 on this schedule.").arg(time));
    // Only a dose the schedule has: recording one it does not run (a day it skips, after its
    // last day, while it is paused) would count a dose that was never due, and on a day it
    // does run later the reminder would be taken as answered.
    const QCborValue active = schedule->value(u"active"_s);
    if (active.isFalse() || (active.isInteger() && active.toInteger() == 0))
        return MutationArgs::invalid(
                ReminderArgs::tr("This schedule is paused: no dose is due on it."));
    const QDate start = QDate::fromString(schedule->value(u"start_date"_s).toString(),
                                          Qt::ISODate);
    if (start.isValid() && local.date() < start)
        return MutationArgs::invalid(
                ReminderArgs::tr("This schedule starts on %1, after that dose.")
                        .arg(start.toString(Qt::ISODate)));
    const QDate end = QDate::fromString(schedule->value(u"end_date"_s).toString(), Qt::ISODate);
    if (end.isValid() && local.date() > end)
        return MutationArgs::invalid(
                ReminderArgs::tr("This schedule ended on %1, before that dose.")
                        .arg(end.toString(Qt::ISODate)));
    auto days = ReminderRules::parseDays(schedule->value(u"days"_s).toString());
    if (!days)
        return MutationArgs::invalid(days.error().message);
    if (!days->isEmpty()
        && !days->contains(ReminderRules::dayNames().at(local.date().dayOfWeek() - 1)))
        return MutationArgs::invalid(
                ReminderArgs::tr("This schedule does not run on %1 (it runs on %2).")
                        .arg(local.date().toString(Qt::ISODate), days->join(u", ")));
    // The server does not know the patient's time zone: the local time is compared as if it
    // were UTC, with the widest offsets any zone has (14 hours ahead, 12 behind).
    const qint64 asUtc = QDateTime(local.date(), local.time(), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;
    if (asUtc - 14 * hour > context.now() + 24 * hour)
        return MutationArgs::invalid(
                ReminderArgs::tr("A dose more than a day ahead cannot be recorded yet."));
    if (asUtc + 12 * hour < context.now() - 31 * 24 * hour)
        return MutationArgs::invalid(
                ReminderArgs::tr("Doses more than a month ago can no longer be recorded."));
    // A dose recorded again (taken, then skipped) is the same row; a new one must find room.
    const QString id = ReminderRules::doseId(scheduleId, scheduledFor);
    const QString patientId = schedule->value(u"patient_id"_s).toString();
    auto existing = context.find(u"dose_record", id);
    if (!existing)
        return existing.error();
    if (!existing->has_value()) {
        constexpr qint64 day = 24 * hour;
        auto recent =
                context.countLiveBetween(u"dose_record", { { u"patient_id"_s, patientId } },
                                         u"recorded_at"_s, context.now() - day, context.now());
        if (!recent)
            return recent.error();
        if (*recent >= ReminderRules::maxDosesPerDay)
            return makeError(ErrorCode::Conflict,
                             ReminderArgs::tr("This record took as many doses as it can in a day "
                                              "(%1): try again tomorrow.")
                                     .arg(ReminderRules::maxDosesPerDay));
    }
    return context.put(u"dose_record", id,
                       { { u"patient_id"_s, patientId },
                         { u"schedule_id"_s, scheduleId },
                         { u"scheduled_for"_s, scheduledFor },
                         { u"status"_s, status },
                         { u"recorded_at"_s, context.now() } });
}

// --- followup.put / remove / done --------------------------------------------------------

Result<Ownership> followUpPutOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = ReminderArgs::id(args);
    auto patientId = ReminderArgs::patientId(args);
    if (!id || !patientId)
        return !id ? id.error() : patientId.error();
    if (auto owner = context.checkOwner(u"followup_reminder", *id, u"patient_id"_s, *patientId,
                                        ReminderArgs::tr("This follow-up belongs to another "
                                                         "patient's record."));
        !owner)
        return owner.error();
    return context.patientOwnership(*patientId);
}

// remove and done name only the follow-up: its row says whose it is.
Result<Ownership> followUpOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = ReminderArgs::id(args);
    if (!id)
        return id.error();
    auto row = ReminderArgs::live(context, u"followup_reminder", *id,
                                  ReminderArgs::tr("This follow-up is no longer there."));
    if (!row)
        return row.error();
    return context.patientOwnership(row->value(u"patient_id"_s).toString());
}

Result<void> putFollowUp(MutationContext &context, const QCborMap &args)
{
    auto due = ReminderArgs::date(args, u"due_date"_s, true);
    if (!due)
        return due.error();
    const QDate today = QDateTime::fromMSecsSinceEpoch(context.now(), Qt::UTC).date();
    if (*due < today.addDays(-1) || *due > today.addYears(5))
        return MutationArgs::invalid(
                ReminderArgs::tr("A follow-up is due from today up to five years ahead."));
    QString dueTime = args.value(u"due_time"_s).toString().trimmed();
    if (!dueTime.isEmpty()) {
        auto time = ReminderRules::parseTime(dueTime);
        if (!time)
            return MutationArgs::invalid(time.error().message);
        dueTime = time->toString(u"HH:mm"_s);
    }
    const QString text = args.value(u"text"_s).toString().trimmed();
    if (text.isEmpty())
        return MutationArgs::invalid(ReminderArgs::tr("Say what the patient should do."));
    if (text.size() > ReminderRules::maxFollowUpText)
        return MutationArgs::invalid(ReminderArgs::tr("A follow-up is at most %1 characters.")
                                             .arg(ReminderRules::maxFollowUpText));
    const QString patientId = args.value(u"patient_id"_s).toString();
    const QString id = args.value(u"id"_s).toString();
    if (auto room = context.checkRoom(
                u"followup_reminder", u"patient_id"_s, patientId, id,
                ReminderRules::maxFollowUpsPerPatient,
                ReminderArgs::tr("This record has as many follow-ups as it can keep (%1): "
                                 "remove old ones first.")
                        .arg(ReminderRules::maxFollowUpsPerPatient));
        !room)
        return room.error();
    return context.put(u"followup_reminder", id,
                       { { u"patient_id"_s, patientId },
                         { u"due_date"_s, due->toString(Qt::ISODate) },
                         { u"due_time"_s, dueTime },
                         { u"text"_s, text },
                         { u"set_by"_s, context.actor().accountId },
                         { u"set_by_name"_s, context.actor().displayName.left(200) } });
}

Result<void> removeFollowUp(MutationContext &context, const QCborMap &args)
{
    return context.removeLive(u"followup_reminder", args.value(u"id"_s).toString(),
                              ReminderArgs::tr("This follow-up is no longer there."));
}

Result<void> doneFollowUp(MutationContext &context, const QCborMap &args)
{
    const QCborValue done = args.value(u"done"_s);
    if (!done.isUndefined() && !done.isBool())
        return MutationArgs::invalid(ReminderArgs::tr("“done” must be true or false."));
    const bool isDone = done.isUndefined() || done.toBool();
    return context.put(u"followup_reminder", args.value(u"id"_s).toString(),
                       { { u"done_at"_s,
                           isDone ? QCborValue(context.now()) : QCborValue(QCborValue::Null) } });
}

} // namespace

const QList<MutationType> &reminderMutations()
{
    const Action record = Action::EditHealthRecord; // the patient and their care team
    const Action followUp = Action::SetFollowUpReminder; // their doctor only
    static const QList<MutationType> types {
        { "medication_schedule.put", record, &scheduleOwnership, &putSchedule },
        { "medication_schedule.remove", record, &scheduleOwnership, &removeSchedule },
        { "dose.record", record, &doseOwnership, &recordDose },
        { "followup.put", followUp, &followUpPutOwnership, &putFollowUp },
        { "followup.remove", followUp, &followUpOwnership, &removeFollowUp },
        { "followup.done", record, &followUpOwnership, &doneFollowUp },
    };
    return types;
}

} // namespace clinic
