// availability.set_rule, availability.remove_rule, availability.add_exception and
// availability.remove_exception: a provider's weekly hours and their exceptions, set by the
// provider or the front desk. Everyone receives them (the "directory" bucket).

#include "domain/role.h"
#include "mutations/entitymutations.h"
#include "scheduling/schedulerows.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;
constexpr qint64 maxTimeOffMs = 366 * dayMs;
constexpr qint64 maxExtraHoursMs = 31 * dayMs;
// What one provider may have live at once. Every booking with them and every directory search
// reads and expands all of it: far more than a real week (a rule per day, place and kind of
// visit) or a year of time off and extra hours needs.
constexpr qsizetype maxRules = 100;
constexpr qsizetype maxExceptions = 500;

class AvailabilityArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::AvailabilityArgs)
public:
    static Result<QString> id(const QCborMap &args)
    {
        const QString id = args.value(u"id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The id is missing or malformed."));
        return id;
    }

    static Result<QString> providerId(const QCborMap &args)
    {
        const QString id = args.value(u"provider_id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The provider is missing or malformed."));
        return id;
    }

    static Result<WeeklyRule> rule(const QCborMap &args)
    {
        WeeklyRule rule = ScheduleRows::rule(args);
        const auto modality = ScheduleRows::modalityFromName(args.value(u"modality"_s).toString());
        const bool datesOk = [&] {
            for (const char *key : { "valid_from", "valid_until" }) {
                const QCborValue value = args.value(QLatin1StringView(key));
                if (!value.isUndefined() && !value.isNull()
                    && !QDate::fromString(value.toString(), Qt::ISODate).isValid())
                    return false;
            }
            return true;
        }();
        if (!MutationArgs::isId(rule.locationId) || !modality || !datesOk || !isValid(rule))
            return MutationArgs::invalid(
                    tr("The hours are not valid: a day, a start before the end in HH:mm, a "
                       "slot of 5 to 480 minutes that fits, a known time zone, and a "
                       "location and modality are needed."));
        return rule;
    }

    // Time off may cover up to a year (a sabbatical); extra hours up to a month, which bounds
    // the slots one exception can offer (8,928 of 5 minutes).
    static Result<AvailabilityException> exception(const QCborMap &args)
    {
        const auto start = MutationArgs::instant(args, "start_at"_L1);
        const auto end = MutationArgs::instant(args, "end_at"_L1);
        if (!start || !end)
            return !start ? start.error() : end.error();
        const QString kind = args.value(u"kind"_s).toString();
        AvailabilityException exception = ScheduleRows::exception(args);
        const bool extra = kind == u"extra_hours";
        if ((kind != u"time_off" && !extra) || *end <= *start || *end - *start > maxTimeOffMs
            || (extra
                && (!MutationArgs::isId(exception.locationId)
                    || !ScheduleRows::modalityFromName(args.value(u"modality"_s).toString())
                    || exception.slotMinutes < minSlotMinutes
                    || exception.slotMinutes > maxSlotMinutes)))
            return MutationArgs::invalid(
                    tr("The exception is not valid: time off or extra hours, with an end after "
                       "its start, within a year; extra hours also need a location, a "
                       "modality and a slot length."));
        if (extra && *end - *start > maxExtraHoursMs)
            return MutationArgs::invalid(
                    tr("Extra hours can last up to %1 days; add more for a longer time.")
                            .arg(maxExtraHoursMs / dayMs));
        return exception;
    }

    static Error notAProvider()
    {
        return makeError(ErrorCode::NotFound,
                         tr("Only an active, verified doctor has hours to set."));
    }
};

Ownership ownershipOf(MutationContext &context, const QString &providerId)
{
    return providerId == context.actor().accountId ? Ownership::Own : Ownership::Other;
}

// The provider of an existing row, for the remove mutations.
Result<Ownership> rowOwnership(MutationContext &context, QStringView table, const QCborMap &args)
{
    auto id = AvailabilityArgs::id(args);
    if (!id)
        return id.error();
    auto row = context.find(table, *id);
    if (!row)
        return row.error();
    if (!row->has_value() || (*row)->value(u"deleted"_s).toBool())
        return makeError(ErrorCode::NotFound, AvailabilityArgs::tr("These hours are gone."));
    return ownershipOf(context, (*row)->value(u"provider_id"_s).toString());
}

