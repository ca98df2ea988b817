// appointment.*: a visit from request to completion (core/scheduling/appointment.h). A time is
// bookable when the provider's hours offer it and no live visit holds it; the check runs in
// the push's write transaction on the server, the one writer, so two clients that booked one
// slot offline get one visit and one "already taken". The visit's time is also written to
// provider_busy, which everyone receives and which names nobody.

#include "domain/role.h"
#include "mutations/entitymutations.h"
#include "scheduling/appointment.h"
#include "scheduling/schedulerows.h"

#include <algorithm>
#include <array>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

// Visits still to come that one patient may have requested or confirmed at once: one account
// must not take a doctor's every free time, nor make every client keep its busy times.
constexpr qsizetype maxUpcomingPerPatient = 20;
// How far ahead a visit may be requested.
constexpr qint64 bookingHorizonMs = 366LL * 24 * 3600 * 1000;
constexpr std::array openStatuses { AppointmentStatus::Requested, AppointmentStatus::Proposed,
                                    AppointmentStatus::Confirmed, AppointmentStatus::CheckedIn };

using Status = AppointmentStatus;

class AppointmentArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AppointmentArgs)
public:
    static Result<QString> id(const QCborMap &args)
    {
        const QString id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The appointment id is missing or malformed."));
        return id;
    }
    static Result<qint64> startAt(const QCborMap &args)
    {
        return MutationArgs::instant(args, "start_at"_L1);
    }
    static Error wrongState(Status status)
    {
        return makeError(ErrorCode::Conflict,
                         tr("This cannot be done to an appointment that is %1.")
                                 .arg(AppointmentStatuses::name(status).replace(u'_', u' ')));
    }
    static Error taken()
    {
        return makeError(ErrorCode::Conflict, tr("This slot is already taken."));
    }
    static Error notOffered()
    {
        return makeError(ErrorCode::Conflict,
                         tr("The doctor does not offer this time (or it has passed)."));
    }
};

struct Appointment
{
    QString id;
    QCborMap row;
    Status status = Status::Requested;
    QString patientId() const { return row.value(u"patient_id"_s).toString(); }
    QString providerId() const { return row.value(u"provider_id"_s).toString(); }
};

Result<Appointment> load(MutationContext &context, const QCborMap &args)
{
    auto id = AppointmentArgs::id(args);
    if (!id)
        return id.error();
    auto row = context.find(u"appointment", *id);
    if (!row)
        return row.error();
    const auto status = row->has_value()
            ? AppointmentStatuses::fromName((*row)->value(u"status"_s).toString())
            : std::nullopt;
    if (!status || (*row)->value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, AppointmentArgs::tr("There is no such appointment."));
    return Appointment { *id, **row, *status };
}

// The patient and the provider each own their appointment; anyone else acts on another's.
Result<Ownership> existingOwnership(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    const QString actor = context.actor().accountId;
    return actor == appointment->patientId() || actor == appointment->providerId()
            ? Ownership::Own
            : Ownership::Other;
}

// The free slot starting at `start` in the provider's hours, the visit `ignoring` aside (its
// own time, when it moves).
Result<Slot> freeSlotAt(MutationContext &context, const QString &providerId, qint64 start,
                        const QString &location, const QString &modality, const QString &ignoring)
{
    auto rules = context.findLive(u"availability_rule", u"provider_id"_s, providerId);
    auto exceptions = context.findLive(u"availability_exception", u"provider_id"_s, providerId);
    auto busyRows = context.findLive(u"provider_busy", u"provider_id"_s, providerId);
    if (!rules || !exceptions || !busyRows)
        return !rules ? rules.error() : !exceptions ? exceptions.error() : busyRows.error();
    const ProviderSchedule schedule =
            ScheduleRows::schedule(*rules, *exceptions, *busyRows, ignoring);
    const auto matching = [&](const QList<Slot> &slotList) -> std::optional<Slot> {
        for (const Slot &slot : slotList) {
            if (slot.startMs == start && (location.isEmpty() || slot.locationId == location)
                && (modality.isEmpty() || ScheduleRows::modalityName(slot.modality) == modality))
                return slot;
        }
        return std::nullopt;
    };
    const auto free = matching(freeSlots(schedule.rules, schedule.exceptions, schedule.busy, start,
                                         start + 1, context.now()));
    if (free)
        return *free;
    return matching(freeSlots(schedule.rules, schedule.exceptions, {}, start, start + 1,
                              context.now()))
            ? AppointmentArgs::taken()
            : AppointmentArgs::notOffered();
}

