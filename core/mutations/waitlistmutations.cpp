// waitlist.join / waitlist.leave: a patient waits for an earlier time with a provider. When a
// visit of that provider is cancelled, declined or moved, the server offers the freed time to
// the entries it falls in (at most 20, see offerFreedTime); the patient sees a notice and books it like any free slot (first
// come, first served). Booking the provider closes the patient's entries for them.

#include "domain/role.h"
#include "mutations/entitymutations.h"

#include <algorithm>

namespace clinic {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 maxWaitMs = 180LL * 24 * 3600 * 1000;
// Open entries (waiting or offered) a patient may have at once: every open entry of a doctor
// is gone through, in the same transaction, whenever one of that doctor's visits is given up.
constexpr qsizetype maxOpenEntries = 20;
// Every freed time of a doctor is offered to each entry waiting for them: their number is what
// one cancellation costs.
constexpr qsizetype maxOpenEntriesPerProvider = 500;
// How many entries one freed time is offered to (see offerFreedTime).
constexpr qsizetype maxOffersPerFreedTime = 20;
// Every entry a patient has, booked ones too: a booked entry stays (the patient sees what
// became of it), so without this joining, booking and cancelling again adds rows for ever.
constexpr qsizetype maxEntries = 200;

class WaitlistArgs
{
    Q_DECLARE_TR_FUNCTIONS(clinic::WaitlistArgs)
public:
    static Result<QCborMap> entry(MutationContext &context, const QCborMap &args)
    {
        const QString modality = args.value(u"modality"_s).toString();
        if (!modality.isEmpty() && modality != u"in_person" && modality != u"video")
            return MutationArgs::invalid(tr("Visits are in person or by video."));
        const auto from = MutationArgs::instant(args, "from_at"_L1);
        const auto until = MutationArgs::instant(args, "until_at"_L1);
        if (!from || !until)
            return !from ? from.error() : until.error();
        if (*until <= *from || *until <= context.now() || *until - *from > maxWaitMs)
            return MutationArgs::invalid(
                    tr("Choose when you could come: a period up to six months, not past."));
        return QCborMap { { u"patient_id"_s, args.value(u"patient_id"_s) },
                          { u"provider_id"_s, args.value(u"provider_id"_s) },
                          { u"modality"_s, modality },
                          { u"from_at"_s, *from },
                          { u"until_at"_s, *until },
                          { u"status"_s, u"waiting"_s },
                          { u"offered_start_at"_s, QCborValue(QCborValue::Null) },
                          { u"offered_end_at"_s, QCborValue(QCborValue::Null) },
                          { u"created_at"_s, context.now() } };
    }

    // The name the provider and the desk see: the account's, or the register's.
    static Result<QString> patientName(MutationContext &context, const QString &patientId)
    {
        if (AccountDirectory *accounts = context.accounts()) {
            if (const auto account = accounts->account(patientId);
                account && account->role == Role::Patient)
                return account->displayName;
        }
        auto registered = context.find(u"patient", patientId);
        if (!registered)
            return registered.error();
        if (registered->has_value())
            return QString((*registered)->value(u"given_name"_s).toString() + u' '
                           + (*registered)->value(u"family_name"_s).toString());
        if (patientId == context.actor().accountId)
            return context.actor().displayName;
        return makeError(ErrorCode::NotFound, tr("There is no such patient."));
    }
};

// Joining again with an entry's id edits it; it stays the patient's it was made for.
Result<Ownership> joinOwnership(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    const QString patientId = args.value(u"patient_id"_s).toString();
    if (!MutationArgs::isId(id) || !MutationArgs::isId(patientId)
        || !MutationArgs::isId(args.value(u"provider_id"_s).toString()))
        return MutationArgs::invalid(WaitlistArgs::tr("The patient or doctor is missing."));
    if (auto owner = context.checkOwner(u"waitlist_entry", id, u"patient_id"_s, patientId,
                                        WaitlistArgs::tr("This entry is another patient's."));
        !owner)
        return owner.error();
    return patientId == context.actor().accountId ? Ownership::Own : Ownership::Other;
}

bool isOpen(const QCborMap &entry)
{
    return entry.value(u"status"_s).toString() != u"booked";
}

Result<void> join(MutationContext &context, const QCborMap &args)
{
    auto entry = WaitlistArgs::entry(context, args);
    if (!entry)
        return entry.error();
    if (auto room = context.checkRoom(
                u"waitlist_entry", u"patient_id"_s, args.value(u"patient_id"_s).toString(),
                args.value(u"id"_s).toString(), maxOpenEntries,
                WaitlistArgs::tr("You can wait for up to %1 times at once; leave a list you no "
                                 "longer need first.")
                        .arg(maxOpenEntries),
                &isOpen);
        !room)
        return room;
    if (auto room = context.checkRoom(
                u"waitlist_entry", u"patient_id"_s, args.value(u"patient_id"_s).toString(),
                args.value(u"id"_s).toString(), maxEntries,
                WaitlistArgs::tr("You have %1 waiting-list entries; remove some you no longer "
                                 "need first.")
                        .arg(maxEntries));
        !room)
        return room;
    const QString providerId = args.value(u"provider_id"_s).toString();
    if (auto room = context.checkRoom(
                u"waitlist_entry", u"provider_id"_s, providerId, args.value(u"id"_s).toString(),
                maxOpenEntriesPerProvider,
                WaitlistArgs::tr("This doctor's waiting list is full; please choose a time "
                                 "that is free."),
                &isOpen);
        !room)
        return room;
    if (AccountDirectory *accounts = context.accounts()) {
        const auto provider = accounts->account(providerId);
        if (!provider || !provider->active || provider->role != Role::Doctor)
            return makeError(ErrorCode::NotFound,
                             WaitlistArgs::tr("This doctor cannot be booked."));
    }
    auto name = WaitlistArgs::patientName(context, args.value(u"patient_id"_s).toString());
    if (!name)
        return name.error();
    entry->insert(u"patient_name"_s, name->trimmed());
    return context.put(u"waitlist_entry", args.value(u"id"_s).toString(), *entry);
}

Result<std::optional<QCborMap>> liveEntry(MutationContext &context, const QCborMap &args)
{
    const QString id = args.value(u"id"_s).toString();
    if (!MutationArgs::isId(id))
        return MutationArgs::invalid(WaitlistArgs::tr("The waitlist entry is missing."));
    auto row = context.find(u"waitlist_entry", id);
    if (!row)
        return row.error();
    if (row->has_value() && (*row)->value(u"deleted"_s).toBool())
        return std::optional<QCborMap>();
    return *row;
}

Result<Ownership> leaveOwnership(MutationContext &context, const QCborMap &args)
{
    auto row = liveEntry(context, args);
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(ErrorCode::NotFound, WaitlistArgs::tr("This entry is no longer there."));
    return (**row).value(u"patient_id"_s).toString() == context.actor().accountId
            ? Ownership::Own
            : Ownership::Other;
}

Result<void> leave(MutationContext &context, const QCborMap &args)
{
    return context.remove(u"waitlist_entry", args.value(u"id"_s).toString());
}

} // namespace