// A row's id names one provider's hours for good: nobody takes over another's by its id.
Result<void> checkSameProvider(MutationContext &context, QStringView table, const QString &id,
                               const QString &providerId)
{
    return context.checkOwner(table, id, u"provider_id"_s, providerId,
                              AvailabilityArgs::tr("These hours belong to another provider."));
}

Result<void> checkProvider(MutationContext &context, const QString &providerId)
{
    AccountDirectory *accounts = context.accounts();
    if (!accounts)
        return {}; // the client cannot tell; the server decides
    const auto provider = accounts->account(providerId);
    if (!provider || !provider->active || provider->role != Role::Doctor)
        return AvailabilityArgs::notAProvider();
    return {};
}

Result<Ownership> setterOwnership(MutationContext &context, const QCborMap &args)
{
    auto id = AvailabilityArgs::id(args);
    auto provider = AvailabilityArgs::providerId(args);
    if (!id || !provider)
        return id ? provider.error() : id.error();
    return ownershipOf(context, *provider);
}

Result<void> setRule(MutationContext &context, const QCborMap &args)
{
    auto rule = AvailabilityArgs::rule(args);
    if (!rule)
        return rule.error();
    const QString providerId = *AvailabilityArgs::providerId(args);
    const QString id = *AvailabilityArgs::id(args);
    if (auto provider = checkProvider(context, providerId); !provider)
        return provider;
    if (auto same = checkSameProvider(context, u"availability_rule", id, providerId); !same)
        return same;
    if (auto room =
                context.checkRoom(u"availability_rule", u"provider_id"_s, providerId, id, maxRules,
                                  AvailabilityArgs::tr("A provider can have up to %1 weekly "
                                                       "hours; remove some first.")
                                          .arg(maxRules));
        !room)
        return room;
    QCborMap columns = ScheduleRows::ruleColumns(*rule);
    columns.insert(u"provider_id"_s, providerId);
    return context.put(u"availability_rule", id, columns);
}

Result<Ownership> ruleOwnership(MutationContext &context, const QCborMap &args)
{
    return rowOwnership(context, u"availability_rule", args);
}

Result<void> removeRule(MutationContext &context, const QCborMap &args)
{
    return context.remove(u"availability_rule", *AvailabilityArgs::id(args));
}

Result<void> addException(MutationContext &context, const QCborMap &args)
{
    auto exception = AvailabilityArgs::exception(args);
    if (!exception)
        return exception.error();
    const QString providerId = *AvailabilityArgs::providerId(args);
    const QString id = *AvailabilityArgs::id(args);
    if (auto provider = checkProvider(context, providerId); !provider)
        return provider;
    if (auto same = checkSameProvider(context, u"availability_exception", id, providerId); !same)
        return same;
    if (auto room = context.checkRoom(u"availability_exception", u"provider_id"_s, providerId, id,
                                      maxExceptions,
                                      AvailabilityArgs::tr("A provider can have up to %1 "
                                                           "exceptions; remove some that have "
                                                           "passed first.")
                                              .arg(maxExceptions));
        !room)
        return room;
    const bool extra = exception->kind == AvailabilityException::Kind::ExtraHours;
    return context.put(u"availability_exception", id,
                       { { u"provider_id"_s, providerId },
                         { u"kind"_s, extra ? u"extra_hours"_s : u"time_off"_s },
                         { u"start_at"_s, exception->startMs },
                         { u"end_at"_s, exception->endMs },
                         { u"location_id"_s, extra ? exception->locationId : QString() },
                         { u"modality"_s, ScheduleRows::modalityName(exception->modality) },
                         { u"slot_minutes"_s, extra ? exception->slotMinutes : 30 } });
}

Result<Ownership> exceptionOwnership(MutationContext &context, const QCborMap &args)
{
    return rowOwnership(context, u"availability_exception", args);
}

Result<void> removeException(MutationContext &context, const QCborMap &args)
{
    return context.remove(u"availability_exception", *AvailabilityArgs::id(args));
}

} // namespace

const QList<MutationType> &availabilityMutations()
{
    static const QList<MutationType> types {
        { "availability.set_rule", Action::EditAvailability, &setterOwnership, &setRule },
        { "availability.remove_rule", Action::EditAvailability, &ruleOwnership, &removeRule },
        { "availability.add_exception", Action::EditAvailability, &setterOwnership, &addException },
        { "availability.remove_exception", Action::EditAvailability, &exceptionOwnership,
          &removeException },
    };
    return types;
}

} // namespace clinic