Result<void> holdTime(MutationContext &context, const QString &id, const QString &providerId,
                      qint64 start, qint64 end)
{
    return context.put(
            u"provider_busy", id,
            { { u"provider_id"_s, providerId }, { u"start_at"_s, start }, { u"end_at"_s, end } });
}

// Moves the time an existing visit holds to the free slot at `start` (same modality).
Result<Slot> holdFreeSlot(MutationContext &context, const Appointment &appointment, qint64 start,
                          const QString &location)
{
    auto slot = freeSlotAt(context, appointment.providerId(), start, location,
                           appointment.row.value(u"modality"_s).toString(), appointment.id);
    if (!slot)
        return slot.error();
    if (auto held = holdTime(context, appointment.id, appointment.providerId(), slot->startMs,
                             slot->endMs);
        !held)
        return held.error();
    return slot;
}

// Gives up the time the visit holds and offers it to the provider's waitlist.
Result<void> releaseTime(MutationContext &context, const Appointment &appointment)
{
    auto held = context.find(u"provider_busy", appointment.id);
    if (!held)
        return held.error();
    if (!held->has_value() || (*held)->value(u"deleted"_s).toBool())
        return {};
    if (auto removed = context.remove(u"provider_busy", appointment.id); !removed)
        return removed;
    return Waitlist::offerFreedTime(context, appointment.providerId(),
                                    (*held)->value(u"start_at"_s).toInteger(),
                                    (*held)->value(u"end_at"_s).toInteger(),
                                    appointment.row.value(u"modality"_s).toString());
}

Result<void> setStatus(MutationContext &context, const Appointment &appointment, Status status,
                       QCborMap changes = {})
{
    changes.insert(u"status"_s, AppointmentStatuses::name(status));
    if (auto written = context.put(u"appointment", appointment.id, changes); !written)
        return written;
    if (!AppointmentStatuses::holdsTime(status))
        return releaseTime(context, appointment);
    return {};
}

// Patients may cancel or move a visit themselves only until the clinic's cancellation window
// before it; after that they call the clinic, whose staff still can.
Result<void> checkCancellationWindow(MutationContext &context, const Appointment &appointment)
{
    if (context.actor().role != Role::Patient)
        return {};
    auto hours = ClinicSettings::cancellationWindowHours(context);
    if (!hours)
        return hours.error();
    const qint64 start = appointment.row.value(u"start_at"_s).toInteger();
    if (*hours > 0 && start - context.now() < qint64(*hours) * 3'600'000)
        return makeError(ErrorCode::Conflict,
                         *hours == 1 ? AppointmentArgs::tr("Visits can be cancelled or moved up "
                                                           "to one hour before they start. "
                                                           "Please call the clinic.")
                                     : AppointmentArgs::tr("Visits can be cancelled or moved up "
                                                           "to %1 hours before they start. "
                                                           "Please call the clinic.")
                                               .arg(*hours));
    return {};
}

// --- request ------------------------------------------------------------------------------

Result<Ownership> requestOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = AppointmentArgs::id(args);
    if (!id)
        return id.error();
    const QString patientId = args.value(u"patient_id"_s).toString();
    if (!MutationArgs::isId(patientId)
        || !MutationArgs::isId(args.value(u"provider_id"_s).toString()))
        return MutationArgs::invalid(AppointmentArgs::tr("The patient or doctor is missing."));
    return patientId == context.actor().accountId ? Ownership::Own : Ownership::Other;
}

