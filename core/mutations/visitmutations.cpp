// visit.summarize: the doctor's summary of a visit (SPEC S4, S8): what was found and agreed,
// kept in the patient's record, which the patient reads too. One summary per visit, by that
// visit's doctor, rewritten as often as they like (during the call and after it).

#include "mutations/entitymutations.h"
#include "scheduling/appointment.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxSummary = 8000;

class VisitArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::VisitArgs)
public:
    QString appointmentId;
    QString summary;

    static Result<VisitArgs> read(const QCborMap &args)
    {
        VisitArgs visit { args.value(u"appointment_id"_s).toString(),
                          args.value(u"summary"_s).toString().trimmed() };
        if (!MutationArgs::isId(visit.appointmentId))
            return MutationArgs::invalid(tr("The visit is missing."));
        if (visit.summary.isEmpty())
            return MutationArgs::invalid(tr("The summary is empty."));
        if (visit.summary.size() > maxSummary)
            return MutationArgs::invalid(
                    tr("The summary is longer than %1 characters.").arg(maxSummary));
        return visit;
    }

    static Result<QCborMap> appointment(MutationContext &context, const QString &id)
    {
        auto row = context.find(u"appointment", id);
        if (!row)
            return row.error();
        if (!row->has_value() || (*row)->value(u"deleted"_s).toBool())
            return makeError(ErrorCode::NotFound, tr("There is no such visit."));
        return **row;
    }
};

// Only the visit's own doctor writes its summary: another doctor of the patient's care team
// acts on someone else's visit.
Result<Ownership> summaryOwnership(MutationContext &context, const QCborMap &args)
{
    auto visit = VisitArgs::read(args);
    if (!visit)
        return visit.error();
    auto appointment = VisitArgs::appointment(context, visit->appointmentId);
    if (!appointment)
        return appointment.error();
    return appointment->value(u"provider_id"_s).toString() == context.actor().accountId
            ? Ownership::Own
            : Ownership::Other;
}

// A visit that took place, or is taking place: confirmed (a video visit has no arrival at the
// desk), checked in or completed.
bool canBeSummarized(const QCborMap &appointment)
{
    const auto status =
            AppointmentStatuses::fromName(appointment.value(u"status"_s).toString());
    return status == AppointmentStatus::Confirmed || status == AppointmentStatus::CheckedIn
            || status == AppointmentStatus::Completed;
}

Result<void> summarize(MutationContext &context, const QCborMap &args)
{
    auto visit = VisitArgs::read(args);
    if (!visit)
        return visit.error();
    auto appointment = VisitArgs::appointment(context, visit->appointmentId);
    if (!appointment)
        return appointment.error();
    if (!canBeSummarized(*appointment))
        return makeError(ErrorCode::Conflict,
                         VisitArgs::tr("Only a confirmed, checked-in or completed visit can have "
                                       "a summary."));
    auto existing = context.find(u"visit_summary", visit->appointmentId);
    if (!existing)
        return existing.error();
    QCborMap changes { { u"patient_id"_s, appointment->value(u"patient_id"_s) },
                       { u"provider_id"_s, appointment->value(u"provider_id"_s) },
                       { u"provider_name"_s, context.actor().displayName },
                       { u"summary"_s, visit->summary } };
    if (!existing->has_value())
        changes.insert(u"created_at"_s, context.now());
    return context.put(u"visit_summary", visit->appointmentId, changes);
}

} // namespace

const QList<MutationType> &visitMutations()
{
    static const QList<MutationType> types {
        { "visit.summarize", Action::WriteVisitSummary, &summaryOwnership, &summarize },
    };
    return types;
}

} // namespace clinic