// Offered to at most maxOffersPerFreedTime entries, those waiting without an offer first
// (oldest first), then those holding an older one: a patient moving a visit back and forth
// would otherwise make every release rewrite the doctor's whole list (500 entries), far more
// work and storage than the change that caused it.
Result<void> Waitlist::offerFreedTime(MutationContext &context, const QString &providerId,
                                      qint64 startMs, qint64 endMs, const QString &modality)
{
    if (startMs <= context.now())
        return {};
    auto entries = context.findLive(u"waitlist_entry", u"provider_id"_s, providerId);
    if (!entries)
        return entries.error();
    QList<QCborMap> waiting;
    QList<QCborMap> holdingAnOffer;
    for (const QCborMap &entry : *entries) {
        const QString status = entry.value(u"status"_s).toString();
        const QString wanted = entry.value(u"modality"_s).toString();
        const bool offeredAlready = status == u"offered"
                && entry.value(u"offered_start_at"_s).toInteger() == startMs
                && entry.value(u"offered_end_at"_s).toInteger() == endMs;
        if (status == u"booked" || offeredAlready || (!wanted.isEmpty() && wanted != modality)
            || startMs < entry.value(u"from_at"_s).toInteger()
            || endMs > entry.value(u"until_at"_s).toInteger())
            continue;
        (status == u"offered" ? holdingAnOffer : waiting).append(entry);
    }
    const auto joinedFirst = [](const QCborMap &a, const QCborMap &b) {
        return a.value(u"created_at"_s).toInteger() < b.value(u"created_at"_s).toInteger();
    };
    std::stable_sort(waiting.begin(), waiting.end(), joinedFirst);
    std::stable_sort(holdingAnOffer.begin(), holdingAnOffer.end(), joinedFirst);
    const QList<QCborMap> chosen = (waiting + holdingAnOffer).mid(0, maxOffersPerFreedTime);
    for (const QCborMap &entry : chosen) {
        if (auto offered = context.put(u"waitlist_entry", entry.value(u"id"_s).toString(),
                                       { { u"status"_s, u"offered"_s },
                                         { u"offered_start_at"_s, startMs },
                                         { u"offered_end_at"_s, endMs } });
            !offered)
            return offered;
    }
    return {};
}

Result<void> Waitlist::closeEntries(MutationContext &context, const QString &patientId,
                                    const QString &providerId)
{
    auto entries = context.findLive(u"waitlist_entry", u"patient_id"_s, patientId);
    if (!entries)
        return entries.error();
    for (const QCborMap &entry : *entries) {
        if (entry.value(u"provider_id"_s).toString() != providerId
            || entry.value(u"status"_s).toString() == u"booked")
            continue;
        if (auto closed = context.put(u"waitlist_entry", entry.value(u"id"_s).toString(),
                                      { { u"status"_s, u"booked"_s } });
            !closed)
            return closed;
    }
    return {};
}

const QList<MutationType> &waitlistMutations()
{
    static const QList<MutationType> types {
        { "waitlist.join", Action::BookAppointment, &joinOwnership, &join },
        { "waitlist.leave", Action::BookAppointment, &leaveOwnership, &leave },
    };
    return types;
}

} // namespace clinic