Result<void> request(MutationContext &context, const QCborMap &args)
{
    const QString id = *AppointmentArgs::id(args);
    const QString patientId = args.value(u"patient_id"_s).toString();
    const QString providerId = args.value(u"provider_id"_s).toString();
    auto start = AppointmentArgs::startAt(args);
    if (!start)
        return start.error();
    const QString reason = args.value(u"reason"_s).toString().trimmed().left(500);
    auto existing = context.find(u"appointment", id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(ErrorCode::Conflict,
                         AppointmentArgs::tr("This appointment was already requested."));
    if (*start > context.now() + bookingHorizonMs)
        return MutationArgs::invalid(
                AppointmentArgs::tr("Visits can be requested up to a year ahead."));
    const qint64 now = context.now();
    if (auto room = context.checkRoom(
                u"appointment", u"patient_id"_s, patientId, id, maxUpcomingPerPatient,
                AppointmentArgs::tr("This patient already has %1 visits to come; one of them "
                                    "must take place or be cancelled first.")
                        .arg(maxUpcomingPerPatient),
                [now](const QCborMap &visit) {
                    const QString status = visit.value(u"status"_s).toString();
                    return visit.value(u"end_at"_s).toInteger() > now
                            && std::any_of(openStatuses.cbegin(), openStatuses.cend(),
                                           [&status](Status open) {
                                               return status == AppointmentStatuses::name(open);
                                           });
                });
        !room)
        return room;
    // The patient: an account (who may book for themself), or someone the front desk has in
    // the register. The name the doctor sees is the account's, or the register's.
    auto registered = context.find(u"patient", patientId);
    if (!registered)
        return registered.error();
    const bool inRegister = registered->has_value() && !(*registered)->value(u"deleted"_s).toBool();
    QString patientName;
    if (inRegister)
        patientName = (*registered)->value(u"given_name"_s).toString() + u' '
                + (*registered)->value(u"family_name"_s).toString();
    else if (patientId == context.actor().accountId)
        patientName = context.actor().displayName;
    if (AccountDirectory *accounts = context.accounts()) {
        const auto provider = accounts->account(providerId);
        if (!provider || !provider->active || provider->role != Role::Doctor)
            return makeError(ErrorCode::NotFound,
                             AppointmentArgs::tr("This doctor cannot be booked."));
        const auto patient = accounts->account(patientId);
        const bool isPatient = patient && patient->role == Role::Patient;
        if (!isPatient && !inRegister)
            return makeError(ErrorCode::NotFound, AppointmentArgs::tr("There is no such patient."));
        if (isPatient)
            patientName = patient->displayName;
    }
    auto slot = freeSlotAt(context, providerId, *start, args.value(u"location_id"_s).toString(),
                           args.value(u"modality"_s).toString(), {});
    if (!slot)
        return slot.error();
    if (auto held = holdTime(context, id, providerId, slot->startMs, slot->endMs); !held)
        return held;
    if (auto closed = Waitlist::closeEntries(context, patientId, providerId); !closed)
        return closed;
    return context.put(u"appointment", id,
                       { { u"patient_id"_s, patientId },
                         { u"patient_name"_s, patientName.trimmed() },
                         { u"provider_id"_s, providerId },
                         { u"location_id"_s, slot->locationId },
                         { u"modality"_s, ScheduleRows::modalityName(slot->modality) },
                         { u"start_at"_s, slot->startMs },
                         { u"end_at"_s, slot->endMs },
                         { u"status"_s, AppointmentStatuses::name(Status::Requested) },
                         { u"reason"_s, reason },
                         { u"status_reason"_s, QString() },
                         { u"created_at"_s, context.now() },
                         { u"created_by"_s, context.actor().accountId } });
}

// --- moves --------------------------------------------------------------------------------

// The doctor (or the front desk) accepts the request as it is.
Result<void> confirm(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    if (appointment->status != Status::Requested)
        return AppointmentArgs::wrongState(appointment->status);
    return setStatus(context, *appointment, Status::Confirmed);
}

// The doctor offers another free time; it is held until the patient answers.
Result<void> propose(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    auto start = AppointmentArgs::startAt(args);
    if (!start)
        return start.error();
    if (appointment->status != Status::Requested)
        return AppointmentArgs::wrongState(appointment->status);
    auto slot = holdFreeSlot(context, *appointment, *start, {});
    if (!slot)
        return slot.error();
    return setStatus(context, *appointment, Status::Proposed,
                     { { u"proposed_start_at"_s, slot->startMs },
                       { u"proposed_end_at"_s, slot->endMs },
                       { u"location_id"_s, slot->locationId } });
}

Result<void> answerProposal(MutationContext &context, const QCborMap &args, bool accepted)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    if (appointment->status != Status::Proposed)
        return AppointmentArgs::wrongState(appointment->status);
    if (!accepted)
        return setStatus(context, *appointment, Status::Declined);
    const QCborMap &row = appointment->row;
    return setStatus(context, *appointment, Status::Confirmed,
                     { { u"start_at"_s, row.value(u"proposed_start_at"_s) },
                       { u"end_at"_s, row.value(u"proposed_end_at"_s) },
                       { u"proposed_start_at"_s, QCborValue(QCborValue::Null) },
                       { u"proposed_end_at"_s, QCborValue(QCborValue::Null) } });
}

