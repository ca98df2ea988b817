// rating.rate: a patient's stars (1 to 5) for one of their completed visits. The rating row is
// the patient's and the provider's; the directory shows the provider's average, kept as a sum
// and a count on their page so nobody else receives single ratings.

#include "mutations/entitymutations.h"
#include "scheduling/appointment.h"

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

class RatingArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::RatingArgs)
public:
    static Result<QCborMap> appointment(MutationContext &context, const QCborMap &args)
    {
        const QString id = args.value(u"appointment_id"_s).toString();
        if (!MutationArgs::isId(id))
            return MutationArgs::invalid(tr("The visit is missing."));
        auto row = context.find(u"appointment", id);
        if (!row)
            return row.error();
        if (!row->has_value() || (*row)->value(u"deleted"_s).toBool())
            return makeError(ErrorCode::NotFound, tr("There is no such visit."));
        return **row;
    }
};

Result<Ownership> ratingOwnership(MutationContext &context, const QCborMap &args)
{
    auto visit = RatingArgs::appointment(context, args);
    if (!visit)
        return visit.error();
    return visit->value(u"patient_id"_s).toString() == context.actor().accountId ? Ownership::Own
                                                                                 : Ownership::Other;
}

// Adds this rating to the provider's sum and count, taking out the one it replaces.
Result<void> updateAverage(MutationContext &context, const QString &providerId, qint64 stars,
                           const std::optional<QCborMap> &previous)
{
    auto profile = context.find(u"provider_profile", providerId);
    if (!profile)
        return profile.error();
    if (!profile->has_value())
        return {}; // not listed: nothing shows an average
    qint64 sum = (*profile)->value(u"rating_sum"_s).toInteger() + stars;
    qint64 count = (*profile)->value(u"rating_count"_s).toInteger() + 1;
    if (previous && !previous->value(u"deleted"_s).toBool()) {
        sum -= previous->value(u"stars"_s).toInteger();
        count -= 1;
    }
    return context.put(u"provider_profile", providerId,
                       { { u"rating_sum"_s, sum }, { u"rating_count"_s, count } });
}

Result<void> rate(MutationContext &context, const QCborMap &args)
{
    auto visit = RatingArgs::appointment(context, args);
    if (!visit)
        return visit.error();
    if (visit->value(u"status"_s).toString()
        != AppointmentStatuses::name(AppointmentStatus::Completed))
        return makeError(ErrorCode::Conflict,
                         RatingArgs::tr("Only a completed visit can be rated."));
    const QCborValue stars = args.value(u"stars"_s);
    if (!stars.isInteger() || stars.toInteger() < 1 || stars.toInteger() > 5)
        return MutationArgs::invalid(RatingArgs::tr("A rating is 1 to 5 stars."));
    const QString id = args.value(u"appointment_id"_s).toString();
    const QString providerId = visit->value(u"provider_id"_s).toString();
    auto previous = context.find(u"provider_rating", id);
    if (!previous)
        return previous.error();
    if (auto average = updateAverage(context, providerId, stars.toInteger(), *previous); !average)
        return average;
    return context.put(u"provider_rating", id,
                       { { u"provider_id"_s, providerId },
                         { u"patient_id"_s, visit->value(u"patient_id"_s) },
                         { u"stars"_s, stars },
                         { u"comment"_s, args.value(u"comment"_s).toString().trimmed().left(1000) },
                         { u"created_at"_s, context.now() } });
}

} // namespace

const QList<MutationType> &ratingMutations()
{
    static const QList<MutationType> types {
        { "rating.rate", Action::RateProvider, &ratingOwnership, &rate },
    };
    return types;
}

} // namespace clinic