Result<void> accept(MutationContext &context, const QCborMap &args)
{
    return answerProposal(context, args, true);
}

Result<void> decline(MutationContext &context, const QCborMap &args)
{
    return answerProposal(context, args, false);
}

// The patient (or the front desk) moves a visit to another free time: a new request.
Result<void> reschedule(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    auto start = AppointmentArgs::startAt(args);
    if (!start)
        return start.error();
    if (appointment->status != Status::Requested && appointment->status != Status::Confirmed)
        return AppointmentArgs::wrongState(appointment->status);
    if (auto allowed = checkCancellationWindow(context, *appointment); !allowed)
        return allowed;
    const QCborMap &row = appointment->row;
    auto slot =
            holdFreeSlot(context, *appointment, *start, args.value(u"location_id"_s).toString());
    if (!slot)
        return slot.error();
    if (auto offered = Waitlist::offerFreedTime(
                context, appointment->providerId(), row.value(u"start_at"_s).toInteger(),
                row.value(u"end_at"_s).toInteger(), row.value(u"modality"_s).toString());
        !offered)
        return offered;
    return setStatus(context, *appointment, Status::Requested,
                     { { u"start_at"_s, slot->startMs },
                       { u"end_at"_s, slot->endMs },
                       { u"location_id"_s, slot->locationId } });
}

Result<void> cancel(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    const Status status = appointment->status;
    if (status != Status::Requested && status != Status::Proposed && status != Status::Confirmed)
        return AppointmentArgs::wrongState(status);
    if (auto allowed = checkCancellationWindow(context, *appointment); !allowed)
        return allowed;
    return setStatus(
            context, *appointment, Status::Cancelled,
            { { u"status_reason"_s, args.value(u"reason"_s).toString().trimmed().left(500) } });
}

// The front desk's day: arrival, no-show; the doctor (or desk) closes the visit.
Result<void> move(MutationContext &context, const QCborMap &args, Status from, Status to)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    if (appointment->status != from)
        return AppointmentArgs::wrongState(appointment->status);
    return setStatus(context, *appointment, to);
}

Result<void> checkIn(MutationContext &context, const QCborMap &args)
{
    return move(context, args, Status::Confirmed, Status::CheckedIn);
}

Result<void> noShow(MutationContext &context, const QCborMap &args)
{
    return move(context, args, Status::Confirmed, Status::NoShow);
}

// A video visit has no arrival at the desk: the call was the visit, so it completes from
// confirmed too.
Result<void> complete(MutationContext &context, const QCborMap &args)
{
    auto appointment = load(context, args);
    if (!appointment)
        return appointment.error();
    const bool video = appointment->row.value(u"modality"_s).toString() == u"video";
    if (appointment->status != Status::CheckedIn
        && !(video && appointment->status == Status::Confirmed))
        return AppointmentArgs::wrongState(appointment->status);
    return setStatus(context, *appointment, Status::Completed);
}

} // namespace

const QList<MutationType> &appointmentMutations()
{
    // Patients book, answer proposals, reschedule and cancel their own visits; doctors confirm
    // or propose on theirs; the front desk does all of it for anyone (core/domain/accesspolicy).
    static const QList<MutationType> types {
        { "appointment.request", Action::BookAppointment, &requestOwnership, &request },
        { "appointment.confirm", Action::ConfirmAppointment, &existingOwnership, &confirm },
        { "appointment.propose", Action::ConfirmAppointment, &existingOwnership, &propose },
        { "appointment.accept", Action::BookAppointment, &existingOwnership, &accept },
        { "appointment.decline", Action::BookAppointment, &existingOwnership, &decline },
        { "appointment.reschedule", Action::BookAppointment, &existingOwnership, &reschedule },
        { "appointment.cancel", Action::BookAppointment, &existingOwnership, &cancel },
        { "appointment.check_in", Action::CheckInAppointment, &existingOwnership, &checkIn },
        { "appointment.no_show", Action::CheckInAppointment, &existingOwnership, &noShow },
        { "appointment.complete", Action::ConfirmAppointment, &existingOwnership, &complete },
    };
    return types;
}

} // namespace clinic
